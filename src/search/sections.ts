/**
 * What the search index holds, read from the built HTML: each page cut into sections at its `h2` and `h3`
 * headings that have an id, so a result can land on the section that answers. Build time only (cheerio).
 */
import {load} from 'cheerio';
import type {SearchSection} from './engine';

/** Parts of a page whose text the index leaves out, with why. */
export const IGNORED_SELECTORS = [
  // Views drawn from the matrix data repeat the method and use-case names on many pages ("Events / Queues
  // Preferred" on every use case); each name is indexed on its own page instead.
  '[data-testid="matrix"]',
  'dl[aria-label="Legend"]',
  '[data-testid="use-case-methods"]',
  '[data-testid="method-use-cases"]',
  // A category page's capability table repeats rows that the catalogue page indexes once.
  '[data-testid="capability-table"][data-scope="category"]',
  '[data-testid="use-case-summary"] > dl',
  '[data-testid="use-case-summary"] > p:last-child',
  // A term's or capability's preview in place repeats its glossary or catalogue entry, indexed there once.
  '[data-term-preview]',
  // Navigation and page chrome inside the article.
  '.theme-doc-breadcrumbs',
  '.theme-doc-toc-mobile',
  '.theme-doc-footer',
  '.pagination-nav',
  '[data-testid="report-problem"]',
  '.hash-link',
  'nav',
  'script',
  'style',
  'svg title',
  'svg desc',
] as const;

const collapse = (text: string): string => text.replace(/[\s\u200b]+/g, ' ').trim();

/**
 * The sections of one built page: the part before the first heading under the page's own title, then one
 * section per `h2`/`h3` with an id. `route` is the page's URL path; `html` the whole built file.
 */
export function extractSections(html: string, route: string): SearchSection[] {
  const $ = load(html);
  const root = $('article').first().length > 0 ? $('article').first() : $('main').first();
  if (root.length === 0) return [];
  const description = collapse($('meta[name="description"]').attr('content') ?? '');
  const documentTitle = collapse(
    $('title')
      .text()
      .replace(/\s*\|[^|]*$/, ''),
  );
  const pageTitle = collapse($('h1').first().text()) || documentTitle;
  root.find(IGNORED_SELECTORS.join(',')).remove();
  root.find('h1').remove();

  const sections: SearchSection[] = [];
  let current = {anchor: '', heading: '', parts: [] as string[]};
  const flush = (): void => {
    const text = collapse(current.parts.join(' '));
    if (text || current.anchor) {
      sections.push({
        id: `${route}#${current.anchor}`,
        route,
        anchor: current.anchor,
        page: pageTitle,
        heading: current.heading,
        text,
        ...(sections.length === 0 && description ? {description} : {}),
        // The title in the browser's tab, where it differs from the page's heading, is another name of the page.
        ...(sections.length === 0 && documentTitle !== pageTitle ? {aliases: documentTitle} : {}),
      });
    }
  };
  // Walk the article's elements in document order; headings with an id start a section, text nodes feed it.
  const walk = (nodes: ReturnType<typeof root.contents>): void => {
    nodes.each((_, node) => {
      if (node.type === 'text') {
        current.parts.push(node.data);
        return;
      }
      if (node.type !== 'tag') return;
      const element = $(node);
      if (/^h[23]$/.test(node.name) && element.attr('id')) {
        flush();
        current = {anchor: element.attr('id') ?? '', heading: collapse(element.text()), parts: []};
        return;
      }
      // Block elements end a word even where the HTML has no space between them.
      current.parts.push(' ');
      walk(element.contents());
      current.parts.push(' ');
    });
  };
  walk(root.contents());
  flush();
  return sections;
}
