/**
 * The method chooser's rules: the "think functionally first" questions as
 * typed data, the score each answer gives or takes from each matrix method,
 * a short reason per listed matrix cell, and the pure functions that turn a
 * use case and a set of answers into a ranking with reasons.
 *
 * Everything the chooser page shows is derived here, so the page, its
 * "How the chooser decides" section and the unit tests cannot drift apart.
 * Literal unions and `satisfies` make a misspelt question, option, method or
 * use-case id a compile error.
 */
import {methods, useCases} from './matrix';
import {categoryPath} from './queries';
import type {Fit, Method, MethodId, UseCaseId} from './types';

// ---------------------------------------------------------------------------
// Questions

/** The shape every question must have; the literal data below is checked against it. */
interface QuestionShape {
  /** Stable id; also the URL parameter name. */
  readonly id: string;
  /** The question as the form's legend asks it. */
  readonly legend: string;
  /** One line that helps the reader answer. */
  readonly hint: string;
  /** The possible answers, each with a stable id (the URL value) and a label. */
  readonly options: readonly {readonly id: string; readonly label: string}[];
}

/**
 * The functional questions, in the order the form asks them. They follow the
 * seed's "think functionally first" list: trigger, who needs what data when,
 * functional and technical errors, plus volume, distance and data ownership.
 */
export const questions = [
  {
    id: 'trigger',
    legend: 'What triggers the interface?',
    hint: 'The thing that starts the exchange of data.',
    options: [
      {id: 'user-action', label: 'A user action in an app'},
      {id: 'schedule', label: 'A schedule (a time of day or a period)'},
      {id: 'data-change', label: 'A change of data in a system'},
      {id: 'external-event', label: 'An event in another system'},
      {id: 'telemetry', label: 'Telemetry from devices or sensors'},
    ],
  },
  {
    id: 'timing',
    legend: 'Does the caller need the answer now?',
    hint: 'Who needs what data, and when.',
    options: [
      {id: 'now', label: 'Yes, it waits for the answer'},
      {id: 'soon', label: 'Within minutes; it can move on meanwhile'},
      {id: 'later', label: 'Later; the next scheduled run is early enough'},
      {id: 'none', label: 'No answer is needed (fire and forget)'},
    ],
  },
  {
    id: 'functional-errors',
    legend: 'Who handles functional errors?',
    hint: 'The data is wrong or incomplete: who corrects it?',
    options: [
      {id: 'user', label: 'The user who entered it, right away'},
      {id: 'sender', label: 'The sending side, after the fact'},
      {id: 'receiver', label: 'The receiving side, such as a data steward'},
    ],
  },
  {
    id: 'technical-errors',
    legend: 'Who handles technical errors?',
    hint: 'A system is down or a message is lost: who notices and retries?',
    options: [
      {id: 'caller', label: 'The caller, which sees the failure at once'},
      {id: 'sender-retries', label: 'The sending app, retrying in the background'},
      {id: 'middleware', label: 'A broker or integration layer that owns delivery'},
      {id: 'operations', label: 'Operators who watch scheduled runs and rerun them'},
    ],
  },
  {
    id: 'volume',
    legend: 'How much data, and how often?',
    hint: 'Records per exchange or per run, and how often it happens.',
    options: [
      {id: 'low', label: 'A few records now and then'},
      {id: 'medium', label: 'A steady flow, up to thousands of records a day'},
      {id: 'high', label: 'Tens of thousands of records per run, or a busy stream'},
      {id: 'very-high', label: 'Hundreds of thousands per run, or a massive stream'},
    ],
  },
  {
    id: 'distance',
    legend: 'How far apart are the systems?',
    hint: 'On the network and in the organization.',
    options: [
      {id: 'near', label: 'Close: one system or team, one network'},
      {id: 'organization', label: 'Other departments of your organization'},
      {id: 'far', label: 'Far: another company or network, or an unreliable link'},
    ],
  },
  {
    id: 'data-owner',
    legend: 'Who owns the data, and where does it live?',
    hint: 'The system that is the source of truth for the data involved.',
    options: [
      {id: 'other-system', label: 'Another system owns it; you only view or use it'},
      {id: 'master-app', label: 'A master app owns it, and you change it there'},
      {id: 'this-app', label: 'Your app owns it; other apps need a copy'},
      {id: 'spread', label: 'It is spread over several systems and must be combined'},
      {id: 'statistics', label: 'It is statistical data for reports, analysis or models'},
    ],
  },
] as const satisfies readonly QuestionShape[];

export type Question = (typeof questions)[number];
export type QuestionId = Question['id'];
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

/** The label of an answer, e.g. "A user action in an app". */
export function optionLabel<Q extends QuestionId>(question: Q, option: OptionId<Q>): string {
  return findQuestion(question).options.find((o) => o.id === option)?.label ?? option;
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

/** Where a reason comes from, in words: "matrix" or "answer: A user action in an app". */
export function reasonSourceLabel(reason: Reason): string {
  if (reason.source.kind === 'matrix') return 'matrix';
  const {question, option} = reason.source;
  const label = findQuestion(question).options.find((o) => o.id === option)?.label ?? option;
  return `answer: ${label}`;
}

// ---------------------------------------------------------------------------
// Rules

/** What one answer does to one method's score, and why. */
export interface Effect {
  /** The matrix method whose score changes. */
  readonly method: MethodId;
  /** Points added (positive) or taken away (negative); never zero. */
  readonly score: number;
  /** Why, written to follow "because": lower case, no final full stop. */
  readonly reason: string;
}

interface RuleFor<Q extends QuestionId> {
  /** The question this rule answers. */
  readonly question: Q;
  /** The answer that triggers the rule. */
  readonly option: OptionId<Q>;
  /** Score changes the answer causes. */
  readonly effects: readonly Effect[];
}

/** One rule: an answer and its effects. The option must belong to the question, or it does not compile. */
export type Rule = {[Q in QuestionId]: RuleFor<Q>}[QuestionId];

/**
 * The rules of thumb, one per answer. Scores: 3 = strong reason, 2 = clear
 * reason, 1 = a nudge; negative the same against a method. The reasons restate
 * the guide's facts in brief.
 */
export const rules = [
  // What triggers the interface?
  {
    question: 'trigger',
    option: 'user-action',
    effects: [
      {
        method: 'ui',
        score: 2,
        reason: 'a person is already at a screen, and a deep link can hand them straight to the other app',
      },
      {method: 'services', score: 2, reason: 'a request-reply call can fetch or send the data while the user waits'},
      {method: 'batch', score: -2, reason: 'a person who just clicked should not wait for the next scheduled run'},
    ],
  },
  {
    question: 'trigger',
    option: 'schedule',
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
    question: 'trigger',
    option: 'data-change',
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
    question: 'trigger',
    option: 'external-event',
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
    question: 'trigger',
    option: 'telemetry',
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
  // Does the caller need the answer now?
  {
    question: 'timing',
    option: 'now',
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
    question: 'timing',
    option: 'soon',
    effects: [
      {method: 'events', score: 1, reason: 'a queue delivers within moments without making the caller wait'},
      {method: 'services', score: 1, reason: 'the next system can pull the work over REST as soon as it is ready'},
      {method: 'batch', score: -1, reason: 'a nightly or daily run is usually too slow when minutes count'},
    ],
  },
  {
    question: 'timing',
    option: 'later',
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
    question: 'timing',
    option: 'none',
    effects: [
      {method: 'events', score: 2, reason: 'fire-and-forget delivery is the typical shape of event-driven integration'},
      {method: 'services', score: -1, reason: 'a request-reply call would wait for an answer that nobody needs'},
    ],
  },
  // Who handles functional errors?
  {
    question: 'functional-errors',
    option: 'user',
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
    question: 'functional-errors',
    option: 'sender',
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
    question: 'functional-errors',
    option: 'receiver',
    effects: [
      {method: 'events', score: 1, reason: 'the producer can hand the data over and leave corrections to the receiver'},
      {method: 'batch', score: 1, reason: 'the receiver can set bad records aside and report them after each run'},
      {
        method: 'central-data',
        score: 2,
        reason: 'a central store with a data-steward workflow resolves conflicts and duplicates in one place',
      },
    ],
  },
  // Who handles technical errors?
  {
    question: 'technical-errors',
    option: 'caller',
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
    question: 'technical-errors',
    option: 'sender-retries',
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
    question: 'technical-errors',
    option: 'middleware',
    effects: [
      {
        method: 'events',
        score: 2,
        reason: 'a message broker takes over responsibility for delivery and absorbs peaks and outages',
      },
    ],
  },
  {
    question: 'technical-errors',
    option: 'operations',
    effects: [
      {
        method: 'batch',
        score: 2,
        reason: 'runs can be monitored, and a failed import can be repeated from the same file',
      },
    ],
  },
  // How much data, and how often?
  {
    question: 'volume',
    option: 'low',
    effects: [
      {method: 'services', score: 1, reason: 'small, occasional exchanges are what request-reply handles most simply'},
      {method: 'batch', score: -1, reason: 'the machinery of a batch does not pay off for a handful of records'},
    ],
  },
  {
    question: 'volume',
    option: 'medium',
    effects: [{method: 'services', score: 1, reason: 'a steady, moderate flow is well within what REST pull handles'}],
  },
  {
    question: 'volume',
    option: 'high',
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
    question: 'volume',
    option: 'very-high',
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
  // How far apart are the systems?
  {
    question: 'distance',
    option: 'near',
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
    question: 'distance',
    option: 'organization',
    effects: [
      {
        method: 'central-data',
        score: 1,
        reason: 'a shared data app at department level can land the data once for many apps',
      },
    ],
  },
  {
    question: 'distance',
    option: 'far',
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
  // Who owns the data, and where does it live?
  {
    question: 'data-owner',
    option: 'other-system',
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
    question: 'data-owner',
    option: 'master-app',
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
    question: 'data-owner',
    option: 'this-app',
    effects: [
      {method: 'services', score: 1, reason: 'recipients can pull new and changed records from your app over REST'},
      {method: 'events', score: 1, reason: 'your app can publish each change once for every recipient'},
    ],
  },
  {
    question: 'data-owner',
    option: 'spread',
    effects: [
      {
        method: 'central-data',
        score: 3,
        reason: 'landing and combining data in one place is what a shared data app or data store is for',
      },
    ],
  },
  {
    question: 'data-owner',
    option: 'statistics',
    effects: [
      {
        method: 'central-data',
        score: 2,
        reason: 'a warehouse or data lake keeps statistical data apart from operational stores',
      },
      {method: 'batch', score: 2, reason: 'file exports are the most decoupled way to feed a warehouse or BI tool'},
    ],
  },
] as const satisfies readonly Rule[];

/** The rule for an answer, if there is one. */
export function ruleFor<Q extends QuestionId>(question: Q, option: OptionId<Q>): Rule | undefined {
  return (rules as readonly Rule[]).find((r) => r.question === question && r.option === option);
}

// ---------------------------------------------------------------------------
// Matrix cells: a reason per listed use case x method cell

/** Exactly the methods a use case lists in the matrix. */
type ListedMethods<U> = U extends {readonly fits: infer F} ? keyof F : never;

/** A reason for every listed cell, and none for an empty one: a missing or extra reason does not compile. */
export type CellReasons = {
  readonly [U in (typeof useCases)[number] as U['id']]: {readonly [M in ListedMethods<U> & MethodId]-?: string};
};

/** Why each listed method fits each use case, in one line (under 160 characters). */
export const cellReasons = {
  'sso-identity': {
    ui: "Deep links between apps can carry the user's authentication, so people move between apps without signing in again.",
    services:
      'Sign-in runs on request-reply standards such as SAML and OpenID Connect, through the SAML and OIDC SSO modules.',
  },
  'reference-data': {
    services: 'Apps pull the current list from the one app that imports it, when they need it or on a schedule.',
    events: 'When a list changes, the importing app can announce the new version so that other apps refresh it.',
    batch: 'Slow-changing lists such as currencies usually arrive as a scheduled file import, for example a CSV file.',
    'central-data': 'In a cluster of apps, one app imports the list once and distributes it to all the others.',
  },
  'view-search-data': {
    ui: "A deep link shows the records in the other system's own screens, with nothing to copy or keep in sync.",
    services:
      'Live REST or OData calls, or external entities, fetch and search the records when the user asks, without copying them.',
  },
  'use-refer-data': {
    services:
      'Fetch the record by service, keep its key and the part you need, then re-fetch or subscribe to updates later.',
    'central-data': 'Where many apps refer to the same records, a shared data app can hold the copy they all link to.',
  },
  'process-integration': {
    ui: 'The user continues the workflow in the next app through a deep link that carries the business context along.',
    services:
      'The next system can pull the work over REST, which is simple and robust; push only when the destination must validate at once.',
    events: 'A queue or broker carries the process steps when volume is high, distance is long or the network is poor.',
  },
  'export-import-batch': {
    services: 'REST, SOAP or OData work for moderate sets, but large sets need paging and many requests.',
    events: 'Importing a large set through a queue avoids holding it all in memory and spreads the load.',
    batch: 'Files moved on a schedule suit periodic runs and initial loads, above all at high volume and off-peak.',
    'central-data': 'Exports to a warehouse or shared data store land the data in one place for later use.',
  },
  'master-data': {
    ui: "Deep-link into the master app's own screens, so the data is validated once, by the app that owns it.",
    services: 'The master app publishes a service that validates and applies updates sent by other apps.',
    events: 'Updates can also arrive as messages on a queue, one of the several update routes that full MDM accepts.',
  },
  'distribute-data': {
    services:
      'Recipients pull new and changed records over REST, with a change flag per subscriber; the source can also push.',
    events: 'Put each change on a queue when many apps need it, volumes are high or the recipients are far away.',
    batch: 'Files suit large, periodic distributions where waiting for the next run is acceptable.',
    'central-data':
      'A shared data app can collect master data once and hand it on, but never both ways for one data type.',
  },
  'bi-reporting': {
    services: 'OData gives a BI tool smaller, near-real-time chunks, but ties it to the structure of the app.',
    events: 'Change events can feed a data lake continuously when reports need fresher data than a nightly load.',
    batch:
      'File exports are the most decoupled way to feed a warehouse, data lake or BI tool; share only what it needs.',
    'central-data':
      'A database backup gives nearly all data with its relations, at the cost of tight coupling to ETL staging.',
  },
  'mobile-offline': {
    services: 'Offline-first apps sync with their own runtime server, which reaches back-end systems through services.',
    events:
      'Push notifications, sent through the Push Notifications Connector, tell users about changes on their device or browser.',
  },
  'cms-cdn': {
    ui: 'The CMS renders the frame and the app the functional pane, often joined by a reverse proxy, with a CDN in front.',
    services:
      "A CDN can also front the app's APIs, adding protection against denial of service, throttling and bot control.",
  },
  'process-orchestration': {
    services:
      'An orchestrator calls each system in turn, keeps the status, retries, and escalates to a person when a step fails.',
    events: 'A passive state engine gathers the events of a chain to track and trace it, at very high volume.',
    'central-data':
      'The orchestrator or state engine keeps the state of every chain in one place for all systems involved.',
  },
  'ops-monitoring': {
    ui: 'Management and monitoring consoles can link straight to the app screen that needs attention.',
    services:
      'Pipelines and test automation call the app and its platform through services, for example for health checks.',
    events: 'Metrics and health signals flow one way, so queues carry them to monitoring without slowing the app.',
    batch: 'Periodic exports of logs and statistics feed trend analysis that does not need live data.',
    'central-data':
      'Monitoring data lands in one place, where activity, trends and security can be analyzed across apps.',
  },
  iot: {
    services:
      'A control app sends commands back to devices, often synchronously, and a light app can poll a hub by service.',
    events: 'Measurements flow one way through queues, MQTT or Kafka; request-reply is neither needed nor practical.',
    batch: 'A light-weight app can fetch the next batch of measurements from a hub and run the whole chain itself.',
    'central-data':
      'At full scale, a cloud platform or Kafka pre-processes the stream and the app receives a filtered view.',
  },
  'ai-machine-learning': {
    services: 'Processes call trained models as services, such as cloud machine-learning services.',
    events: 'Operational events can feed the data lake from which the models learn.',
    'central-data':
      'Models learn from statistical data in a data lake; keep a reference-data app between it and operational apps.',
  },
} as const satisfies CellReasons;

/** The reason a listed cell gives, or undefined for a method the use case does not list. */
export function cellReason(useCase: UseCaseId, method: MethodId): string | undefined {
  const row: Partial<Record<MethodId, string>> = cellReasons[useCase];
  return row[method];
}

// ---------------------------------------------------------------------------
// Scoring

/** The base score the matrix gives a method for the chosen use case; an unlisted method gets 0. */
export const FIT_SCORE = {preferred: 3, possible: 1} as const satisfies Record<Fit, number>;

/** The order in which a fit wins a tie. */
const FIT_RANK: Record<Fit | 'none', number> = {preferred: 0, possible: 1, none: 2};

/** Where a reason comes from: an answer or the matrix row of the chosen use case. */
export type ReasonSource =
  | {readonly kind: 'answer'; readonly question: QuestionId; readonly option: string}
  | {readonly kind: 'matrix'; readonly useCase: UseCaseId};

/** One line of explanation under a ranked method. */
export interface Reason {
  readonly source: ReasonSource;
  /** Points this reason adds or takes away; 0 only for "the matrix does not list it". */
  readonly score: number;
  /** Follows "because"; lower case, no final full stop. */
  readonly text: string;
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

function lookUpUseCase(id: UseCaseId): (typeof useCases)[number] {
  const found = useCases.find((u) => u.id === id);
  if (!found) throw new Error(`There is no use case with id "${id}".`);
  return found;
}

function fitFor(useCase: UseCaseId, method: MethodId): Fit | undefined {
  const fits: Partial<Record<MethodId, Fit>> = lookUpUseCase(useCase).fits;
  return fits[method];
}

/** A use case's title in curly quotes, for use inside a sentence (titles are phrased as headings). */
function quoted(useCase: UseCaseId): string {
  return `\u201c${lookUpUseCase(useCase).title}\u201d`;
}

/** The answered questions, in the form's order, as [question, option] pairs. */
export function answeredPairs(answers: Answers): {question: QuestionId; option: string}[] {
  const given: Partial<Record<QuestionId, string>> = answers;
  return questions.flatMap((q) => {
    const option = given[q.id];
    return option !== undefined && isOptionOf(q.id, option) ? [{question: q.id, option}] : [];
  });
}

/**
 * Ranks the five matrix methods for a set of answers, optionally on top of a
 * use case's matrix row (preferred +3, possible +1). Highest score first; a tie
 * goes to the better matrix fit, then to the matrix's column order. Pure.
 */
export function rankMethods(answers: Answers, useCase?: UseCaseId): RankedMethod[] {
  const pairs = answeredPairs(answers);
  const ranked = methods.map((method, column) => {
    const reasons: Reason[] = [];
    const fit = useCase ? fitFor(useCase, method.id) : undefined;
    if (useCase) {
      reasons.push(
        fit
          ? {
              source: {kind: 'matrix', useCase},
              score: FIT_SCORE[fit],
              text: `the matrix lists it as ${fit} for this use case`,
            }
          : {source: {kind: 'matrix', useCase}, score: 0, text: `the matrix does not list it for this use case`},
      );
    }
    let answerScore = 0;
    for (const {question, option} of pairs) {
      const rule = (rules as readonly Rule[]).find((r) => r.question === question && r.option === option);
      for (const effect of rule?.effects ?? []) {
        if (effect.method !== method.id) continue;
        answerScore += effect.score;
        reasons.push({source: {kind: 'answer', question, option}, score: effect.score, text: effect.reason});
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

// ---------------------------------------------------------------------------
// A use case's row as recommendations

/** A method the matrix lists for a use case, with the reason it fits. */
export interface UseCaseRecommendation {
  readonly method: Method;
  readonly fit: Fit;
  /** URL of the method's category page. */
  readonly path: string;
  /** One line on why it fits this use case. */
  readonly reason: string;
}

/** The methods a use case lists, preferred first (each group in column order), each with its reason. */
export function recommendationsFor(useCase: UseCaseId): UseCaseRecommendation[] {
  const listed = methods.flatMap((method) => {
    const fit = fitFor(useCase, method.id);
    return fit
      ? [{method, fit, path: categoryPath(method.category), reason: cellReason(useCase, method.id) ?? ''}]
      : [];
  });
  return [...listed.filter((r) => r.fit === 'preferred'), ...listed.filter((r) => r.fit === 'possible')];
}

// ---------------------------------------------------------------------------
// Where the answers and the matrix meet

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

function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
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
  if (answeredPairs(answers).length === 0) return [];
  const title = quoted(useCase);
  const byAnswers = rankMethods(answers);
  const best = byAnswers[0]?.answerScore ?? 0;
  const favorites = best > 0 ? byAnswers.filter((r) => r.answerScore === best) : [];
  const preferred = methods.filter((m) => fitFor(useCase, m.id) === 'preferred');
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
    } else if (favorites.some((f) => fitFor(useCase, f.method.id) === 'preferred')) {
      const agreeing = favorites.filter((f) => fitFor(useCase, f.method.id) === 'preferred').map((f) => f.method.label);
      notes.push({
        kind: 'agrees',
        disagreement: false,
        methods: favoriteIds,
        text: `The matrix prefers ${joinLabels(agreeing)} for ${title}, and your answers favor ${agreeing.length > 1 ? 'them' : 'it'} too.`,
      });
    } else {
      const fit = fitFor(useCase, favorite.method.id);
      const why = quoteReasons(favorite, 1);
      notes.push(
        fit === 'possible'
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

// ---------------------------------------------------------------------------
// The whole recommendation

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
  const answered = answeredPairs(answers).length;
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
    const title = quoted(useCase);
    summary =
      preferred.length > 0
        ? `For ${title}, the matrix prefers ${joinLabels(preferred)}.`
        : `For ${title}, the matrix lists no preferred method; answer the questions to narrow it down.`;
  } else {
    summary = 'Choose a use case, answer a question, or both, to see recommendations.';
  }
  return {useCaseMethods, ranking, notes, summary};
}
