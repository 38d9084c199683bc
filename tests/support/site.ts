/**
 * Shared facts about the built site for end-to-end tests: where it is, its
 * origin (set by the global setup) and the page list from its sitemap.
 */
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

export const BUILD_DIR = resolve(__dirname, '../../build');

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
