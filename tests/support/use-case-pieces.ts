/**
 * The pieces a use case needs besides its row in `src/data/matrix.ts` (which the compiler checks), as the README's
 * "How to add a use case" lists them: its page, its section on the use-case list, its place with respect to the
 * seed's table, and the count where pages give it in words. `useCasePieceProblems` names every missing piece with
 * the file to edit and the README step; `src/data/matrix.test.ts` runs it on the guide, and
 * `tests/unit/add-a-use-case.test.ts` on a copy with one more use case.
 */
import type {UseCase} from '@site/src/data/types';

/** A page of docs/ as the check reads it. */
export interface PieceDoc {
  /** Path from the repository root, e.g. `docs/use-cases/iot.mdx`. */
  readonly file: string;
  /** Front matter `slug`, e.g. `/iot`. */
  readonly slug: string;
  /** The whole text of the file. */
  readonly text: string;
}

/** What the check reads. */
export interface PieceSources {
  /** The matrix rows, in order. */
  readonly useCases: readonly UseCase[];
  /** Every page under docs/. */
  readonly docs: readonly PieceDoc[];
  /** The row labels of the seed's table, in order. */
  readonly seedLabels: readonly string[];
  /** Ids of the use cases added after the seed (`tests/fixtures/use-cases-after-seed.ts`). */
  readonly afterSeed: readonly string[];
}

const STEP = (n: number): string => `(README, "How to add a use case", step ${n})`;
const LIST_SLUG = '/integration-use-cases';
const AFTER_SEED_FILE = 'tests/fixtures/use-cases-after-seed.ts';
const SEED_FILE = 'tests/fixtures/seed-mendix-integration.md';

/** Number words from ten up: a count this large before "use cases" is the number of all of them. */
export const COUNTS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
];
const COUNT_PATTERN = new RegExp(`\\b(${COUNTS.join('|')})((?: typical)?(?: integration)? use cases)\\b`, 'gi');

/** Every missing piece, one sentence each naming the file to edit and the README step; empty when all are there. */
export function useCasePieceProblems({useCases, docs, seedLabels, afterSeed}: PieceSources): string[] {
  const problems: string[] = [];
  const list = docs.find((d) => d.slug === LIST_SLUG);
  for (const {id, seedLabel, legacyAnchor} of useCases) {
    const page = docs.find((d) => d.slug === `/${id}`);
    const file = `docs/use-cases/${id}.mdx`;
    if (!page) problems.push(`${file}: write the page of "${id}" with "slug: /${id}" ${STEP(2)}.`);
    else if (page.file !== file)
      problems.push(`${page.file}: move the page of "${id}" to ${file}, where the sidebar looks ${STEP(2)}.`);
    else if (!page.text.includes(`<UseCaseMethods useCase="${id}" />`))
      problems.push(`${file}: show the row with <UseCaseMethods useCase="${id}" /> ${STEP(2)}.`);
    if (list && !list.text.includes(`<UseCaseSummary useCase="${id}" />`))
      problems.push(`${list.file}: add a section with <UseCaseSummary useCase="${id}" /> ${STEP(3)}.`);
    if (list && !new RegExp(`^#{2,3} .+\\{#${legacyAnchor}\\}$`, 'm').test(list.text))
      problems.push(`${list.file}: give the section of "${id}" the heading id {#${legacyAnchor}} ${STEP(3)}.`);
    const inSeed = seedLabels.includes(seedLabel);
    if (!inSeed && !afterSeed.includes(id))
      problems.push(
        `${AFTER_SEED_FILE}: "${id}" is not a row of the seed's table (${SEED_FILE}); add its id to USE_CASES_AFTER_SEED ${STEP(4)}.`,
      );
    if (inSeed && afterSeed.includes(id))
      problems.push(`${AFTER_SEED_FILE}: "${id}" is a row of the seed's table; take it out of USE_CASES_AFTER_SEED.`);
  }
  if (!list) problems.push(`docs: there is no page with "slug: ${LIST_SLUG}" ${STEP(3)}.`);
  const total = COUNTS[useCases.length - 10];
  for (const doc of docs) {
    for (const [phrase, count] of doc.text.matchAll(COUNT_PATTERN)) {
      if (count?.toLowerCase() !== total)
        problems.push(`${doc.file}: "${phrase}" should count ${useCases.length} use cases ${STEP(5)}.`);
    }
  }
  return problems;
}
