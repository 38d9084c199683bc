/**
 * The chooser's questions, in the order the form asks them, each answer with
 * its own effects: the points it gives to or takes from each matrix method,
 * and why. The form, the ranking and the page's "How the chooser decides"
 * section all read these, so they cannot drift apart. Literal unions and
 * `satisfies` make a misspelt method or a score out of range a compile error.
 */
import type {MethodId} from '../types';

/** 3 = a strong reason, 2 = a clear reason, 1 = a nudge; negative the same against a method. */
export type Score = -3 | -2 | -1 | 1 | 2 | 3;

/** What one answer does to one method's score, and why. */
export interface Effect {
  /** The matrix method whose score changes. */
  readonly method: MethodId;
  /** Points added (positive) or taken away (negative). */
  readonly score: Score;
  /** Why, written to follow "because": lower case, no final full stop; restates the guide's facts in brief. */
  readonly reason: string;
}

/** One answer to a question. */
interface OptionShape {
  /** Stable id; also the URL value. */
  readonly id: string;
  /** The answer as the form offers it. */
  readonly label: string;
  /** What choosing it does; at least one effect. */
  readonly effects: readonly [Effect, ...Effect[]];
}

/** The shape every question must have; the literal data below is checked against it. */
interface QuestionShape {
  /** Stable id; also the URL parameter name. */
  readonly id: string;
  /** The question as the form's legend asks it. */
  readonly legend: string;
  /** One line that helps the reader answer. */
  readonly hint: string;
  /** The possible answers. */
  readonly options: readonly OptionShape[];
}

/**
 * The functional questions. They follow the seed's "think functionally first"
 * list: trigger, who needs what data when, functional and technical errors,
 * plus volume, distance and data ownership.
 */
export const questions = [
  {
    id: 'trigger',
    legend: 'What triggers the interface?',
    hint: 'The thing that starts the exchange of data.',
    options: [
      {
        id: 'user-action',
        label: 'A user action in an app',
        effects: [
          {
            method: 'ui',
            score: 2,
            reason: 'a person is already at a screen, and a deep link can hand them straight to the other app',
          },
          {
            method: 'services',
            score: 2,
            reason: 'a request-reply call can fetch or send the data while the user waits',
          },
          {method: 'batch', score: -2, reason: 'a person who just clicked should not wait for the next scheduled run'},
        ],
      },
      {
        id: 'schedule',
        label: 'A schedule (a time of day or a period)',
        effects: [
          {
            method: 'batch',
            score: 3,
            reason: 'periodic work such as payroll, interest or invoicing is what batch runs are for',
          },
          {
            method: 'services',
            score: 1,
            reason: "a scheduled event can pull the changes from the other system's REST service",
          },
          {method: 'ui', score: -2, reason: 'nobody is at a screen when a schedule fires'},
        ],
      },
      {
        id: 'data-change',
        label: 'A change of data in a system',
        effects: [
          {
            method: 'services',
            score: 2,
            reason: 'the receiving app can pull the changes over REST, the most common way to keep two apps in sync',
          },
          {
            method: 'events',
            score: 2,
            reason: 'each change can be published once as an event for every app that is interested',
          },
        ],
      },
      {
        id: 'external-event',
        label: 'An event in another system',
        effects: [
          {
            method: 'events',
            score: 2,
            reason: "your app can subscribe to the other system's events instead of asking it again and again",
          },
          {method: 'services', score: 1, reason: 'the other system can call a REST service that your app publishes'},
        ],
      },
      {
        id: 'telemetry',
        label: 'Telemetry from devices or sensors',
        effects: [
          {
            method: 'events',
            score: 3,
            reason: 'measurements flow one way, over queues, MQTT or Kafka, and nobody waits for a reply',
          },
          {
            method: 'services',
            score: -2,
            reason: 'request-reply is neither needed nor practical for incoming measurements',
          },
          {method: 'ui', score: -2, reason: 'a device has no user to hand over to another screen'},
          {
            method: 'central-data',
            score: 1,
            reason: 'a stream of measurements is often landed and filtered in one place before apps use it',
          },
        ],
      },
    ],
  },
  {
    id: 'timing',
    legend: 'Does the caller need the answer now?',
    hint: 'Who needs what data, and when.',
    options: [
      {
        id: 'now',
        label: 'Yes, it waits for the answer',
        effects: [
          {
            method: 'services',
            score: 3,
            reason: 'request-reply is synchronous, so the caller gets its answer in the same call',
          },
          {method: 'ui', score: 1, reason: "opening the other app's screen shows the answer straight away"},
          {
            method: 'events',
            score: -2,
            reason: 'a producer that puts an event on a queue never hears back about the result',
          },
          {
            method: 'batch',
            score: -3,
            reason: 'a batch delivers at its next run, and batching is wrong when data must be real time',
          },
        ],
      },
      {
        id: 'soon',
        label: 'Within minutes; it can move on meanwhile',
        effects: [
          {method: 'events', score: 1, reason: 'a queue delivers within moments without making the caller wait'},
          {method: 'services', score: 1, reason: 'the next system can pull the work over REST as soon as it is ready'},
          {method: 'batch', score: -1, reason: 'a nightly or daily run is usually too slow when minutes count'},
        ],
      },
      {
        id: 'later',
        label: 'Later; the next scheduled run is early enough',
        effects: [
          {
            method: 'batch',
            score: 2,
            reason: 'work that can wait can run off-peak, for example at night, in efficient sets',
          },
          {
            method: 'central-data',
            score: 1,
            reason: 'the data can be landed and combined in one place before anyone needs it',
          },
          {
            method: 'services',
            score: -1,
            reason: 'nobody waits for a reply, so the coupling of a synchronous call buys nothing',
          },
        ],
      },
      {
        id: 'none',
        label: 'No answer is needed (fire and forget)',
        effects: [
          {
            method: 'events',
            score: 2,
            reason: 'fire-and-forget delivery is the typical shape of event-driven integration',
          },
          {method: 'services', score: -1, reason: 'a request-reply call would wait for an answer that nobody needs'},
        ],
      },
    ],
  },
  {
    id: 'functional-errors',
    legend: 'Who handles functional errors?',
    hint: 'The data is wrong or incomplete: who corrects it?',
    options: [
      {
        id: 'user',
        label: 'The user who entered it, right away',
        effects: [
          {
            method: 'ui',
            score: 2,
            reason: "in the owning app's own screens the data is validated once, while the user can still correct it",
          },
          {
            method: 'services',
            score: 2,
            reason: 'a REST call lets the destination validate while the user can still correct the data',
          },
          {
            method: 'events',
            score: -2,
            reason: 'the producer of an event does not learn whether the receiver accepted the data',
          },
          {method: 'batch', score: -2, reason: 'batch errors surface long after the user has moved on'},
        ],
      },
      {
        id: 'sender',
        label: 'The sending side, after the fact',
        effects: [
          {method: 'services', score: 1, reason: 'the caller gets the error in the reply and can act on it'},
          {
            method: 'batch',
            score: 1,
            reason: 'a run can report its rejected records, and the import can be repeated after a fix',
          },
          {
            method: 'events',
            score: -1,
            reason: 'the sender only hears about errors through a separate status interface that you must build',
          },
        ],
      },
      {
        id: 'receiver',
        label: 'The receiving side, such as a data steward',
        effects: [
          {
            method: 'events',
            score: 1,
            reason: 'the producer can hand the data over and leave corrections to the receiver',
          },
          {method: 'batch', score: 1, reason: 'the receiver can set bad records aside and report them after each run'},
          {
            method: 'central-data',
            score: 2,
            reason: 'a central store with a data-steward workflow resolves conflicts and duplicates in one place',
          },
        ],
      },
    ],
  },
  {
    id: 'technical-errors',
    legend: 'Who handles technical errors?',
    hint: 'A system is down or a message is lost: who notices and retries?',
    options: [
      {
        id: 'caller',
        label: 'The caller, which sees the failure at once',
        effects: [
          {
            method: 'services',
            score: 2,
            reason:
              'a failed call is visible at once, so the caller can disable the function, retry or ask the user to retry',
          },
          {
            method: 'events',
            score: -1,
            reason: 'once an event is on a queue, the caller no longer sees what happens to it',
          },
        ],
      },
      {
        id: 'sender-retries',
        label: 'The sending app, retrying in the background',
        effects: [
          {
            method: 'services',
            score: 1,
            reason:
              'a task queue runs the call in the background and retries it with a fixed or growing delay while the destination is down',
          },
          {
            method: 'events',
            score: 1,
            reason: 'an outbound queue in the sending app keeps messages until the receiver picks them up',
          },
        ],
      },
      {
        id: 'middleware',
        label: 'A broker or integration layer that owns delivery',
        effects: [
          {
            method: 'events',
            score: 2,
            reason: 'a message broker takes over responsibility for delivery and absorbs peaks and outages',
          },
        ],
      },
      {
        id: 'operations',
        label: 'Operators who watch scheduled runs and rerun them',
        effects: [
          {
            method: 'batch',
            score: 2,
            reason: 'runs can be monitored, and a failed import can be repeated from the same file',
          },
        ],
      },
    ],
  },
  {
    id: 'volume',
    legend: 'How much data, and how often?',
    hint: 'Records per exchange or per run, and how often it happens.',
    options: [
      {
        id: 'low',
        label: 'A few records now and then',
        effects: [
          {
            method: 'services',
            score: 1,
            reason: 'small, occasional exchanges are what request-reply handles most simply',
          },
          {method: 'batch', score: -1, reason: 'the machinery of a batch does not pay off for a handful of records'},
        ],
      },
      {
        id: 'medium',
        label: 'A steady flow, up to thousands of records a day',
        effects: [
          {method: 'services', score: 1, reason: 'a steady, moderate flow is well within what REST pull handles'},
        ],
      },
      {
        id: 'high',
        label: 'Tens of thousands of records per run, or a busy stream',
        effects: [
          {
            method: 'batch',
            score: 1,
            reason: 'processing whole sets starts to pay off at around 50,000 records (a rule of thumb)',
          },
          {method: 'events', score: 1, reason: 'a queue absorbs peaks so the receiver can work at its own pace'},
          {method: 'services', score: -1, reason: 'large sets over REST or OData need paging and many requests'},
        ],
      },
      {
        id: 'very-high',
        label: 'Hundreds of thousands per run, or a massive stream',
        effects: [
          {
            method: 'batch',
            score: 2,
            reason: 'above roughly 500,000 records the efficiency gain of batch processing is significant',
          },
          {
            method: 'events',
            score: 2,
            reason: 'distributed brokers such as Kafka are built for massive, many-to-many volumes',
          },
          {
            method: 'services',
            score: -2,
            reason: 'request-reply at this volume means a flood of calls that keeps both systems busy',
          },
        ],
      },
    ],
  },
  {
    id: 'distance',
    legend: 'How far apart are the systems?',
    hint: 'On the network and in the organization.',
    options: [
      {
        id: 'near',
        label: 'Close: one system or team, one network',
        effects: [
          {
            method: 'services',
            score: 1,
            reason: 'between close apps, REST pull is simple, robust and lets each app deploy on its own',
          },
          {method: 'ui', score: 1, reason: 'deep links between apps of one system make them feel like one application'},
        ],
      },
      {
        id: 'organization',
        label: 'Other departments of your organization',
        effects: [
          {
            method: 'central-data',
            score: 1,
            reason: 'a shared data app at department level can land the data once for many apps',
          },
        ],
      },
      {
        id: 'far',
        label: 'Far: another company or network, or an unreliable link',
        effects: [
          {
            method: 'events',
            score: 2,
            reason: 'a queue bridges long distances and unpredictable uptime, where synchronous calls struggle',
          },
          {method: 'batch', score: 1, reason: 'an agreed file format moved over SFTP decouples organizations cleanly'},
          {
            method: 'services',
            score: -1,
            reason: 'synchronous calls over a long or unreliable link fail or stall more often',
          },
        ],
      },
    ],
  },
  {
    id: 'data-owner',
    legend: 'Who owns the data, and where does it live?',
    hint: 'The system that is the source of truth for the data involved.',
    options: [
      {
        id: 'other-system',
        label: 'Another system owns it; you only view or use it',
        effects: [
          {
            method: 'services',
            score: 2,
            reason: 'live REST or OData calls, or external entities, use the data without copying it',
          },
          {method: 'ui', score: 1, reason: "a deep link can show the data in the owner's own screens"},
        ],
      },
      {
        id: 'master-app',
        label: 'A master app owns it, and you change it there',
        effects: [
          {
            method: 'ui',
            score: 2,
            reason: "editing in the master app's own screens means the data is validated once, by its owner",
          },
          {
            method: 'services',
            score: 1,
            reason: 'the master app can publish a service that validates and applies each update',
          },
        ],
      },
      {
        id: 'this-app',
        label: 'Your app owns it; other apps need a copy',
        effects: [
          {method: 'services', score: 1, reason: 'recipients can pull new and changed records from your app over REST'},
          {method: 'events', score: 1, reason: 'your app can publish each change once for every recipient'},
        ],
      },
      {
        id: 'spread',
        label: 'It is spread over several systems and must be combined',
        effects: [
          {
            method: 'central-data',
            score: 3,
            reason: 'landing and combining data in one place is what a shared data app or data store is for',
          },
        ],
      },
      {
        id: 'statistics',
        label: 'It is statistical data for reports, analysis or models',
        effects: [
          {
            method: 'central-data',
            score: 2,
            reason: 'a warehouse or data lake keeps statistical data apart from operational stores',
          },
          {method: 'batch', score: 2, reason: 'file exports are the most decoupled way to feed a warehouse or BI tool'},
        ],
      },
    ],
  },
] as const satisfies readonly QuestionShape[];

export type Question = (typeof questions)[number];
export type QuestionId = Question['id'];
/** One answer of any question, with its effects. */
export type Option = Question['options'][number];
/** The option ids of one question: `OptionId<'trigger'>` is `'user-action' | 'schedule' | ...`. */
export type OptionId<Q extends QuestionId> = Extract<Question, {id: Q}>['options'][number]['id'];

/** The reader's answers; a question left out is "not sure". */
export type Answers = {readonly [Q in QuestionId]?: OptionId<Q>};

export const QUESTION_IDS: readonly QuestionId[] = questions.map((q) => q.id);

export function isQuestionId(value: string): value is QuestionId {
  return (QUESTION_IDS as readonly string[]).includes(value);
}

export function findQuestion<Q extends QuestionId>(id: Q): Extract<Question, {id: Q}> {
  return questions.find((q) => q.id === id) as Extract<Question, {id: Q}>;
}

/** Whether `option` is an option id of `question`. */
export function isOptionOf<Q extends QuestionId>(question: Q, option: string): option is OptionId<Q> {
  return findQuestion(question).options.some((o) => o.id === option);
}

/** The answers with one question set to an option, or cleared with `undefined`. Pure. */
export function withAnswer<Q extends QuestionId>(
  answers: Answers,
  question: Q,
  option: OptionId<Q> | undefined,
): Answers {
  const next: Partial<Record<QuestionId, string>> = Object.fromEntries(
    Object.entries(answers).filter(([key]) => key !== question),
  );
  if (option !== undefined) next[question] = option;
  return next as Answers;
}

/** The chosen option of every answered question, in the form's order; an unknown option id is left out. */
export function chosenOptions(answers: Answers): {readonly question: QuestionId; readonly option: Option}[] {
  const given: Partial<Record<QuestionId, string>> = answers;
  return questions.flatMap((q) => {
    const option: Option | undefined = q.options.find((o) => o.id === given[q.id]);
    return option ? [{question: q.id, option}] : [];
  });
}
