/**
 * How a page starts in Chromium (src/plugins/quiet-start): the bundle is
 * requested only after the first contentful paint, and the page still
 * hydrates and navigates client-side; Docusaurus's base-URL banner stays away;
 * prism's grammars are not downloaded by pages without code; links still
 * prefetch the pages they point to, later, in idle time.
 */
import {describe, expect, it} from 'vitest';
import {useBrowser} from '../support/use-browser';
import {waitForHydration, waitForRoute} from '../support/page-watch';
import {recordScripts, scriptsContaining} from '../support/page-scripts';
import {origin} from '../support/site';

const PAGE = '/integration/iot';
/** Token names only prism's grammars contain (the site config names other tokens for the theme). */
const PRISM_MARKERS = ['maybe-class-name', 'template-string'];

describe('page start', () => {
  const browser = useBrowser({viewport: {width: 412, height: 823}});

  it('requests the scripts after the first contentful paint, then hydrates', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin()}${PAGE}`);
    await waitForHydration(page);
    const timing = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/assets\/js\/(runtime~)?main\.[0-9a-f]+\.js$/.test(entry.name))
        .map((entry) => entry.startTime),
      banner: document.getElementById('__docusaurus-base-url-issue-banner-container') !== null,
    }));
    expect(timing.fcp).toBeGreaterThan(0);
    expect(timing.scripts).toHaveLength(2);
    for (const start of timing.scripts) expect(start).toBeGreaterThanOrEqual(timing.fcp ?? Infinity);
    expect(timing.banner).toBe(false);
    await page.close();
  });

  it('keeps no script tag in the head of the static HTML', async () => {
    const response = await fetch(`${origin()}${PAGE}`);
    const html = await response.text();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toMatch(/<script[^>]*\bsrc=/);
    expect(html).toMatch(/<script>[^<]*main\.[0-9a-f]+\.js[^<]*<\/script><\/body>/);
  });

  it('downloads no prism grammar on a page without code blocks', async () => {
    const page = await browser.context.newPage();
    const recorder = recordScripts(page);
    await page.goto(`${origin()}${PAGE}`);
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    const scripts = await recorder.scripts();
    expect(scripts.length).toBeGreaterThan(1);
    expect(scriptsContaining(scripts, PRISM_MARKERS)).toEqual([]);
    await page.close();
  });

  it('prefetches linked pages in idle time and navigates without a reload', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin()}${PAGE}`);
    await waitForHydration(page);
    // A linked page's content chunk shows up as a <link rel=prefetch> once the main thread is idle.
    await page.waitForFunction(() => document.querySelectorAll('link[rel="prefetch"]').length > 0, undefined, {
      timeout: 10_000,
    });
    await page.evaluate(() => {
      (window as unknown as {startMarker: string}).startMarker = 'same document';
    });
    await page.locator('article a[href^="/integration/glossary"]').first().click();
    await waitForRoute(page, '/integration/glossary');
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/Glossary/);
    expect(await page.evaluate(() => (window as unknown as {startMarker?: string}).startMarker)).toBe('same document');
    await page.close();
  });
});
