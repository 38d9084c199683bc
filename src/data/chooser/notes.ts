/**
 * The chooser's notes: where the answers and the chosen use case's matrix row
 * meet, agree or disagree, each explained in a sentence or two.
 */
import {methods} from '../matrix';
import {fitOf} from '../queries';
import type {MethodId, UseCaseId} from '../types';
import {chosenOptions, type Answers} from './questions';
import {rankMethods, matrixRow, type RankedMethod} from './ranking';

/**
 * - `agrees`: the answers' favorite is a method the matrix prefers for the use case;
 * - `no-preferred`: the use case prefers nothing, so the answers decide;
 * - `points-elsewhere`: the answers favor a method the matrix lists only as possible;
 * - `not-listed`: the answers favor a method the matrix does not list for the use case;
 * - `counts-against`: the answers count against a method the matrix prefers.
 */
export const NOTE_KINDS = ['agrees', 'no-preferred', 'points-elsewhere', 'not-listed', 'counts-against'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** The heading a note of each kind carries on the page. */
export const NOTE_TITLES = {
  agrees: 'Your answers and the matrix agree',
  'no-preferred': 'Your answers decide',
  'points-elsewhere': 'Your answers and the matrix disagree',
  'not-listed': 'Your answers and the matrix disagree',
  'counts-against': 'Your answers count against a preferred method',
} as const satisfies Record<NoteKind, string>;

/** A note that explains how the answers and the matrix relate. */
export interface ChooserNote {
  readonly kind: NoteKind;
  /** Whether the note reports a disagreement between the answers and the matrix. */
  readonly disagreement: boolean;
  /** The methods the note is about. */
  readonly methods: readonly MethodId[];
  /** The note as one or two sentences. */
  readonly text: string;
}

/** How many reasons a note quotes for one method. */
const QUOTED_REASONS = 2;

/** "a", "a and b", "a, b and c". */
export function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/** A use case's title in curly quotes, for use inside a sentence (titles are phrased as headings). */
export function quotedTitle(useCase: UseCaseId): string {
  return `\u201c${matrixRow(useCase).title}\u201d`;
}

/** The strongest answer reasons for (sign 1) or against (sign -1) a ranked method, as one clause. */
function quoteReasons(entry: RankedMethod, sign: 1 | -1): string {
  const quoted = entry.reasons
    .filter((r) => r.source.kind === 'answer' && Math.sign(r.score) === sign)
    .sort((a, b) => Math.abs(b.score) - Math.abs(a.score))
    .slice(0, QUOTED_REASONS)
    .map((r) => r.text);
  return joinLabels(quoted);
}

/**
 * Compares what the answers alone favor with the matrix row of the use case,
 * and explains the difference. Empty without answers, or when the answers
 * favor no method at all.
 */
export function compareWithMatrix(useCase: UseCaseId, answers: Answers): ChooserNote[] {
  if (chosenOptions(answers).length === 0) return [];
  const row = matrixRow(useCase);
  const isPreferred = (method: MethodId): boolean => fitOf(row, method) === 'preferred';
  const title = quotedTitle(useCase);
  const byAnswers = rankMethods(answers);
  const best = byAnswers[0]?.answerScore ?? 0;
  const favorites = best > 0 ? byAnswers.filter((r) => r.answerScore === best) : [];
  const preferred = methods.filter((m) => isPreferred(m.id));
  const preferredLabels = joinLabels(preferred.map((m) => m.label));
  const notes: ChooserNote[] = [];

  const favorite = favorites[0];
  if (favorite) {
    const favoriteLabels = joinLabels(favorites.map((f) => f.method.label));
    const favoriteIds = favorites.map((f) => f.method.id);
    if (preferred.length === 0) {
      notes.push({
        kind: 'no-preferred',
        disagreement: false,
        methods: favoriteIds,
        text: `The matrix lists no preferred method for ${title}: the right one depends on volume, timing and the systems involved. Your answers point to ${favoriteLabels}.`,
      });
    } else if (favorites.some((f) => isPreferred(f.method.id))) {
      const agreeing = favorites.filter((f) => isPreferred(f.method.id)).map((f) => f.method.label);
      notes.push({
        kind: 'agrees',
        disagreement: false,
        methods: favoriteIds,
        text: `The matrix prefers ${joinLabels(agreeing)} for ${title}, and your answers favor ${agreeing.length > 1 ? 'them' : 'it'} too.`,
      });
    } else {
      const why = quoteReasons(favorite, 1);
      notes.push(
        fitOf(row, favorite.method.id) === 'possible'
          ? {
              kind: 'points-elsewhere',
              disagreement: true,
              methods: [favorite.method.id],
              text: `The matrix prefers ${preferredLabels} for ${title}, but your answers point to ${favorite.method.label}, which it lists as possible: because ${why}. Your situation may be one of the cases where the possible method is the better fit; check its page.`,
            }
          : {
              kind: 'not-listed',
              disagreement: true,
              methods: [favorite.method.id],
              text: `Your answers point to ${favorite.method.label}, which the matrix does not list for ${title}: because ${why}. Check whether your need really is this use case, or whether part of it belongs to another one.`,
            },
      );
    }
  }

  for (const method of preferred) {
    const entry = byAnswers.find((r) => r.method.id === method.id);
    if (!entry || entry.answerScore >= 0) continue;
    notes.push({
      kind: 'counts-against',
      disagreement: true,
      methods: [method.id],
      text: `The matrix prefers ${method.label} for ${title}, but your answers count against it: because ${quoteReasons(entry, -1)}.`,
    });
  }
  return notes;
}
