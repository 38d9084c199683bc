// @ts-check
/**
 * The benchmark's measurements, usable on any built Docusaurus site:
 * - `measurePageBytes`: JavaScript and CSS a page fetches in Chromium (playwright-core);
 * - `runLighthouse`: one Lighthouse 12 mobile run against a Chromium this module launches itself;
 * - `loadSupport`: the project's TypeScript test helpers (static server, Chromium flags), loaded
 *   through Vite's module runner because plain Node 20 cannot import `.ts` files.
 */
import {spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {runnerImport} from 'vite';

/* global window, document -- used only inside page.evaluate, which runs in the browser */

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * @typedef {typeof import('../support/server')} ServerModule
 * @typedef {typeof import('../../src/scripts/browser')} BrowserModule
 * @typedef {{server: ServerModule; browser: BrowserModule}} Support
 */

/**
 * Loads tests/support/server.ts and src/scripts/browser.ts as they are.
 * @returns {Promise<Support>}
 */
export async function loadSupport() {
  /** @type {import('vite').InlineConfig} */
  const config = {configFile: false, logLevel: 'silent', root: REPO_ROOT};
  const [server, browser] = await Promise.all([
    runnerImport(join(REPO_ROOT, 'tests/support/server.ts'), config),
    runnerImport(join(REPO_ROOT, 'src/scripts/browser.ts'), config),
  ]);
  return {
    server: /** @type {ServerModule} */ (server.module),
    browser: /** @type {BrowserModule} */ (browser.module),
  };
}

/** Total bytes and number of files under `dir`. */
export function directorySize(/** @type {string} */ dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, {withFileTypes: true, recursive: true})) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return {bytes, files};
}

/**
 * @typedef {object} ResourceBytes
 * @property {string} url path and query of the resource
 * @property {'script' | 'stylesheet'} type
 * @property {number} raw decoded body length in bytes
 * @property {number} gzip the decoded body gzipped here with zlib level 9
 * @property {number} transfer encoded body bytes as the server sent them (its streaming gzip)
 */

/**
 * @typedef {object} ByteTotals
 * @property {number} count
 * @property {number} raw
 * @property {number} gzip
 * @property {number} transfer
 */

/**
 * @typedef {object} PageBytes
 * @property {ByteTotals} js
 * @property {ByteTotals} css
 * @property {ResourceBytes[]} resources largest gzip first
 */

/** The viewport Lighthouse's mobile run emulates (Moto G Power), so both measurements see the same layout. */
export const MOBILE_VIEWPORT = {width: 412, height: 823};

/**
 * Opens `url` in a fresh Chromium profile (empty cache), waits for `load`, scrolls to the
 * bottom step by step (so anything loaded on scroll, such as diagrams, is fetched), waits
 * for the network to stay idle for 500 ms, and sums the responses of type script and
 * stylesheet. `raw` is the decoded body; `gzip` is that body gzipped here at level 9
 * (independent of the server); `transfer` is what the server's gzip actually sent.
 * @param {BrowserModule['launchBrowser']} launchBrowser
 * @param {string} url
 * @returns {Promise<PageBytes>}
 */
export async function measurePageBytes(launchBrowser, url) {
  const browser = await launchBrowser({viewport: MOBILE_VIEWPORT});
  try {
    const page = await browser.context.newPage();
    /** @type {Promise<ResourceBytes>[]} */
    const pending = [];
    let inflight = 0;
    let lastActivity = Date.now();
    const settle = () => {
      inflight = Math.max(0, inflight - 1);
      lastActivity = Date.now();
    };
    page.on('request', () => {
      inflight += 1;
      lastActivity = Date.now();
    });
    page.on('requestfinished', settle);
    page.on('requestfailed', settle);
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type !== 'script' && type !== 'stylesheet') return;
      /** @type {Promise<ResourceBytes>} */
      const read = (async () => {
        const [body, sizes] = await Promise.all([response.body(), response.request().sizes()]);
        const {pathname, search} = new URL(response.url());
        return {
          url: pathname + search,
          type,
          raw: body.length,
          gzip: gzipSync(body, {level: 9}).length,
          transfer: sizes.responseBodySize,
        };
      })();
      // Read later by Promise.all; until then a page closed early must not leave an unhandled rejection.
      read.catch(() => undefined);
      pending.push(read);
    });
    const response = await page.goto(url, {waitUntil: 'load', timeout: 60_000});
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
    await page.evaluate(async () => {
      const pause = () => new Promise((ok) => setTimeout(ok, 100));
      for (let i = 0; i < 200 && window.scrollY + window.innerHeight < document.body.scrollHeight; i++) {
        window.scrollBy(0, Math.round(window.innerHeight * 0.8));
        await pause();
      }
    });
    await page.waitForLoadState('networkidle', {timeout: 60_000});
    const deadline = Date.now() + 60_000;
    while (inflight > 0 || Date.now() - lastActivity < 500) {
      if (Date.now() > deadline) throw new Error(`${url}: the network did not go idle within 60 s`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
    const resources = (await Promise.all(pending)).sort((a, b) => b.gzip - a.gzip);
    /** @param {'script' | 'stylesheet'} type */
    const total = (type) =>
      resources
        .filter((r) => r.type === type)
        .reduce(
          (t, r) => ({
            count: t.count + 1,
            raw: t.raw + r.raw,
            gzip: t.gzip + r.gzip,
            transfer: t.transfer + r.transfer,
          }),
          {
            count: 0,
            raw: 0,
            gzip: 0,
            transfer: 0,
          },
        );
    return {js: total('script'), css: total('stylesheet'), resources};
  } finally {
    await browser.close();
  }
}

/**
 * Starts Chromium with remote debugging on a free port (`--remote-debugging-port=0`; the
 * port is read from Chromium's "DevTools listening on" line) and a fresh user-data dir.
 * @param {string} executable
 * @param {readonly string[]} args
 * @returns {Promise<{port: number; close(): Promise<void>}>}
 */
export async function launchDebuggableChromium(executable, args) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'ig-bench-lh-'));
  const child = spawn(
    executable,
    [...args, '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'],
    // Its own process group, so closing it stops its helper processes too.
    {stdio: ['ignore', 'ignore', 'pipe'], detached: true},
  );
  const exited = new Promise((ok) => child.once('exit', ok));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
    }
    await exited;
    try {
      rmSync(userDataDir, {recursive: true, force: true, maxRetries: 10, retryDelay: 200});
    } catch (error) {
      // A leftover temporary profile is no reason to lose the measurements.
      console.warn(`Could not remove ${userDataDir}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  try {
    const port = await new Promise((ok, fail) => {
      let stderr = '';
      const timer = setTimeout(() => fail(new Error(`Chromium did not open a DevTools port:\n${stderr}`)), 30_000);
      child.stderr.on('data', (chunk) => {
        stderr += String(chunk);
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
        if (match) {
          clearTimeout(timer);
          ok(Number(match[1]));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`Chromium exited (${code}) before opening a DevTools port:\n${stderr}`));
      });
    });
    return {port, close};
  } catch (error) {
    await close();
    throw error;
  }
}

export const LIGHTHOUSE_CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);

/**
 * @typedef {object} LighthouseRun
 * @property {Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number>} scores 0-100
 * @property {number} lcp largest contentful paint, ms
 * @property {number} tbt total blocking time, ms
 * @property {number} cls cumulative layout shift
 * @property {number} benchmarkIndex Lighthouse's CPU benchmark of this machine during the run
 * @property {{category: string; id: string; title: string; score: number | null}[]} failingAudits
 *   audits that cost points outside performance (score below 1, weight above 0)
 * @property {string[]} warnings
 */

/**
 * One Lighthouse run with its defaults (mobile form factor, simulated throttling), in a
 * Chromium of its own launched with the project's flags. Returns the summary and the full LHR.
 * @param {string} url
 * @param {{executable: string; args: readonly string[]}} chromium
 * @returns {Promise<{run: LighthouseRun; lhr: import('lighthouse').Result}>}
 */
export async function runLighthouse(url, chromium) {
  const {default: lighthouse} = await import('lighthouse');
  const browser = await launchDebuggableChromium(chromium.executable, chromium.args);
  try {
    const result = await lighthouse(url, {
      port: browser.port,
      hostname: '127.0.0.1',
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...LIGHTHOUSE_CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const {lhr} = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    /** @param {string} id */
    const numeric = (id) => {
      const value = lhr.audits[id]?.numericValue;
      if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id} for ${url}`);
      return value;
    };
    const scores = Object.fromEntries(
      LIGHTHOUSE_CATEGORIES.map((id) => {
        const score = lhr.categories[id]?.score;
        if (typeof score !== 'number') throw new Error(`Lighthouse gave no ${id} score for ${url}`);
        return [id, Math.round(score * 100)];
      }),
    );
    const failingAudits = LIGHTHOUSE_CATEGORIES.filter((id) => id !== 'performance').flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .flatMap((ref) => {
          const audit = lhr.audits[ref.id];
          return audit && audit.score !== null && audit.score < 1
            ? [{category, id: audit.id, title: audit.title, score: audit.score}]
            : [];
        }),
    );
    return {
      run: {
        scores: /** @type {LighthouseRun['scores']} */ (scores),
        lcp: numeric('largest-contentful-paint'),
        tbt: numeric('total-blocking-time'),
        cls: numeric('cumulative-layout-shift'),
        benchmarkIndex: lhr.environment.benchmarkIndex,
        failingAudits,
        warnings: lhr.runWarnings.map(String),
      },
      lhr,
    };
  } finally {
    await browser.close();
  }
}

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(/** @type {number[]} */ values) {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? /** @type {number} */ (sorted[mid]) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * @typedef {{url: string; type: string; raw: number; gzip: number; transfer: number}} FetchedBytes any response
 */

/**
 * @typedef {object} SearchMeasure
 * @property {{files: number; raw: number; gzip: number; transfer: number; resources: FetchedBytes[]}} firstQuery
 *   everything fetched from the moment the search box gets the focus until the first results show (engine, index)
 * @property {number} coldMs focus, type "OData", first result link on screen (index not yet loaded)
 * @property {{median: number; max: number; queries: number}} warmMs the next queries: last keystroke to the answer
 * @property {number} longestSearchMs the longest single search the page measured (performance.measure "search-query")
 */

/**
 * Measures the search as a first-time reader meets it on `url`: the bytes the first query costs, the time to its
 * first result, and how quickly later queries answer after their last keystroke.
 * @param {BrowserModule['launchBrowser']} launchBrowser
 * @param {string} url
 * @returns {Promise<SearchMeasure>}
 */
export async function measureSearch(launchBrowser, url) {
  const browser = await launchBrowser({viewport: {width: 1280, height: 800}});
  try {
    const page = await browser.context.newPage();
    await page.goto(url, {waitUntil: 'load', timeout: 60_000});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    /** Resolves once no request has started or ended for `quietMs` (the page's own idle-time prefetches too). */
    let lastActivity = Date.now();
    page.on('request', () => (lastActivity = Date.now()));
    page.on('requestfinished', () => (lastActivity = Date.now()));
    page.on('requestfailed', () => (lastActivity = Date.now()));
    const quiet = async (quietMs = 1500) => {
      const deadline = Date.now() + 60_000;
      while (Date.now() - lastActivity < quietMs) {
        if (Date.now() > deadline) throw new Error(`${url}: the network did not go quiet within 60 s`);
        await new Promise((ok) => setTimeout(ok, 100));
      }
    };
    await quiet();
    /** @type {Promise<FetchedBytes>[]} */
    const pending = [];
    page.on('response', (response) => {
      const read = (async () => {
        const [body, sizes] = await Promise.all([response.body(), response.request().sizes()]);
        const {pathname} = new URL(response.url());
        return {
          url: pathname,
          type: response.request().resourceType(),
          raw: body.length,
          gzip: gzipSync(body, {level: 9}).length,
          transfer: sizes.responseBodySize + sizes.responseHeadersSize,
        };
      })();
      read.catch(() => undefined);
      pending.push(read);
    });
    const input = page.locator('.navbar form[role="search"] input[name="q"]');
    const hit = page.locator('[data-testid="search-suggestions"] [data-testid="search-hit"]').first();
    const started = Date.now();
    await input.focus();
    await page.keyboard.type('OData');
    await hit.waitFor({timeout: 30_000});
    const coldMs = Date.now() - started;
    // Everything the query set off counts, including what arrives after the first result shows.
    await quiet();
    const resources = await Promise.all(pending);
    const firstQuery = resources.reduce(
      (t, r) => ({
        ...t,
        files: t.files + 1,
        raw: t.raw + r.raw,
        gzip: t.gzip + r.gzip,
        transfer: t.transfer + r.transfer,
      }),
      {files: 0, raw: 0, gzip: 0, transfer: 0, resources},
    );
    /** @type {number[]} */
    const warm = [];
    for (const query of [
      'REST',
      'business events',
      'offline sync',
      'single sign-on',
      'Kafka',
      'master data',
      'CSV file',
      'dead-letter queue',
      'API gateway',
      'push notifications',
    ]) {
      await input.fill('');
      await page.keyboard.type(query.slice(0, -1));
      const last = Date.now();
      await page.keyboard.type(query.slice(-1));
      await page.waitForFunction((q) => {
        const status = document.querySelector('[data-testid="search-suggestions"] [role="status"]')?.textContent ?? '';
        const links = document.querySelectorAll('[data-testid="search-suggestions"] [data-testid="search-hit"]');
        return /match/.test(status) && (links.length > 0 || /No pages/.test(status)) && q.length > 0;
      }, query);
      warm.push(Date.now() - last);
    }
    const longestSearchMs = await page.evaluate(() =>
      Math.max(0, ...performance.getEntriesByName('search-query', 'measure').map((m) => m.duration)),
    );
    return {
      firstQuery,
      coldMs,
      warmMs: {median: median(warm), max: Math.max(...warm), queries: warm.length},
      longestSearchMs,
    };
  } finally {
    await browser.close();
  }
}
