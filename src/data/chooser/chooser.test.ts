/**
 * The chooser: the question data, pinned outcomes for representative
 * situations, and the way answers and the matrix are combined and compared.
 * The `@ts-expect-error` lines prove that a misspelt id or a score out of range
 * does not compile (tsc checks this file too).
 */
import {describe, expect, it} from 'vitest';
import matrix, {methods, useCases} from '../matrix';
import {reasons} from '../reasons';
import {METHOD_IDS, type MethodId, type UseCaseId} from '../types';
import {
  FIT_SCORE,
  QUESTION_IDS,
  compareWithMatrix,
  questions,
  rankMethods,
  recommend,
  recommendationsFor,
  type Answers,
  type Effect,
} from '.';

const order = (answers: Answers, useCase?: UseCaseId): MethodId[] =>
  rankMethods(answers, useCase).map((r) => r.method.id);

/** Every answer's effects, named "question=option -> method" for messages. */
const effects = questions.flatMap((q) =>
  q.options.flatMap((o) => o.effects.map((e: Effect) => ({name: `${q.id}=${o.id} -> ${e.method}`, ...e}))),
);

describe('types reject misspelt ids', () => {
  it('does not compile a wrong method, a score out of range, a wrong option or a crossed option', () => {
    // @ts-expect-error: "rpc" is not a method id.
    const wrongMethod: Effect = {method: 'rpc', score: 1, reason: 'x'};
    // @ts-expect-error: scores run from -3 to 3 and are never 0.
    const zero: Effect = {method: 'ui', score: 0, reason: 'x'};
    // @ts-expect-error: "tomorrow" is not an option of "timing".
    const wrongAnswer: Answers = {timing: 'tomorrow'};
    // @ts-expect-error: "now" belongs to "timing", not to "trigger".
    const crossed: Answers = {trigger: 'now'};
    expect([wrongMethod, zero, wrongAnswer, crossed]).toHaveLength(4);
  });
});

describe('the questions', () => {
  it('have unique ids, unique option ids per question, and text for every legend, hint and label', () => {
    expect(new Set(QUESTION_IDS).size).toBe(questions.length);
    for (const question of questions) {
      expect(question.legend.trim(), question.id).not.toBe('');
      expect(question.hint.trim(), question.id).not.toBe('');
      const ids = question.options.map((o) => o.id);
      expect(new Set(ids).size, question.id).toBe(ids.length);
      expect(ids.length, question.id).toBeGreaterThanOrEqual(2);
      for (const option of question.options) expect(option.label.trim(), `${question.id}=${option.id}`).not.toBe('');
    }
  });

  it('cover the seed questions: trigger, timing, both kinds of error, volume, distance and data ownership', () => {
    expect(QUESTION_IDS).toEqual([
      'trigger',
      'timing',
      'functional-errors',
      'technical-errors',
      'volume',
      'distance',
      'data-owner',
    ]);
    expect(questions[0].options.map((o) => o.id)).toEqual([
      'user-action',
      'schedule',
      'data-change',
      'external-event',
      'telemetry',
    ]);
  });

  it('use URL-safe ids that do not clash with the use-case parameter', () => {
    for (const question of questions) {
      expect(question.id).toMatch(/^[a-z][a-z-]*$/);
      expect(question.id).not.toBe('use-case');
      for (const option of question.options) expect(option.id).toMatch(/^[a-z][a-z-]*$/);
    }
  });
});

describe("the answers' effects", () => {
  it('hit each method at most once per answer, with a reason written to follow "because"', () => {
    for (const question of questions) {
      for (const option of question.options) {
        const hit = option.effects.map((e: Effect) => e.method);
        expect(new Set(hit).size, `${question.id}=${option.id}`).toBe(hit.length);
      }
    }
    for (const {name, reason} of effects) {
      expect(reason, name).toMatch(/^[a-z]/);
      expect(reason, name).not.toMatch(/[.\s]$/);
      expect(reason.length, name).toBeLessThanOrEqual(160);
    }
  });

  it('can move every method up, and every method but central data down', () => {
    for (const method of METHOD_IDS) {
      expect(
        effects.some((e) => e.method === method && e.score > 0),
        `${method} up`,
      ).toBe(true);
    }
    for (const method of ['ui', 'services', 'events', 'batch'] as const) {
      expect(
        effects.some((e) => e.method === method && e.score < 0),
        `${method} down`,
      ).toBe(true);
    }
  });
});

describe('rankMethods pins representative situations', () => {
  it('telemetry, high volume and long distance: events first', () => {
    expect(order({trigger: 'telemetry', volume: 'high', distance: 'far'})).toEqual([
      'events',
      'batch',
      'central-data',
      'ui',
      'services',
    ]);
  });

  it('user action and an answer now: services first, UI second', () => {
    expect(order({trigger: 'user-action', timing: 'now'}).slice(0, 2)).toEqual(['services', 'ui']);
  });

  it('a schedule, very high volume and an answer later: batch first', () => {
    expect(order({trigger: 'schedule', volume: 'very-high', timing: 'later'})[0]).toBe('batch');
  });

  it('data spread over several systems: central data first', () => {
    expect(order({'data-owner': 'spread', timing: 'later'})[0]).toBe('central-data');
  });

  it('changing master data where the user corrects errors at once: UI integration first', () => {
    expect(order({'data-owner': 'master-app', 'functional-errors': 'user', distance: 'near'})[0]).toBe('ui');
  });

  it('a data change, fire and forget, across networks, delivery by a broker: events first', () => {
    expect(order({trigger: 'data-change', timing: 'none', distance: 'far', 'technical-errors': 'middleware'})[0]).toBe(
      'events',
    );
  });

  it('sums the effects and lists one reason per effect, in question order', () => {
    const [events] = rankMethods({trigger: 'telemetry', volume: 'high', distance: 'far'});
    expect(events?.score).toBe(3 + 1 + 2);
    expect(events?.answerScore).toBe(6);
    expect(events?.reasons.map((r) => (r.source.kind === 'answer' ? r.source.question : 'matrix'))).toEqual([
      'trigger',
      'volume',
      'distance',
    ]);
    expect(events?.path).toBe('/integration/event-integration');
  });

  it('ranks in column order when nothing is answered, and ignores an unknown option', () => {
    expect(order({})).toEqual([...METHOD_IDS]);
    expect(order({trigger: 'bogus'} as unknown as Answers)).toEqual([...METHOD_IDS]);
  });

  it('adds the matrix fit as a base score and a first reason when a use case is given', () => {
    const ranking = rankMethods({timing: 'now'}, 'iot');
    const services = ranking.find((r) => r.method.id === 'services');
    expect(services?.score).toBe(FIT_SCORE.preferred + 3);
    expect(services?.reasons[0]?.source.kind).toBe('matrix');
    expect(services?.reasons[0]?.text).toBe('the matrix lists it as preferred for this use case');
    const ui = ranking.find((r) => r.method.id === 'ui');
    expect(ui?.fit).toBeUndefined();
    expect(ui?.reasons[0]).toMatchObject({
      score: 0,
      text: 'the matrix does not list it for this use case',
    });
  });

  it('breaks a tie by the better matrix fit', () => {
    // Services and events both get +2 from a data change; for distribute-data services is preferred, events possible.
    expect(order({trigger: 'data-change'}, 'distribute-data').slice(0, 2)).toEqual(['services', 'events']);
  });
});

describe('recommendationsFor', () => {
  it('lists exactly the preferred methods of every use case as preferred, first, then the possible ones', () => {
    for (const useCase of useCases) {
      const fits: Partial<Record<MethodId, string>> = useCase.fits;
      const recommended = recommendationsFor(useCase.id);
      const preferred = METHOD_IDS.filter((m) => fits[m] === 'preferred');
      const possible = METHOD_IDS.filter((m) => fits[m] === 'possible');
      expect(
        recommended.filter((r) => r.fit === 'preferred').map((r) => r.method.id),
        useCase.id,
      ).toEqual(preferred);
      expect(
        recommended.map((r) => r.method.id),
        useCase.id,
      ).toEqual([...preferred, ...possible]);
      for (const r of recommended) {
        const category = methods.find((m) => m.id === r.method.id)?.category;
        expect(r.path, `${useCase.id}/${r.method.id}`).toBe(`/integration/${category}`);
      }
    }
  });

  it('gives every listed method the reason its matrix row states', () => {
    for (const useCase of matrix.useCases) {
      for (const r of recommendationsFor(useCase.id)) {
        const row: Partial<Record<string, string>> = reasons[useCase.id];
        expect(r.reason, `${useCase.id}/${r.method.id}`).toBe(row[r.method.id]);
        expect(r.reason, `${useCase.id}/${r.method.id}`).not.toBe('');
      }
    }
  });
});

describe('compareWithMatrix', () => {
  it('says nothing without answers', () => {
    expect(compareWithMatrix('iot', {})).toEqual([]);
  });

  it('agrees when the answers favor a preferred method', () => {
    const notes = compareWithMatrix('iot', {trigger: 'telemetry', volume: 'high', distance: 'far'});
    expect(notes.map((n) => n.kind)).toEqual(['agrees', 'counts-against']);
    expect(notes[0]?.text).toBe(
      'The matrix prefers Events / Queues for “Integration with IoT solutions”, and your answers favor it too.',
    );
    // Services is preferred for IoT (control apps) but these answers are about inbound telemetry.
    expect(notes[1]?.methods).toEqual(['services']);
    expect(notes[1]?.text).toContain('request-reply is neither needed nor practical');
  });

  it('explains when the answers point to a method the matrix lists only as possible', () => {
    const notes = compareWithMatrix('distribute-data', {trigger: 'data-change', volume: 'very-high', distance: 'far'});
    expect(notes.map((n) => n.kind)).toEqual(['points-elsewhere', 'counts-against']);
    expect(notes[0]?.disagreement).toBe(true);
    expect(notes[0]?.text).toMatch(
      /^The matrix prefers RPC \/ Services for “Distribute master and transactional data”, but your answers point to Events \/ Queues, which it lists as possible: because /,
    );
    expect(notes[1]?.text).toContain('request-reply at this volume means a flood of calls');
  });

  it('explains when the answers point to a method the matrix does not list', () => {
    const notes = compareWithMatrix('cms-cdn', {trigger: 'telemetry'});
    expect(notes[0]).toMatchObject({kind: 'not-listed', methods: ['events'], disagreement: true});
    expect(notes[0]?.text).toMatch(
      /^Your answers point to Events \/ Queues, which the matrix does not list for “CMS and CDN integration”/,
    );
  });

  it('says that the answers decide where the matrix prefers nothing', () => {
    const notes = compareWithMatrix('export-import-batch', {trigger: 'schedule', volume: 'very-high', timing: 'later'});
    expect(notes[0]).toMatchObject({kind: 'no-preferred', disagreement: false, methods: ['batch']});
  });

  it('flags a preferred method the answers count against even when another preferred method wins', () => {
    const notes = compareWithMatrix('bi-reporting', {trigger: 'user-action', timing: 'now'});
    expect(notes.map((n) => n.kind)).toEqual(['points-elsewhere', 'counts-against']);
    expect(notes[1]?.methods).toEqual(['batch']);
  });
});

describe('recommend', () => {
  it('summarizes an empty choice, a use case alone, and answers with the matrix', () => {
    expect(recommend({answers: {}}).summary).toMatch(/^Choose a use case/);
    expect(recommend({useCase: 'iot', answers: {}}).summary).toBe(
      'For “Integration with IoT solutions”, the matrix prefers RPC / Services, Events / Queues and Central Data.',
    );
    expect(recommend({useCase: 'export-import-batch', answers: {}}).summary).toMatch(/lists no preferred method/);
    const both = recommend({
      useCase: 'distribute-data',
      answers: {trigger: 'data-change', volume: 'very-high', distance: 'far'},
    });
    expect(both.summary).toBe(
      'From 3 answers and the matrix, Events / Queues ranks first with a score of 7. Your answers and the matrix disagree in places: see the notes.',
    );
    expect(both.ranking).toHaveLength(5);
    expect(both.useCaseMethods.map((r) => r.method.id)).toEqual(['services', 'events', 'batch', 'central-data']);
  });

  it('ranks without notes when there is no use case', () => {
    const result = recommend({answers: {trigger: 'schedule'}});
    expect(result.notes).toEqual([]);
    expect(result.useCaseMethods).toEqual([]);
    expect(result.summary).toBe('From 1 answer, Export, Import, Batch ranks first with a score of 3.');
  });
});
