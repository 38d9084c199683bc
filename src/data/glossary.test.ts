/**
 * What the types of the glossary cannot hold: the anchors other pages link to stay as they were, the terms are
 * alphabetical, every alias names one term only, every link of a definition lands on a guide page or anchor, and
 * every term has a one-sentence plain-text summary. Each rule is also proven to fire on a broken sample, with a
 * message that names the file and the term.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {readDocs} from '../../tests/support/docs';
import {GLOSSARY_IDS, glossary, type GlossaryEntry} from './glossary';
import {
  definitionLinks,
  firstSentence,
  glossaryAliases,
  glossaryList,
  GLOSSARY_PAGE_PATH,
  glossaryMarkdown,
  glossaryPlainText,
  glossaryProblems,
  glossarySections,
  glossarySortKey,
  glossarySummary,
  summaryOf,
  summaryProblem,
  type GlossaryItem,
} from './glossary-queries';
import {capabilities} from './capabilities';
import {GUIDE_BASE} from './queries';

const ROOT = join(__dirname, '../..');
/** The term anchors of the glossary page before its terms became data: links elsewhere rely on every one. */
const PINNED: readonly string[] = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/glossary-anchors.json'), 'utf8'),
) as string[];

/** The anchors of a list of ids that the pinned list lacks, and the pinned anchors the list lacks. */
function anchorProblems(ids: readonly string[], pinned: readonly string[]): string[] {
  const have = new Set(ids);
  const known = new Set(pinned);
  return [
    ...pinned.filter((a) => !have.has(a)).map((a) => `"#${a}" is gone: pages and bookmarks link to it`),
    ...ids
      .filter((a) => !known.has(a))
      .map((a) => `"#${a}" is new: add it to tests/fixtures/glossary-anchors.json, so it stays from now on`),
  ];
}

/** Each guide route with the anchors its page declares (`{#id}`), the glossary's generated ones included. */
function guideAnchors(): Map<string, Set<string>> {
  return new Map(
    readDocs().map((doc) => [
      `${GUIDE_BASE}${doc.frontMatter.slug === '/' ? '' : (doc.frontMatter.slug ?? `/${doc.id}`)}`,
      new Set([...doc.body.matchAll(/\{#([^}\s]+)\}/g)].map((m) => m[1] ?? '')),
    ]),
  );
}

/** Every link of a definition that is not a guide page (`/integration/...`) or an anchor that page declares. */
function linkProblems(items: readonly GlossaryItem[], routes: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  return items.flatMap(({id, definition}) =>
    definitionLinks(definition).flatMap((href) => {
      const [path = '', anchor] = (href.startsWith('#') ? `${GLOSSARY_PAGE_PATH}${href}` : href).split('#');
      const anchors = routes.get(path);
      if (!anchors) return [`term '${id}': the link "${href}" is not a page of the guide`];
      if (anchor !== undefined && !anchors.has(anchor))
        return [`term '${id}': the link "${href}" points to an anchor that ${path} does not have`];
      return [];
    }),
  );
}

describe('the glossary', () => {
  it('has no problems', () => {
    expect(glossaryProblems(glossary)).toEqual([]);
  });

  it('keeps exactly the anchors the page had (tests/fixtures/glossary-anchors.json), each once', () => {
    // The page published 63 anchors; anchors are only ever added.
    expect(PINNED.length).toBeGreaterThanOrEqual(63);
    expect(new Set(GLOSSARY_IDS).size).toBe(GLOSSARY_IDS.length);
    expect(anchorProblems(GLOSSARY_IDS, PINNED)).toEqual([]);
  });

  it('lists its terms alphabetically, ignoring case and punctuation', () => {
    const keys = glossaryList.map((item) => glossarySortKey(item.term));
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('files the terms under seventeen letters, as the page did', () => {
    expect(glossarySections(glossaryList).map((s) => s.letter)).toEqual([...'ABCDEIJKLMOPRSTWX']);
  });

  it('gives every alias to one term only, and no alias is the term of another entry', () => {
    const aliases = glossaryAliases();
    expect(aliases.length).toBeGreaterThan(50);
    const keys = aliases.map((a) => a.alias.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    const terms = new Set(glossaryList.map((item) => item.term.toLowerCase()));
    expect(keys.filter((k) => terms.has(k))).toEqual([]);
    expect(aliases.every((a) => a.alias.trim() === a.alias && a.alias !== '')).toBe(true);
  });

  it('links only to pages of the guide and to anchors they have', () => {
    const routes = guideAnchors();
    expect(routes.get(`${GUIDE_BASE}/glossary`)?.has('letter-a')).toBe(true);
    expect(glossaryList.flatMap((item) => definitionLinks(item.definition)).length).toBeGreaterThanOrEqual(63);
    expect(linkProblems(glossaryList, routes)).toEqual([]);
  });

  it('gives every term a summary of one plain sentence', () => {
    for (const id of GLOSSARY_IDS) expect(summaryProblem(glossarySummary(id)), id).toBeUndefined();
  });
});

describe('glossarySummary', () => {
  it("is the definition's first sentence as plain text", () => {
    expect(glossarySummary('bi')).toBe(
      'The tools and practices that turn data from many systems into reports, dashboards and analyses for decision makers.',
    );
  });

  it("writes a capability as the catalogue's name, and stops at no full stop inside a word or a version", () => {
    expect(glossarySummary('catalog')).toMatch(
      new RegExp(`^The Mendix ${capabilities.catalog.name}, formerly called Data Hub, is a register of the services`),
    );
    expect(glossarySummary('oidc')).toMatch(/^An identity layer on top of OAuth 2\.0, .* signed ID token\.$/);
  });

  it('cuts a first sentence that is too long before its colon', () => {
    expect(glossarySummary('mdm')).toBe(
      'The discipline and tooling for keeping one authoritative version of master data.',
    );
  });
});

describe('glossaryPlainText, firstSentence and summaryOf', () => {
  it("turn links, code, emphasis and capabilities into their words, a capability's own words first", () => {
    const markdown =
      'Use <Capability id="task-queues">a queue</Capability> or\n<Capability id="workflows" />, *see* [the page](/integration/x) and `/api-doc`.';
    expect(glossaryPlainText(markdown)).toBe(
      `Use a queue or ${capabilities.workflows.name}, see the page and /api-doc.`,
    );
  });

  it('end a sentence at a stop before a capital, not in "2.0" or before a lower-case word', () => {
    expect(firstSentence('Runs OAuth 2.0 flows, e.g. the code flow. Then more.')).toBe(
      'Runs OAuth 2.0 flows, e.g. the code flow.',
    );
    expect(firstSentence('No stop at all')).toBe('No stop at all');
  });

  it('keep a short first sentence whole and cut a long one before its colon', () => {
    const long = `A long one: ${'word '.repeat(60)}end.`;
    expect(summaryOf('Short: it is. Next.')).toBe('Short: it is.');
    expect(summaryOf(long)).toBe('A long one.');
  });
});

describe('glossaryAliases', () => {
  it('names the term of each alias, abbreviations and other names alike', () => {
    const aliases = glossaryAliases();
    expect(aliases).toContainEqual({alias: 'pub/sub', id: 'publish-subscribe', term: 'Publish-subscribe'});
    expect(aliases).toContainEqual({alias: 'BI', id: 'bi', term: 'BI (business intelligence)'});
    expect(aliases).toContainEqual({alias: 'Entra ID', id: 'idp', term: 'IdP (identity provider)'});
    expect(aliases).toContainEqual({
      alias: 'Active Directory',
      id: 'ldap',
      term: 'LDAP (Lightweight Directory Access Protocol)',
    });
  });
});

describe('glossaryMarkdown', () => {
  it('writes the sections as a writer would type them, in page order', () => {
    const markdown = glossaryMarkdown();
    expect(markdown).toMatch(/^\*\*Jump to:\*\* \[A\]\(#letter-a\) · \[B\]\(#letter-b\) · /);
    expect(markdown).toContain('## A {#letter-a}\n\n### API gateway {#api-gateway}\n\nA server that stands');
    expect(markdown.indexOf('{#xsd}')).toBeGreaterThan(markdown.indexOf('{#letter-x}'));
  });
});

describe('the checks on broken samples', () => {
  const GOOD: GlossaryEntry = {term: 'Zebra crossing', aliases: [], definition: 'A place to cross. See [x](/y).'};
  const ids = [...GLOSSARY_IDS];

  /** The real glossary with one entry replaced (or removed), so a rule can be shown to fire on that entry. */
  function withEntry(id: string, entry: Partial<GlossaryEntry> | undefined): Record<string, GlossaryEntry> {
    const others = Object.entries(glossary).filter(([key]) => key !== id);
    const base: GlossaryEntry = (glossary as Readonly<Record<string, GlossaryEntry>>)[id] ?? GOOD;
    return Object.fromEntries(entry === undefined ? others : [...others, [id, {...base, ...entry}]]);
  }

  const cases: [string, Record<string, GlossaryEntry>, readonly string[], RegExp][] = [
    ['a missing entry', withEntry('bi', undefined), ids, /'bi': is listed in GLOSSARY_IDS but has no entry/],
    ['an entry without an id', {...glossary, 'zebra-crossing': GOOD}, ids, /'zebra-crossing': has an entry but is not/],
    ['an id listed twice', glossary, [...ids, 'bi'], /'bi': is listed twice/],
    [
      'an id that is not kebab-case',
      {...glossary, Zebra_Crossing: GOOD},
      [...ids, 'Zebra_Crossing'],
      /'Zebra_Crossing': the id must be kebab-case/,
    ],
    [
      'a term out of order',
      withEntry('bi', {term: 'Zebra crossing'}),
      ids,
      /'business-event': "Business event" must come before "Zebra crossing"/,
    ],
    ['a term with Markdown', withEntry('bi', {term: 'BI *now*'}), ids, /'bi': term "BI \*now\*" must be one line/],
    ['a term used twice', withEntry('bam', {term: 'API gateway'}), ids, /'bam': term "API gateway" is also the term/],
    ['an empty alias', withEntry('bi', {aliases: [' ']}), ids, /'bi': alias " " must be a non-empty line/],
    ['an alias listed twice', withEntry('bi', {aliases: ['BI', 'bi']}), ids, /'bi': alias "bi" is listed twice/],
    ['an alias that is the term', withEntry('soap', {aliases: ['SOAP']}), ids, /'soap': alias "SOAP" is the term/],
    [
      'an alias of two terms',
      withEntry('bam', {aliases: ['BI']}),
      ids,
      /'bi': alias "BI" is also an alias of 'bam'|'bam': alias "BI" is also an alias of 'bi'/,
    ],
    [
      "an alias that is another entry's term",
      withEntry('bi', {aliases: ['Kafka']}),
      ids,
      /'bi': alias "Kafka" is the term of 'kafka'/,
    ],
    ['an empty definition', withEntry('bi', {definition: ' '}), ids, /'bi': has no definition/],
    [
      'an unknown capability',
      withEntry('bi', {definition: 'Tools. See <Capability id="no-such-thing" />.'}),
      ids,
      /'bi': <Capability id="no-such-thing">: no such capability/,
    ],
    [
      'another component',
      withEntry('bi', {definition: 'Tools. See <Link to="/x">x</Link>.'}),
      ids,
      /'bi': the definition may use <Capability> only, not <Link>/,
    ],
    [
      'a heading in a definition',
      withEntry('bi', {definition: 'Tools.\n\n## More\n\nText.'}),
      ids,
      /'bi': the definition must be paragraphs only/,
    ],
    [
      'a first sentence that is too long to cut',
      withEntry('bi', {definition: `Tools ${'and more '.repeat(40)}for people.`}),
      ids,
      /'bi': the summary .* has \d+ characters, at most 240/,
    ],
    [
      'a first sentence in lower case',
      withEntry('bi', {definition: 'tools for reports.'}),
      ids,
      /'bi': the summary "tools for reports\." must be one sentence/,
    ],
  ];

  it.each(cases)('%s', (_, data, order, message) => {
    const problems = glossaryProblems(data, order);
    expect(
      problems.some((p) => message.test(p)),
      problems.join('\n'),
    ).toBe(true);
    expect(problems.every((p) => p.startsWith("src/data/glossary.ts: term '"))).toBe(true);
  });

  it('a summary with Markdown, with a second sentence, or without a full stop', () => {
    expect(summaryProblem('A [link](/x) in it.')).toMatch(/holds Markdown or a tag/);
    expect(summaryProblem('One. Two.')).toMatch(/must be one sentence/);
    expect(summaryProblem('No stop')).toMatch(/must be one sentence/);
    expect(summaryProblem('A plain sentence.')).toBeUndefined();
  });

  it('a link to a page or an anchor that does not exist, and a link off the guide', () => {
    const routes = new Map([
      ['/integration/glossary', new Set(['letter-a', 'bi'])],
      ['/integration/x', new Set(['here'])],
    ]);
    const item = (definition: string): GlossaryItem => ({id: 'bi', term: 'BI', aliases: [], definition});
    expect(
      linkProblems(
        [item('See [a](/integration/x), [b](/integration/x#here), [c](#letter-a) and [d](/integration/glossary#bi).')],
        routes,
      ),
    ).toEqual([]);
    expect(
      linkProblems(
        [item('See [a](/integration/nope), [b](/integration/x#gone), [c](#letter-z) and [d](https://example.com).')],
        routes,
      ),
    ).toEqual([
      `term 'bi': the link "/integration/nope" is not a page of the guide`,
      `term 'bi': the link "/integration/x#gone" points to an anchor that /integration/x does not have`,
      `term 'bi': the link "#letter-z" points to an anchor that /integration/glossary does not have`,
      `term 'bi': the link "https://example.com" is not a page of the guide`,
    ]);
  });

  it('an anchor that is gone, and a new anchor that is not pinned yet', () => {
    expect(anchorProblems(['bi', 'zebra'], ['bam', 'bi'])).toEqual([
      '"#bam" is gone: pages and bookmarks link to it',
      '"#zebra" is new: add it to tests/fixtures/glossary-anchors.json, so it stays from now on',
    ]);
  });
});
