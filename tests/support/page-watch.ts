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
