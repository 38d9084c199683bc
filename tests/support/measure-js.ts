/**
 * Measures the JavaScript a page of the built site loads in headless Chromium:
 * every script response, its raw size and its gzip size (level 9, computed
 * here because the test server sends no compression). For pages with diagrams
 * it measures twice: after load, and after every diagram was scrolled into view
 * and shown. Used by tests/e2e/diagrams.test.ts; for figures across pages and
 * against budgets, run `npm run bench -- --bytes-only` (tests/bench).
 */
import {gzipSync} from 'node:zlib';
import type {Page, Response} from 'playwright-core';

/** One script the page fetched. */
export interface LoadedScript {
  readonly url: string;
  readonly raw: number;
  readonly gzip: number;
}

/** Records every script response of a page, keyed by URL (a re-request counts once). */
export function recordScripts(page: Page): {scripts: () => Promise<LoadedScript[]>} {
  const pending = new Map<string, Promise<LoadedScript | undefined>>();
  page.on('response', (response: Response) => {
    if (response.request().resourceType() !== 'script' || pending.has(response.url())) return;
    pending.set(
      response.url(),
      response.body().then(
        (body) => ({url: response.url(), raw: body.length, gzip: gzipSync(body, {level: 9}).length}),
        () => undefined,
      ),
    );
  });
  return {
    scripts: async () => (await Promise.all(pending.values())).filter((s): s is LoadedScript => s !== undefined),
  };
}

/**
 * Scrolls every diagram of the page into view and waits until each is shown:
 * its pre-rendered image loaded, or (fallback) drawn or showing its error.
 */
export async function drawAllDiagrams(page: Page): Promise<number> {
  const figures = page.locator('[data-diagram]');
  const count = await figures.count();
  for (let i = 0; i < count; i += 1) {
    const figure = figures.nth(i);
    await figure.scrollIntoViewIfNeeded();
    await figure
      .locator('[data-diagram-status="image"], [data-diagram-status="rendered"], [data-diagram-status="error"]')
      .waitFor({timeout: 30_000});
    await figure.evaluate(
      (element) =>
        Promise.all(
          [...element.querySelectorAll('img')]
            .filter((img) => getComputedStyle(img).display !== 'none')
            .map((img) => img.decode().catch(() => undefined)),
        ),
      undefined,
      {timeout: 30_000},
    );
  }
  return count;
}
