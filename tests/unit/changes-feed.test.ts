/**
 * "What changed in the guide": the list is sound (ids, real past dates, newest first, pages that exist), each rule
 * fires on a broken sample with the entry's id, and the Atom and RSS documents carry every entry with its pages.
 */
import {describe, expect, it} from 'vitest';
import {readDocs} from '../support/docs';
import {changes, type GuideChange} from '@site/src/data/changes';
import {changeProblems, renderFeeds} from '@site/src/plugins/changes-feed/feeds';

const IDS = new Set(readDocs().map((d) => d.id));
const TODAY = new Date().toISOString().slice(0, 10);
const SAMPLE: GuideChange = {id: 'sample', date: '2026-01-05', title: 'T', summary: 'S', pages: ['glossary']};

describe('the change list', () => {
  it('has at least one entry, and no problems', () => {
    expect(changes.length).toBeGreaterThan(0);
    expect(changeProblems(changes, IDS, TODAY)).toEqual([]);
  });

  it.each([
    ['an unknown page', [{...SAMPLE, pages: ['no-such-page']}], /change 'sample': page 'no-such-page' is not a doc id/],
    ['a date that does not exist', [{...SAMPLE, date: '2026-02-30'}], /date "2026-02-30" is not a real/],
    ['a date in the future', [{...SAMPLE, date: '2999-01-01'}], /date 2999-01-01 is in the future/],
    ['a repeated id', [SAMPLE, SAMPLE], /id is used twice/],
    [
      'oldest first',
      [SAMPLE, {...SAMPLE, id: 'newer', date: '2026-03-01'}],
      /'newer': is newer than the entry above it/,
    ],
    ['no pages', [{...SAMPLE, pages: []}], /touches no page/],
  ] as const)('finds %s', (_, list, message) => {
    const problems = changeProblems(list, IDS, TODAY);
    expect(
      problems.some((p) => message.test(p)),
      problems.join('\n'),
    ).toBe(true);
    expect(problems.every((p) => p.startsWith('src/data/changes.ts: change '))).toBe(true);
  });
});

describe('the feeds', () => {
  const docs = new Map(
    [...IDS].map((id) => [id, {title: `Title of ${id}`, url: `https://guide.test/integration/${id}`}]),
  );
  const {atom, rss} = renderFeeds({
    siteTitle: 'Integration Guide',
    pageUrl: 'https://guide.test/integration/changes',
    atomUrl: 'https://guide.test/integration/changes.atom.xml',
    rssUrl: 'https://guide.test/integration/changes.rss.xml',
    changes,
    docs,
  });

  it('are Atom and RSS documents', () => {
    expect(atom).toMatch(/^<\?xml[^>]*>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
    expect(rss).toMatch(/^<\?xml[^>]*>\s*<rss version="2\.0"/);
  });

  it('carry every change with its anchor and a link to each page it touched', () => {
    for (const change of changes) {
      for (const feed of [atom, rss]) {
        expect(feed).toContain(`https://guide.test/integration/changes#${change.id}`);
        for (const page of change.pages) expect(feed).toContain(`https://guide.test/integration/${page}`);
      }
    }
    expect(atom.match(/<entry>/g)).toHaveLength(changes.length);
    expect(rss.match(/<item>/g)).toHaveLength(changes.length);
  });
});
