/**
 * Why each method a use case lists suits it: one sentence per cell of the matrix that has a fit (under 160
 * characters), which the chooser shows beside the fit. Keyed like the rows of matrix.ts, cell for cell, and
 * checked against them by the compiler. They live beside the rows rather than inside them so that the pages that
 * read the matrix without the chooser (the landing page, every use-case and category page) do not download them:
 * inside the rows they cost each of those pages about 1.9 KB of gzipped JavaScript (measured with `npm run bench`).
 */
import type {Sound, useCases} from './matrix';
import type {MethodId, UseCaseId} from './types';

export const reasons = {
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
} as const satisfies Readonly<Partial<Record<UseCaseId, Readonly<Partial<Record<MethodId, string>>>>>>;

// Checks the compiler runs on the reasons above, against the rows' fits. Each fails with a sentence that names
// what to add (README, "How to add a use case", step 1).

type Row = (typeof useCases)[number];
type Reasons = typeof reasons;

/** A sentence for every use case without reasons. */
type ReasonsMissing = `src/data/reasons.ts: add the reasons of use case "${Exclude<UseCaseId, keyof Reasons>}"`;

/** A sentence for every listed method without a reason and for every reason without a listed method. */
type ReasonsOutOfStep = {
  [R in Row as R['id']]: R['id'] extends keyof Reasons
    ? | `src/data/reasons.ts: use case "${R['id']}" needs a reason for "${Exclude<keyof R['fits'], keyof Reasons[R['id']]> & string}"`
      | `src/data/reasons.ts: use case "${R['id']}" has a reason for "${Exclude<keyof Reasons[R['id']], keyof R['fits']> & string}", which its fits do not list`
    : never;
}[Row['id']];

/** Compiles only when every fit has its reason and every reason its fit (exported so that it counts as used). */
export const REASONS_ARE_COMPLETE = {all: true, inStep: true} as const satisfies {
  readonly all: Sound<ReasonsMissing>;
  readonly inStep: Sound<ReasonsOutOfStep>;
};

/** The reason a use case gives for a method, or '' when its row does not list the method. */
export function reasonFor(useCase: UseCaseId, method: MethodId): string {
  const table: Readonly<Partial<Record<UseCaseId, Readonly<Partial<Record<MethodId, string>>>>>> = reasons;
  return table[useCase]?.[method] ?? '';
}
