/**
 * The method chooser: the questions with their answers' effects
 * (`questions.ts`), the ranking they give (`ranking.ts`), the notes where the
 * answers and the matrix meet (`notes.ts`), and here the whole recommendation
 * the page shows for a choice.
 */
import type {UseCaseId} from '../types';
import {compareWithMatrix, joinLabels, quotedTitle, type ChooserNote} from './notes';
import {chosenOptions, type Answers} from './questions';
import {rankMethods, recommendationsFor, type RankedMethod, type UseCaseRecommendation} from './ranking';

export * from './notes';
export * from './questions';
export * from './ranking';

/** What the reader chose: a use case, answers, or both. */
export interface Choice {
  readonly useCase?: UseCaseId;
  readonly answers: Answers;
}

export const EMPTY_CHOICE: Choice = {answers: {}};

/** Everything the results area shows, computed from a choice. */
export interface Recommendation {
  /** The chosen use case's listed methods, preferred first; empty without a use case. */
  readonly useCaseMethods: readonly UseCaseRecommendation[];
  /** All five methods ranked; empty when no question is answered. */
  readonly ranking: readonly RankedMethod[];
  /** How the answers relate to the matrix; empty unless both a use case and answers are given. */
  readonly notes: readonly ChooserNote[];
  /** One or two sentences for the polite live region. */
  readonly summary: string;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The recommendation for a choice. Pure: the same choice always gives the same result. */
export function recommend(choice: Choice): Recommendation {
  const {useCase, answers} = choice;
  const answered = chosenOptions(answers).length;
  const useCaseMethods = useCase ? recommendationsFor(useCase) : [];
  const ranking = answered > 0 ? rankMethods(answers, useCase) : [];
  const notes = useCase && answered > 0 ? compareWithMatrix(useCase, answers) : [];

  let summary: string;
  const top = ranking[0];
  if (top) {
    const basis = useCase ? `${plural(answered, 'answer')} and the matrix` : plural(answered, 'answer');
    summary = `From ${basis}, ${top.method.label} ranks first with a score of ${top.score}.`;
    const disagreements = notes.filter((n) => n.disagreement).length;
    if (disagreements > 0) summary += ' Your answers and the matrix disagree in places: see the notes.';
  } else if (useCase) {
    const preferred = useCaseMethods.filter((r) => r.fit === 'preferred').map((r) => r.method.label);
    const title = quotedTitle(useCase);
    summary =
      preferred.length > 0
        ? `For ${title}, the matrix prefers ${joinLabels(preferred)}.`
        : `For ${title}, the matrix lists no preferred method; answer the questions to narrow it down.`;
  } else {
    summary = 'Choose a use case, answer a question, or both, to see recommendations.';
  }
  return {useCaseMethods, ranking, notes, summary};
}
