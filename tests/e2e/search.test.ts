/**
 * Local search in the built site: the navbar box on every page, the search
 * page, results that land on the section with the terms highlighted, full
 * keyboard use, odd input that stays harmless, and AA contrast of the box.
 *
 * Which pages a query should find is read from the built HTML, not typed here:
 * a page "treats" a term when its title or one of its headings names it, and
 * "mentions" it when its text does. So the tests keep their meaning while the
 * writers fill the pages in.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';
import {launchBrowser} from '../support/browser';
import {useBrowser} from '../support/use-browser';
import {waitForHydration, waitForRoute, watchPage} from '../support/page-watch';
import type {Page} from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import {BUILD_DIR, origin, sitemapPaths} from '../support/site';
import {MAX_QUERY_LENGTH} from '../../src/theme/SearchBar/limits';

const QUERIES = ['OData', 'Kafka', 'deep link', 'single sign-on'];
const ODD_QUERIES = ['.*[(', 'a'.repeat(3000), '<img src=x onerror=alert(1)>', '統合', 'интеграция', '   ', '"\\\'%00'];

/** The text of an HTML fragment: tags dropped, entities that matter decoded, whitespace collapsed. */
function text(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\u200b|&#8203;|&ZeroWidthSpace;/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface BuiltPage {
  readonly path: string;
  readonly headings: string[];
  readonly body: string;
}

/** Every page of the build (docs and the landing page) with its headings and its main text. */
function builtPages(): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.html')) {
        const html = readFileSync(file, 'utf8');
        const path = `/${relative(BUILD_DIR, file).replace(/\.html$/, '')}`.replace(/^\/index$/, '/');
        const article = /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? /<main[\s\S]*<\/main>/.exec(html)?.[0];
        if (!article || /http-equiv=["']?refresh/.test(html) || ['/404', '/search'].includes(path)) continue;
        const headings = [...article.matchAll(/<h[1-3][^>]*>([\s\S]*?)<\/h[1-3]>/g)].map((m) =>
          text(m[1] ?? '')
            .replace(/#$/, '')
            .trim(),
        );
        pages.push({path, headings, body: text(article)});
      }
    }
  };
  walk(BUILD_DIR);
  return pages;
}

const lower = (s: string): string => s.toLowerCase();

/** The result links of the search page, as page paths and anchors without the highlight query. */
async function searchPageResults(page: Page, query: string): Promise<{message: string; results: string[]}> {
  await page.goto(`${origin()}/search?q=${encodeURIComponent(query)}`);
  await waitForHydration(page);
  const message = page.locator('h1 ~ p').first();
  await message.waitFor({timeout: 15_000});
  const results = await page.$$eval('article h2 a', (links) =>
    links.map((a) => {
      const url = new URL(a.getAttribute('href') ?? '', location.origin);
      return `${url.pathname}${url.hash}`;
    }),
  );
  return {message: (await message.textContent()) ?? '', results};
}

describe('the search index', () => {
  it('covers every page of the sitemap except the search page itself', () => {
    const index = JSON.parse(readFileSync(join(BUILD_DIR, 'search-index.json'), 'utf8')) as {
      documents: {u: string}[];
    }[];
    const indexed = new Set(index.flatMap((kind) => kind.documents.map((d) => d.u)));
    const expected = sitemapPaths().filter((p) => p !== '/search');
    expect(expected).toContain('/');
    expect(expected.filter((p) => !indexed.has(p))).toEqual([]);
  });
});

describe('the navbar search box', () => {
  const browser = useBrowser({viewport: {width: 1280, height: 800}});

  it('is on every page', async () => {
    const page = await browser.context.newPage();
    for (const path of [...sitemapPaths(), '/search']) {
      await page.goto(origin() + path);
      await expect(page.locator('.navbar .navbar__search-input').isVisible(), path).resolves.toBe(true);
      await expect(page.locator('.navbar .navbar__search-input').getAttribute('aria-label'), path).resolves.toBe(
        'Search',
      );
    }
    await page.close();
  });

  for (const query of QUERIES) {
    it(`finds "${query}" by keyboard, lands on the section and highlights the terms`, async () => {
      const pages = builtPages();
      const treating = pages.filter((p) => p.headings.some((h) => lower(h).includes(lower(query))));
      const mentioning = pages.filter((p) => lower(p.body).includes(lower(query)));
      const page = await browser.context.newPage();
      const problems = watchPage(page);
      await page.goto(`${origin()}/integration/ui-integration`);
      await waitForHydration(page);
      await page.keyboard.press('Control+k');
      await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Search');
      await page.keyboard.type(query);
      const box = page.locator('.navbar__search');

      if (mentioning.length === 0) {
        // Nothing on the site names the term yet: a friendly message, not an error.
        await expect(box.getByText('No results').waitFor({timeout: 10_000})).resolves.toBeUndefined();
        expect(problems).toEqual([]);
        await page.close();
        return;
      }

      await page.locator('[role="option"]').first().waitFor({timeout: 10_000});
      await expect(page.locator('.navbar__search-input').getAttribute('aria-expanded')).resolves.toBe('true');
      // The first suggestion is selected; Enter follows it.
      await page.keyboard.press('Enter');
      await page.waitForURL(/_highlight=/);
      const url = new URL(page.url());
      // The URL changes first (client-side navigation); wait until the new page has rendered.
      await waitForRoute(page, url.pathname);
      expect(
        mentioning.map((p) => p.path),
        `the first result ${url.pathname} mentions "${query}"`,
      ).toContain(url.pathname);
      // The terms are highlighted on arrival (the plugin marks inside <article>, which every doc page has;
      // the landing page has none, so it is reached but not marked).
      if ((await page.locator('article').count()) > 0) {
        await page.locator('article mark[data-markjs]').first().waitFor({timeout: 5_000});
        const marked = await page.$$eval('article mark[data-markjs]', (marks) => marks.map((m) => m.textContent ?? ''));
        expect(
          marked.some((m) =>
            lower(query)
              .split(/[\s-]+/)
              .some((word) => lower(m).includes(word)),
          ),
        ).toBe(true);
      }
      // A section result goes to its heading, and the heading is on screen.
      if (url.hash) {
        const heading = page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`);
        await expect(heading.count()).resolves.toBe(1);
        const top = (await heading.boundingBox())?.y ?? -1;
        expect(top).toBeGreaterThanOrEqual(0);
        expect(top).toBeLessThan(800);
      }

      // The full result list holds every page that treats the term in a heading.
      const {results} = await searchPageResults(page, query);
      const resultPages = new Set(results.map((r) => r.replace(/#.*$/, '')));
      expect(treating.map((p) => p.path).filter((p) => !resultPages.has(p))).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('follows a suggestion on click, and Escape closes the list', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin()}/integration/glossary`);
    await waitForHydration(page);
    await page.locator('.navbar__search-input').click();
    await page.keyboard.type('integration');
    const options = page.locator('[role="option"]');
    await options.first().waitFor();
    await page.keyboard.press('Escape');
    await expect(options.first().isVisible()).resolves.toBe(false);
    await page.locator('.navbar__search-input').click();
    await options.first().waitFor();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('[role="option"][aria-selected="true"]').count()).resolves.toBe(1);
    await options.nth(1).click();
    await page.waitForURL(/_highlight=integration/);
    await waitForRoute(page, new URL(page.url()).pathname);
    await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('answers quickly (time to first suggestion, index not yet loaded)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin()}/integration/event-integration`);
    await waitForHydration(page);
    const started = Date.now();
    await page.locator('.navbar__search-input').focus();
    await page.keyboard.type('OData');
    await page.locator('[role="option"]').first().waitFor();
    const cold = Date.now() - started;
    await page.keyboard.press('Escape');
    await page.locator('.navbar__search-input').fill('');
    const again = Date.now();
    await page.keyboard.type('REST');
    await page.locator('[role="option"]').first().waitFor();
    const warm = Date.now() - again;
    console.info(`search: first suggestion after ${cold} ms cold (index fetched on focus), ${warm} ms warm`);
    expect(cold).toBeLessThan(5_000);
    await page.close();
  });

  for (const query of ODD_QUERIES) {
    it(`stays harmless on odd input: ${JSON.stringify(query.length > 40 ? `${query.slice(0, 12)}… (${query.length} chars)` : query)}`, async () => {
      const page = await browser.context.newPage();
      const problems = watchPage(page);
      await page.goto(`${origin()}/integration/batch-integration`);
      await waitForHydration(page);
      const input = page.locator('.navbar__search-input');
      await input.focus();
      await input.fill(query);
      const value = await input.inputValue();
      expect(value.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      if (value.trim()) {
        // Either suggestions or the friendly "No results".
        await page
          .locator('.navbar__search [role="option"], .navbar__search :text("No results")')
          .first()
          .waitFor({timeout: 10_000});
      }
      await page.keyboard.press('Escape');
      await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

describe('the search page', () => {
  const browser = useBrowser({viewport: {width: 1280, height: 800}});

  it('lists results for /search?q= that link to sections with highlighting', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    const {message, results} = await searchPageResults(page, 'OData');
    expect(message).toMatch(/\d+ documents? found/);
    expect(results.length).toBeGreaterThan(0);
    expect(results.some((r) => r.includes('#'))).toBe(true);
    await page.locator('article h2 a').first().click();
    await page.waitForURL(/_highlight=odata/);
    await page.locator('article mark[data-markjs]').first().waitFor({timeout: 5_000});
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds the landing page', async () => {
    const landing = readFileSync(join(BUILD_DIR, 'index.html'), 'utf8');
    const heading = text(/<main[\s\S]*?<h2[^>]*>([\s\S]*?)<\/h2>/.exec(landing)?.[1] ?? '')
      .replace(/#$/, '')
      .trim();
    expect(heading).not.toBe('');
    const page = await browser.context.newPage();
    const {results} = await searchPageResults(page, heading);
    expect(results).toContain('/');
    await page.close();
  });

  for (const query of ODD_QUERIES.filter((q) => q.trim())) {
    it(`stays harmless on odd input: ${JSON.stringify(query.length > 40 ? `${query.slice(0, 12)}… (${query.length} chars)` : query)}`, async () => {
      const page = await browser.context.newPage();
      const problems = watchPage(page);
      const {message} = await searchPageResults(page, query);
      expect(message).toMatch(/documents? found|No documents were found/);
      const q = new URL(page.url()).searchParams.get('q') ?? '';
      expect(q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      await expect(page.locator('h1').first().textContent()).resolves.toContain(q.slice(0, 20));
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

describe('search box contrast (axe, WCAG AA)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes in ${colorScheme} mode, with the suggestions open`, async () => {
      const browser = await launchBrowser({viewport: {width: 1280, height: 800}, colorScheme});
      try {
        const page = await browser.context.newPage();
        await page.goto(`${origin()}/integration/service-integration`);
        await waitForHydration(page);
        const idle = await new AxeBuilder({page}).include('.navbar__search').withRules(['color-contrast']).analyze();
        expect(
          idle.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`)),
        ).toEqual([]);
        await page.locator('.navbar__search-input').focus();
        await page.keyboard.type('OData');
        await page.locator('[role="option"]').first().waitFor();
        const open = await new AxeBuilder({page}).include('.navbar__search').withRules(['color-contrast']).analyze();
        expect(
          open.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`)),
        ).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  }
});
