/**
 * The scripts a page of the built site loads in headless Chromium, with their
 * text, so a test can tell which code a page downloaded (mermaid, prism) by
 * strings only that code contains. Byte counts and budgets are the bench's
 * job: `npm run bench -- --bytes-only` (tests/bench).
 */
import type {Page, Response} from 'playwright-core';

/** One script the page fetched. */
export interface LoadedScript {
  readonly url: string;
  /** The response body, as the browser received it. */
  readonly text: string;
}

/** Records every script response of a page, keyed by URL (a re-request counts once). */
export function recordScripts(page: Page): {scripts: () => Promise<LoadedScript[]>} {
  const pending = new Map<string, Promise<LoadedScript | undefined>>();
  page.on('response', (response: Response) => {
    if (response.request().resourceType() !== 'script' || pending.has(response.url())) return;
    pending.set(
      response.url(),
      response.text().then(
        (text) => ({url: response.url(), text}),
        () => undefined,
      ),
    );
  });
  return {
    scripts: async () => (await Promise.all(pending.values())).filter((s): s is LoadedScript => s !== undefined),
  };
}

/** URLs of the scripts whose text contains any of `markers`. */
export function scriptsContaining(scripts: readonly LoadedScript[], markers: readonly string[]): string[] {
  return scripts.filter((s) => markers.some((marker) => s.text.includes(marker))).map((s) => s.url);
}
