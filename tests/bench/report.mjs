// @ts-check
/**
 * Budgets and the Markdown summary: pure functions over the benchmark's report, so that
 * they read the same numbers the JSON report holds.
 */

/**
 * @typedef {object} Budgets
 * @property {{minScores: Record<string, number>; clsBelow: number}} lighthouse
 * @property {{page: string; maxOverReference: number; reference: {page: string; gzipBytes: number}}} javascript
 * @property {{page: string; firstQueryMaxBytes: number; warmMedianMaxMs: number}} search
 */

/**
 * @typedef {object} PageResult
 * @property {string} path
 * @property {import('./measure.mjs').PageBytes} bytes
 * @property {{median: Omit<import('./measure.mjs').LighthouseRun, 'failingAudits' | 'warnings'>; runs: import('./measure.mjs').LighthouseRun[]} | undefined} lighthouse
 */

/**
 * @typedef {object} Report
 * @property {string} date ISO timestamp of the start
 * @property {string} root the build directory measured
 * @property {{seconds: number; bytes: number; files: number; log: string} | undefined} build
 * @property {{bytes: number; files: number}} size
 * @property {{start: number[]; end: number[]; cpus: number}} load load averages (1, 5, 15 min)
 * @property {string} gzipMethod
 * @property {PageResult[]} pages
 * @property {{page: string} & import('./measure.mjs').SearchMeasure | undefined} search
 */

/**
 * @typedef {object} BudgetCheck
 * @property {string} budget
 * @property {string} page
 * @property {string} actual
 * @property {string} limit
 * @property {'pass' | 'fail' | 'skip'} status
 */

/**
 * Every budget against every page it applies to. A budget whose page or measurement is
 * missing from the report (e.g. a `--bytes-only` run) is "skip", never "pass".
 * @param {Report} report
 * @param {Budgets} budgets
 * @returns {BudgetCheck[]}
 */
export function checkBudgets(report, budgets) {
  /** @type {BudgetCheck[]} */
  const checks = [];
  for (const page of report.pages) {
    const lh = page.lighthouse?.median;
    for (const [category, min] of Object.entries(budgets.lighthouse.minScores)) {
      const score = lh?.scores[/** @type {keyof typeof lh.scores} */ (category)];
      checks.push({
        budget: `Lighthouse mobile ${category}`,
        page: page.path,
        actual: score === undefined ? 'not measured' : String(score),
        limit: `>= ${min}`,
        status: score === undefined ? 'skip' : score >= min ? 'pass' : 'fail',
      });
    }
    checks.push({
      budget: 'CLS',
      page: page.path,
      actual: lh ? lh.cls.toFixed(3) : 'not measured',
      limit: `< ${budgets.lighthouse.clsBelow}`,
      status: lh ? (lh.cls < budgets.lighthouse.clsBelow ? 'pass' : 'fail') : 'skip',
    });
  }
  const search = report.search;
  const firstQueryLimit = budgets.search.firstQueryMaxBytes;
  checks.push({
    budget: 'Search: bytes transferred for the first query (engine, index, results)',
    page: search?.page ?? budgets.search.page,
    actual: search ? kb(search.firstQuery.transfer) : 'not measured',
    limit: `<= ${kb(firstQueryLimit)}`,
    status: search ? (search.firstQuery.transfer <= firstQueryLimit ? 'pass' : 'fail') : 'skip',
  });
  checks.push({
    budget: 'Search: later queries, last keystroke to answer (median)',
    page: search?.page ?? budgets.search.page,
    actual: search ? `${search.warmMs.median} ms (max ${search.warmMs.max} ms)` : 'not measured',
    limit: `<= ${budgets.search.warmMedianMaxMs} ms`,
    status: search ? (search.warmMs.median <= budgets.search.warmMedianMaxMs ? 'pass' : 'fail') : 'skip',
  });
  const js = budgets.javascript;
  const limit = Math.floor(js.reference.gzipBytes * (1 + js.maxOverReference));
  const page = report.pages.find((p) => p.path === js.page);
  const ratio = page ? page.bytes.js.gzip / js.reference.gzipBytes - 1 : 0;
  checks.push({
    budget: `JavaScript gzip vs vanilla Docusaurus ${js.reference.page} (${kb(js.reference.gzipBytes)})`,
    page: js.page,
    actual: page ? `${kb(page.bytes.js.gzip)} (${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)}%)` : 'not measured',
    limit: `<= ${kb(limit)} (+${Math.round(js.maxOverReference * 100)}%)`,
    status: page ? (page.bytes.js.gzip <= limit ? 'pass' : 'fail') : 'skip',
  });
  return checks;
}

/** Lighthouse warns of a slow host CPU at or below this benchmark index (core/gather/driver/environment.js). */
export const SLOW_CPU_BENCHMARK_INDEX = 1000;

/** Bytes as KB with one decimal (1 KB = 1000 bytes). */
export function kb(/** @type {number} */ bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/**
 * @param {Report} report
 * @param {BudgetCheck[]} checks
 * @returns {string}
 */
export function markdownSummary(report, checks) {
  const lines = [`# Benchmark ${report.date}`, ''];
  lines.push(`Build measured: \`${report.root}\``);
  if (report.build) lines.push(`Build time: ${report.build.seconds.toFixed(1)} s (\`docusaurus build\`, wall clock)`);
  lines.push(`Build size: ${(report.size.bytes / 1e6).toFixed(2)} MB in ${report.size.files} files`);
  const load = (/** @type {number[]} */ l) => l.map((x) => x.toFixed(2)).join(' / ');
  lines.push(
    `Load average (1/5/15 min) on ${report.load.cpus} CPUs: ${load(report.load.start)} at start, ${load(report.load.end)} at end`,
  );
  lines.push('');
  lines.push(`Bytes: JS and CSS responses after load, scroll to bottom and network idle. ${report.gzipMethod}`);
  lines.push('');
  lines.push('| page | JS raw | JS gzip | JS files | CSS raw | CSS gzip |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const {path, bytes} of report.pages) {
    lines.push(
      `| ${path} | ${kb(bytes.js.raw)} | ${kb(bytes.js.gzip)} | ${bytes.js.count} | ${kb(bytes.css.raw)} | ${kb(bytes.css.gzip)} |`,
    );
  }
  const measured = report.pages.filter((p) => p.lighthouse);
  if (measured.length > 0) {
    const runs = measured[0]?.lighthouse?.runs.length ?? 0;
    lines.push('');
    lines.push(`Lighthouse 12, mobile (default), median of ${runs} runs per page, each metric on its own:`);
    lines.push('');
    lines.push('| page | perf | a11y | best pr. | SEO | LCP | TBT | CLS | perf per run | CPU index |');
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |');
    for (const {path, lighthouse} of measured) {
      if (!lighthouse) continue;
      const m = lighthouse.median;
      lines.push(
        `| ${path} | ${m.scores.performance} | ${m.scores.accessibility} | ${m.scores['best-practices']} | ${m.scores.seo} | ` +
          `${(m.lcp / 1000).toFixed(2)} s | ${Math.round(m.tbt)} ms | ${m.cls.toFixed(3)} | ` +
          `${lighthouse.runs.map((r) => r.scores.performance).join(', ')} | ${Math.round(m.benchmarkIndex)} |`,
      );
    }
    const audits = new Map();
    for (const {path, lighthouse} of measured) {
      for (const audit of lighthouse?.runs.flatMap((r) => r.failingAudits) ?? []) {
        const key = `${audit.category}: ${audit.title} (${audit.id})`;
        audits.set(key, new Set([...(audits.get(key) ?? []), path]));
      }
    }
    const all = measured.flatMap((p) => p.lighthouse?.runs ?? []);
    const slow = all.filter((r) => r.benchmarkIndex <= SLOW_CPU_BENCHMARK_INDEX);
    if (slow.length > 0) {
      lines.push('');
      lines.push(
        `${slow.length} of ${all.length} Lighthouse runs had a CPU benchmark index at or below ${SLOW_CPU_BENCHMARK_INDEX}, ` +
          "Lighthouse's own threshold for warning that the host CPU is too slow (on a shared machine: other work was running). Their performance " +
          'scores and TBT read worse than on an idle machine; compare with a vanilla site measured at the same time.',
      );
    }
    const warnings = new Set(measured.flatMap((p) => p.lighthouse?.runs.flatMap((r) => r.warnings) ?? []));
    if (warnings.size > 0) {
      lines.push('');
      lines.push('Lighthouse warnings:');
      lines.push('');
      for (const warning of warnings) lines.push(`- ${warning}`);
    }
    if (audits.size > 0) {
      lines.push('');
      lines.push('Audits that cost points outside performance (in at least one run):');
      lines.push('');
      for (const [key, paths] of audits) lines.push(`- ${key}: ${[...paths].join(', ')}`);
    }
  }
  if (report.search) {
    const {page, firstQuery, coldMs, warmMs, longestSearchMs} = report.search;
    lines.push('');
    lines.push(
      `Search on ${page}: first query fetched ${firstQuery.files} files, ${kb(firstQuery.transfer)} transferred ` +
        `(${kb(firstQuery.raw)} raw, ${kb(firstQuery.gzip)} gzip -9): ` +
        firstQuery.resources.map((r) => `${r.url.split('/').pop()} ${kb(r.transfer)}`).join(', ') +
        `. First result ${coldMs} ms after focus; later queries ${warmMs.median} ms median, ${warmMs.max} ms max ` +
        `after the last keystroke (${warmMs.queries} queries); longest single search ${longestSearchMs.toFixed(1)} ms.`,
    );
  }
  lines.push('');
  lines.push('Largest scripts (gzip) per page:');
  lines.push('');
  for (const {path, bytes} of report.pages) {
    const top = bytes.resources
      .filter((r) => r.type === 'script')
      .slice(0, 3)
      .map((r) => `${r.url.split('/').pop()} ${kb(r.gzip)}`);
    lines.push(`- ${path}: ${top.join(', ')}`);
  }
  lines.push('');
  lines.push('| budget | page | actual | limit | result |');
  lines.push('| --- | --- | --- | --- | --- |');
  for (const c of checks.filter((check) => check.status !== 'skip')) {
    lines.push(
      `| ${c.budget} | ${c.page} | ${c.actual} | ${c.limit} | ${c.status === 'fail' ? '**FAIL**' : c.status} |`,
    );
  }
  const failed = checks.filter((c) => c.status === 'fail');
  const skipped = checks.filter((c) => c.status === 'skip');
  lines.push('');
  if (skipped.length > 0) lines.push(`${skipped.length} budget check(s) skipped: not measured in this run.`);
  lines.push(failed.length === 0 ? 'All measured budgets hold.' : `${failed.length} budget(s) broken.`);
  return lines.join('\n') + '\n';
}
