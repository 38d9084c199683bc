/**
 * The chooser's address, in a module of its own: other pages link to the
 * chooser (every use-case page, the landing page) without loading its rules.
 */
import {GUIDE_BASE} from '../../data/queries';
import type {UseCaseId} from '../../data/types';

/** Slug of the chooser page. */
export const CHOOSER_SLUG = 'choose-a-method';

/** URL parameter that preselects a use case. */
export const USE_CASE_PARAM = 'use-case';

/** URL of the chooser, optionally with a use case preselected. */
export function chooserPath(useCase?: UseCaseId): string {
  const base = `${GUIDE_BASE}/${CHOOSER_SLUG}`;
  return useCase ? `${base}?${USE_CASE_PARAM}=${encodeURIComponent(useCase)}` : base;
}
