/**
 * The anchor contract: `tests/contract/anchors.txt` lists every URL path and anchor the guide has published (pages,
 * headings with ids, matrix rows, legacy anchors, glossary terms, capabilities, the legacy redirect paths), one per
 * line, without the base path, sorted. Other documents link to them, so each must keep resolving in every build:
 * checked by `tests/e2e/anchors.test.ts`, extended on purpose with `npm run anchors -- --add-new`.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative, resolve, sep} from 'node:path';
import {MATRIX_PAGE_PATHS} from '../../src/data/export';
import {XREF_EXPORT_PATH, type XrefExport} from '../../src/data/xref';
import {builtPage} from './built-pages';
import {BASE_URL, BUILD_DIR} from './site';

/** The committed contract. */
export const CONTRACT_FILE = resolve(__dirname, '../contract/anchors.txt');

/** Where a moved or removed page gets its redirect (named in the advice). */
export const MOVED_PAGES_FILE = 'src/plugins/redirects/index.ts';

/** The lines at the top of the file that say what it is. */
export const CONTRACT_HEADER = [
  '# Every URL path and anchor the guide publishes, without the base path; each must keep resolving in the build.',
  '# Checked by tests/e2e/anchors.test.ts. Add what a build newly publishes with: npm run anchors -- --add-new',
];

/** The entries of a contract text: its lines without comments (`#` first) and blank lines. */
export function parseContract(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The committed contract's entries. */
export function readContract(file: string = CONTRACT_FILE): string[] {
  return parseContract(readFileSync(file, 'utf8'));
}

/** Entries sorted (by UTF-16 code units, so a page comes right before its anchors) and without repeats. */
export function sortEntries(entries: Iterable<string>): string[] {
  return [...new Set(entries)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The contract file's text for a list of entries. */
export function contractText(entries: Iterable<string>): string {
  return `${[...CONTRACT_HEADER, ...sortEntries(entries)].join('\n')}\n`;
}

/** The path of a built HTML file, without the base: `integration/iot.html` and `integration/iot/index.html` give `/integration/iot`. */
function pathOfFile(file: string, root: string): string {
  const rel = relative(root, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`.replace(/(.)\/$/, '$1');
}

/** Every HTML file under a folder. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Everything the build publishes for other documents to link to, as contract entries: the entries of its
 * `xref.json`, each matrix row on every page that shows the full matrix, and every redirect page (the legacy paths).
 * Throws when the build was made with another base path than `base` (IG_BASE_URL), which would make every check wrong.
 */
export function publishedEntries(root: string = BUILD_DIR, base: string = BASE_URL): string[] {
  const file = join(root, ...XREF_EXPORT_PATH.split('/'));
  let xref: XrefExport;
  try {
    xref = JSON.parse(readFileSync(file, 'utf8')) as XrefExport;
  } catch (error) {
    throw new Error(
      `Cannot read ${file} (${error instanceof Error ? error.message : error}): run "npm run build" first.`,
    );
  }
  const builtBase = new URL(xref.site).pathname;
  if (builtBase !== base)
    throw new Error(
      `The build in ${root} was made with the base path "${builtBase}" but the tests expect "${base}": set IG_BASE_URL to the build's base path.`,
    );
  const entries = xref.entries.map((e) => `/${e.url.slice(xref.site.length)}`.replace(/^\/$/, '/'));
  const rows = xref.entries.filter((e) => e.kind === 'matrix-row');
  for (const page of MATRIX_PAGE_PATHS) for (const row of rows) entries.push(`${page}#${row.anchor}`);
  for (const html of htmlFiles(root)) {
    const path = pathOfFile(html, root);
    if (builtPage(path, root, base)?.redirect) entries.push(path);
  }
  return sortEntries(entries);
}

/** One contract entry that no longer resolves, and why. */
export interface BrokenEntry {
  readonly entry: string;
  readonly problem: string;
}

/** The entries that do not resolve in the build: no page, no element with the anchor, or a redirect to nowhere. */
export function brokenEntries(
  entries: readonly string[],
  root: string = BUILD_DIR,
  base: string = BASE_URL,
): BrokenEntry[] {
  return entries.flatMap((entry): BrokenEntry[] => {
    const [path = '', anchor] = entry.split('#', 2);
    const page = builtPage(path, root, base);
    if (!page) return [{entry, problem: 'the build has no page at this path'}];
    if (anchor !== undefined && !page.ids.has(anchor))
      return [{entry, problem: `${relative(root, page.file)} has no element with the id "${anchor}"`}];
    if (anchor === undefined && page.redirect) {
      const target = page.redirect.path;
      if (target === undefined)
        return [{entry, problem: `redirects to ${page.redirect.target}, outside the base path ${base}`}];
      const landing = builtPage(target, root, base);
      if (!landing || landing.redirect)
        return [{entry, problem: `redirects to ${page.redirect.target}, which is not a page of the build`}];
    }
    return [];
  });
}

/** The failure message: what broke, and how to keep each kind of link working. */
export function brokenMessage(broken: readonly BrokenEntry[], root: string = BUILD_DIR): string {
  return [
    `${broken.length} published URL(s) or anchor(s) of tests/contract/anchors.txt no longer resolve in ${root}:`,
    ...broken.map((b) => `  ${b.entry}: ${b.problem}`),
    '',
    'Other documents link to these. Keep them working:',
    `- A page that moved or was removed: add {from: '<old path>', to: '<path of the page that replaces it>'} to`,
    `  MOVED_PAGES in ${MOVED_PAGES_FILE}; the build then writes a redirect page at the old path (do the same for`,
    '  its legacy /best-practices/architecture/integration/... path when that is listed).',
    "- A heading whose id changed: keep the old id as an alias anchor. In the .mdx file, import Docusaurus's Link",
    '  (`import Link from \'@docusaurus/Link\';` under the front matter) and put `<Link id="old-id" />` on its own line,',
    '  with blank lines around it, just before the heading (`## New heading {#new-id}`): the build then knows the',
    '  anchor, and links to #old-id land on the heading. (A plain <a id> in MDX is not seen by the broken-anchor check.)',
    '- A matrix row, glossary term or capability that was renamed: keep its old id the same way, on the page that',
    '  shows it, or keep the id in the data (an anchor, once published, stays).',
    'Remove a line from the contract only when breaking those links is intended, and say so in src/data/changes.ts.',
  ].join('\n');
}
