/**
 * The glossary is a link target for every other page. Its anchors must be unique and include every anchor
 * that CONVENTIONS.md promises to the other writers; its entries must be in alphabetical order, under the
 * heading of their letter, each with a definition; and every glossary link in the docs must land on an
 * anchor that exists. Each check is a small function that returns the problems it finds, so the tests can
 * also prove, on broken samples, that every check fires. The page is read as the build draws it: its letter and
 * term sections come from `src/data/glossary.ts` (see tests/support/docs.ts); `src/data/glossary.test.ts` checks
 * the data itself.
 */
import {describe, expect, it} from 'vitest';
import {readDocs} from '../support/docs';

/** The anchors other pages may link to: the "Glossary links" list of CONVENTIONS.md, copied as is. */
const REQUIRED_ANCHORS = [
  'api-gateway',
  'api-management',
  'business-event',
  'bam',
  'case-management',
  'catalog',
  'cdn',
  'change-flag',
  'ci-cd',
  'cms',
  'csv',
  'data-lake',
  'dead-letter-queue',
  'deep-link',
  'dwh',
  'esb',
  'etl',
  'event-broker',
  'external-entity',
  'idempotency',
  'iot',
  'jdbc',
  'kafka',
  'mdm',
  'mft',
  'microservice',
  'mqtt',
  'oauth',
  'odata',
  'ods',
  'oidc',
  'offline-first',
  'openapi',
  'publish-subscribe',
  'message-queue',
  'rabbitmq',
  'reference-data',
  'master-data',
  'transactional-data',
  'rest',
  'reverse-proxy',
  'rpc',
  'saml',
  'sda',
  'sftp',
  'soap',
  'sso',
  'state-engine',
  'task-queue',
  'tls',
  'webhook',
  'wsdl',
  'xsd',
  'ldap',
  'push-notification',
  'straight-through-processing',
] as const;

/** A `###` glossary entry: the term, its anchor, and the first block of text after its heading. */
interface GlossaryEntry {
  readonly term: string;
  readonly anchor: string;
  /** 1-based line of the heading, for messages. */
  readonly line: number;
  /** The letter heading the entry sits under (`A`, `B`, ...), or undefined before the first one. */
  readonly letter: string | undefined;
  /** The first block after the heading (lines up to the next blank line), trimmed; '' if there is none. */
  readonly firstBlock: string;
}

/** The parts of the glossary page that the checks look at. */
interface GlossaryPage {
  /** Every `{#id}` on the page, in order, duplicates included. */
  readonly anchors: readonly string[];
  /** The `## X {#letter-x}` headings, as letters, in order. */
  readonly letters: readonly string[];
  readonly entries: readonly GlossaryEntry[];
  /** Targets of in-page links such as `[A](#letter-a)`. */
  readonly inPageLinks: readonly string[];
}

const HEADING = /^(#{2,6})\s+(.*?)\s*\{#([^}\s]+)\}\s*$/;

/** Reads the glossary's Markdown body (front matter and fenced code left out) into headings and entries. */
function parseGlossary(source: string): GlossaryPage {
  const lines = source.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n');
  const anchors: string[] = [];
  const letters: string[] = [];
  const entries: GlossaryEntry[] = [];
  const inPageLinks = [...source.matchAll(/\]\(#([^)\s]+)\)/g)].map((m) => m[1] ?? '');
  const offset = source.split('\n').length - lines.length;
  let letter: string | undefined;
  let inFence = false;
  lines.forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    for (const m of line.matchAll(/\{#([^}\s]+)\}/g)) anchors.push(m[1] ?? '');
    const heading = HEADING.exec(line);
    if (!heading) return;
    const [, hashes = '', text = '', anchor = ''] = heading;
    if (hashes === '##') {
      letter = text;
      letters.push(text);
    } else if (hashes === '###') {
      const rest = lines.slice(i + 1);
      const start = rest.findIndex((l) => l.trim() !== '');
      const block =
        start < 0
          ? []
          : rest.slice(
              start,
              start +
                rest
                  .slice(start)
                  .concat('')
                  .findIndex((l) => l.trim() === ''),
            );
      entries.push({term: text, anchor, line: i + 1 + offset, letter, firstBlock: block.join(' ').trim()});
    }
  });
  return {anchors, letters, entries, inPageLinks};
}

/** The key a reader sorts by: lower case, letters, digits and spaces only ("CI/CD" sorts as "cicd"). */
function sortKey(term: string): string {
  return term.toLowerCase().replace(/[^a-z0-9 ]/g, '');
}

function duplicateAnchors(page: GlossaryPage): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const anchor of page.anchors) {
    if (seen.has(anchor)) problems.push(`Anchor "#${anchor}" is used more than once.`);
    seen.add(anchor);
  }
  return problems;
}

function missingAnchors(page: GlossaryPage, required: readonly string[]): string[] {
  const entryAnchors = new Set(page.entries.map((e) => e.anchor));
  return required.filter((a) => !entryAnchors.has(a)).map((a) => `No entry has the required anchor "#${a}".`);
}

function outOfOrder(page: GlossaryPage): string[] {
  const problems: string[] = [];
  page.entries.forEach((entry, i) => {
    const previous = page.entries[i - 1];
    if (previous && sortKey(previous.term) >= sortKey(entry.term)) {
      problems.push(`"${entry.term}" (line ${entry.line}) should come before "${previous.term}".`);
    }
  });
  return problems;
}

function misfiledEntries(page: GlossaryPage): string[] {
  return page.entries
    .filter((e) => e.letter !== sortKey(e.term).charAt(0).toUpperCase())
    .map((e) => `"${e.term}" (line ${e.line}) sits under "${e.letter ?? 'no letter'}".`);
}

function letterProblems(page: GlossaryPage): string[] {
  const problems: string[] = [];
  const anchorsOfLetters = page.letters.map((l) => `letter-${l.toLowerCase()}`);
  for (const [i, letter] of page.letters.entries()) {
    if (!/^[A-Z]$/.test(letter)) problems.push(`Letter heading "${letter}" is not a single capital letter.`);
    const expected = `letter-${letter.toLowerCase()}`;
    if (!page.anchors.includes(expected)) problems.push(`Letter heading "${letter}" lacks the id "#${expected}".`);
    if (!page.entries.some((e) => e.letter === letter)) problems.push(`Letter heading "${letter}" has no entries.`);
    if (i > 0 && letter <= (page.letters[i - 1] ?? '')) problems.push(`Letter heading "${letter}" is out of order.`);
  }
  const jumps = page.inPageLinks.filter((l) => l.startsWith('letter-'));
  for (const a of anchorsOfLetters) if (!jumps.includes(a)) problems.push(`The jump list has no link to "#${a}".`);
  for (const j of jumps)
    if (!anchorsOfLetters.includes(j)) problems.push(`The jump list links to "#${j}", which is no letter heading.`);
  return problems;
}

function emptyDefinitions(page: GlossaryPage): string[] {
  return page.entries
    .filter(
      (e) => e.firstBlock === '' || /^(#|<|import |[-*|>]|```)/.test(e.firstBlock) || !/\w.*\.$/.test(e.firstBlock),
    )
    .map((e) => `"${e.term}" (line ${e.line}) has no definition paragraph.`);
}

/** Every `/integration/glossary#x` in the given files whose `x` is not an anchor of the glossary. */
function brokenGlossaryLinks(files: ReadonlyMap<string, string>, anchors: readonly string[]): string[] {
  const known = new Set(anchors);
  const problems: string[] = [];
  for (const [file, text] of files) {
    for (const m of text.matchAll(/\/integration\/glossary\/?#([^)\s"'`>\]]*)/g)) {
      const anchor = m[1] ?? '';
      if (!known.has(anchor)) problems.push(`${file} links to the missing glossary anchor "#${anchor}".`);
    }
  }
  return problems;
}

/** Every page under docs/, generated sections included, keyed by its path relative to the repository. */
function docFiles(): Map<string, string> {
  return new Map(readDocs().map((doc) => [doc.file, doc.body]));
}

describe('the glossary page', () => {
  const page = parseGlossary(docFiles().get('docs/glossary.mdx') ?? '');

  it('has at least fifty entries', () => {
    expect(page.letters.length).toBeGreaterThan(10);
    expect(page.entries.length).toBeGreaterThanOrEqual(50);
  });

  it('uses every anchor only once', () => {
    expect(duplicateAnchors(page)).toEqual([]);
  });

  it('has an entry for every anchor that CONVENTIONS.md promises', () => {
    expect(missingAnchors(page, REQUIRED_ANCHORS)).toEqual([]);
  });

  it('lists its entries in alphabetical order', () => {
    expect(outOfOrder(page)).toEqual([]);
  });

  it('files every entry under the heading of its first letter, and the jump list links every letter', () => {
    expect(misfiledEntries(page)).toEqual([]);
    expect(letterProblems(page)).toEqual([]);
  });

  it('gives every entry a definition paragraph', () => {
    expect(emptyDefinitions(page)).toEqual([]);
  });

  it('defines every anchor linked from the docs', () => {
    const files = docFiles();
    expect(files.size).toBeGreaterThan(1);
    expect(brokenGlossaryLinks(files, page.anchors)).toEqual([]);
  });
});

describe('the glossary checks on broken samples', () => {
  const sample = (body: string): GlossaryPage => parseGlossary(`---\ntitle: Glossary\n---\n\n${body}`);
  const good = [
    '[A](#letter-a) · [B](#letter-b)',
    '## A {#letter-a}',
    '### API gateway {#api-gateway}',
    'A server in front of APIs.',
    '## B {#letter-b}',
    '### BAM (business activity monitoring) {#bam}',
    'Watching processes while they run.',
  ].join('\n\n');

  it('accept a well-formed sample', () => {
    const page = sample(good);
    expect(page.entries.map((e) => e.anchor)).toEqual(['api-gateway', 'bam']);
    expect([
      ...duplicateAnchors(page),
      ...missingAnchors(page, ['bam']),
      ...outOfOrder(page),
      ...misfiledEntries(page),
      ...letterProblems(page),
      ...emptyDefinitions(page),
    ]).toEqual([]);
  });

  it('name a duplicate anchor', () => {
    const page = sample(good.replace('{#bam}', '{#api-gateway}'));
    expect(duplicateAnchors(page)).toEqual(['Anchor "#api-gateway" is used more than once.']);
  });

  it('name a missing required anchor', () => {
    expect(missingAnchors(sample(good), ['bam', 'esb'])).toEqual(['No entry has the required anchor "#esb".']);
  });

  it('name an entry out of order', () => {
    const page = sample(good.replace('### BAM (business activity monitoring) {#bam}', '### Ab {#ab}'));
    expect(outOfOrder(page)).toEqual(['"Ab" (line 15) should come before "API gateway".']);
  });

  it('name an entry under the wrong letter and a jump list that misses a letter', () => {
    const page = sample(
      good
        .replace('### BAM (business activity monitoring) {#bam}', '### Cache {#cache}')
        .replace(' · [B](#letter-b)', ''),
    );
    expect(misfiledEntries(page)).toEqual(['"Cache" (line 15) sits under "B".']);
    expect(letterProblems(page)).toEqual(['The jump list has no link to "#letter-b".']);
  });

  it('name an entry without a definition', () => {
    const page = sample(good.replace('Watching processes while they run.', ''));
    expect(emptyDefinitions(page)).toEqual([
      '"BAM (business activity monitoring)" (line 15) has no definition paragraph.',
    ]);
  });

  it('name a link to a glossary anchor that does not exist', () => {
    const files = new Map([
      ['docs/x.mdx', 'See [ESB](/integration/glossary#esb) and [BAM](/integration/glossary#bam).'],
    ]);
    expect(brokenGlossaryLinks(files, ['bam'])).toEqual(['docs/x.mdx links to the missing glossary anchor "#esb".']);
  });
});
