// @ts-check
/**
 * The performance benchmark (`npm run bench`; not part of `npm test`). See tests/bench/README.md.
 *
 * Builds the site (timed), serves build/ with gzip on 127.0.0.1, measures each page's
 * JavaScript and CSS bytes in Chromium and runs Lighthouse mobile on it, writes
 * reports/bench/bench.json and bench.md, prints the summary, and exits with 1 when a
 * budget in tests/bench/budgets.json is broken (2 when the benchmark itself fails).
 */
import {spawn} from 'node:child_process';
import {createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {cpus, loadavg} from 'node:os';
import {join, resolve} from 'node:path';
import {performance} from 'node:perf_hooks';
import {parseArgs} from 'node:util';
import {
  REPO_ROOT,
  directorySize,
  loadSupport,
  measurePageBytes,
  measureSearch,
  median,
  runLighthouse,
} from './measure.mjs';
import {checkBudgets, markdownSummary} from './report.mjs';

const USAGE = `Usage: npm run bench -- [options]
  --root DIR     measure the build in DIR as it is (no build step), e.g. /tmp/vanilla/build
  --skip-build   measure ./build as it is
  --paths A,B    pages to measure (default: /, /integration/mendix-integration, /integration/iot,
                 /integration/service-integration)
  --bytes-only   measure JavaScript and CSS bytes only, no Lighthouse
  --runs N       Lighthouse runs per page (default 3; the median is reported)
  --out DIR      where to write bench.json and bench.md (default reports/bench)`;

const DEFAULT_PATHS = ['/', '/integration/mendix-integration', '/integration/iot', '/integration/service-integration'];

/**
 * Runs `docusaurus build` in the repository, output to a log file, and times it.
 * @param {string} log
 */
async function build(log) {
  const start = performance.now();
  const out = createWriteStream(log);
  const child = spawn(join(REPO_ROOT, 'node_modules/.bin/docusaurus'), ['build'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const code = await new Promise((ok) => child.once('close', ok));
  const seconds = (performance.now() - start) / 1000;
  out.end();
  if (code !== 0) {
    process.stderr.write(readFileSync(log, 'utf8').slice(-5000));
    throw new Error(`docusaurus build failed (exit ${code}); full log in ${log}`);
  }
  return seconds;
}

async function main() {
  const {values} = parseArgs({
    options: {
      root: {type: 'string'},
      'skip-build': {type: 'boolean', default: false},
      paths: {type: 'string'},
      'bytes-only': {type: 'boolean', default: false},
      runs: {type: 'string', default: '3'},
      out: {type: 'string', default: 'reports/bench'},
      help: {type: 'boolean', default: false},
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer\n${USAGE}`);
  const paths = values.paths ? values.paths.split(',').map((p) => p.trim()) : DEFAULT_PATHS;
  const root = resolve(values.root ?? join(REPO_ROOT, 'build'));
  const outDir = resolve(REPO_ROOT, values.out);
  mkdirSync(join(outDir, 'lighthouse'), {recursive: true});
  const date = new Date().toISOString();
  const loadStart = loadavg();

  /** @type {import('./report.mjs').Report['build']} */
  let built;
  if (!values.root && !values['skip-build']) {
    const log = join(outDir, 'build.log');
    console.log('Building the site (docusaurus build) ...');
    const seconds = await build(log);
    built = {seconds, ...directorySize(root), log};
    console.log(`Built in ${seconds.toFixed(1)} s`);
  }
  if (!existsSync(join(root, 'index.html'))) throw new Error(`No built site in ${root}`);

  const {server: serverModule, browser} = await loadSupport();
  const server = await serverModule.startStaticServer({root, gzip: true});
  /** @type {import('./report.mjs').PageResult[]} */
  const pages = [];
  /** @type {import('./report.mjs').Report['search']} */
  let search;
  /** @type {import('./report.mjs').Budgets} */
  const budgets = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/bench/budgets.json'), 'utf8'));
  try {
    if (!values.root) {
      console.log(`Measuring the search on ${budgets.search.page} ...`);
      search = {
        page: budgets.search.page,
        ...(await measureSearch(browser.launchBrowser, server.origin + budgets.search.page)),
      };
    }
    for (const path of paths) {
      const url = server.origin + path;
      console.log(`Measuring bytes of ${path} ...`);
      const bytes = await measurePageBytes(browser.launchBrowser, url);
      /** @type {import('./report.mjs').PageResult['lighthouse']} */
      let lighthouse;
      if (!values['bytes-only']) {
        /** @type {import('./measure.mjs').LighthouseRun[]} */
        const lhRuns = [];
        for (let i = 1; i <= runs; i++) {
          console.log(`Lighthouse ${path} run ${i}/${runs} ...`);
          const {run, lhr} = await runLighthouse(url, {executable: browser.CHROMIUM_PATH, args: browser.CHROMIUM_ARGS});
          const name = (path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home') + `-${i}.json`;
          writeFileSync(join(outDir, 'lighthouse', name), JSON.stringify(lhr));
          lhRuns.push(run);
        }
        /** @param {(run: import('./measure.mjs').LighthouseRun) => number} pick */
        const med = (pick) => median(lhRuns.map(pick));
        lighthouse = {
          median: {
            scores: {
              performance: med((r) => r.scores.performance),
              accessibility: med((r) => r.scores.accessibility),
              'best-practices': med((r) => r.scores['best-practices']),
              seo: med((r) => r.scores.seo),
            },
            lcp: med((r) => r.lcp),
            tbt: med((r) => r.tbt),
            cls: med((r) => r.cls),
            benchmarkIndex: med((r) => r.benchmarkIndex),
          },
          runs: lhRuns,
        };
      }
      pages.push({path, bytes, lighthouse});
    }
  } finally {
    await server.close();
  }

  /** @type {import('./report.mjs').Report} */
  const report = {
    date,
    root,
    build: built,
    size: directorySize(root),
    load: {start: loadStart, end: loadavg(), cpus: cpus().length},
    gzipMethod:
      'raw = decoded body length; gzip = each body gzipped by the benchmark with zlib level 9 ' +
      '(the JSON also has transfer = encoded bytes the gzip server sent).',
    pages,
    search,
  };
  const checks = checkBudgets(report, budgets);
  const summary = markdownSummary(report, checks);
  writeFileSync(join(outDir, 'bench.json'), JSON.stringify({...report, budgets: checks}, null, 2) + '\n');
  writeFileSync(join(outDir, 'bench.md'), summary);
  console.log('\n' + summary);
  console.log(`Report: ${join(outDir, 'bench.json')} and bench.md`);
  const failed = checks.filter((c) => c.status === 'fail');
  for (const c of failed) console.error(`Budget broken: ${c.budget} on ${c.page}: ${c.actual}, limit ${c.limit}`);
  return failed.length > 0 ? 1 : 0;
}

process.on('unhandledRejection', (error) => {
  console.error('Benchmark failed:', error);
  process.exit(2);
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 2;
  },
);
