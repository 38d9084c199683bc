// @ts-check
/**
 * Start-up main-thread work of pages, compared across builds: how long the browser is blocked from the start of
 * the load until the page has hydrated and been idle for a moment. Lighthouse's TBT (`npm run bench`) moves by
 * 100 ms or more between runs on a shared 2-core machine; this runs each build's page many times, interleaved so
 * that a busy spell hits every build alike, in Chromium with the CPU slowed down (4x by default, as Lighthouse's
 * mobile run simulates), and reports medians: the long tasks (over 50 ms) the page's Long Tasks API sees, their
 * blocking time (each one's time over 50 ms), the longest, and the script time Chromium counts.
 *
 *   node tests/bench/startup.mjs --roots /tmp/build-a,/tmp/build-b --paths /integration/iot --runs 9
 *
 * Not part of `npm test`; it prints a Markdown table and exits 0, or 2 when it cannot measure.
 */
import {basename, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {MOBILE_VIEWPORT, loadSupport, median} from './measure.mjs';

const USAGE = `Usage: node tests/bench/startup.mjs --roots <build,build,...> [--paths /a,/b] [--runs 9] [--cpu 4]`;

/** How long to watch after hydration, in ms: the hydration's own long tasks and effects end before this. */
const SETTLE_MS = 1500;

async function main() {
  const {values} = parseArgs({
    options: {
      roots: {type: 'string'},
      paths: {type: 'string', default: '/integration/iot'},
      runs: {type: 'string', default: '9'},
      cpu: {type: 'string', default: '4'},
      help: {type: 'boolean', default: false},
    },
  });
  if (values.help || !values.roots) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const runs = Number(values.runs);
  const cpu = Number(values.cpu);
  if (!Number.isInteger(runs) || runs < 1 || !(cpu >= 1)) throw new Error(`bad --runs or --cpu\n${USAGE}`);
  const roots = values.roots.split(',').map((r) => resolve(r.trim()));
  const paths = values.paths.split(',').map((p) => p.trim());
  const {server: serverModule, browser} = await loadSupport();
  const servers = await Promise.all(roots.map((root) => serverModule.startStaticServer({root, gzip: true})));

  /** @type {Map<string, {tasks: number[], blocking: number[], longest: number[], script: number[]}>} */
  const results = new Map();
  try {
    for (let run = 1; run <= runs; run += 1) {
      for (const path of paths) {
        for (const [i, server] of servers.entries()) {
          const key = `${path} ${roots[i]}`;
          const row = results.get(key) ?? {tasks: [], blocking: [], longest: [], script: []};
          results.set(key, row);
          const launched = await browser.launchBrowser({viewport: MOBILE_VIEWPORT});
          try {
            const page = await launched.context.newPage();
            const cdp = await launched.context.newCDPSession(page);
            await cdp.send('Performance.enable');
            await cdp.send('Emulation.setCPUThrottlingRate', {rate: cpu});
            await page.addInitScript(() => {
              /** @type {number[]} */
              const durations = [];
              Object.assign(globalThis, {__longTasks: durations});
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries()) durations.push(entry.duration);
              }).observe({type: 'longtask', buffered: true});
            });
            await page.goto(server.origin + path, {waitUntil: 'load'});
            await page.waitForSelector('html[data-has-hydrated="true"]', {timeout: 60_000});
            await page.waitForTimeout(SETTLE_MS);
            const durations = /** @type {number[]} */ (
              await page.evaluate(
                () => /** @type {{__longTasks: number[]}} */ (/** @type {unknown} */ (globalThis)).__longTasks,
              )
            );
            const {metrics} = /** @type {{metrics: {name: string, value: number}[]}} */ (
              await cdp.send('Performance.getMetrics')
            );
            row.tasks.push(durations.length);
            row.blocking.push(durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0));
            row.longest.push(Math.max(0, ...durations));
            row.script.push(1000 * (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0));
          } finally {
            await launched.close();
          }
        }
      }
      console.error(`run ${run}/${runs} done`);
    }
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }

  const lines = [
    `Start-up main-thread work, CPU slowed ${cpu}x, ${MOBILE_VIEWPORT.width}x${MOBILE_VIEWPORT.height}, medians of ${runs} interleaved runs`,
    '',
    '| page | build | long tasks | blocking (ms) | longest (ms) | script (ms) |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const [key, row] of results) {
    const [path, root] = key.split(' ');
    lines.push(
      `| ${path} | ${basename(root ?? '')} | ${median(row.tasks)} | ${median(row.blocking).toFixed(0)} | ${median(row.longest).toFixed(0)} | ${median(row.script).toFixed(0)} |`,
    );
  }
  console.log(lines.join('\n'));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
