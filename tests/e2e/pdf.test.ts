/**
 * The guide as one PDF (src/scripts/pdf.ts, written by the build when Chromium and poppler are installed): the
 * footer links to it and the server hands it out; its bookmarks list every page of the sidebar in order with the
 * page's h2 headings; the contents give each page's first PDF page; each page's title, first sentence and review
 * date are in its text; every link inside the document reaches a named destination that exists; the matrix's 15
 * rows and its method columns share one page, none of its text under 7 pt; no diagram is a raster image; the cover
 * shows the build's date and the site's address. The PDF is read with poppler (pdfinfo, pdftotext, pdfimages) and
 * qpdf's JSON view of its objects and outline; the pages' expectations come from the built HTML, not from the script.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {load} from 'cheerio';
import {beforeAll, describe, expect, it} from 'vitest';
import {PDF_FILE} from '../../src/data/pdf';
import {builtFile} from '../support/built-pages';
import {BASE_URL, BUILD_DIR, SITE, pageUrl, sitePath} from '../support/site';

const PDF = join(BUILD_DIR, PDF_FILE);
/** The page whose sidebar shows every entry expanded (its own category is open, the other one never collapses). */
const SIDEBAR_PAGE = '/integration/integration-use-cases';
const MATRIX_PAGE = '/integration/mendix-integration';

const run = (command: string, args: string[]): string =>
  execFileSync(command, args, {encoding: 'utf8', maxBuffer: 256 * 1024 * 1024});

/** One line of text, as pdftotext's wrapped lines are compared with the HTML. */
const flat = (text: string): string => text.replace(/[\s\u00ad\u200b]+/g, ' ').trim();

interface Outline {
  readonly title: string;
  readonly destpageposfrom1: number;
  readonly kids: readonly Outline[];
}

interface GuidePage {
  readonly path: string;
  readonly title: string;
  readonly h2: readonly string[];
  readonly sentence: string;
  readonly reviewed: string | undefined;
}

function readBuilt(path: string): ReturnType<typeof load> {
  const file = builtFile(path);
  if (!file) throw new Error(`No built page for ${path}.`);
  return load(readFileSync(file, 'utf8'));
}

/** The sidebar's pages in order, each with what its built HTML says. */
function sidebarPages(): GuidePage[] {
  const $ = readBuilt(SIDEBAR_PAGE);
  const paths: string[] = [];
  $('nav.menu a.menu__link[href]').each((_, el) => {
    const href = $(el).attr('href') ?? '';
    if (!href.startsWith(BASE_URL)) return;
    const path = `/${href.slice(BASE_URL.length)}`.replace(/#.*$/, '');
    if (!paths.includes(path)) paths.push(path);
  });
  return paths.map((path) => {
    const page = readBuilt(path);
    const article = page('article');
    article.find('a.hash-link').remove();
    const paragraph = flat(article.find('.markdown > p').first().text());
    return {
      path,
      title: flat(article.find('h1').first().text()),
      h2: article
        .find('.markdown h2')
        .map((_, el) => flat(page(el).text()))
        .get(),
      sentence: paragraph.split(' ').slice(0, 10).join(' '),
      reviewed: article.find('[data-testid="review"] time').first().text() || undefined,
    };
  });
}

describe('the guide as one PDF', () => {
  let pages: GuidePage[];
  let outline: Outline[];
  let pageTexts: string[];
  let dests: Map<string, number>;
  let links: {dest?: string; uri?: string}[];

  beforeAll(() => {
    if (!existsSync(PDF)) {
      throw new Error(
        `${PDF} is missing: the build makes it when Chromium and pdfinfo are installed (src/data/pdf.ts).`,
      );
    }
    pages = sidebarPages();
    const json = JSON.parse(run('qpdf', ['--json', PDF])) as {
      outlines: Outline[];
      qpdf: [unknown, Record<string, {value?: Record<string, unknown>}>];
    };
    outline = json.outlines;
    links = Object.values(json.qpdf[1]).flatMap(({value}) => {
      if (!value || value['/Subtype'] !== '/Link') return [];
      const action = value['/A'] as Record<string, unknown> | undefined;
      const dest = (value['/Dest'] ?? action?.['/D']) as unknown;
      const uri = action?.['/URI'];
      return [
        {
          ...(typeof dest === 'string' ? {dest: dest.replace(/^(\/|u:)/, '')} : {}),
          ...(typeof uri === 'string' ? {uri: uri.replace(/^u:/, '')} : {}),
        },
      ];
    });
    pageTexts = run('pdftotext', ['-enc', 'UTF-8', PDF, '-']).split('\f');
    dests = new Map();
    for (const line of run('pdfinfo', ['-dests', PDF]).split('\n')) {
      const match = /^\s*(\d+)\s+\[.*\]\s+"(.*)"\s*$/.exec(line);
      if (match?.[1] && match[2] !== undefined) dests.set(match[2], Number(match[1]));
    }
  });

  /** The bookmarks of the guide's pages (the contents page has one too). */
  const pageBookmarks = (): Outline[] => outline.filter((o) => o.title !== 'Contents');
  /** The text of a guide page's PDF pages: from its bookmark's page to the next one's. */
  const textOf = (index: number): string => {
    const marks = pageBookmarks();
    const from = marks[index]?.destpageposfrom1 ?? 0;
    const to = marks[index + 1]?.destpageposfrom1 ?? pageTexts.length;
    return flat(pageTexts.slice(from - 1, Math.max(from, to - 1)).join(' '));
  };

  it('is linked from the footer and served as a PDF', async () => {
    const $ = readBuilt('/integration/glossary');
    const link = $('footer a').filter((_, el) => $(el).text().includes('Download the guide as PDF'));
    expect(link.attr('href')).toBe(sitePath(`/${PDF_FILE}`));
    const response = await fetch(pageUrl(`/${PDF_FILE}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('is A4 with a sane number of pages', () => {
    const info = run('pdfinfo', [PDF]);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
    expect(info).toMatch(/Tagged:\s+yes/);
    const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(count).toBeGreaterThan(pages.length * 2);
    expect(count).toBeLessThan(pages.length * 20);
  });

  it('has a bookmark for every page of the sidebar, in its order, with the page h2 headings', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pageBookmarks().map((o) => flat(o.title))).toEqual(pages.map((p) => p.title));
    pageBookmarks().forEach((mark, i) => {
      expect(
        mark.kids.map((k) => flat(k.title)),
        pages[i]?.path,
      ).toEqual(pages[i]?.h2);
    });
    const starts = pageBookmarks().map((o) => o.destpageposfrom1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('has a cover with the build date and the site address, then contents with page numbers', () => {
    const created = /CreationDate:\s+(\d{4}-\d{2}-\d{2})/.exec(run('pdfinfo', ['-isodates', PDF]))?.[1];
    expect(created).toBeDefined();
    const cover = flat(pageTexts[0] ?? '');
    expect(cover).toContain(`built on ${created}`);
    expect(cover).toContain(`${SITE.siteUrl}${BASE_URL}`);
    const first = pageBookmarks()[0]?.destpageposfrom1 ?? 0;
    const contents = run('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', '2', '-l', String(first - 1), PDF, '-']);
    const numbers = new Map(
      [...contents.matchAll(/^\s*(\S.*?)\s{2,}(\d+)\s*$/gm)].map((m) => [flat(m[1] ?? ''), Number(m[2])]),
    );
    for (const [i, page] of pages.entries()) {
      expect(numbers.get(page.title), page.title).toBe(pageBookmarks()[i]?.destpageposfrom1);
    }
  });

  it("has every page's title, first sentence and review date in its text", () => {
    const withReview = pages.filter((p) => p.reviewed);
    expect(withReview.length).toBeGreaterThan(pages.length / 2);
    pages.forEach((page, i) => {
      const text = textOf(i);
      expect(text, page.path).toContain(page.title);
      expect(text, page.path).toContain(page.sentence);
      if (page.reviewed) expect(text, page.path).toContain(`documentation on ${page.reviewed}`);
    });
  });

  it('keeps links inside the document and external links external', () => {
    const inside = links.filter((l) => l.dest !== undefined);
    expect(inside.length).toBeGreaterThan(pages.length * 5);
    expect(inside.filter((l) => !dests.has(l.dest ?? ''))).toEqual([]);
    // A link to a page lands on the page its bookmark names.
    const starts = new Set(pageBookmarks().map((o) => o.destpageposfrom1));
    const toPages = inside.filter((l) => /^page-[^-]+(?:-[^-]+)*$/.test(l.dest ?? '') && !l.dest?.includes('--'));
    expect(toPages.length).toBeGreaterThan(pages.length);
    for (const link of toPages) expect(starts.has(dests.get(link.dest ?? '') ?? 0), link.dest).toBe(true);
    const external = links.filter((l) => l.uri !== undefined);
    expect(external.length).toBeGreaterThan(0);
    for (const link of external) expect(link.uri).toMatch(/^(https?:|mailto:)/);
    expect(external.filter((l) => l.uri?.includes('.invalid'))).toEqual([]);
  });

  it('prints the matrix with all its rows and methods on one page, no text under 7 pt', () => {
    const $ = readBuilt(MATRIX_PAGE);
    const table = $('table[data-testid="matrix"]');
    const rows = table
      .find('tbody th[scope="row"] a:not([href^="#"])')
      .map((_, el) => flat($(el).text()))
      .get();
    const methods = table
      .find('thead th[data-method]')
      .map((_, el) => flat($(el).text()))
      .get();
    const caption = flat(table.find('caption').text());
    expect(rows).toHaveLength(15);
    expect(methods.length).toBeGreaterThan(3);
    // The words of each PDF page of the matrix's doc page, with their box heights.
    const index = pages.findIndex((p) => p.path === MATRIX_PAGE);
    const from = pageBookmarks()[index]?.destpageposfrom1 ?? 0;
    const to = (pageBookmarks()[index + 1]?.destpageposfrom1 ?? from + 1) - 1;
    const bbox = run('pdftotext', ['-bbox', '-f', String(from), '-l', String(to), PDF, '-']);
    const pdfPages = bbox
      .split('<page ')
      .slice(1)
      .map((chunk) =>
        [...chunk.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
          (m) => ({height: Number(m[2]) - Number(m[1]), word: m[3] ?? ''}),
        ),
      );
    const words = (text: string): string[] => text.replace(/&/g, '&amp;').split(' ');
    const matrixPage = pdfPages.find((list) => {
      const text = list.map((w) => w.word).join(' ');
      return words(caption).every((w) => text.includes(w));
    });
    expect(matrixPage, `no page of ${MATRIX_PAGE} has the caption "${caption}"`).toBeDefined();
    const onPage = new Set(matrixPage?.map((w) => w.word));
    for (const label of [...rows, ...methods]) {
      expect(
        words(label).filter((w) => !onPage.has(w)),
        label,
      ).toEqual([]);
    }
    // Word boxes of DejaVu Sans are 1.16 em high: boxes of 8 pt or more hold text of 7 pt or more.
    const heights = (matrixPage ?? []).filter((w) => /[A-Za-z]/.test(w.word)).map((w) => w.height);
    expect(heights.length).toBeGreaterThan(100);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(8);
  });

  it('draws the diagrams as vectors (no raster images)', () => {
    const figures = pages.filter((p) => readBuilt(p.path)('figure[data-diagram] img').length > 0);
    expect(figures.length).toBeGreaterThan(0);
    const images = run('pdfimages', ['-list', PDF]).trim().split('\n').slice(2);
    expect(images).toEqual([]);
  });
});
