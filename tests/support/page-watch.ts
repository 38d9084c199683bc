/**
 * What end-to-end tests watch a page for: anything that would mean the site
 * broke, collected as readable lines so a test can expect none.
 */
import type {Page} from 'playwright-core';

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

/**
 * Waits until a client-side navigation to `pathname` has rendered. Docusaurus changes the URL at once but keeps
 * showing the old page until the new route's chunks have loaded, so waiting for the URL alone races the content;
 * the canonical link is rewritten only when the new page renders.
 */
export async function waitForRoute(page: Page, pathname: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === pathname);
  await page.waitForFunction(
    (path) =>
      new URL(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? 'x:/').pathname === path,
    pathname,
  );
}
