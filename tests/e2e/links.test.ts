/**
 * Links into the guide that must keep working: section deep links, the
 * original documentation's paths, trailing-slash URLs, matrix.json, robots.txt,
 * llms.txt, sharing metadata, the edit and report links, and the matrix rows'
 * "copy link" button. Every path is a site path ("/integration/iot") under the base path of the build under test,
 * and every published URL is expected at the address that build was made with (tests/support/site.ts), so the checks
 * pass against `npm run build` and against `npm run build:base`.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {launchBrowser} from '../../src/scripts/browser';
import {useBrowser} from '../support/use-browser';
import {waitForHydration, watchPage} from '../support/page-watch';
import {BASE_URL, BUILD_DIR, SITE, origin, pageUrl, publishedUrl, sitePath, sitemapPaths} from '../support/site';
import matrix from '../../src/data/matrix';
import {toMatrixExport, type MatrixExport} from '../../src/data/export';
import {GUIDE_BASE} from '../../src/data/queries';
import {markdownPath} from '../../src/data/markdown';
import {LEGACY_BASE} from '../../src/data/site';
import {editUrlBase} from '../../src/data/site-env';

const guidePaths = (): string[] => sitemapPaths().filter((p) => p === GUIDE_BASE || p.startsWith(`${GUIDE_BASE}/`));

/** Fetches a site path (such as "/integration/iot") from the test server, under the base path. */
async function fetchText(path: string): Promise<{status: number; type: string; body: string}> {
  return fetchUrl(pageUrl(path));
}

/** Fetches, from the test server, what a published URL (as the build writes it: canonical, llms.txt...) names. */
async function fetchPublished(url: string): Promise<{status: number; type: string; body: string}> {
  expect(url.startsWith(publishedUrl('/')), `${url} is not under ${publishedUrl('/')}`).toBe(true);
  return fetchUrl(origin() + new URL(url).pathname);
}

async function fetchUrl(url: string): Promise<{status: number; type: string; body: string}> {
  const response = await fetch(url, {redirect: 'manual'});
  return {status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text()};
}

/** The attribute of the first tag matching `selector` in the page's static HTML (values may be unquoted). */
function attr(html: string, tag: string, match: RegExp, name: string): string | undefined {
  for (const m of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))) {
    if (match.test(m[0])) {
      const value = new RegExp(`\\s${name}=("([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(m[0]);
      const raw = value?.[2] ?? value?.[3] ?? value?.[4];
      return raw?.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
    }
  }
  return undefined;
}

const meta = (html: string, key: string): string | undefined =>
  attr(html, 'meta', new RegExp(`(property|name)=["']?${key.replace(/[:.]/g, '\\$&')}["'\\s/>]`), 'content');

/** Whether a built page is a doc (the docs plugin tags its pages), as opposed to the landing page or a React page. */
const isDocPage = (html: string): boolean => /docusaurus_tag[^>]*content=["']?docs-/.test(html);

describe('deep links to sections', () => {
  const browser = useBrowser({viewport: {width: 1280, height: 800}});

  it('land on the first and last section heading of every guide page, below the navbar', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    for (const path of guidePaths()) {
      const html = (await fetchText(path)).body;
      const ids = [...html.matchAll(/<h[23][^>]*\sid=["']?([^"'\s>]+)/g)].map((m) => m[1] ?? '');
      for (const id of new Set([ids[0], ids.at(-1)].filter(Boolean))) {
        await page.goto(`${pageUrl(path)}#${id}`);
        await waitForHydration(page);
        const heading = page.locator(`[id="${id}"]`);
        await expect(heading.isVisible(), `${path}#${id}`).resolves.toBe(true);
        const navbar = (await page.locator('.navbar').boundingBox())?.height ?? 60;
        await expect
          .poll(async () => (await heading.boundingBox())?.y ?? -1, {message: `${path}#${id}`})
          .toBeGreaterThanOrEqual(navbar - 1);
        expect((await heading.boundingBox())?.y, `${path}#${id}`).toBeLessThan(800);
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('paths of the original documentation and trailing slashes', () => {
  const browser = useBrowser({viewport: {width: 1280, height: 800}});

  it('are answered by the build itself, without a page file and a same-named folder that could loop', () => {
    for (const path of guidePaths()) {
      const legacy = `${LEGACY_BASE}${path.slice(GUIDE_BASE.length)}`;
      expect(existsSync(join(BUILD_DIR, legacy, 'index.html')), legacy).toBe(true);
      if (path !== GUIDE_BASE) expect(existsSync(join(BUILD_DIR, path)), `${path}/ folder`).toBe(false);
    }
    // The overview's folder holds the other pages, so it carries a real copy of the overview.
    expect(readFileSync(join(BUILD_DIR, 'integration', 'index.html'), 'utf8')).toBe(
      readFileSync(join(BUILD_DIR, 'integration.html'), 'utf8'),
    );
  });

  it('lead every legacy path to its page in the browser, keeping the anchor', async () => {
    const page = await browser.context.newPage();
    for (const path of guidePaths()) {
      const legacy = `${LEGACY_BASE}${path.slice(GUIDE_BASE.length)}`;
      await page.goto(pageUrl(legacy));
      await page.waitForURL(pageUrl(path));
      await expect(page.locator('h1').first().isVisible(), legacy).resolves.toBe(true);
    }
    await page.goto(pageUrl(`${LEGACY_BASE}/mendix-integration#functionally`));
    await page.waitForURL(pageUrl('/integration/mendix-integration#functionally'));
    await page.goto(pageUrl(`${LEGACY_BASE}/integration-use-cases/#ai-iot`));
    await page.waitForURL(pageUrl('/integration/integration-use-cases#ai-iot'));
    await expect(page.locator('[id="ai-iot"]').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('reach the overview from /integration/', async () => {
    const raw = await fetchText('/integration/');
    expect([200, 301]).toContain(raw.status);
    const page = await browser.context.newPage();
    const errors = watchPage(page);
    await page.goto(pageUrl('/integration/'));
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Integration Guide');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('/integration/matrix.json', () => {
  it('equals the typed matrix data', async () => {
    const response = await fetchText('/integration/matrix.json');
    expect(response.status).toBe(200);
    expect(response.type).toMatch(/application\/json/);
    const published = JSON.parse(response.body) as MatrixExport;
    expect(published).toEqual(toMatrixExport(matrix, publishedUrl('').replace(/\/$/, '')));
    expect(published.version).toBe(1);
  });

  it('points only at pages and anchors that exist', async () => {
    const published = JSON.parse((await fetchText('/integration/matrix.json')).body) as MatrixExport;
    const urls = [
      ...published.matrixPages,
      ...published.methods.map((m) => m.url),
      ...published.categories.map((c) => c.url),
      ...published.useCases.flatMap((u) => [u.url, u.legacyUrl, u.rowUrl]),
    ];
    const pages = new Map<string, string>();
    for (const url of urls) {
      const {pathname, hash} = new URL(url);
      if (!pages.has(pathname)) {
        const response = await fetchPublished(url);
        expect(response.status, pathname).toBe(200);
        pages.set(pathname, response.body);
      }
      if (hash) expect(pages.get(pathname), url).toMatch(new RegExp(`\\sid=["']?${hash.slice(1)}["'\\s>]`));
    }
  });
});

describe('robots.txt, sitemap and llms.txt', () => {
  it('robots.txt allows all and names the sitemap, which exists', async () => {
    const robots = await fetchText('/robots.txt');
    expect(robots.status).toBe(200);
    expect(robots.body).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots.body)?.[1];
    expect(sitemap).toBe(publishedUrl('/sitemap.xml'));
    expect((await fetchPublished(sitemap!)).status).toBe(200);
  });

  it('llms.txt lists every page with its description, and only pages that exist', async () => {
    const llms = await fetchText('/llms.txt');
    expect(llms.status).toBe(200);
    expect(llms.body).toMatch(/^# Integration Guide\n\n> \S/);
    const entries = [...llms.body.matchAll(/^- \[(.+?)\]\((\S+?)\)(?:: (.+))?$/gm)].map((m) => ({
      title: m[1],
      url: m[2] ?? '',
      description: m[3],
    }));
    const listed = new Map(entries.map((e) => [new URL(e.url).pathname, e]));
    for (const path of sitemapPaths().filter((p) => p !== '/search')) {
      // A doc page is listed by its Markdown version (the llms.txt convention), any other page by itself.
      const entry = listed.get(sitePath(path)) ?? listed.get(markdownPath(sitePath(path)));
      expect(entry, `${path} in llms.txt`).toBeDefined();
      const html = (await fetchText(path)).body;
      expect(entry?.description, path).toBe(meta(html, 'description'));
    }
    for (const {url} of entries) {
      expect((await fetchPublished(url)).status, url).toBe(200);
    }
  });
});

describe('sharing metadata on every page', () => {
  it('has a description, a canonical URL and Open Graph and Twitter tags', async () => {
    const card = join(BUILD_DIR, 'img/social-card.png');
    expect(statSync(card).size).toBeLessThan(150 * 1024);
    const png = readFileSync(card);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

    for (const path of sitemapPaths()) {
      const html = (await fetchText(path)).body;
      const canonical = attr(html, 'link', /rel=["']?canonical/, 'href');
      const expected = publishedUrl(path);
      expect(canonical, path).toBe(expected);
      expect(meta(html, 'og:url'), path).toBe(expected);
      expect(meta(html, 'description'), path).toBeTruthy();
      expect(meta(html, 'og:title'), path).toBeTruthy();
      expect(meta(html, 'og:description'), path).toBe(meta(html, 'description'));
      // Doc pages carry their own card (tests/e2e/previews.test.ts); other pages the site-wide one.
      if (!isDocPage(html)) expect(meta(html, 'og:image'), path).toBe(publishedUrl('/img/social-card.png'));
      expect(meta(html, 'twitter:card'), path).toBe('summary_large_image');
      expect(meta(html, 'og:type'), path).toBe(isDocPage(html) ? 'article' : 'website');
    }
  });

  it('serves the icons it names', async () => {
    const html = (await fetchText('/')).body;
    for (const href of [...html.matchAll(/<link\b[^>]*rel=["']?(?:icon|apple-touch-icon)[^>]*>/g)].map(
      (m) => /href=["']?([^"'\s>]+)/.exec(m[0])?.[1],
    )) {
      expect((await fetch(origin() + href)).status, href).toBe(200);
    }
    expect((await fetch(pageUrl('/favicon.ico'))).status).toBe(200);
  });
});

describe('edit and report links on every doc page', () => {
  const {repository} = SITE;
  const docPages = async (): Promise<{path: string; html: string}[]> => {
    const pages: {path: string; html: string}[] = [];
    for (const path of sitemapPaths()) {
      const html = (await fetchText(path)).body;
      if (isDocPage(html)) pages.push({path, html});
    }
    expect(pages.length).toBeGreaterThanOrEqual(guidePaths().length - 1);
    return pages;
  };

  it.runIf(repository)('edit the page source and open a pre-filled issue naming the page', async () => {
    const editBase = editUrlBase(repository) ?? '';
    for (const {path, html} of await docPages()) {
      const edit = attr(html, 'a', /theme-edit-this-page/, 'href');
      expect(
        edit?.startsWith(editBase) && /^docs\/.+\.mdx?$/.test(edit.slice(editBase.length)),
        `${path}: ${edit}`,
      ).toBe(true);
      const report = attr(html, 'a', /data-testid=["']?report-problem/, 'href');
      expect(report?.startsWith(`${repository?.url}/issues/new?title=`), path).toBe(true);
      const params = new URL(report!).searchParams;
      const title = meta(html, 'twitter:title');
      expect(params.get('title'), path).toContain(title);
      expect(params.get('body'), path).toContain(`URL: ${publishedUrl(path)}\n`);
    }
  });

  it.runIf(!repository)('are absent when the build has no repository (GUIDE_REPOSITORY_URL unset)', async () => {
    for (const {path, html} of await docPages()) {
      expect(html, path).not.toMatch(/theme-edit-this-page|data-testid=["']?report-problem|Report a problem/);
    }
  });
});

describe('the search under the base path', () => {
  const browser = useBrowser({viewport: {width: 1280, height: 800}});

  it('fetches its index and leads from a result to the page, both under the base path', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page, {requests: true});
    await page.goto(pageUrl('/search?q=Kafka'));
    const hit = page.locator('[data-testid="search-results"] [data-testid="search-hit"]').first();
    await hit.waitFor();
    const href = (await hit.getAttribute('href')) ?? '';
    expect(href.startsWith(sitePath('/integration/')), href).toBe(true);
    await hit.click();
    await page.waitForURL((url) => url.pathname === new URL(href, origin()).pathname);
    await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the addresses in the build', () => {
  // The host and organisation the guide once named as constants; neither belongs to the project.
  const PLACEHOLDERS = [/integration-guide\.example\.org/, /github\.com\/integration-guide\b/];

  it('name no placeholder host or repository in any file', () => {
    const files = readdirSync(BUILD_DIR, {recursive: true, encoding: 'utf8'}).filter((f) =>
      /\.(html|js|json|txt|xml)$/.test(f),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(join(BUILD_DIR, file), 'utf8');
      for (const placeholder of PLACEHOLDERS) expect(text, file).not.toMatch(placeholder);
    }
  });

  it.runIf(BASE_URL !== '/')('serve nothing outside the base path: the 404 page with status 404', async () => {
    for (const path of ['/integration/iot', '/', '/llms.txt', '/search-index.json']) {
      const response = await fetchUrl(origin() + path);
      expect(response.status, path).toBe(404);
    }
    expect((await fetchText('/integration/iot')).status).toBe(200);
  });
});

describe('the copy link button on matrix rows', () => {
  it('copies the row URL by keyboard and says so politely', async () => {
    const browser = await launchBrowser({
      viewport: {width: 1280, height: 900},
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    try {
      const page = await browser.context.newPage();
      const problems = watchPage(page);
      await page.goto(pageUrl('/integration/integration-use-cases'));
      await waitForHydration(page);
      const row = page.locator('#matrix-iot');
      const button = row.getByRole('button', {name: /^Copy link to this row: /});
      await expect(button.count()).resolves.toBe(1);
      // Reach it by keyboard from the row's # link, then press Enter.
      await row.locator('a[href="#matrix-iot"]').focus();
      await page.keyboard.press('Tab');
      await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await page.keyboard.press('Enter');
      const status = row.getByRole('status');
      await expect.poll(() => status.textContent()).toBe('Link copied');
      await expect(status.getAttribute('role')).resolves.toBe('status');
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
        pageUrl('/integration/integration-use-cases#matrix-iot'),
      );
      // Space works as well, on another row, and the URL leaves any filter out.
      await page.goto(pageUrl('/integration/mendix-integration?method=events'));
      await waitForHydration(page);
      const sso = page.locator('#matrix-sso-identity').getByRole('button');
      await sso.focus();
      await page.keyboard.press('Space');
      await expect
        .poll(() => page.locator('#matrix-sso-identity').getByRole('status').textContent())
        .toBe('Link copied');
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
        pageUrl('/integration/mendix-integration#matrix-sso-identity'),
      );
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('is absent with JavaScript off, where the # link remains', async () => {
    const browser = await launchBrowser({javaScriptEnabled: false});
    try {
      const page = await browser.context.newPage();
      await page.goto(pageUrl('/integration/integration-use-cases'));
      await expect(page.locator('[data-testid="matrix"] button').count()).resolves.toBe(0);
      await expect(page.locator('#matrix-iot a[href="#matrix-iot"]').count()).resolves.toBe(1);
    } finally {
      await browser.close();
    }
  });
});
