/**
 * The pure parts of the guide's PDF: whether a build makes it (src/data/pdf.ts), the page order from the sidebars
 * (src/plugins/pdf) and the print document's assembly (src/scripts/pdf.ts): prefixed ids, links inside the document,
 * other site links made absolute under the base path, screen-only parts removed, placeholders in the contents.
 */
import {describe, expect, it} from 'vitest';
import {load} from 'cheerio';
import {PDF_TOOLS, pdfSetting} from '../../src/data/pdf';
import {pagesInSidebarOrder, readOptions} from '../../src/plugins/pdf';
import {assembleDocument, pageKey, type PdfPage} from '../../src/scripts/pdf';

const all = (): boolean => true;
const none = (): boolean => false;

describe('pdfSetting', () => {
  it('makes the PDF in a production build with the programs installed', () => {
    expect(pdfSetting({}, all)).toEqual({enabled: true});
  });
  it('says which program is missing, and fails with GUIDE_PDF=1', () => {
    const setting = pdfSetting({}, (path) => path !== PDF_TOOLS.pdfinfo);
    expect(setting.enabled).toBe(false);
    expect(setting.enabled === false && setting.reason).toContain(PDF_TOOLS.pdfinfo);
    expect(() => pdfSetting({GUIDE_PDF: '1'}, none)).toThrow(/GUIDE_PDF=1/);
  });
  it('is off with GUIDE_PDF=0 and in the development server; rejects other values', () => {
    expect(pdfSetting({GUIDE_PDF: '0'}, all).enabled).toBe(false);
    expect(pdfSetting({NODE_ENV: 'development'}, all).enabled).toBe(false);
    expect(() => pdfSetting({GUIDE_PDF: 'yes'}, all)).toThrow(/GUIDE_PDF must be/);
  });
  it('accepts only the setting as plugin options', () => {
    expect(readOptions({setting: {enabled: true}})).toEqual({setting: {enabled: true}});
    expect(() => readOptions({})).toThrow(/pdfSetting/);
  });
});

describe('pagesInSidebarOrder', () => {
  it('follows the sidebar, category pages first, with the top category as group', () => {
    const doc = (id: string): {id: string; title: string; permalink: string} => ({
      id,
      title: id.toUpperCase(),
      permalink: `/integration/${id}`,
    });
    const pages = pagesInSidebarOrder([doc('a'), doc('b'), doc('c'), doc('d'), {...doc('e'), unlisted: true}], {
      guide: [
        {type: 'doc', id: 'c'},
        {type: 'category', label: 'Cat', items: [{type: 'doc', id: 'a'}], link: {type: 'doc', id: 'd'}},
        {type: 'doc', id: 'b'},
        {type: 'doc', id: 'e'},
      ],
    });
    expect(pages.map((p) => [p.title, p.group])).toEqual([
      ['C', undefined],
      ['D', 'Cat'],
      ['A', 'Cat'],
      ['B', undefined],
    ]);
  });
});

describe('assembleDocument', () => {
  const base = '/guides/ig/';
  const pages: PdfPage[] = [
    {permalink: `${base}integration/`, title: 'Overview'},
    {permalink: `${base}integration/iot`, title: 'IoT', group: 'Use cases'},
  ];
  const html: Record<string, string> = {
    [`${base}integration/`]: `<html><head><link rel="stylesheet" href="${base}assets/css/s.css"></head><body>
      <nav class="theme-doc-breadcrumbs">crumbs</nav><article><header><h1>Overview</h1></header>
      <div class="markdown"><h2 id="why">Why
        now<a class="hash-link" href="#why">#</a></h2>
      <p><a href="iot#fit">fit</a> <a href="${base}integration/iot.html">iot</a> <a href="#why">here</a>
      <a href="${base}integration/iot#gone">gone</a> <a href="${base}llms.txt">llms</a>
      <a href="https://example.org/x">ext</a></p>
      <button>Copy</button><span role="tooltip">tip</span>
      <img src="/guides/ig/diagrams/x-light.svg" loading="lazy" data-color-mode="light">
      <img src="/guides/ig/diagrams/x-dark.svg" data-color-mode="dark"><label for="why">l</label></div></article></body></html>`,
    [`${base}integration/iot`]: `<article><h1>IoT</h1><h3 id="fit">Fit</h3></article>`,
  };
  const {html: out, report} = assembleDocument({
    site: {title: 'Guide', tagline: 'Tag', url: 'https://example.com', baseUrl: base},
    pages,
    html: (p) => html[p.permalink] ?? '',
    built: new Date('2026-01-02T03:04:05Z'),
  });
  const $ = load(out);

  it('keys pages by their route after the base path', () => {
    expect(pageKey(`${base}integration/`, base)).toBe('home');
    expect(pageKey(`${base}integration/categories/ui`, base)).toBe('categories-ui');
  });
  it('prefixes ids and id references, and points links to pages of the guide inside the document', () => {
    expect($('#page-home--why').length).toBe(1);
    expect($('label').attr('for')).toBe('page-home--why');
    const hrefs = $('main a')
      .map((_, el) => $(el).attr('href'))
      .get();
    expect(hrefs).toEqual([
      '#page-iot--fit',
      '#page-iot',
      '#page-home--why',
      '#page-iot',
      'https://example.com/guides/ig/llms.txt',
      'https://example.org/x',
    ]);
    expect(report.missingAnchors).toEqual([`${base}integration/: ${base}integration/iot#gone`]);
    expect(report.internalLinks).toBe(4);
    expect(report.siteLinks).toBe(1);
  });
  it('drops screen-only parts, keeps light diagrams eager, and collapses white space in headings', () => {
    expect($('button, [role="tooltip"], nav.theme-doc-breadcrumbs, a.hash-link').length).toBe(0);
    expect($('img').length).toBe(1);
    expect($('img').attr('loading')).toBe('eager');
    expect($('img').attr('src')).toMatch(/^http:\/\/[^/]+\/guides\/ig\/diagrams\/x-light\.svg$/);
    expect($('#page-home--why').text()).toBe('Why now');
  });
  it('has a cover with the date and address, contents with placeholders, and the site stylesheet', () => {
    expect($('.cover time').attr('datetime')).toBe('2026-01-02');
    expect($('.cover').text()).toContain('https://example.com/guides/ig/');
    expect($('.contents .toc-page').first().text()).toBe('000');
    expect($('.contents .toc-group').text()).toBe('Use cases');
    expect($('link[rel="stylesheet"]').attr('href')).toMatch(/\/guides\/ig\/assets\/css\/s\.css$/);
  });
  it('names a page without an article', () => {
    expect(() =>
      assembleDocument({
        site: {title: 'G', tagline: '', url: 'https://e.com', baseUrl: '/'},
        pages: [{permalink: '/integration/x', title: 'X'}],
        html: () => '<p>no article</p>',
        built: new Date(),
      }),
    ).toThrow(/\/integration\/x has no <article>/);
  });
});
