/**
 * The chooser's state in the URL, so a recommendation can be shared as a link
 * and survives a reload: `?use-case=iot&trigger=telemetry&volume=high`.
 * The use case uses the matrix's ids, each answer its question id and option
 * id. Parsing never throws: anything unknown or malformed is left out and
 * reported as a note the page shows.
 */
import {echoParameter, isUseCaseId} from '@site/src/data/queries';
import {
  findQuestion,
  isOptionOf,
  isQuestionId,
  questions,
  withAnswer,
  type Answers,
  type Choice,
  type QuestionId,
} from '@site/src/data/chooser';
import {readParams, type Ignored, type ParamChecks, type QueryCodec} from '@site/src/utils/queryState';
import {USE_CASE_PARAM} from './path';

/** A choice read from a URL, with a note for every part of the link that was ignored. */
export interface ParsedChoice {
  readonly choice: Choice;
  readonly notes: readonly string[];
}

/** Most notes listed one by one; the rest are counted. */
const MAX_NOTES = 5;

/** The chooser's parameters: the use case and one per question. The chooser owns its page's query string. */
const CHECKS: ParamChecks = {
  ...Object.fromEntries(questions.map((q) => [q.id, (value: string) => isOptionOf(q.id, value)])),
  [USE_CASE_PARAM]: isUseCaseId,
};

/** How an ignored part of the link reads in the chooser's notes. */
function ignoredNote(item: Ignored): string {
  const legend = isQuestionId(item.name) ? findQuestion(item.name).legend : undefined;
  if (item.kind === 'unknown-parameter') {
    return `The link's parameter "${echoParameter(item.name)}" is not used by the chooser and was ignored.`;
  }
  if (item.kind === 'repeated') {
    return legend === undefined
      ? 'The link names more than one use case; only the first was used.'
      : `The link answers "${legend}" more than once; only the first answer was used.`;
  }
  const value = echoParameter(item.value);
  return legend === undefined
    ? `The link's use case "${value}" is not known and was ignored.`
    : `The link's answer "${value}" to "${legend}" is not known and was ignored.`;
}

/** Reads a use case and answers from a query string such as `location.search`. */
export function parseChoice(search: string): ParsedChoice {
  const {values, ignored} = readParams(search, CHECKS, true);
  let answers: Answers = {};
  for (const question of questions) {
    const option = values[question.id];
    if (option !== undefined && isOptionOf(question.id, option)) answers = withAnswer(answers, question.id, option);
  }
  const useCase = values[USE_CASE_PARAM];
  const known = useCase !== undefined && isUseCaseId(useCase) ? useCase : undefined;
  const notes = ignored.map(ignoredNote);
  const shown =
    notes.length > MAX_NOTES
      ? [...notes.slice(0, MAX_NOTES), `${notes.length - MAX_NOTES} more parts of the link were ignored.`]
      : notes;
  return {choice: known ? {useCase: known, answers} : {answers}, notes: shown};
}

/**
 * Writes a choice as a query string (with "?", or "" when nothing is chosen):
 * the use case first, then the answers in the form's order. The chooser owns
 * its page's query string, so anything else in it is dropped.
 */
export function serializeChoice(choice: Choice): string {
  const params = new URLSearchParams();
  if (choice.useCase) params.set(USE_CASE_PARAM, choice.useCase);
  const given: Partial<Record<QuestionId, string>> = choice.answers;
  for (const question of questions) {
    const option = given[question.id];
    if (option !== undefined && isOptionOf(question.id, option)) params.set(question.id, option);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The choice as the URL state of the chooser page. */
export const CHOICE_QUERY: QueryCodec<Choice> = {
  parse: (search) => {
    const {choice, notes} = parseChoice(search);
    return {value: choice, notes};
  },
  serialize: (choice) => serializeChoice(choice),
};
