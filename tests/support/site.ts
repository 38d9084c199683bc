/**
 * Shared facts about the built site for end-to-end tests: where it is, its
 * origin (set by the global setup) and the page list from its sitemap.
 */
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

/** The build under test: `build/`, or another directory named by IG_BUILD_DIR (e.g. a build with another base path). */
export const BUILD_DIR = resolve(__dirname, '../..', process.env.IG_BUILD_DIR ?? 'build');

/** The base path the build under test was made with, such as "/" or "/guides/integration-guide/" (IG_BASE_URL). */
export const BASE_URL = ((): string => {
  const value = process.env.IG_BASE_URL ?? '/';
  return `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
})();

/** A site path such as "/integration/iot" under the build's base path, e.g. "/guides/integration-guide/integration/iot". */
export function sitePath(path: string): string {
  return `${BASE_URL.slice(0, -1)}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The absolute URL of a site path on the test server. */
export function pageUrl(path: string): string {
  return `${origin()}${sitePath(path)}`;
}

/** The origin the global setup serves the build on. */
export function origin(): string {
  const value = process.env.IG_ORIGIN;
  if (!value) throw new Error('IG_ORIGIN is not set: run end-to-end tests through "npm run test:e2e".');
  return value;
}

/** Every page path in the built sitemap, e.g. "/integration/iot". */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(BUILD_DIR, 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  if (paths.length === 0) throw new Error('The sitemap lists no pages.');
  return paths;
}
