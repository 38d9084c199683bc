/**
 * Shared facts about the built site for end-to-end tests: where it is, its
 * origin (set by the global setup) and the page list from its sitemap.
 */
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {pathInBase} from './server';
import {readSiteEnv, type SiteEnv} from '../../src/data/site-env';

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

/**
 * Where the build under test says it is published and where its source lives: the GUIDE_* variables it was built
 * with, which `npm run test:e2e:base` passes to the tests as well (unset for `npm run build` and `npm run test:e2e`).
 */
export const SITE: SiteEnv = readSiteEnv(process.env);

/** The published, absolute URL of a site path, as canonical links, the sitemap and llms.txt write it. */
export function publishedUrl(path: string): string {
  return `${SITE.siteUrl}${sitePath(path)}`;
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

/** Every page path in the built sitemap, without the base path, e.g. "/integration/iot" (pass it to `pageUrl`). */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(BUILD_DIR, 'sitemap.xml'), 'utf8');
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? ''));
  if (urls.length === 0) throw new Error('The sitemap lists no pages.');
  return urls.map(({pathname}) => {
    const inBase = pathInBase(BASE_URL, pathname);
    if (inBase === undefined) throw new Error(`The sitemap lists ${pathname}, outside the base path ${BASE_URL}.`);
    return inBase;
  });
}
