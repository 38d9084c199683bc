/**
 * The whole guide as one A4 PDF, printed by headless Chromium from the built site (called by src/plugins/pdf after
 * the build). Each doc page's `article` is taken from its built HTML in sidebar order; its ids are prefixed with the
 * page's key (`page-<key>--<id>`) so they stay unique, and links to pages of the guide (or to anchors on them) become
 * links inside the document, while other links of the site become absolute URLs of the published site. A cover
 * (title, site URL, build date) and a contents list come first. Chromium writes the bookmarks from the headings
 * (`outline`) and a tagged PDF. Page numbers in the contents come from a first print: each page's anchor is a named
 * destination there, and `pdfinfo -dests` says on which PDF page it lands; the document is then printed again with
 * the numbers (and again, should that move a page).
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import * as cheerio from 'cheerio';
import {launchBrowser} from './browser';
import {PDF_TOOLS} from '../data/pdf';

/** One doc page to print. */
export interface PdfPage {
  /** Its route with the base path, e.g. "/guides/x/integration/iot". */
  readonly permalink: string;
  /** Its title (the h1). */
  readonly title: string;
  /** The sidebar category it sits in, if any (shown in the contents). */
  readonly group?: string;
}

/** What the document says about the site and where the pages are. */
export interface PdfSite {
  /** The site's name (siteConfig.title). */
  readonly title: string;
  /** One sentence about it (siteConfig.tagline). */
  readonly tagline: string;
  /** The published origin (siteConfig.url), without a trailing slash. */
  readonly url: string;
  /** The base path (siteConfig.baseUrl), starting and ending with "/". */
  readonly baseUrl: string;
}

/** The origin the print document is loaded from; its requests are answered from the build directory. */
const PRINT_ORIGIN = 'http://guide.pdf.invalid';

/** Elements of a page that mean nothing on paper: navigation, buttons, forms, previews, the copy-as-Markdown bar. */
const SCREEN_ONLY = [
  'nav.theme-doc-breadcrumbs',
  '.theme-doc-toc-mobile',
  '.theme-doc-version-badge',
  '.theme-doc-footer',
  '[data-testid="copy-markdown"]',
  '[data-testid="report-problem"]',
  'a.hash-link',
  'button',
  'form',
  'script',
  'noscript',
  '[role="tooltip"]',
  // The term previews (src/components/TermPreview): their text is visually hidden on the page, and would print.
  '[data-term-preview]',
  '[popover]',
  'img[data-color-mode="dark"]',
].join(', ');

/** Attributes that hold id references (one or a list). */
const ID_REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'for', 'headers', 'list'];

/** A page's key in the document's ids: its route after the base path and /integration, e.g. "categories-iot". */
export function pageKey(permalink: string, baseUrl: string): string {
  const path = permalink.startsWith(baseUrl) ? permalink.slice(baseUrl.length) : permalink.replace(/^\/+/, '');
  const key = path
    .replace(/^integration(?:\/|$)/, '')
    .replace(/\.html$/, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return key === '' ? 'home' : key;
}

/** The id of a page's start in the document. */
export function pageAnchor(key: string): string {
  return `page-${key}`;
}

/** The id of an element of a page in the document. */
export function elementAnchor(key: string, id: string): string {
  return `page-${key}--${id}`;
}

/** A route without the trailing slash and `.html` that hosts may or may not show. */
function routeOf(pathname: string): string {
  return pathname.replace(/\.html$/, '').replace(/(.)\/+$/, '$1');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Counts of what the assembly did, for the build's output and the tests. */
export interface AssemblyReport {
  /** Links turned into links inside the document. */
  readonly internalLinks: number;
  /** Links to the site outside the printed pages, made absolute. */
  readonly siteLinks: number;
  /** Links to an anchor the target page lacks, pointed at that page's start instead. */
  readonly missingAnchors: readonly string[];
}

/** One built page, parsed, with its article (throws when it has none). */
function loadBody(page: PdfPage, html: string, baseUrl: string) {
  const $ = cheerio.load(html);
  const article = $('article').first();
  if (article.length === 0) throw new Error(`pdf: the built page ${page.permalink} has no <article> to print.`);
  return {key: pageKey(page.permalink, baseUrl), page, $, article};
}

/**
 * The print document: cover, contents (with `pageNumbers` by page key, or placeholders of the same width), then every
 * page. `html` reads a page's built HTML by its permalink.
 */
export function assembleDocument(options: {
  site: PdfSite;
  pages: readonly PdfPage[];
  html: (page: PdfPage) => string;
  built: Date;
  pageNumbers?: ReadonlyMap<string, number>;
}): {html: string; report: AssemblyReport} {
  const {site, pages, built, pageNumbers} = options;
  const keyByRoute = new Map(pages.map((p) => [routeOf(p.permalink), pageKey(p.permalink, site.baseUrl)]));
  const bodies = pages.map((page) => loadBody(page, options.html(page), site.baseUrl));

  // Every id each page will have, before links are rewritten, so a link to a missing anchor is noticed.
  const idsByKey = new Map<string, Set<string>>();
  let stylesheets: string[] = [];
  for (const {key, $, article} of bodies) {
    if (stylesheets.length === 0) {
      stylesheets = $('link[rel="stylesheet"]')
        .map((_, el) => $(el).attr('href') ?? '')
        .get()
        .filter((href) => href !== '');
    }
    article.find(SCREEN_ONLY).remove();
    const ids = new Set<string>();
    article.find('[id]').each((_, el) => {
      ids.add($(el).attr('id') ?? '');
    });
    idsByKey.set(key, ids);
  }

  let internalLinks = 0;
  let siteLinks = 0;
  const missingAnchors: string[] = [];
  const sections = bodies.map(({key, page, $, article}) => {
    const pageUrl = new URL(page.permalink, PRINT_ORIGIN);
    article.find('[id]').each((_, el) => {
      $(el).attr('id', elementAnchor(key, $(el).attr('id') ?? ''));
    });
    for (const attribute of ID_REFERENCES) {
      article.find(`[${attribute}]`).each((_, el) => {
        const value = $(el).attr(attribute) ?? '';
        $(el).attr(
          attribute,
          value
            .split(/\s+/)
            .filter(Boolean)
            .map((id) => elementAnchor(key, id))
            .join(' '),
        );
      });
    }
    article.find('a[href]').each((_, el) => {
      const href = $(el).attr('href') ?? '';
      if (/^(mailto|tel):/i.test(href)) return;
      const target = new URL(href, pageUrl);
      if (target.origin !== PRINT_ORIGIN) return;
      const targetKey = keyByRoute.get(routeOf(target.pathname));
      if (targetKey === undefined) {
        $(el).attr('href', `${site.url}${target.pathname}${target.search}${target.hash}`);
        siteLinks += 1;
        return;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      const known = fragment === '' || (idsByKey.get(targetKey)?.has(fragment) ?? false);
      if (!known) missingAnchors.push(`${page.permalink}: ${href}`);
      $(el).attr('href', `#${known && fragment !== '' ? elementAnchor(targetKey, fragment) : pageAnchor(targetKey)}`);
      $(el).removeAttr('target').removeAttr('rel');
      internalLinks += 1;
    });
    article.find('img[src]').each((_, el) => {
      $(el).attr('src', new URL($(el).attr('src') ?? '', pageUrl).href);
      $(el).attr('loading', 'eager');
      $(el).removeAttr('srcset');
    });
    article.find('details').attr('open', '');
    // The review date goes under the title, where a reader of the printed page looks for it (not alone on a last page).
    const header = article.find('header').first();
    if (header.length > 0) header.after(article.find('[data-testid="review"]').first().addClass('print-review'));
    // Headings keep their spaces where they wrap (pre-wrap, see PRINT_CSS), so runs of white space become one.
    article
      .find('h1, h2, h3, h4, h5, h6')
      .find('*')
      .addBack()
      .contents()
      .each((_, node) => {
        if (node.type === 'text') node.data = node.data.replace(/\s+/g, ' ');
      });
    // The page's own h1 starts its section, with the page's title as Chromium's bookmark.
    const inner = article.html() ?? '';
    const group = page.group ? ` data-group="${escapeHtml(page.group)}"` : '';
    return `<section class="guide-page" id="${pageAnchor(key)}"${group}>${inner}</section>`;
  });

  const number = (key: string): string => {
    const n = pageNumbers?.get(key);
    return n === undefined ? '000' : String(n);
  };
  let lastGroup: string | undefined;
  const contents = bodies
    .map(({key, page}) => {
      const heading =
        page.group && page.group !== lastGroup ? `<li class="toc-group">${escapeHtml(page.group)}</li>` : '';
      lastGroup = page.group;
      const indent = page.group ? ' class="toc-nested"' : '';
      return `${heading}<li${indent}><a href="#${pageAnchor(key)}"><span class="toc-title">${escapeHtml(page.title)}</span><span class="toc-leader"></span><span class="toc-page">${number(key)}</span></a></li>`;
    })
    .join('');

  const day = built.toISOString().slice(0, 10);
  const siteAddress = `${site.url}${site.baseUrl}`;
  const links = stylesheets.map(
    (href) => `<link rel="stylesheet" href="${escapeHtml(new URL(href, PRINT_ORIGIN).href)}">`,
  );
  const html = `<!doctype html>
<html lang="en" data-theme="light">
<head>
<meta charset="utf-8">
<title>${escapeHtml(site.title)}</title>
${links.join('\n')}
<style>${PRINT_CSS}</style>
</head>
<body>
<div class="cover">
<p class="cover-title">${escapeHtml(site.title)}</p>
<p class="cover-tagline">${escapeHtml(site.tagline)}</p>
<p class="cover-meta">The whole guide as one document, built on <time datetime="${day}" data-testid="pdf-built">${day}</time>.</p>
<p class="cover-meta">Online: <a href="${escapeHtml(siteAddress)}">${escapeHtml(siteAddress)}</a></p>
</div>
<nav class="contents" aria-labelledby="contents-title">
<h1 id="contents-title">Contents</h1>
<ol>${contents}</ol>
</nav>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
  return {html, report: {internalLinks, siteLinks, missingAnchors}};
}

/** Print rules on top of the site's own stylesheet. */
const PRINT_CSS = `
@page { size: A4; }
html { font-size: 10.5pt; }
body { background: #fff; color: #1c1e21; }
a { color: #1a4f8b; }
.cover { break-after: page; min-height: 240mm; display: flex; flex-direction: column; justify-content: center; }
.cover-title { font-size: 30pt; font-weight: 700; margin: 0 0 6mm; }
.cover-tagline { font-size: 14pt; margin: 0 0 14mm; max-width: 150mm; }
.cover-meta { font-size: 11pt; margin: 0 0 3mm; }
.cover a::after { content: none !important; }
.contents { break-after: page; }
.contents ol { list-style: none; padding: 0; margin: 0; }
.contents li { margin: 0; padding: 0.6mm 0; }
.contents li.toc-group { font-weight: 700; margin-top: 2.5mm; }
.contents li.toc-nested { padding-left: 6mm; }
.contents a { display: flex; align-items: baseline; color: inherit; text-decoration: none; }
.toc-leader { flex: 1; border-bottom: 1px dotted #888; margin: 0 2mm; }
.toc-page { font-variant-numeric: tabular-nums; min-width: 8mm; text-align: right; }
.guide-page { break-before: page; }
.print-review { font-size: 9pt; color: #444; margin: -2mm 0 5mm; }
.guide-page h2, .guide-page h3 { break-after: avoid; }
/* Chromium's bookmarks drop the space where a heading wraps, unless that space is kept (pre-wrap). */
h1, h2, h3, h4, h5, h6 { white-space: pre-wrap; }
figure, table, pre, img { break-inside: avoid; }
img { max-width: 100% !important; min-width: 0 !important; height: auto; }
pre, code { white-space: pre-wrap; word-break: break-word; }
[role="tooltip"], [popover], .tooltip, button { display: none !important; }
details > summary { list-style: none; }
.markdown > h2 { margin-top: 6mm; }
[role="region"][tabindex] { overflow: visible !important; }
table[data-testid="matrix"] { font-size: 7.5pt; width: 100%; table-layout: auto; }
table[data-testid="matrix"] th, table[data-testid="matrix"] td { padding: 0.8mm 1mm; }
table[data-testid="matrix"] thead th { white-space: normal; writing-mode: horizontal-tb; transform: none; }
table[data-testid="matrix"] tr[hidden] { display: table-row !important; }
`;

/** Named destinations of a PDF by name, with their page numbers (from `pdfinfo -dests`). */
export function readDestinations(file: string): Map<string, number> {
  const out = execFileSync(PDF_TOOLS.pdfinfo, ['-dests', file], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
  const dests = new Map<string, number>();
  for (const line of out.split('\n')) {
    const match = /^\s*(\d+)\s+\[.*\]\s+"(.*)"\s*$/.exec(line);
    if (match?.[1] && match[2] !== undefined) dests.set(match[2], Number(match[1]));
  }
  return dests;
}

/** Prints the guide to `output`; returns the number of print passes and the assembly's counts. */
export async function makeGuidePdf(options: {
  outDir: string;
  site: PdfSite;
  pages: readonly PdfPage[];
  output: string;
  built?: Date;
}): Promise<{passes: number; report: AssemblyReport}> {
  const {outDir, site, pages, output} = options;
  if (pages.length === 0) throw new Error('pdf: there are no pages to print.');
  const built = options.built ?? new Date();
  const fileOf = (page: PdfPage): string => {
    const bare = page.permalink.slice(site.baseUrl.length).replace(/\/+$/, '');
    const candidates = [join(outDir, `${bare}.html`), join(outDir, bare, 'index.html')];
    const file = candidates.find((f) => existsSync(f));
    if (!file) throw new Error(`pdf: no built HTML for ${page.permalink} (looked for ${candidates.join(', ')}).`);
    return file;
  };
  const html = (page: PdfPage): string => readFileSync(fileOf(page), 'utf8');
  const work = mkdtempSync(join(tmpdir(), 'ig-pdf-'));
  const browser = await launchBrowser({javaScriptEnabled: false});
  try {
    const tab = await browser.context.newPage();
    let documentHtml = '';
    await tab.route(`${PRINT_ORIGIN}/**`, async (route) => {
      const {pathname} = new URL(route.request().url());
      if (pathname === '/__print.html') {
        await route.fulfill({body: documentHtml, contentType: 'text/html; charset=utf-8'});
        return;
      }
      const inBuild = pathname.startsWith(site.baseUrl) ? pathname.slice(site.baseUrl.length) : undefined;
      const file = inBuild === undefined ? undefined : join(outDir, decodeURIComponent(inBuild));
      if (file && file.startsWith(outDir) && existsSync(file)) await route.fulfill({path: file});
      else await route.fulfill({status: 404, body: 'not in the build'});
    });
    await tab.emulateMedia({media: 'print', colorScheme: 'light'});
    let numbers: Map<string, number> | undefined;
    let report: AssemblyReport | undefined;
    const keys = pages.map((p) => pageKey(p.permalink, site.baseUrl));
    for (let pass = 1; pass <= 4; pass += 1) {
      const assembled = assembleDocument({site, pages, html, built, pageNumbers: numbers});
      documentHtml = assembled.html;
      report = assembled.report;
      await tab.goto(`${PRINT_ORIGIN}/__print.html`, {waitUntil: 'load'});
      const broken = await tab.evaluate(() =>
        Array.from(document.images)
          .filter((img) => !img.complete || img.naturalWidth === 0)
          .map((img) => img.src),
      );
      if (broken.length > 0) throw new Error(`pdf: images that did not load: ${broken.join(', ')}`);
      const file = join(work, `pass-${pass}.pdf`);
      await tab.pdf({
        path: file,
        format: 'A4',
        printBackground: true,
        outline: true,
        tagged: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: `<div style="font-size:7.5pt;color:#555;width:100%;margin:0 14mm;display:flex;justify-content:space-between"><span>${escapeHtml(site.title)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
        margin: {top: '14mm', bottom: '16mm', left: '14mm', right: '14mm'},
      });
      const dests = readDestinations(file);
      const found = new Map<string, number>();
      for (const key of keys) {
        const page = dests.get(pageAnchor(key));
        if (page === undefined) throw new Error(`pdf: the printed document has no destination for ${key}.`);
        found.set(key, page);
      }
      if (numbers && keys.every((k) => numbers?.get(k) === found.get(k))) {
        writeFileSync(output, readFileSync(file));
        return {passes: pass, report};
      }
      numbers = found;
    }
    throw new Error('pdf: the page numbers of the contents did not settle after 4 prints.');
  } finally {
    await browser.close();
    rmSync(work, {recursive: true, force: true});
  }
}
