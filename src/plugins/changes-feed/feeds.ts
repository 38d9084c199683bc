/**
 * The changes page as Atom and RSS, built with the `feed` library from the same list the page shows
 * (src/data/changes.ts). Pure: the plugin passes the doc titles and URLs it loaded.
 */
import {Feed} from 'feed';
import type {GuideChange} from '../../data/changes';

/** What a feed needs to know about a doc: its title and absolute URL. */
export interface FeedDoc {
  /** The page title. */
  readonly title: string;
  /** Absolute URL of the page. */
  readonly url: string;
}

/** Everything the feeds are made from. */
export interface FeedInput {
  /** The site's title. */
  readonly siteTitle: string;
  /** Absolute URL of the changes page. */
  readonly pageUrl: string;
  /** Absolute URLs the feeds are published at. */
  readonly atomUrl: string;
  readonly rssUrl: string;
  /** The changes, newest first. */
  readonly changes: readonly GuideChange[];
  /** Docs by id, for the pages each change touched. */
  readonly docs: ReadonlyMap<string, FeedDoc>;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every problem with the changes list: unknown doc ids, bad or future dates, duplicate ids, wrong order. */
export function changeProblems(changes: readonly GuideChange[], docIds: ReadonlySet<string>, today: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  changes.forEach((change, i) => {
    const say = (text: string): void => void problems.push(`src/data/changes.ts: change '${change.id}': ${text}`);
    if (seen.has(change.id)) say('id is used twice');
    seen.add(change.id);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(change.id)) say('id must be kebab-case');
    const date = new Date(`${change.date}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== change.date)
      say(`date "${change.date}" is not a real YYYY-MM-DD day`);
    else if (change.date > today) say(`date ${change.date} is in the future`);
    const previous = changes[i - 1];
    if (previous && previous.date < change.date) say('is newer than the entry above it: keep the list newest first');
    if (change.pages.length === 0) say('touches no page');
    for (const page of change.pages)
      if (!docIds.has(page)) say(`page '${page}' is not a doc id (docs/<path> without .mdx)`);
  });
  return problems;
}

/** The Atom and RSS documents. */
export function renderFeeds(input: FeedInput): {atom: string; rss: string} {
  const newest = input.changes[0]?.date ?? '1970-01-01';
  const feed = new Feed({
    title: `${input.siteTitle}: what changed`,
    description: 'Changes of guidance in the Integration Guide, with the pages each one touched.',
    id: input.pageUrl,
    link: input.pageUrl,
    language: 'en',
    copyright: input.siteTitle,
    updated: new Date(`${newest}T00:00:00Z`),
    feedLinks: {atom: input.atomUrl, rss: input.rssUrl},
  });
  for (const change of input.changes) {
    const pages = change.pages.map((id) => input.docs.get(id)).filter((d) => d !== undefined);
    const list = pages.map((d) => `<li><a href="${escapeHtml(d.url)}">${escapeHtml(d.title)}</a></li>`).join('');
    feed.addItem({
      title: change.title,
      id: `${input.pageUrl}#${change.id}`,
      link: `${input.pageUrl}#${change.id}`,
      date: new Date(`${change.date}T00:00:00Z`),
      description: change.summary,
      content: `<p>${escapeHtml(change.summary)}</p><p>Pages:</p><ul>${list}</ul>`,
    });
  }
  return {atom: feed.atom1(), rss: feed.rss2()};
}
