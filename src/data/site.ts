/**
 * Paths and URLs of the guide. Where it is published (origin, base path) and where its source lives come from the
 * environment (src/data/site-env.ts) through the site config: plugins read `context.siteConfig`, components
 * `useDocusaurusContext()`, and the repository travels in `customFields` (see `siteRepository`).
 */
import {GUIDE_BASE} from './queries';
import type {Repository} from './site-env';

/** Path prefix under which the original documentation published the guide's pages. */
export const LEGACY_BASE = '/best-practices/architecture/integration';

/** Where the machine-readable matrix is published (see `export.ts`). */
export const MATRIX_EXPORT_PATH = `${GUIDE_BASE}/matrix.json`;

/** Joins the site's origin and a path that starts with `/` into an absolute URL. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * The canonical form of a page path under the site's `trailingSlash` setting.
 * The docs plugin gives an index doc a permalink with a trailing slash
 * (`/integration/`) even when the site serves it without one (`/integration`).
 * `baseUrl` (e.g. `/guides/integration-guide/`) is the home page's path, which keeps its slash.
 */
export function canonicalPath(path: string, trailingSlash: boolean | undefined, baseUrl = '/'): string {
  if (trailingSlash === undefined || path === '/') return path;
  const [, pathname = '', rest = ''] = /^([^?#]*)(.*)$/s.exec(path) ?? [];
  // The home page keeps the base path's slash, as Docusaurus's own canonical links and sitemap do.
  if (pathname === baseUrl) return path;
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
export function reportProblemUrl(page: ReportedPage, repositoryUrl: string): string {
  const title = `Problem on "${page.title}"`;
  const body = [`Page: ${page.title}`, `URL: ${page.url}`, '', 'What is wrong, missing or unclear?', '', ''].join('\n');
  return `${repositoryUrl}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}

/** What docusaurus.config.ts puts in `customFields` for the client. */
export interface GuideCustomFields {
  /** The guide's source repository, or null when none is configured. */
  readonly repository: Repository | null;
}

/**
 * The repository from the site config's `customFields` (typed there as unknown), or null when none is configured.
 * Throws when the field is missing or malformed, so a config change cannot silently drop the links.
 */
export function siteRepository(customFields: Readonly<Record<string, unknown>> | undefined): Repository | null {
  const value = customFields?.repository;
  if (value === null) return null;
  if (typeof value === 'object' && value !== undefined) {
    const {url, branch} = value as Record<string, unknown>;
    if (typeof url === 'string' && typeof branch === 'string') return {url, branch};
  }
  throw new Error(
    'customFields.repository is missing or malformed: docusaurus.config.ts must set it from readSiteEnv.',
  );
}
