/**
 * The search's pure parts: how a query is cleaned and split, how aliases widen it, how pages are ranked from
 * their sections, what a result link asks the target page to highlight, and how a built page is cut into
 * sections. Each rule is shown on a small input where it decides the outcome.
 */
import {describe, expect, it} from 'vitest';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {
  askingPart,
  buildQuery,
  cleanQuery,
  comparedAway,
  contains,
  correctTerms,
  createIndex,
  editDistance,
  excerpt,
  namesEntry,
  EXCERPT_LENGTH,
  queryTerms,
  rankPages,
  type RankingData,
  type SearchAnswer,
  vocabularyOf,
  type SearchSection,
} from '../../src/search/engine';
import {
  MAX_HIGHLIGHT_TERMS,
  MAX_HIGHLIGHT_TERM_LENGTH,
  MAX_QUERY_LENGTH,
  MAX_QUERY_TERMS,
} from '../../src/search/limits';
import {highlightTerms} from '../../src/search/highlight';
import {searchStatus} from '../../src/search/status';
import {extractSections} from '../../src/search/sections';
import {
  aliasEntries,
  capabilityMentions,
  initialisms,
  sectionAliases,
  shortTerm,
  termHomes,
} from '../../src/search/aliases';
import {siteSections} from '../../src/plugins/search-index';
import {GLOSSARY_PAGE_PATH} from '../../src/data/glossary-queries';
import {readDocs} from '../support/docs';
import {GUIDE_BASE} from '../../src/data/queries';

const section = (route: string, anchor: string, text: string, extra: Partial<SearchSection> = {}): SearchSection => ({
  id: `${route}#${anchor}`,
  route,
  anchor,
  page: route.slice(1),
  heading: anchor,
  text,
  ...extra,
});
const none: RankingData = {aliases: [], lists: [], homes: [], situations: []};
const routes = ({hits}: SearchAnswer): string[] => hits.map((h) => h.route);

describe('cleanQuery and queryTerms', () => {
  it('drops markup and control characters, folds full-width letters, and cuts the length', () => {
    expect(cleanQuery('<b>webhooks</b>\u0000 now')).toBe('webhooks now');
    expect(cleanQuery('ＯＤａｔａ')).toBe('OData');
    expect(cleanQuery('SA\u200bML web\u2060hook')).toBe('SAML webhook');
    expect(cleanQuery("<script>alert('x')</script> webhook <b>now</b>")).toBe('webhook now');
    // Words in angle brackets and nothing else are the reader's words, not markup; real tags stay dropped.
    expect(cleanQuery('%3Cdeep%20link%3E')).toBe('deep link');
    expect(cleanQuery('<event broker>')).toBe('event broker');
    expect(cleanQuery('<img src=x onerror=alert(1)>')).toBe('');
    expect(cleanQuery('<b></b>')).toBe('');
    expect(cleanQuery("<script>alert('x')</script>")).toBe('');
    expect(cleanQuery('%27%20OR%201%3D1%20--%20CDC')).toBe("' OR 1=1 -- CDC");
    expect(cleanQuery('100% sure %E0%A4%A')).toBe('100% sure %E0%A4%A');
    // Look-alike letters are read in Latin only inside a word that has Latin letters.
    expect(cleanQuery('\u0415SB \u041c\u043e\u0441\u043a\u0432\u0430')).toBe(
      'ESB \u041c\u043e\u0441\u043a\u0432\u0430',
    );
    expect(cleanQuery('x'.repeat(MAX_QUERY_LENGTH * 10))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('reads the last question of a long message, from the clause that starts it', () => {
    const preamble = 'Sorry for the long message, our vendor sent an interface design full of jargon last week. ';
    expect(askingPart(`${preamble}Anyway, what is a dead-letter queue exactly?`)).toBe(
      'what is a dead-letter queue exactly?',
    );
    expect(askingPart(`${preamble}We need it by Friday. How do we export orders nightly?`)).toBe(
      'How do we export orders nightly?',
    );
    expect(askingPart(`${preamble}Why?`)).toBe(`${preamble}Why?`);
    expect(askingPart('what is a dead-letter queue? and a task queue?')).toBe(
      'what is a dead-letter queue? and a task queue?',
    );
  });

  it('keeps distinct words without the words of a question, at most MAX_QUERY_TERMS', () => {
    expect(queryTerms('How do I keep the data in sync offline?')).toEqual(['keep', 'data', 'sync', 'offline']);
    expect(queryTerms('Kafka kafka KAFKA')).toEqual(['kafka']);
    expect(queryTerms("why should no system read my app's database")).toEqual([
      'no',
      'system',
      'read',
      'app',
      'database',
    ]);
    expect(queryTerms('the Mendix app’s runtime')).toEqual(['mendix', 'app', 'runtime']);
    const many = Array.from({length: 40}, (_, i) => `word${i}`).join(' ');
    expect(queryTerms(many)).toHaveLength(MAX_QUERY_TERMS);
    expect(queryTerms('x'.repeat(600))[0]).toHaveLength(40);
  });

  it('joins compounds: only the joined word when a part is one or two letters', () => {
    expect(queryTerms('O-Data')).toEqual(['odata']);
    expect(queryTerms('CI/CD pipelines')).toEqual(['cicd', 'pipelines']);
    expect(queryTerms('pub/sub')).toEqual(['pub', 'sub', 'pubsub']);
    expect(queryTerms('pub/sub', {joined: false})).toEqual(['pub', 'sub']);
  });

  it('finds words in order', () => {
    expect(contains(['entra', 'id', 'login'], ['entra', 'id'])).toBe(true);
    expect(contains(['id', 'entra'], ['entra', 'id'])).toBe(false);
    expect(contains(['a'], [])).toBe(false);
  });

  it('finds a term named in the plural or the singular', () => {
    expect(contains(['external', 'entities'], ['external', 'entity'])).toBe(true);
    expect(contains(['business', 'event'], ['business', 'events'])).toBe(true);
    expect(contains(['access'], ['acces'])).toBe(false);
    expect(contains(['status'], ['statu'])).toBe(false);
  });

  it('cuts an excerpt at a word boundary', () => {
    const text = 'word '.repeat(60);
    expect(excerpt(text).length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1);
    expect(excerpt(text).endsWith('word…')).toBe(true);
    expect(excerpt('short')).toBe('short');
  });
});

describe('buildQuery', () => {
  const ranking = {aliases: [{alias: ['pub', 'sub'], expansion: ['publish', 'subscribe']}], lists: ['/glossary']};

  it('is the terms alone when no alias is named', () => {
    expect(buildQuery(['kafka'], ranking)).toBe('kafka');
  });

  it('adds what a named alias stands for, as an AND query that skips the list pages', () => {
    const query = buildQuery(['pub', 'sub', 'pubsub'], ranking);
    expect(query).toMatchObject({combineWith: 'OR', queries: ['pub sub pubsub', {queries: ['publish subscribe']}]});
    const widened = typeof query === 'object' && 'queries' in query ? query.queries[1] : undefined;
    const boost = typeof widened === 'object' && 'boostDocument' in widened ? widened.boostDocument : undefined;
    expect(boost?.('/glossary#pub-sub', 'publish')).toBe(0);
    expect(boost?.('/events#intro', 'publish')).toBe(1);
  });
});

describe('rankPages', () => {
  it('returns one hit per page, best section first, and nothing for an empty query', () => {
    const index = createIndex([
      section('/a', 'one', 'queues and queues and queues'),
      section('/a', 'two', 'queues once'),
      section('/b', '', 'nothing here'),
    ]);
    const answer = rankPages(index, none, 'queues', 10);
    expect(routes(answer)).toEqual(['/a']);
    expect(answer.hits[0]?.anchor).toBe('one');
    expect(answer.corrections).toEqual([]);
    expect(rankPages(index, none, '  ', 10)).toEqual({hits: [], corrections: []});
  });

  it('ranks a page that treats a subject in several sections above one short mention', () => {
    const index = createIndex([
      section('/deep', 'one', 'offline sync of data with long explanations of many other things as well'),
      section('/deep', 'two', 'offline sync conflicts and their handling, with more words around them'),
      section('/deep', 'three', 'offline sync in practice with even more words that make the section long'),
      section('/short', 'one', 'offline sync'),
    ]);
    expect(routes(rankPages(index, none, 'offline sync', 10))[0]).toBe('/deep');
    // The same sections on a list page score by the best entry alone.
    expect(routes(rankPages(index, {...none, lists: ['/deep']}, 'offline sync', 10))[0]).toBe('/short');
  });

  it("lifts the page a named term calls home, and the glossary for a 'what is' question", () => {
    const index = createIndex([
      section('/glossary', 'dlq', 'dead-letter queue: where undeliverable messages go', {heading: 'Dead-letter queue'}),
      section('/events', 'errors', 'a failed message goes to a dead-letter queue; watch the dead-letter queue', {
        heading: 'Errors and the dead-letter queue',
      }),
    ]);
    const ranking: RankingData = {
      ...none,
      lists: ['/glossary'],
      homes: [{words: ['dead', 'letter', 'queue'], route: '/events'}],
    };
    expect(routes(rankPages(index, ranking, 'dead-letter queue', 10))[0]).toBe('/events');
    expect(routes(rankPages(index, ranking, 'what is a dead-letter queue', 10))[0]).toBe('/glossary');
    expect(routes(rankPages(index, ranking, 'dead-letter queue meaning', 10))[0]).toBe('/glossary');
    expect(routes(rankPages(index, ranking, 'dead-letter queue definition?', 10))[0]).toBe('/glossary');
    expect(routes(rankPages(index, ranking, 'what does dead-letter queue stand for?', 10))[0]).toBe('/glossary');
    expect(routes(rankPages(index, {...ranking, homes: []}, 'dead-letter queue', 10))[0]).toBe('/glossary');
  });

  it('lifts the use-case pages a little for a question, which states a situation', () => {
    const index = createIndex([
      section('/method', 'files', 'files in batches: a file of payroll records once a month'),
      section('/payroll', 'x', 'monthly payroll records, sent as one file'),
    ]);
    const query = 'which method for a monthly payroll file?';
    const plain = routes(rankPages(index, none, query, 10));
    const lifted = routes(rankPages(index, {...none, situations: [plain[1] ?? '']}, query, 10));
    expect(lifted[0]).toBe(plain[1]);
    // Not for a bare phrase or a definition question.
    expect(routes(rankPages(index, {...none, situations: [plain[1] ?? '']}, 'monthly payroll file', 10))).toEqual(
      routes(rankPages(index, none, 'monthly payroll file', 10)),
    );
  });

  it('counts less the words that name what the reader compares against', () => {
    expect([...comparedAway('when should I use events instead of calling a REST service')]).toEqual([
      'calling',
      'rest',
      'service',
    ]);
    expect([...comparedAway('is a nightly file better than an API call, for payroll?')]).toEqual(['api', 'call']);
    // "Than" alone compares amounts ("longer than its interval"), not methods.
    expect(comparedAway('a run that takes longer than its interval').size).toBe(0);
    // A word the rest of the query names too is not set aside; a query without a comparison sets nothing aside.
    expect([...comparedAway('a file service rather than a REST service')]).toEqual(['rest']);
    expect(comparedAway('events for REST services').size).toBe(0);

    const index = createIndex([
      section('/rest', 'call', 'REST service call: calling a REST service, one REST call per record', {
        heading: 'REST call',
      }),
      section('/events', 'x', 'business events between apps, instead of calls'),
    ]);
    const ranking: RankingData = {...none, homes: [{words: ['rest'], route: '/rest'}]};
    expect(routes(rankPages(index, ranking, 'events and calling a REST service', 10))[0]).toBe('/rest');
    expect(routes(rankPages(index, ranking, 'use events instead of calling a REST service', 10))[0]).toBe('/events');
  });

  it("puts a list entry found only through its definition's words under the page it sends its reader to", () => {
    const index = createIndex([
      section('/glossary', 'state-engine', 'a system that follows track and trace of shipments', {
        heading: 'State engine',
      }),
      section('/orchestration', '', 'state engines follow objects through a chain of processes; shipments move', {
        heading: '',
      }),
    ]);
    const ranking: RankingData = {
      ...none,
      lists: ['/glossary'],
      homes: [{words: ['state', 'engine'], route: '/orchestration'}],
    };
    expect(routes(rankPages(index, ranking, 'track and trace shipments', 10))).toEqual(['/orchestration', '/glossary']);
    // Without its home among the results, the entry keeps its place.
    expect(routes(rankPages(index, {...ranking, homes: []}, 'track and trace shipments', 10))[0]).toBe('/glossary');
  });

  it('lifts the page of a section whose heading is the whole query', () => {
    const index = createIndex([
      section('/down', 'down', 'retry with a task queue; tell the user', {heading: 'When the destination is down'}),
      section('/files', 'x', 'destination down: the file waits; destination down again, destination down once more'),
    ]);
    const score = (ranking: RankingData, query: string): number =>
      rankPages(index, ranking, query, 10).hits.find((hit) => hit.route === '/down')?.score ?? 0;
    // The same words, in the heading's order or not: only the heading itself names the section.
    expect(score(none, 'when the destination is down') / score(none, 'down destination')).toBeGreaterThan(3);
    // Not when the query is a term's name, whose home decides.
    const ranking: RankingData = {...none, homes: [{words: ['destination', 'down'], route: '/files'}]};
    expect(score(ranking, 'when the destination is down')).toBeCloseTo(score(ranking, 'down destination'));
  });

  it('forgives a typo in a longer word and reads the last word as a prefix', () => {
    const index = createIndex([section('/o', 'x', 'orchestration of processes'), section('/p', 'y', 'payments')]);
    expect(routes(rankPages(index, none, 'orchestartion', 10))).toEqual(['/o']);
    expect(routes(rankPages(index, none, 'orchest', 10))).toEqual(['/o']);
  });

  it('tries once more with two typos forgiven when nothing matches, and still finds nothing in garbage', () => {
    const index = createIndex([section('/k', 'x', 'Kafka topics'), section('/p', 'y', 'payments')]);
    expect(routes(rankPages(index, none, 'Kafak', 10))).toEqual(['/k']);
    expect(routes(rankPages(index, none, 'zzzzzz', 10))).toEqual([]);
  });
});

describe('correctTerms', () => {
  const createVocabularyOf = (text: string) => vocabularyOf(createIndex([section('/p', 'p', text)]).toJSON());
  const index = createIndex([
    section('/e', 'cdc', 'change data capture streams every change of a table'),
    section('/w', 'dwh', 'a data warehouse keeps history for reporting'),
    section('/i', 'x', 'integration of services'),
  ]);

  it('counts edits with a swap of two neighbouring letters as one', () => {
    expect(editDistance('chnage', 'change')).toBe(1);
    expect(editDistance('warehuose', 'warehouse')).toBe(1);
    expect(editDistance('kafka', 'kafka')).toBe(0);
    expect(editDistance('exel', 'excel')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
    expect(editDistance('', 'ab')).toBe(2);
  });

  it('replaces a word the index lacks by its nearest indexed word, and keeps known and unfinished words', () => {
    expect(correctTerms(vocabularyOf(index.toJSON()), ['chnage', 'data', 'captuer'])).toEqual([
      'change',
      'data',
      'capture',
    ]);
    expect(correctTerms(vocabularyOf(index.toJSON()), ['data', 'warehuose'])).toEqual(['data', 'warehouse']);
    // The word being typed is a prefix of an indexed word: it stays as typed.
    expect(correctTerms(vocabularyOf(index.toJSON()), ['integ'])).toEqual(['integ']);
    // Short words and words with no near neighbour stay.
    expect(correctTerms(vocabularyOf(index.toJSON()), ['dat', 'zzzzzz'])).toEqual(['dat', 'zzzzzz']);
  });

  it('splits a run-together compound into two indexed words, and reads an -ie plural as the -y word', () => {
    const vocabulary = vocabularyOf(index.toJSON());
    expect(correctTerms(vocabulary, ['datawarehouse', 'history'])).toEqual(['data', 'warehouse', 'history']);
    expect(correctTerms(vocabulary, ['changedata'])).toEqual(['change', 'data']);
    expect(correctTerms(createVocabularyOf('a proxy in front'), ['proxie', 'proxies'])).toEqual(['proxy', 'proxy']);
    // No split into two indexed words: the word stays.
    expect(correctTerms(vocabulary, ['zzzzdata'])).toEqual(['zzzzdata']);
  });

  it('ranks a misspelt query as the right spelling', () => {
    const ranking: RankingData = {...none, homes: [{words: ['data', 'warehouse'], route: '/i'}]};
    for (const [typo, right] of [
      ['chnage data', 'change data'],
      ['data warehuose', 'data warehouse'],
    ] as const) {
      expect(routes(rankPages(index, ranking, typo, 10))).toEqual(routes(rankPages(index, ranking, right, 10)));
    }
    expect(routes(rankPages(index, none, 'chnage data', 10))[0]).toBe('/e');
    expect(rankPages(index, none, 'chnage data', 10).corrections).toEqual([{typed: 'chnage', read: 'change'}]);
  });
});

describe('highlightTerms', () => {
  it('reads distinct lower-case words of two or more characters, bounded in number and length', () => {
    expect(highlightTerms('?_highlight=OData&_highlight=odata&_highlight=a&x=1')).toEqual(['odata']);
    expect(highlightTerms('?_highlight=dead+letter')).toEqual(['dead', 'letter']);
    const many = Array.from({length: 2_000}, (_, i) => `w${i}`).join('+');
    expect(highlightTerms(`?_highlight=${many}`)).toHaveLength(MAX_HIGHLIGHT_TERMS);
    expect(highlightTerms(`?_highlight=${'y'.repeat(500)}`)[0]).toHaveLength(MAX_HIGHLIGHT_TERM_LENGTH);
  });
});

describe('extractSections', () => {
  const html = `<html><head><title>T | Site</title><meta name="description" content="What the page is for."></head>
    <body><main><article><nav class="theme-doc-breadcrumbs">Home</nav><header><h1>Page title</h1></header>
    <p>Opening words.</p>
    <h2 id="first">First<a class="hash-link" href="#first">#</a></h2><p>One</p><div data-testid="matrix">Preferred</div>
    <h3 id="deeper">Deeper</h3><ul><li>two</li><li>three</li></ul>
    <h2>No id</h2><p>still deeper</p>
    </article></main></body></html>`;

  it('cuts at headings with ids, leaves out the ignored parts, and puts the description on the opening', () => {
    const sections = extractSections(html, '/p');
    expect(sections.map((s) => [s.anchor, s.heading, s.text])).toEqual([
      ['', '', 'Opening words.'],
      ['first', 'First', 'One'],
      ['deeper', 'Deeper', 'two three No id still deeper'],
    ]);
    expect(sections[0]).toMatchObject({page: 'Page title', description: 'What the page is for.', id: '/p#'});
    expect(sections[1]?.description).toBeUndefined();
    // The title in the browser's tab names the page too, where it differs from the page's heading.
    expect(sections[0]?.aliases).toBe('T');
    expect(extractSections(html.replace('<title>T |', '<title>Page title |'), '/p')[0]?.aliases).toBeUndefined();
  });

  it('finds nothing in a page without an article or main', () => {
    expect(extractSections('<html><body><p>x</p></body></html>', '/x')).toEqual([]);
  });

  it('makes the index plugin fail loudly for a built page without content', async () => {
    const dir = join(__dirname, '../fixtures/search-empty-build');
    await expect(siteSections(dir, '/', ['/empty'])).rejects.toThrow(/empty\.html has no <article> or <main>/);
  });
});

describe('aliases and homes from the guide data', () => {
  const docRoutes = new Set(
    readDocs().map((d) => `${GUIDE_BASE}${d.frontMatter['slug'] ?? `/${d.id}`}`.replace(/(.)\/$/, '$1')),
  );

  it("gives each glossary term's section its aliases, and no other section any", () => {
    expect(sectionAliases(GLOSSARY_PAGE_PATH, 'publish-subscribe')).toContain('pub/sub');
    expect(sectionAliases(GLOSSARY_PAGE_PATH, 'letter-p')).toBeUndefined();
    expect(sectionAliases('/integration/iot', 'publish-subscribe')).toBeUndefined();
  });

  it('widens only with words other than the alias', () => {
    const entries = aliasEntries();
    expect(entries.length).toBeGreaterThan(20);
    expect(entries.filter((e) => e.alias.join(' ') === e.expansion.join(' '))).toEqual([]);
    expect(entries).toContainEqual({alias: ['pub', 'sub'], expansion: ['publish', 'subscribe']});
    // An abbreviation that is the term's own name stands for the spelled-out form in its brackets.
    expect(entries).toContainEqual({alias: ['cdc'], expansion: ['change', 'data', 'capture']});
    expect(entries).toContainEqual({alias: ['change', 'data', 'capture'], expansion: ['cdc']});
  });

  it('names a home for terms and capabilities, each a page of the guide', () => {
    const homes = termHomes();
    expect(homes.length).toBeGreaterThan(50);
    expect(homes.filter((h) => !docRoutes.has(h.route)).map((h) => `${h.words.join(' ')} → ${h.route}`)).toEqual([]);
    expect(homes).toContainEqual({words: ['data', 'importer'], route: '/integration/batch-integration'});
  });

  it("moves a capability's home to the page whose prose clearly names it most, unless it is a glossary term", () => {
    const html = '<span data-capability=deploy-api data-status=current><a>Deploy API</a></span>';
    expect(capabilityMentions(`${html} ${html} <td data-capability=deploy-api>`)).toEqual(new Map([['deploy-api', 2]]));
    const mentions = new Map([
      [
        '/integration/ops-monitoring',
        new Map([
          ['deploy-api', 3],
          ['webhooks', 4],
        ]),
      ],
      ['/integration/service-integration', new Map([['deploy-api', 1]])],
    ]);
    const homes = termHomes(mentions);
    expect(homes).toContainEqual({words: ['deploy', 'api'], route: '/integration/ops-monitoring'});
    expect(homes).not.toContainEqual({words: ['webhooks'], route: '/integration/ops-monitoring'});
    // A capability that is also a glossary term has one home: the page its glossary entry sends the reader to.
    expect(homes.filter(({words}) => ['task queue', 'task queues'].includes(words.join(' ')))).toEqual([
      {words: ['task', 'queue'], route: '/integration/service-integration'},
    ]);
    // Named as often elsewhere: the catalogue's category stays.
    const even = new Map([...mentions, ['/integration/iot', new Map([['deploy-api', 2]])]]);
    expect(termHomes(even)).toContainEqual({words: ['deploy', 'api'], route: '/integration/service-integration'});
  });

  it('knows a query that is nothing but a name of a list entry', () => {
    const aliases = aliasEntries();
    expect(namesEntry(['cdc'], 'CDC (change data capture)', aliases)).toBe(true);
    expect(namesEntry(['change', 'data', 'capture'], 'CDC (change data capture)', aliases)).toBe(true);
    expect(namesEntry(['task', 'queues'], 'Task queue', aliases)).toBe(true);
    expect(namesEntry(['data', 'hub'], 'Catalog', aliases)).toBe(true);
    expect(namesEntry(['task', 'queue', 'retry'], 'Task queue', aliases)).toBe(false);
    expect(namesEntry(['queue'], 'Task queue', aliases)).toBe(false);
    expect(namesEntry(['cdc'], '', aliases)).toBe(false);
  });

  it('reads the abbreviations a text implies by its names of three words or more', () => {
    expect(initialisms('Read Enterprise Integration Patterns, then the Internet of Things.')).toEqual(['reip', 'iot']);
    expect(initialisms('Messages expire after their time-to-live; quality-of-service levels')).toEqual(['ttl', 'qos']);
    expect(initialisms('Mendix Cloud and a dead-letter queue')).toEqual([]);
  });

  it('shortens a term with its spelled-out form in brackets', () => {
    expect(shortTerm('BI (business intelligence)')).toBe('BI');
    expect(shortTerm('Publish-subscribe')).toBe('Publish-subscribe');
  });
});

it('has the fixture build the plugin test reads', () => {
  expect(readdirSync(join(__dirname, '../fixtures/search-empty-build'))).toContain('empty.html');
});

describe('searchStatus', () => {
  const hits = (n: number) => ({
    status: 'ready' as const,
    hits: Array.from({length: n}, () => ({}) as never),
    query: 'odata',
    corrections: [],
  });

  it('says the same in the box and on the page while loading, on failure and while a query is pending', () => {
    for (const where of ['box', 'page'] as const) {
      expect(searchStatus({status: 'loading'}, 'odata', where)).toBe('Loading the search…');
      expect(searchStatus({status: 'failed', reason: 'offline'}, 'odata', where)).toBe(
        'Search could not load: offline.',
      );
      expect(searchStatus(hits(2), 'odat', where)).toBe('Searching…');
      expect(searchStatus(hits(1), 'odata', where)).toBe('1 page matches.');
    }
  });

  it('words counts, empty lists and an empty query for where it stands', () => {
    expect(searchStatus(hits(3), 'odata', 'box')).toBe('3 pages match.');
    expect(searchStatus(hits(3), 'odata', 'page')).toBe('3 pages match, best first.');
    expect(searchStatus(hits(0), 'odata', 'box')).toBe('No pages match “odata”.');
    expect(searchStatus(hits(0), 'odata', 'page')).toMatch(/^No pages match\. Try fewer words/);
    expect(searchStatus({status: 'idle'}, '', 'page')).toMatch(/^Type what you are looking for/);
  });

  it('says which misspelt words it read as others', () => {
    const corrected = {
      ...hits(2),
      corrections: [
        {typed: 'chnage', read: 'change'},
        {typed: 'captuer', read: 'capture'},
      ],
    };
    expect(searchStatus(corrected, 'odata', 'box')).toBe(
      '2 pages match. Read “chnage” as “change”, “captuer” as “capture”.',
    );
    expect(searchStatus({...corrected, hits: hits(1).hits}, 'odata', 'page')).toBe(
      '1 page matches. Read “chnage” as “change”, “captuer” as “capture”.',
    );
  });
});
