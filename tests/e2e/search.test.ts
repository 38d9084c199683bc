/**
 * Search in the built site: the navbar box on every page, the search page,
 * results that are real links and land on the section with the terms
 * highlighted, full keyboard use, odd input that stays harmless and never
 * holds the page, the no-JavaScript message, and AA contrast of the box.
 * (Which page comes first for which query is tests/e2e/search-relevance.test.ts.)
 *
 * Which pages a query should find is read from the built HTML, not typed here:
 * a page "treats" a term when its title or one of its headings names it, and
 * "mentions" it when its text does. So the tests keep their meaning while the
 * writers fill the pages in.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';
import {launchBrowser} from '../../src/scripts/browser';
import {useBrowser} from '../support/use-browser';
import {waitForHydration, waitForRoute, watchPage} from '../support/page-watch';
import type {Page} from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import {BUILD_DIR, origin, sitemapPaths} from '../support/site';
import {MAX_QUERY_LENGTH} from '../../src/search/limits';
import {HIGHLIGHT_NAME, HIGHLIGHT_MEASURE} from '../../src/search/highlight';
import {SEARCH_MEASURE} from '../../src/search/client';
import {GLOSSARY_PAGE_PATH, USE_CASES_PAGE_PATH} from '../../src/data/queries';

const QUERIES = ['OData', 'Kafka', 'deep link', 'single sign-on'];
const ODD_QUERIES = [
  '.*[(',
  'a'.repeat(3000),
  'x'.repeat(600),
  '<img src=x onerror=alert(1)>',
  '統合',
  'интеграция',
  '   ',
  '"\\\'%00',
];

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

const INPUT = '.navbar form[role="search"] input[name="q"]';
const HITS = '[data-testid="search-suggestions"] [data-testid="search-hit"]';

/** The result links of the search page, as page paths and anchors without the highlight query. */
async function searchPageResults(page: Page, query: string): Promise<{message: string; results: string[]}> {
  await page.goto(`${origin()}/search?q=${encodeURIComponent(query)}`);
  await waitForHydration(page);
  const status = page.locator('[data-testid="search-status"][data-query]');
  await status.waitFor({timeout: 15_000});
  const results = await page.$$eval('[data-testid="search-results"] a', (links) =>
    links.map((a) => {
      const url = new URL(a.getAttribute('href') ?? '', location.origin);
      return `${url.pathname}${url.hash}`;
    }),
  );
  return {message: (await status.textContent()) ?? '', results};
}

/** Waits for the suggestions of the whole typed query: while it is pending, a shorter prefix's list is shown. */
async function waitForFinalList(page: Page): Promise<void> {
  await page
    .locator('[data-testid="search-suggestions"] [role="status"]')
    .filter({hasText: /pages? match\./})
    .waitFor();
}

/** The longest search and highlighting passes the page has measured so far, in ms. */
async function longestMeasures(page: Page): Promise<{search: number; highlight: number; searches: number}> {
  return page.evaluate(
    ([searchName, highlightName]) => {
      const longest = (name: string): number =>
        Math.max(0, ...performance.getEntriesByName(name, 'measure').map((m) => m.duration));
      return {
        search: longest(searchName),
        highlight: longest(highlightName),
        searches: performance.getEntriesByName(searchName, 'measure').length,
      };
    },
    [SEARCH_MEASURE, HIGHLIGHT_MEASURE] as const,
  );
}

describe('the search index', () => {
  it('covers every page of the sitemap except the search page itself', () => {
    const file = JSON.parse(readFileSync(join(BUILD_DIR, 'search-index.json'), 'utf8')) as {
      index: {storedFields: Record<string, {route: string}>};
    };
    const indexed = new Set(Object.values(file.index.storedFields).map((f) => f.route));
    const expected = sitemapPaths().filter((p) => p !== '/search');
    expect(expected).toContain('/');
    expect(expected.filter((p) => !indexed.has(p))).toEqual([]);
    expect([...indexed].filter((p) => !expected.includes(p))).toEqual([]);
  });
});

describe('the navbar search box', () => {
  const browser = useBrowser({viewport: {width: 1280, height: 800}});

  it('is on every page', async () => {
    const page = await browser.context.newPage();
    for (const path of [...sitemapPaths(), '/search']) {
      await page.goto(origin() + path);
      await expect(page.locator(INPUT).isVisible(), path).resolves.toBe(true);
      await expect(page.locator(INPUT).getAttribute('aria-label'), path).resolves.toBe('Search the guide');
    }
    await page.close();
  });

  it('leaves room for the site name or hides it on a phone, never under the box', async () => {
    const page = await browser.context.newPage();
    for (const width of [320, 360, 400, 420, 996]) {
      await page.setViewportSize({width, height: 700});
      await page.goto(`${origin()}/integration/iot`);
      const overlap = await page.evaluate(() => {
        const title = document.querySelector('.navbar__title')?.getBoundingClientRect();
        const box = document.querySelector('.navbar form[role="search"]')?.getBoundingClientRect();
        if (!title || !box) return 'missing';
        const shown = title.width > 1 && title.height > 1;
        return shown && title.right > box.left ? `title ends at ${title.right}, box starts at ${box.left}` : '';
      });
      expect(overlap, `${width} px`).toBe('');
    }
    await page.close();
  });

  for (const query of QUERIES) {
    it(`finds "${query}" by keyboard, lands on the section and highlights the terms`, async () => {
      const pages = builtPages();
      const treating = pages.filter((p) => p.headings.some((h) => lower(h).includes(lower(query))));
      const mentioning = pages.filter((p) => lower(p.body).includes(lower(query)));
      expect(mentioning.length, `some page mentions "${query}"`).toBeGreaterThan(0);
      const page = await browser.context.newPage();
      const problems = watchPage(page);
      await page.goto(`${origin()}/integration/ui-integration`);
      await waitForHydration(page);
      await page.keyboard.press('Control+k');
      await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(
        'Search the guide',
      );
      await page.keyboard.type(query);
      await page.locator(HITS).first().waitFor({timeout: 10_000});
      const controls = await page.locator(INPUT).getAttribute('aria-controls');
      await expect(page.locator(`[id="${controls}"]`).getAttribute('data-testid')).resolves.toBe('search-suggestions');
      // ArrowDown moves into the links; the first is a real link with the focus; Enter follows it.
      await page.keyboard.press('ArrowDown');
      await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe(
        'search-hit',
      );
      await page.keyboard.press('Enter');
      await page.waitForURL(/_highlight=/);
      const url = new URL(page.url());
      await waitForRoute(page, url.pathname);
      expect(
        mentioning.map((p) => p.path),
        `the first result ${url.pathname} mentions "${query}"`,
      ).toContain(url.pathname);
      // The terms are highlighted on arrival, with the CSS Custom Highlight API.
      await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, HIGHLIGHT_NAME, {
        timeout: 5_000,
      });
      const marked = await page.evaluate(
        (name) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString()),
        HIGHLIGHT_NAME,
      );
      expect(
        marked.some((m) =>
          lower(query)
            .split(/[\s-]+/)
            .some((word) => lower(m).includes(word)),
        ),
      ).toBe(true);
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

  it('shows each suggestion as a real link with its page and section, which opens in a new tab', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin()}/integration/glossary`);
    await waitForHydration(page);
    await page.locator(INPUT).click();
    await page.keyboard.type('dead-letter queue');
    await waitForFinalList(page);
    const first = page.locator(HITS).first();
    const href = (await first.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/[^ ]*\?_highlight=[^ ]*#[\w-]+$/);
    // The link's text names the page and the section.
    const text = (await first.textContent()) ?? '';
    expect(text).toContain('›');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), first.click({modifiers: ['Control']})]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toBe(new URL(href, origin()).pathname);
    await tab.close();
    await page.close();
  });

  it('closes on Escape with the focus back in the box, and follows a suggestion on click', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin()}/integration/glossary`);
    await waitForHydration(page);
    await page.locator(INPUT).click();
    await page.keyboard.type('integration');
    const hits = page.locator(HITS);
    await waitForFinalList(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await hits.first().waitFor({state: 'hidden', timeout: 2_000});
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('q');
    await page.keyboard.press('ArrowDown');
    await hits.first().waitFor();
    await hits.nth(1).click();
    await page.waitForURL(/_highlight=integration/);
    await waitForRoute(page, new URL(page.url()).pathname);
    await expect(page.locator(HITS).count()).resolves.toBe(0);
    await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('says so when the index cannot load, and tries again on request', async () => {
    const page = await browser.context.newPage();
    let block = true;
    await page.route('**/search-index.json', (route) => (block ? route.abort('failed') : route.continue()));
    await page.goto(`${origin()}/integration/iot`);
    await waitForHydration(page);
    await page.locator(INPUT).click();
    await page.keyboard.type('OData');
    const status = page.locator('[data-testid="search-suggestions"] [role="status"]');
    await status.filter({hasText: 'Search could not load'}).waitFor({timeout: 10_000});
    block = false;
    await page.getByRole('button', {name: 'Try again'}).click();
    await page.locator(HITS).first().waitFor({timeout: 10_000});
    await page.close();
  });

  it('answers quickly (time to first suggestion, index not yet loaded)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin()}/integration/event-integration`);
    await waitForHydration(page);
    const started = Date.now();
    await page.locator(INPUT).focus();
    await page.keyboard.type('OData');
    await page.locator(HITS).first().waitFor();
    const cold = Date.now() - started;
    await page.locator(INPUT).fill('');
    const again = Date.now();
    await page.keyboard.type('REST');
    await page.locator(HITS).first().waitFor();
    const warm = Date.now() - again;
    console.info(`search: first suggestion after ${cold} ms cold (index fetched on focus), ${warm} ms warm`);
    expect(cold).toBeLessThan(5_000);
    await page.close();
  });

  it('never falls behind a fast typist: a 600-character query answers at once, no search holds the page', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await page.goto(`${origin()}/integration/iot`);
    await waitForHydration(page);
    await page.locator(INPUT).focus();
    await page.keyboard.type('warm');
    await page.locator('[data-testid="search-suggestions"] [role="status"]').filter({hasText: /match/}).waitFor();
    await page.locator(INPUT).fill('');
    const words = 'integration events queue offline master data service gateway batch ';
    const long = words.repeat(10).slice(0, 600);
    await page.keyboard.type(long, {delay: 0});
    const typed = Date.now();
    // The answer on screen is for the whole query within half a second of the last keystroke.
    await page.waitForFunction(
      () =>
        /match/.test(document.querySelector('[data-testid="search-suggestions"] [role="status"]')?.textContent ?? ''),
      undefined,
      {timeout: 5_000},
    );
    const lag = Date.now() - typed;
    const {search, searches} = await longestMeasures(page);
    console.info(
      `search: 600 characters typed, answer ${lag} ms after the last key; ${searches} searches, longest ${search.toFixed(1)} ms`,
    );
    expect(lag).toBeLessThan(500);
    expect(search).toBeLessThan(50);
    expect(problems).toEqual([]);
    await page.close();
  });

  for (const query of ODD_QUERIES) {
    it(`stays harmless on odd input: ${JSON.stringify(query.length > 40 ? `${query.slice(0, 12)}… (${query.length} chars)` : query)}`, async () => {
      const page = await browser.context.newPage();
      const problems = watchPage(page);
      await page.goto(`${origin()}/integration/batch-integration`);
      await waitForHydration(page);
      const input = page.locator(INPUT);
      await input.focus();
      await input.fill(query);
      const value = await input.inputValue();
      expect(value.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      if (value.trim()) {
        // Either suggestions or the friendly "No pages match".
        await page
          .locator('[data-testid="search-suggestions"] [role="status"]')
          .filter({hasText: /match/})
          .waitFor({timeout: 10_000});
      }
      await page.keyboard.press('Escape');
      await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
      expect((await longestMeasures(page)).search).toBeLessThan(50);
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

describe('the search page', () => {
  const browser = useBrowser({viewport: {width: 1280, height: 800}});

  it('lists results for /search?q= as links in rank order that land on sections with highlighting', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    const {message, results} = await searchPageResults(page, 'OData');
    expect(message).toMatch(/\d+ pages match/);
    expect(results.length).toBeGreaterThan(1);
    expect(results.some((r) => r.includes('#'))).toBe(true);
    await page.locator('[data-testid="search-results"] a').first().click();
    await page.waitForURL(/_highlight=odata/);
    await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, HIGHLIGHT_NAME);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads a misspelt word as the indexed word it is near, says so, and highlights the word it searched', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    const {message, results} = await searchPageResults(page, 'chnage data capture');
    expect(message).toContain('Read “chnage” as “change”.');
    expect(results[0]).toMatch(/^\/integration\/event-integration#/);
    const href = await page.locator('[data-testid="search-results"] a').first().getAttribute('href');
    expect(new URL(href ?? '', origin()).searchParams.getAll('_highlight')).toContain('change');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the URL in step with the query typed on the page', async () => {
    const page = await browser.context.newPage();
    await searchPageResults(page, 'OData');
    await page.locator('#search-page-input').fill('business events');
    await page.waitForURL((url) => url.searchParams.get('q') === 'business events');
    await page.locator('[data-testid="search-status"][data-query="business events"]').waitFor();
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
    expect(results.map((r) => r.replace(/#.*$/, ''))).toContain('/');
    await page.close();
  });

  it('reads a bounded query from the URL: a 5,000-character q is cut and answered', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    const {message} = await searchPageResults(page, 'odata '.repeat(900));
    expect(message).toMatch(/match/);
    const value = await page.locator('#search-page-input').inputValue();
    expect(value.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect((await longestMeasures(page)).search).toBeLessThan(50);
    expect(problems).toEqual([]);
    await page.close();
  });

  for (const query of ODD_QUERIES.filter((q) => q.trim())) {
    it(`stays harmless on odd input: ${JSON.stringify(query.length > 40 ? `${query.slice(0, 12)}… (${query.length} chars)` : query)}`, async () => {
      const page = await browser.context.newPage();
      const problems = watchPage(page);
      const {message} = await searchPageResults(page, query);
      expect(message).toMatch(/pages? match|No pages match/);
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

describe('highlighting on a result page', () => {
  const browser = useBrowser({viewport: {width: 1280, height: 800}});

  it('marks the terms of a result link, and bounds a hand-made link with 2,000 terms', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await page.goto(`${origin()}/integration/iot?_highlight=mqtt&_highlight=kafka#the-need`);
    await waitForHydration(page);
    await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, HIGHLIGHT_NAME);
    // 2,000 words in one parameter (about 12 KB: a web server's limit for a request line is near 16 KB).
    const words = Array.from({length: 2_000}, (_, i) => `w${i}`);
    await page.goto(`${origin()}/integration/iot?_highlight=${words.join('+')}+kafka`);
    await waitForHydration(page);
    const {highlight} = await longestMeasures(page);
    console.info(`search: highlighting pass for a 2,000-term link took ${highlight.toFixed(1)} ms`);
    expect(highlight).toBeLessThan(50);
    await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('search without JavaScript', () => {
  const browser = useBrowser({viewport: {width: 1280, height: 800}, javaScriptEnabled: false});

  it('the box says search needs JavaScript and links the use cases and the glossary', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin()}/integration/iot`);
    await page.locator(INPUT).focus();
    const hint = page.locator('.navbar [data-testid="search-needs-js"]');
    await expect(hint.isVisible()).resolves.toBe(true);
    await expect(hint.textContent()).resolves.toContain('Search needs JavaScript');
    const links = await hint.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([USE_CASES_PAGE_PATH, GLOSSARY_PAGE_PATH]);
    // The hint stays while the keyboard moves into its links.
    await page.keyboard.press('Tab');
    await expect(hint.isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(USE_CASES_PAGE_PATH);
    await page.close();
  });

  it('the search page explains the same and links both', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin()}/search?q=odata`);
    const message = page.locator('main [data-testid="search-needs-js"]');
    await expect(message.textContent()).resolves.toContain('Search needs JavaScript');
    const links = await message.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([USE_CASES_PAGE_PATH, GLOSSARY_PAGE_PATH]);
    await page.close();
  });
});

describe('search box contrast (axe, WCAG AA)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes in ${colorScheme} mode, with the suggestions open`, async () => {
      const browser = await launchBrowser({viewport: {width: 1280, height: 800}, colorScheme});
      try {
        const page = await browser.context.newPage();
        await page.goto(`${origin()}/integration/service-integration`);
        await waitForHydration(page);
        const idle = await new AxeBuilder({page}).include('.navbar form[role="search"]').analyze();
        expect(
          idle.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`)),
        ).toEqual([]);
        await page.locator(INPUT).focus();
        await page.keyboard.type('OData');
        await page.locator(HITS).first().waitFor();
        const open = await new AxeBuilder({page}).include('.navbar form[role="search"]').analyze();
        expect(
          open.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`)),
        ).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  }
});
