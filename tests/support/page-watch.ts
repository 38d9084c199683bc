/**
 * What end-to-end tests watch a page for: anything that would mean the site
 * broke, collected as readable lines so a test can expect none.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {BUILD_DIR} from './site';

/**
 * Records, from now on, console errors, uncaught exceptions and dialogs (dismissed);
 * with `requests`, also failed requests and 4xx/5xx responses.
 */
export function watchPage(page: Page, options: {requests?: boolean} = {}): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  if (options.requests) {
    page.on('requestfailed', (request) =>
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
    );
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
  }
  return problems;
}

/** Waits until React has hydrated the page: before that, links do full page loads and widgets are inert. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForSelector('html[data-has-hydrated="true"]');
}

/** The `<title>` the build wrote for a route, read from its HTML file (undefined when the build has none). */
function builtTitle(pathname: string): string | undefined {
  const bare = pathname.replace(/\/+$/, '');
  const file = [join(BUILD_DIR, `${bare}.html`), join(BUILD_DIR, bare, 'index.html')].find((f) => existsSync(f));
  return file ? /<title[^>]*>([^<]*)<\/title>/.exec(readFileSync(file, 'utf8'))?.[1] : undefined;
}

/**
 * Waits until a client-side navigation to `pathname` has rendered. Docusaurus changes the URL at once but keeps
 * showing the old page until the new route's chunks have loaded, so waiting for the URL alone races the content.
 * The canonical link is no signal either: the theme's SiteMetadata sits outside the pending navigation and
 * rewrites it from the URL at once. The page title is set by the new route itself, so this waits until the
 * document's title is the one the build wrote for `pathname` (decoded by the browser, as the page's own is).
 */
export async function waitForRoute(page: Page, pathname: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === pathname);
  const title = builtTitle(pathname);
  if (title === undefined) throw new Error(`waitForRoute: the build has no HTML file for ${pathname}`);
  await page.waitForFunction((raw) => {
    const expected = new DOMParser().parseFromString(`<title>${raw}</title>`, 'text/html').title;
    return document.title === expected;
  }, title);
}
