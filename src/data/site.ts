/**
 * Facts about where the guide is published and where its source lives. The
 * site config, the local plugins (matrix.json, llms.txt), the theme wrappers
 * ("Edit this page", "Report a problem") and the tests read them from here, so
 * a move to another host or repository is a one-line change.
 */
import {GUIDE_BASE} from './queries';

/** The published site's origin, without a trailing slash. */
export const SITE_URL = 'https://integration-guide.example.org';

/** The repository that holds the guide's source. */
export const REPOSITORY_URL = 'https://github.com/integration-guide/integration-guide';

/** Base of the "Edit this page" links: the docs plugin appends the file's path (e.g. `docs/glossary.md`). */
export const EDIT_URL_BASE = `${REPOSITORY_URL}/edit/main/`;

/** Path prefix under which the original documentation published the guide's pages. */
export const LEGACY_BASE = '/best-practices/architecture/integration';

/** Where the machine-readable matrix is published (see `export.ts`). */
export const MATRIX_EXPORT_PATH = `${GUIDE_BASE}/matrix.json`;

/** Joins the site's origin and a path that starts with `/` into an absolute URL. */
export function absoluteUrl(path: string, siteUrl: string = SITE_URL): string {
  return `${siteUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * The canonical form of a page path under the site's `trailingSlash` setting.
 * The docs plugin gives an index doc a permalink with a trailing slash
 * (`/integration/`) even when the site serves it without one (`/integration`).
 */
export function canonicalPath(path: string, trailingSlash: boolean | undefined): string {
  if (trailingSlash === undefined || path === '/') return path;
  const [, pathname = '', rest = ''] = /^([^?#]*)(.*)$/s.exec(path) ?? [];
  const bare = pathname.replace(/\/+$/, '') || '/';
  const normalized = trailingSlash && bare !== '/' ? `${bare}/` : bare;
  return `${normalized}${rest}`;
}

/** What a "Report a problem" link names: the page the reader is on. */
export interface ReportedPage {
  /** The page's title as the reader sees it. */
  readonly title: string;
  /** The page's absolute, canonical URL. */
  readonly url: string;
}

/**
 * The URL of a new GitHub issue, pre-filled with the page's title and URL, so a
 * reader only has to say what is wrong. Both query values are URL-encoded.
 */
export function reportProblemUrl(page: ReportedPage, repositoryUrl: string = REPOSITORY_URL): string {
  const title = `Problem on "${page.title}"`;
  const body = [`Page: ${page.title}`, `URL: ${page.url}`, '', 'What is wrong, missing or unclear?', '', ''].join('\n');
  return `${repositoryUrl}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}
