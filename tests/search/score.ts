/**
 * Scoring of the search relevance suite: precision at 1 and recall at 3 over all queries and per kind, and the
 * queries that missed. The engine is a parameter (ranked routes per query), so the same scoring runs in the
 * browser suite and in any comparison of engines.
 */
import type {QueryKind, RelevanceQuery} from './queries-tune';

/** What a search returned for one query: the routes of its results, best first. */
export interface Answer {
  readonly query: RelevanceQuery;
  readonly routes: readonly string[];
}

/** Scores of one group of queries. */
export interface Scores {
  readonly count: number;
  /** Share of queries whose first result is a right page. */
  readonly precisionAt1: number;
  /** Share of queries with a right page among the first three results. */
  readonly recallAt3: number;
}

/** The scores of a run: all queries, each kind, and the misses (not first) with what came first. */
export interface Report {
  readonly all: Scores;
  readonly byKind: Readonly<Record<QueryKind, Scores>>;
  readonly misses: readonly {
    readonly query: string;
    readonly kind: QueryKind;
    readonly expected: string;
    readonly got: readonly string[];
  }[];
}

const KINDS: readonly QueryKind[] = ['term', 'abbreviation', 'question', 'typo', 'phrase', 'hostile'];

/** Whether `route` answers `query`: its page, or one listed as equally right. */
export function isRight(query: RelevanceQuery, route: string | undefined): boolean {
  if (route === undefined) return false;
  const bare = route.replace(/[?#].*$/, '').replace(/(.)\/+$/, '$1');
  return bare === query.page || (query.also ?? []).includes(bare);
}

function scores(answers: readonly Answer[]): Scores {
  const count = answers.length;
  if (count === 0) return {count, precisionAt1: 0, recallAt3: 0};
  const first = answers.filter((a) => isRight(a.query, a.routes[0])).length;
  const top3 = answers.filter((a) => a.routes.slice(0, 3).some((r) => isRight(a.query, r))).length;
  return {count, precisionAt1: first / count, recallAt3: top3 / count};
}

/** Scores a run. */
export function score(answers: readonly Answer[]): Report {
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, scores(answers.filter((a) => a.query.kind === kind))]));
  return {
    all: scores(answers),
    byKind: byKind as Record<QueryKind, Scores>,
    misses: answers
      .filter((a) => !isRight(a.query, a.routes[0]))
      .map((a) => ({query: a.query.query, kind: a.query.kind, expected: a.query.page, got: a.routes.slice(0, 3)})),
  };
}

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;

/** The report as text: the totals, one line per kind, then each miss. */
export function formatReport(report: Report, title: string): string {
  const lines = [
    `${title}: ${report.all.count} queries, P@1 ${pct(report.all.precisionAt1)}, R@3 ${pct(report.all.recallAt3)}`,
    ...KINDS.map((k) => {
      const s = report.byKind[k];
      return `  ${k.padEnd(12)} ${String(s.count).padStart(3)}  P@1 ${pct(s.precisionAt1).padStart(6)}  R@3 ${pct(s.recallAt3).padStart(6)}`;
    }),
    ...report.misses.map(
      (m) =>
        `  miss [${m.kind}] ${JSON.stringify(m.query.slice(0, 70))}: want ${m.expected}, got ${m.got.join(', ') || '(nothing)'}`,
    ),
  ];
  return lines.join('\n');
}
