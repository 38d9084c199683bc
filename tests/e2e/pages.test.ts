/**
 * Checks every page in the built sitemap, in light and dark mode:
 * no console error, no failed request, no axe violation (WCAG 2.2 A/AA and
 * best practices); at 360 x 740 no page is wider than the screen; with
 * JavaScript off the content is there. Paths are site paths ("/integration/iot"), served under the base path of
 * the build under test (tests/support/site.ts), so the same checks run against a build with another base path.
 */
import {describe, expect, it} from 'vitest';
import {useBrowser} from '../support/use-browser';
import {watchPage} from '../support/page-watch';
import AxeBuilder from '@axe-core/playwright';
import type {Page} from 'playwright-core';
import {BASE_URL, pageUrl, sitemapPaths} from '../support/site';

// The search page is kept out of the sitemap (noindex) but is a page readers use, so it is checked too.
const PATHS = [...sitemapPaths(), '/search'];
// Against a build with another base path (npm run test:e2e:base) the checks that a base path can break run: every
// page loads with no console error or failed request, and shows its content without JavaScript. Accessibility, dark
// mode and phone width do not depend on the base path; the default build's run covers them.
const FULL = BASE_URL === '/';
const SCHEMES = FULL ? (['light', 'dark'] as const) : (['light'] as const);

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({page}).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} -> ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

describe.each(SCHEMES)('every page in %s mode', (scheme) => {
  const browser = useBrowser({viewport: {width: 1280, height: 900}, colorScheme: scheme});

  it.each(PATHS)('%s loads cleanly and passes axe', async (path) => {
    const page = await browser.context.newPage();
    const problems = watchPage(page, {requests: true});
    const response = await page.goto(pageUrl(path), {waitUntil: 'networkidle'});
    expect(response?.status()).toBe(200);
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(scheme);
    expect(problems).toEqual([]);
    if (FULL) expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe.runIf(FULL)('every page on a 360 px phone', () => {
  const browser = useBrowser({viewport: {width: 360, height: 740}, isMobile: true, hasTouch: true});

  it.each(PATHS)('%s is no wider than the screen', async (path) => {
    const page = await browser.context.newPage();
    await page.goto(pageUrl(path), {waitUntil: 'networkidle'});
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await page.close();
  });
});

describe('every page with JavaScript off', () => {
  const browser = useBrowser({javaScriptEnabled: false});

  it.each(PATHS.filter((p) => p !== '/search'))('%s shows its content', async (path) => {
    const page = await browser.context.newPage();
    await page.goto(pageUrl(path));
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/\w/);
    const text = (await page.locator('main').first().textContent()) ?? '';
    expect(text.split(/\s+/).length).toBeGreaterThan(40);
    await page.close();
  });
});
