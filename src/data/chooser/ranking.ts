/**
 * The chooser's ranking: the five matrix methods scored by the answers'
 * effects, on top of a use case's matrix row when one is chosen, each with the
 * reasons behind its score. Pure functions over the question and matrix data.
 */
import matrix, {methods} from '../matrix';
import {categoryPath, findUseCase, fitOf, methodsFor} from '../queries';
import type {Fit, Method, UseCase, UseCaseId} from '../types';
import {chosenOptions, type Answers, type QuestionId} from './questions';
import {reasonFor} from '../reasons';

/** The base score the matrix gives a method for the chosen use case; an unlisted method gets 0. */
export const FIT_SCORE = {preferred: 3, possible: 1} as const satisfies Record<Fit, number>;

/** The order in which a fit wins a tie. */
const FIT_RANK: Record<Fit | 'none', number> = {preferred: 0, possible: 1, none: 2};

/** Where a reason comes from: an answer (with its label) or the matrix row of the chosen use case. */
export type ReasonSource =
  | {readonly kind: 'answer'; readonly question: QuestionId; readonly option: string; readonly label: string}
  | {readonly kind: 'matrix'; readonly useCase: UseCaseId};

/** One line of explanation under a ranked method. */
export interface Reason {
  readonly source: ReasonSource;
  /** Points this reason adds or takes away; 0 only for "the matrix does not list it". */
  readonly score: number;
  /** Follows "because"; lower case, no final full stop. */
  readonly text: string;
}

/** Where a reason comes from, in words: "matrix" or "answer: A user action in an app". */
export function reasonSourceLabel(reason: Reason): string {
  return reason.source.kind === 'matrix' ? 'matrix' : `answer: ${reason.source.label}`;
}

/** A method with its total score, the part that comes from answers, and why. */
export interface RankedMethod {
  readonly method: Method;
  /** URL of the method's category page. */
  readonly path: string;
  /** Matrix base score plus all answer effects. */
  readonly score: number;
  /** Sum of the answer effects only. */
  readonly answerScore: number;
  /** The matrix fit for the chosen use case; undefined without a use case or for an unlisted method. */
  readonly fit?: Fit;
  /** The matrix line first (with a use case), then the answers in question order. */
  readonly reasons: readonly Reason[];
}

/** The row of a use case; throws on an id the matrix does not have, which the types already rule out. */
export function matrixRow(id: UseCaseId): UseCase {
  const found = findUseCase(matrix, id);
  if (!found) throw new Error(`There is no use case with id "${id}" in src/data/matrix.ts.`);
  return found;
}

/**
 * Ranks the five matrix methods for a set of answers, optionally on top of a
 * use case's matrix row (preferred +3, possible +1). Highest score first; a tie
 * goes to the better matrix fit, then to the matrix's column order. Pure.
 */
export function rankMethods(answers: Answers, useCase?: UseCaseId): RankedMethod[] {
  const chosen = chosenOptions(answers);
  const row = useCase ? matrixRow(useCase) : undefined;
  const ranked = methods.map((method, column) => {
    const reasons: Reason[] = [];
    const fit = row ? fitOf(row, method.id) : undefined;
    if (row) {
      const source = {kind: 'matrix', useCase: row.id} as const;
      reasons.push(
        fit
          ? {source, score: FIT_SCORE[fit], text: `the matrix lists it as ${fit} for this use case`}
          : {source, score: 0, text: `the matrix does not list it for this use case`},
      );
    }
    let answerScore = 0;
    for (const {question, option} of chosen) {
      for (const effect of option.effects) {
        if (effect.method !== method.id) continue;
        answerScore += effect.score;
        reasons.push({
          source: {kind: 'answer', question, option: option.id, label: option.label},
          score: effect.score,
          text: effect.reason,
        });
      }
    }
    const base = fit ? FIT_SCORE[fit] : 0;
    const entry: RankedMethod = {
      method,
      path: categoryPath(method.category),
      score: base + answerScore,
      answerScore,
      ...(fit ? {fit} : {}),
      reasons,
    };
    return {entry, column};
  });
  ranked.sort(
    (a, b) =>
      b.entry.score - a.entry.score ||
      FIT_RANK[a.entry.fit ?? 'none'] - FIT_RANK[b.entry.fit ?? 'none'] ||
      a.column - b.column,
  );
  return ranked.map((r) => r.entry);
}

/** A method the matrix lists for a use case, with the reason it fits. */
export interface UseCaseRecommendation {
  readonly method: Method;
  readonly fit: Fit;
  /** URL of the method's category page. */
  readonly path: string;
  /** One line on why it fits this use case (src/data/reasons.ts). */
  readonly reason: string;
}

/** The methods a use case lists, preferred first (each group in column order), each with its reason. */
export function recommendationsFor(useCase: UseCaseId): UseCaseRecommendation[] {
  const row = matrixRow(useCase);
  return methodsFor(matrix, row).map(({method, fit}) => ({
    method,
    fit,
    path: categoryPath(method.category),
    reason: reasonFor(row.id, method.id),
  }));
}
