/**
 * Link previews: every page in the sitemap names a preview image that chat
 * tools and wikis can fetch. A doc page's image is its own (distinct across doc
 * pages, named after its slug), any other page's is the site-wide card; the URL
 * is absolute under the site's origin and base path, the file is in the build
 * and is a PNG of exactly 1200 x 630 (read from its IHDR), and the width,
 * height, alt and Twitter tags go with it. og:title and og:description are the
 * page's own title and description. Reads the built HTML (no browser), so the
 * same checks pass against a build with another base path (IG_BASE_URL).
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {load, type CheerioAPI} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {BASE_URL, BUILD_DIR, sitePath, sitemapPaths} from '../support/site';
import {GUIDE_BASE} from '../../src/data/queries';
import {PREVIEW_HEIGHT, PREVIEW_WIDTH, previewImagePath} from '../../src/data/previews';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The built HTML file of a site path (without base path), under trailingSlash: false. */
function htmlFile(path: string): string {
  const bare = path.replace(/\/+$/, '');
  const candidates = bare === '' ? ['index.html'] : [`${bare}.html`, `${bare}/index.html`];
  const found = candidates.map((c) => join(BUILD_DIR, c)).find((file) => existsSync(file));
  if (!found) throw new Error(`No built HTML for ${path} in ${BUILD_DIR}`);
  return found;
}

/** The width and height in a PNG file's IHDR; throws when the bytes do not start like a PNG. */
function pngSize(file: string): {width: number; height: number} {
  const png = readFileSync(file);
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error(`${file} is not a PNG starting with IHDR`);
  }
  return {width: png.readUInt32BE(16), height: png.readUInt32BE(20)};
}

interface SharedPage {
  readonly path: string;
  readonly $: CheerioAPI;
  readonly isDoc: boolean;
  meta(key: string): string | undefined;
}

function readPage(path: string): SharedPage {
  const $ = load(readFileSync(htmlFile(path), 'utf8'));
  return {
    path,
    $,
    isDoc: $('html').hasClass('docs-doc-page'),
    meta: (key) => $(`meta[property="${key}"], meta[name="${key}"]`).last().attr('content'),
  };
}

const pages = sitemapPaths().map(readPage);
const docPages = pages.filter((p) => p.isDoc);

/** The slug a doc page's image is named after: its path under the guide ("/iot"), or "/" for the guide's index. */
const slugOf = (path: string): string => path.replace(new RegExp(`^${GUIDE_BASE}`), '') || '/';

describe('link previews on every page', () => {
  it('finds doc pages and other pages in the sitemap', () => {
    expect(docPages.length).toBeGreaterThan(20);
    expect(pages.length).toBeGreaterThan(docPages.length);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s names an absolute 1200 x 630 PNG in the build', (_, page) => {
    const image = page.meta('og:image');
    expect(image, 'og:image').toBeTruthy();
    const url = new URL(image ?? '');
    const site = new URL(page.meta('og:url') ?? page.$('link[rel="canonical"]').attr('href') ?? '');
    expect(url.origin, 'the page’s own origin').toBe(site.origin);
    expect(url.pathname.startsWith(BASE_URL), `${url.pathname} under ${BASE_URL}`).toBe(true);
    const file = join(BUILD_DIR, url.pathname.slice(BASE_URL.length));
    expect(existsSync(file), `${file} in the build`).toBe(true);
    expect(pngSize(file)).toEqual({width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT});
    expect(page.meta('og:image:width')).toBe(String(PREVIEW_WIDTH));
    expect(page.meta('og:image:height')).toBe(String(PREVIEW_HEIGHT));
    expect(page.meta('og:image:alt')).toBeTruthy();
    expect(page.meta('twitter:image') ?? image, 'twitter:image').toBe(image);
    expect(page.meta('twitter:card')).toBe('summary_large_image');
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s shares its own title and description', (_, page) => {
    const title = page.$('head > title').text().trim();
    const description = page.meta('description');
    expect(title).toBeTruthy();
    expect(description).toBeTruthy();
    expect(page.meta('og:title')).toBe(title);
    expect(page.meta('og:description')).toBe(description);
    if (page.isDoc) {
      const heading = page.$('article h1').first().text().trim();
      expect(heading, 'the page’s heading').toBeTruthy();
      expect(title.startsWith(heading), `"${title}" starts with "${heading}"`).toBe(true);
      expect(page.meta('twitter:title')).toBe(heading);
      expect(page.meta('twitter:description')).toBe(description);
    }
  });

  it('gives each doc page its own image, named after the page, with an alt naming the page', () => {
    const images = docPages.map((page) => page.meta('og:image') ?? '');
    expect(new Set(images).size).toBe(docPages.length);
    for (const page of docPages) {
      const image = new URL(page.meta('og:image') ?? '');
      expect(image.pathname, page.path).toBe(sitePath(previewImagePath(slugOf(page.path))));
      expect(page.meta('og:image:alt'), page.path).toContain(page.$('article h1').first().text().trim());
      expect(page.meta('twitter:image:alt'), page.path).toBe(page.meta('og:image:alt'));
    }
  });

  it('gives pages that are not docs the site-wide card', () => {
    for (const page of pages.filter((p) => !p.isDoc)) {
      expect(new URL(page.meta('og:image') ?? '').pathname, page.path).toBe(sitePath('/img/social-card.png'));
    }
  });
});
