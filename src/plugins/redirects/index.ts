/**
 * Redirect rules for @docusaurus/plugin-client-redirects, derived from the
 * routes the build has, so a page added later is covered without an edit here.
 */
import {GUIDE_BASE} from '../../data/queries';
import {LEGACY_BASE} from '../../data/site';

/**
 * The paths that should lead to an existing route:
 * - the original documentation's `/best-practices/architecture/integration/<slug>` for every page of the guide;
 * - the guide's own paths written with a trailing slash (`/integration/`, `/integration/iot/`, `/search/`).
 *   The site is built with `trailingSlash: false`, so `/integration` is `integration.html`; a plain static
 *   host (GitHub Pages, S3) answers `/integration/` from `integration/index.html` only, and that file is
 *   the redirect page this rule creates. A host that strips the slash itself (Netlify) never reaches it.
 */
export function createRedirects(existingPath: string): string[] {
  const froms: string[] = [];
  if (existingPath === GUIDE_BASE || existingPath.startsWith(`${GUIDE_BASE}/`)) {
    froms.push(`${LEGACY_BASE}${existingPath.slice(GUIDE_BASE.length)}`);
  }
  if (
    (existingPath === GUIDE_BASE || existingPath.startsWith(`${GUIDE_BASE}/`) || existingPath === '/search') &&
    !existingPath.endsWith('/')
  ) {
    froms.push(`${existingPath}/`);
  }
  return froms;
}
