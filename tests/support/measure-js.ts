/**
 * Measures the JavaScript a page of the built site loads in headless Chromium:
 * every script response, its raw size and its gzip size (level 9, computed
 * here because the test server sends no compression). For pages with diagrams
 * it measures twice: after load, and after every diagram was scrolled into view
 * and drawn. Not a test: a measuring tool for before/after comparisons.
 *
 *   npx jiti tests/support/measure-js.ts [--build <dir>] [path ...]
 *
 * Defaults: ./build, one page without diagrams (/integration/glossary) and the
 * seed page (/integration/mendix-integration).
 */
import {resolve} from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Page, Response} from 'playwright-core';
import {launchBrowser} from './browser';
import {startStaticServer} from './server';
import {BUILD_DIR} from './site';

/** One script the page fetched. */
export interface LoadedScript {
  readonly url: string;
  readonly raw: number;
  readonly gzip: number;
}

/** Sum of the scripts loaded at one moment of a page's life. */
export interface ScriptTotals {
  readonly count: number;
  readonly raw: number;
  readonly gzip: number;
}

export function totals(scripts: readonly LoadedScript[]): ScriptTotals {
  return {
    count: scripts.length,
    raw: scripts.reduce((sum, s) => sum + s.raw, 0),
    gzip: scripts.reduce((sum, s) => sum + s.gzip, 0),
  };
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

/** Scrolls every diagram of the page into view and waits until each is drawn (or shows its error). */
export async function drawAllDiagrams(page: Page): Promise<number> {
  const figures = page.locator('[data-diagram]');
  const count = await figures.count();
  for (let i = 0; i < count; i += 1) {
    const figure = figures.nth(i);
    await figure.scrollIntoViewIfNeeded();
    await figure.locator('[data-diagram-status="rendered"], [data-diagram-status="error"]').waitFor({timeout: 30_000});
  }
  return count;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

async function main(argv: readonly string[]): Promise<void> {
  const args = [...argv];
  const buildAt = args.indexOf('--build');
  const root = buildAt >= 0 ? resolve(args.splice(buildAt, 2)[1] ?? '') : BUILD_DIR;
  const paths = args.length > 0 ? args : ['/integration/glossary', '/integration/mendix-integration'];
  const server = await startStaticServer({root});
  const browser = await launchBrowser({viewport: {width: 1280, height: 800}});
  const report: Record<string, Record<string, ScriptTotals>> = {};
  try {
    for (const path of paths) {
      const page = await browser.context.newPage();
      const recorder = recordScripts(page);
      await page.goto(server.origin + path, {waitUntil: 'networkidle'});
      const atLoad = totals(await recorder.scripts());
      const entry: Record<string, ScriptTotals> = {'after load': atLoad};
      report[path] = entry;
      const diagrams = await drawAllDiagrams(page);
      if (diagrams > 0) {
        await page.waitForLoadState('networkidle');
        entry[`after ${diagrams} diagram(s) drawn`] = totals(await recorder.scripts());
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`JavaScript loaded by pages of ${root}`);
  for (const [path, moments] of Object.entries(report)) {
    for (const [moment, t] of Object.entries(moments)) {
      console.log(
        `${path.padEnd(34)} ${moment.padEnd(26)} ${String(t.count).padStart(3)} scripts  raw ${kb(t.raw).padStart(10)}  gzip ${kb(t.gzip).padStart(9)}`,
      );
    }
  }
  console.log(JSON.stringify(report));
}

if (process.argv[1] && /measure-js\.ts$/.test(process.argv[1])) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
