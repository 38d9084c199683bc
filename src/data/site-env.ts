/**
 * Where this build of the guide is published and where its source lives, read once from the environment when
 * docusaurus.config.ts loads. The config passes the result on (`url`, `baseUrl`, `editUrl`, `customFields`), so
 * plugins read `context.siteConfig` and client code reads `useDocusaurusContext()`: nothing else reads these
 * variables. A bad value stops the build with a message that names the variable.
 */

/** The variables, their meaning and default (the README's table says the same). */
export const SITE_ENV = {
  GUIDE_SITE_URL: 'the origin the site is published on, e.g. https://docs.example.com (no path)',
  GUIDE_BASE_URL: 'the path the site lives under on that origin, e.g. /guides/integration-guide/',
  GUIDE_REPOSITORY_URL: "the web address of the guide's source repository, e.g. https://github.com/owner/repo",
  GUIDE_REPOSITORY_BRANCH: 'the branch that "Edit this page" opens',
} as const;

/** The name of one of the variables. */
export type SiteEnvName = keyof typeof SITE_ENV;

/** Used when GUIDE_SITE_URL is unset or empty: the address of `npm run serve`. */
export const DEFAULT_SITE_URL = 'http://localhost:3000';
/** Used when GUIDE_BASE_URL is unset or empty. */
export const DEFAULT_BASE_URL = '/';
/** Used when GUIDE_REPOSITORY_BRANCH is unset or empty. */
export const DEFAULT_REPOSITORY_BRANCH = 'main';

/** The guide's source repository, when one is configured. */
export interface Repository {
  /** Its web address over http(s), without a trailing slash. */
  readonly url: string;
  /** The branch edit links open. */
  readonly branch: string;
}

/** The parsed configuration. */
export interface SiteEnv {
  /** Origin without a trailing slash, e.g. `https://docs.example.com`. */
  readonly siteUrl: string;
  /** Base path with a leading and a trailing slash, e.g. `/` or `/guides/integration-guide/`. */
  readonly baseUrl: string;
  /** The repository, or null when none is configured (then no page links to one). */
  readonly repository: Repository | null;
}

/** A variable with a bad value; the message names it and says what is expected. */
export class SiteEnvError extends Error {
  constructor(
    readonly variable: SiteEnvName,
    value: string,
    problem: string,
  ) {
    super(`${variable}=${JSON.stringify(value)} ${problem}. Expected ${SITE_ENV[variable]}.`);
    this.name = 'SiteEnvError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function read(env: Env, name: SiteEnvName): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function httpUrl(name: SiteEnvName, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SiteEnvError(name, value, 'is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SiteEnvError(name, value, `uses ${url.protocol.slice(0, -1)}, not http or https`);
  }
  if (url.username || url.password) throw new SiteEnvError(name, value, 'contains credentials');
  if (url.search || url.hash) throw new SiteEnvError(name, value, 'has a query or a fragment');
  return url;
}

function siteUrlOf(value: string): string {
  const url = httpUrl('GUIDE_SITE_URL', value);
  if (url.pathname !== '/') {
    throw new SiteEnvError('GUIDE_SITE_URL', value, `has a path (${url.pathname}); put the path in GUIDE_BASE_URL`);
  }
  return url.origin;
}

function baseUrlOf(value: string): string {
  if (!value.startsWith('/')) throw new SiteEnvError('GUIDE_BASE_URL', value, 'does not start with /');
  if (/[?#\\\s]/.test(value)) throw new SiteEnvError('GUIDE_BASE_URL', value, 'contains ?, #, \\ or a space');
  const segments = value.split('/').filter(Boolean);
  if (value.includes('//') || segments.some((s) => s === '.' || s === '..')) {
    throw new SiteEnvError('GUIDE_BASE_URL', value, 'has an empty, "." or ".." segment');
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

function repositoryOf(value: string, branch: string): Repository {
  const url = httpUrl('GUIDE_REPOSITORY_URL', value);
  if (url.pathname.replace(/\/+$/, '') === '') {
    throw new SiteEnvError('GUIDE_REPOSITORY_URL', value, 'names a host, not a repository (it has no path)');
  }
  if (/[\s?#]/.test(branch) || branch.startsWith('/') || branch.endsWith('/')) {
    throw new SiteEnvError('GUIDE_REPOSITORY_BRANCH', branch, 'is not a branch name');
  }
  return {url: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, branch};
}

/** Reads and checks the variables in `env` (normally `process.env`); throws a SiteEnvError on a bad value. */
export function readSiteEnv(env: Env): SiteEnv {
  const repositoryUrl = read(env, 'GUIDE_REPOSITORY_URL');
  const branch = read(env, 'GUIDE_REPOSITORY_BRANCH') ?? DEFAULT_REPOSITORY_BRANCH;
  return {
    siteUrl: siteUrlOf(read(env, 'GUIDE_SITE_URL') ?? DEFAULT_SITE_URL),
    baseUrl: baseUrlOf(read(env, 'GUIDE_BASE_URL') ?? DEFAULT_BASE_URL),
    repository: repositoryUrl === undefined ? null : repositoryOf(repositoryUrl, branch),
  };
}

/** Base of the "Edit this page" links (the docs plugin appends e.g. `docs/glossary.md`), or undefined for none. */
export function editUrlBase(repository: Repository | null): string | undefined {
  return repository ? `${repository.url}/edit/${repository.branch}/` : undefined;
}
