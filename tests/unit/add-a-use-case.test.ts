/**
 * Adding a use case as the README's "How to add a use case" says, on a copy: an id in USE_CASE_IDS with nothing
 * else fails with a sentence that names the next piece, piece after piece, and once every piece is there the
 * checks pass. The compiler's part runs tsc's API on src/data/matrix.ts with edited copies of types.ts and
 * matrix.ts; the rest runs the pieces check of src/data/matrix.test.ts on the data and pages plus the new ones.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import matrix from '@site/src/data/matrix';
import {parseSeedTable} from '../support/seed-table';
import type {UseCase} from '@site/src/data/types';
import {readDocs} from '../support/docs';
import {COUNTS, useCasePieceProblems, type PieceDoc} from '../support/use-case-pieces';

const ROOT = join(__dirname, '../..');
const TYPES = join(ROOT, 'src/data/types.ts');
const MATRIX = join(ROOT, 'src/data/matrix.ts');
const REASONS = join(ROOT, 'src/data/reasons.ts');
/** An id no real use case has. */
const ID = 'temporary-use-case';

/** The new use case's row, as step 1 asks for it. */
const ROW = {
  id: ID,
  seedLabel: 'Temporary Use Case',
  title: 'A temporary use case',
  summary: 'Move files between organizations on a schedule, with receipts and retries.',
  legacyAnchor: 'temporary',
  fits: {batch: 'preferred', events: 'possible'},
} as const satisfies Omit<UseCase, 'id'> & {readonly id: string};

/** Its reasons, as step 1 asks for them in src/data/reasons.ts. */
const REASONS_OF_ROW = {
  batch: 'Files move on a schedule over SFTP, with a receipt for every delivery.',
  events: 'A queue tells the receiving apps that a file has arrived.',
} as const;

/** types.ts with the new id at the end of USE_CASE_IDS. */
function typesWithId(): string {
  const text = readFileSync(TYPES, 'utf8');
  const edited = text.replace(/(export const USE_CASE_IDS = \[[\s\S]*?)(\] as const;)/, `$1  '${ID}',\n$2`);
  if (edited === text) throw new Error('USE_CASE_IDS was not found in src/data/types.ts.');
  return edited;
}

/** matrix.ts with `row` (TypeScript source) as the last row of useCases. */
function matrixWithRow(row: string): string {
  const text = readFileSync(MATRIX, 'utf8');
  const edited = text.replace(
    /\n\] as const satisfies readonly UseCase\[\];/,
    `\n  ${row},\n] as const satisfies readonly UseCase[];`,
  );
  if (edited === text) throw new Error('The end of useCases was not found in src/data/matrix.ts.');
  return edited;
}

/** The row as source. */
const rowSource = (): string => JSON.stringify(ROW);

/** reasons.ts with `entry` (reasons by method) as the new use case's reasons. */
function reasonsWith(entry: Record<string, string>): string {
  const text = readFileSync(REASONS, 'utf8');
  const edited = text.replace(
    /\n\} as const satisfies Readonly<Partial<Record<UseCaseId/,
    `\n  '${ID}': ${JSON.stringify(entry)},\n} as const satisfies Readonly<Partial<Record<UseCaseId`,
  );
  if (edited === text) throw new Error('The end of reasons was not found in src/data/reasons.ts.');
  return edited;
}

const options: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  noEmit: true,
  skipLibCheck: true,
  lib: ['lib.es2022.d.ts'],
  types: [],
};

/** Source files parsed once for all the compilations below (the standard library above all). */
const parsed = new Map<string, ts.SourceFile>();

/** tsc's messages for src/data/matrix.ts and reasons.ts with the given copies of types.ts, matrix.ts, reasons.ts. */
function compile(types: string, matrixSource: string, reasonsSource = readFileSync(REASONS, 'utf8')): string[] {
  const host = ts.createCompilerHost(options);
  const copies = new Map([
    [TYPES, types],
    [MATRIX, matrixSource],
    [REASONS, reasonsSource],
  ]);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => copies.get(file) ?? readFile(file);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, ...rest) => {
    const copy = copies.get(file);
    if (copy !== undefined) return ts.createSourceFile(file, copy, language);
    const cached = parsed.get(file) ?? getSourceFile(file, language, ...rest);
    if (cached) parsed.set(file, cached);
    return cached;
  };
  const program = ts.createProgram({rootNames: [MATRIX, REASONS], options, host});
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName.slice(ROOT.length + 1)}: ` : '';
    return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
  });
}

// Each compilation takes a second or two, longer on a busy machine.
describe('step 1: the compiler names each missing part of the row', {timeout: 60_000}, () => {
  const types = typesWithId();

  it('compiles the data as it is (the check reads the real files)', () => {
    expect(compile(readFileSync(TYPES, 'utf8'), readFileSync(MATRIX, 'utf8'))).toEqual([]);
  });

  it('asks for a row in src/data/matrix.ts and its reasons in src/data/reasons.ts when only the id is added', () => {
    const messages = compile(types, readFileSync(MATRIX, 'utf8'));
    expect(messages).toEqual([
      expect.stringContaining(`src/data/matrix.ts: add a row for \\"${ID}\\" to useCases`),
      expect.stringContaining(`src/data/reasons.ts: add the reasons of use case \\"${ID}\\"`),
    ]);
  });

  it('names the missing reasons, then the reason a fit lacks, then a reason without a fit', () => {
    const noReasons = compile(types, matrixWithRow(rowSource()));
    expect(noReasons).toEqual([
      expect.stringContaining(`src/data/reasons.ts: add the reasons of use case \\"${ID}\\"`),
    ]);
    const oneMissing = compile(types, matrixWithRow(rowSource()), reasonsWith({batch: REASONS_OF_ROW.batch}));
    expect(oneMissing).toEqual([expect.stringContaining(`use case \\"${ID}\\" needs a reason for \\"events\\"`)]);
    const extra = compile(types, matrixWithRow(rowSource()), reasonsWith({...REASONS_OF_ROW, ui: 'A link.'}));
    expect(extra).toEqual([
      expect.stringContaining(`use case \\"${ID}\\" has a reason for \\"ui\\", which its fits do not list`),
    ]);
  });

  it('compiles once the row and its reasons are complete', () => {
    expect(compile(types, matrixWithRow(rowSource()), reasonsWith(REASONS_OF_ROW))).toEqual([]);
  });
});

describe('steps 2 to 5: the tests name each missing page, section and list entry', () => {
  // ROW's id is not in the real USE_CASE_IDS, so the copy's rows are typed as plain UseCase values.
  const useCases = [...matrix.useCases, ROW as unknown as UseCase];
  const seed = parseSeedTable(readFileSync(join(ROOT, 'tests/fixtures/seed-mendix-integration.md'), 'utf8'));
  const docs: PieceDoc[] = readDocs().map((d) => ({
    file: d.file,
    slug: d.frontMatter.slug ?? '',
    text: readFileSync(join(ROOT, d.file), 'utf8'),
  }));
  /** The number of use cases in words, now and with the temporary one. */
  const now = COUNTS[matrix.useCases.length - 10] ?? '';
  const next = COUNTS[matrix.useCases.length - 9] ?? '';
  const sources = {useCases, docs, seedLabels: seed.rows.map((r) => r.label), afterSeed: []};

  it('lists every missing piece with its file and step', () => {
    const problems = useCasePieceProblems(sources);
    const step = (n: number): string => `(README, "How to add a use case", step ${n})`;
    expect(problems).toContain(`docs/use-cases/${ID}.mdx: write the page of "${ID}" with "slug: /${ID}" ${step(2)}.`);
    expect(problems).toContain(
      `docs/integration-use-cases.mdx: add a section with <UseCaseSummary useCase="${ID}" /> ${step(3)}.`,
    );
    expect(problems).toContain(
      `docs/integration-use-cases.mdx: give the section of "${ID}" the heading id {#temporary} ${step(3)}.`,
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^tests\/fixtures\/use-cases-after-seed\.ts: "temporary-use-case" is not a row of the seed's table .*step 4\)\.$/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`^docs/overview\\.mdx: "${now} use cases" should count ${useCases.length} use`, 'i'),
      ),
    );
    expect(
      problems.every((p) => /^[\w./-]+: .*step \d\)\.$/.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('names a page that shows no row, and a page in the wrong folder', () => {
    const page = {file: `docs/use-cases/${ID}.mdx`, slug: `/${ID}`, text: 'No row here.'};
    expect(useCasePieceProblems({...sources, docs: [...docs, page]})).toContain(
      `docs/use-cases/${ID}.mdx: show the row with <UseCaseMethods useCase="${ID}" /> (README, "How to add a use case", step 2).`,
    );
    const misplaced = {...page, file: `docs/${ID}.mdx`};
    expect(useCasePieceProblems({...sources, docs: [...docs, misplaced]})).toContainEqual(
      expect.stringContaining(`docs/${ID}.mdx: move the page of "${ID}" to docs/use-cases/${ID}.mdx`),
    );
  });

  it('passes once the page, the section, the list entry and the counts are there', () => {
    const page = {file: `docs/use-cases/${ID}.mdx`, slug: `/${ID}`, text: `<UseCaseMethods useCase="${ID}" />`};
    const section = `\n### A temporary use case {#temporary}\n\n<UseCaseSummary useCase="${ID}" />\n`;
    const complete = docs.map((d) => {
      const text = d.text.replace(new RegExp(`\\b${now}(?=( typical)?( integration)? use cases)`, 'gi'), (word) =>
        word[0] === word[0]?.toUpperCase() ? next.charAt(0).toUpperCase() + next.slice(1) : next,
      );
      return d.slug === '/integration-use-cases' ? {...d, text: text + section} : {...d, text};
    });
    expect(useCasePieceProblems({...sources, docs: [...complete, page], afterSeed: [ID]})).toEqual([]);
  });
});
