/**
 * The facts `/integration/xref.json` needs of one built page, read from its HTML with cheerio: title, description,
 * every heading with an id (the glossary's generated letters and terms included, since they are in the HTML) with
 * the first sentence of its section, and every id on the page. Build time only.
 */
import {load} from 'cheerio';
import {firstSentence} from '../../data/glossary-queries';
import type {HeadingFacts, PageFacts} from '../../data/xref';
import {pageFromHtml} from '../llms-txt/llms-txt';

/** The longest summary of a heading's section, in characters; a longer first sentence is cut at a word. */
export const HEADING_SUMMARY_MAX = 200;

const oneLine = (text: string): string => text.replace(/[\s\u200b]+/g, ' ').trim();

/** A text cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function clip(text: string, max: number = HEADING_SUMMARY_MAX): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * True for an id made by React's `useId` (`chooser_R_6q7dalbah_-results`; older Reacts wrote `:r1:` or `«r1»`): it
 * changes when components change, so it is no link target.
 */
export function isGeneratedId(id: string): boolean {
  return /_R_[0-9a-z]*_|:R?r?[0-9a-z]+:|«r?[0-9a-z]+»/i.test(id);
}

/** True when the built HTML is a redirect page or asks not to be indexed: such pages are not link targets. */
export function isHiddenPage(html: string): boolean {
  const $ = load(html);
  return (
    $('meta[http-equiv="refresh" i]').length > 0 || /noindex/i.test($('meta[name="robots" i]').attr('content') ?? '')
  );
}

/**
 * The facts of one built page. `path` is the page's path without the site's base (`/integration/iot`). Throws when
 * the page has no title, so a page that cannot be listed stops the build instead of being left out silently.
 */
export function pageFacts(html: string, path: string, siteTitle: string): PageFacts {
  const page = pageFromHtml(html, siteTitle);
  const $ = load(html);
  const title = oneLine($('article h1').first().text()) || page?.title || '';
  if (!title) throw new Error(`xref: the built page ${path} has no <title> or <h1>`);
  const root = $('article').first().length > 0 ? $('article').first() : $('main').first();
  root.find('.hash-link, svg title, svg desc, script, style').remove();

  const headings: HeadingFacts[] = [];
  root.find('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]').each((_, element) => {
    const heading = $(element);
    if (isGeneratedId(heading.attr('id') ?? '')) return;
    // The section's opening paragraph: the heading's next sibling, when it is one (a list or a component there
    // would give a sentence about something else).
    const next = heading.next();
    const summary = next.is('p') ? clip(firstSentence(oneLine(next.text()))) : '';
    headings.push({id: heading.attr('id') ?? '', title: oneLine(heading.text()), summary});
  });

  const ids = new Set<string>();
  $('[id]').each((_, element) => void ids.add($(element).attr('id') ?? ''));
  return {path, title, summary: page?.description ?? '', headings, ids};
}
