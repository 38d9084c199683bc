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
import {USE_CASE_PARAM} from './path';

/** A choice read from a URL, with a note for every part of the link that was ignored. */
export interface ParsedChoice {
  readonly choice: Choice;
  readonly notes: readonly string[];
}

/** Most notes listed one by one; the rest are counted. */
const MAX_NOTES = 5;

/** Reads a use case and answers from a query string such as `location.search`. */
export function parseChoice(search: string): ParsedChoice {
  const params = new URLSearchParams(search);
  const notes: string[] = [];
  const handled = new Set<string>();
  let useCase: Choice['useCase'];
  let answers: Answers = {};

  for (const [name, value] of params) {
    if (value === '') continue; // An empty value is an unanswered question, as a form would send it.
    if (name === USE_CASE_PARAM) {
      if (handled.has(name)) {
        notes.push(`The link names more than one use case; only the first was used.`);
      } else if (isUseCaseId(value)) {
        useCase = value;
      } else {
        notes.push(`The link's use case "${echoParameter(value)}" is not known and was ignored.`);
      }
      handled.add(name);
    } else if (isQuestionId(name)) {
      const question: QuestionId = name;
      const legend = findQuestion(question).legend;
      if (handled.has(name)) {
        notes.push(`The link answers "${legend}" more than once; only the first answer was used.`);
      } else if (isOptionOf(question, value)) {
        answers = withAnswer(answers, question, value);
      } else {
        notes.push(`The link's answer "${echoParameter(value)}" to "${legend}" is not known and was ignored.`);
      }
      handled.add(name);
    } else {
      notes.push(`The link's parameter "${echoParameter(name)}" is not used by the chooser and was ignored.`);
    }
  }

  const unique = [...new Set(notes)];
  const shown =
    unique.length > MAX_NOTES
      ? [...unique.slice(0, MAX_NOTES), `${unique.length - MAX_NOTES} more parts of the link were ignored.`]
      : unique;
  return {choice: useCase ? {useCase, answers} : {answers}, notes: shown};
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
