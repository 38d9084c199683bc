/**
 * The use-case-vs-method matrix of the Integration Guide. Every matrix on the
 * site, the chooser and `/integration/matrix.json` are drawn from this file;
 * never copy a cell into Markdown by hand.
 *
 * The fits reproduce the seed's table cell for cell ("green" = preferred,
 * "grey" = possible). `matrix.test.ts` pins that. Beside the fits, each row
 * says in one sentence why each listed method fits: the chooser and the
 * use-case lists show that sentence with the fit.
 */
import type {MatrixData, Method, SolutionCategory, UseCase, UseCaseId} from './types';

export const methods = [
  {id: 'ui', label: 'UI Integration', shortLabel: 'UI', category: 'ui-integration'},
  {id: 'services', label: 'RPC / Services', shortLabel: 'Services', category: 'service-integration'},
  {id: 'events', label: 'Events / Queues', shortLabel: 'Events', category: 'event-integration'},
  {id: 'batch', label: 'Export, Import, Batch', shortLabel: 'Batch', category: 'batch-integration'},
  {id: 'central-data', label: 'Central Data', shortLabel: 'Central data', category: 'central-data'},
] as const satisfies readonly Method[];

export const categories = [
  {
    id: 'ui-integration',
    title: 'UI integration',
    summary:
      'Hand the user from one screen to another: deep links between apps, links from websites, a CMS frame around an app pane, and a CDN in front.',
    method: 'ui',
  },
  {
    id: 'service-integration',
    title: 'Service integration',
    summary:
      'Request and reply, almost always synchronous: REST, OData, SOAP, legacy RPC and, for systems that cannot change, the database.',
    method: 'services',
  },
  {
    id: 'event-integration',
    title: 'Event-driven integration',
    summary:
      'Put an event on a queue and move on: one-way, decoupled delivery for large volumes, long distances and many-to-many flows.',
    method: 'events',
  },
  {
    id: 'batch-integration',
    title: 'Batch integration',
    summary:
      'Extract, move and import whole sets of records on a schedule, usually as files: efficient for large volumes and periodic work.',
    method: 'batch',
  },
  {
    id: 'central-data',
    title: 'Central data',
    summary:
      'Land and combine data in one place before it is distributed or analyzed: shared data apps, operational data stores, warehouses and lakes.',
    method: 'central-data',
  },
  {
    id: 'integration-layers',
    title: 'Integration layers and gateways',
    summary:
      'Reverse proxies, API management, ESBs, brokers and file-transfer tools between apps: useful across departments and companies, a burden inside one system.',
  },
] as const satisfies readonly SolutionCategory[];

export const useCases = [
  {
    id: 'sso-identity',
    seedLabel: 'SSO, AD & Identity integration',
    title: 'SSO, directory and identity integration',
    summary:
      'Let people sign in once with the identity they already have, and secure the services, queues and files that apps exchange.',
    legacyAnchor: 'sso',
    fits: {ui: 'possible', services: 'preferred'},
    reasons: {
      ui: "Deep links between apps can carry the user's authentication, so people move between apps without signing in again.",
      services:
        'Sign-in runs on request-reply standards such as SAML and OpenID Connect, through the SAML and OIDC SSO modules.',
    },
  },
  {
    id: 'reference-data',
    seedLabel: 'Import & Distribute Reference Data',
    title: 'Import and distribute reference data',
    summary:
      'Bring slow-changing lists such as countries, currencies or product sets into your apps and keep every app on the same version.',
    legacyAnchor: 'import-dist',
    fits: {services: 'preferred', events: 'possible', batch: 'preferred', 'central-data': 'possible'},
    reasons: {
      services: 'Apps pull the current list from the one app that imports it, when they need it or on a schedule.',
      events: 'When a list changes, the importing app can announce the new version so that other apps refresh it.',
      batch:
        'Slow-changing lists such as currencies usually arrive as a scheduled file import, for example a CSV file.',
      'central-data': 'In a cluster of apps, one app imports the list once and distributes it to all the others.',
    },
  },
  {
    id: 'view-search-data',
    seedLabel: 'View & Search Data in Another System',
    title: 'View and search data in another system',
    summary:
      'Show users records that live in another system, and let them search those records, without copying the data into your app.',
    legacyAnchor: 'view-search',
    fits: {ui: 'possible', services: 'preferred'},
    reasons: {
      ui: "A deep link shows the records in the other system's own screens, with nothing to copy or keep in sync.",
      services:
        'Live REST or OData calls, or external entities, fetch and search the records when the user asks, without copying them.',
    },
  },
  {
    id: 'use-refer-data',
    seedLabel: 'Use & Refer to Data in Another System',
    title: 'Use and refer to data in another system',
    summary:
      'Keep a link to a record owned elsewhere, and the part of it you need, so your app can work with it, refresh it and pass it on.',
    legacyAnchor: 'use-refer',
    fits: {services: 'preferred', 'central-data': 'possible'},
    reasons: {
      services:
        'Fetch the record by service, keep its key and the part you need, then re-fetch or subscribe to updates later.',
      'central-data':
        'Where many apps refer to the same records, a shared data app can hold the copy they all link to.',
    },
  },
  {
    id: 'process-integration',
    seedLabel: 'Process Int. (cont. workflow)',
    title: 'Process integration (continuing a workflow)',
    summary:
      'Carry one business process across several apps, such as order, fulfillment, invoicing and notifying the customer.',
    legacyAnchor: 'process',
    fits: {ui: 'preferred', services: 'possible', events: 'possible'},
    reasons: {
      ui: 'The user continues the workflow in the next app through a deep link that carries the business context along.',
      services:
        'The next system can pull the work over REST, which is simple and robust; push only when the destination must validate at once.',
      events:
        'A queue or broker carries the process steps when volume is high, distance is long or the network is poor.',
    },
  },
  {
    id: 'export-import-batch',
    seedLabel: 'Export, Import & Batch Processing',
    title: 'Export, import and batch processing',
    summary:
      'Move large sets of records in or out on a schedule: periodic runs such as payroll or invoicing, initial loads and warehouse feeds.',
    legacyAnchor: 'export-import',
    fits: {services: 'possible', events: 'possible', batch: 'possible', 'central-data': 'possible'},
    reasons: {
      services: 'REST, SOAP or OData work for moderate sets, but large sets need paging and many requests.',
      events: 'Importing a large set through a queue avoids holding it all in memory and spreads the load.',
      batch: 'Files moved on a schedule suit periodic runs and initial loads, above all at high volume and off-peak.',
      'central-data': 'Exports to a warehouse or shared data store land the data in one place for later use.',
    },
  },
  {
    id: 'master-data',
    seedLabel: 'Update Data in Master App',
    title: 'Update data in the master app',
    summary:
      'Change master data, such as a customer, in the one app that owns it, so that validation happens once and every consumer sees the same record.',
    legacyAnchor: 'master-data',
    fits: {ui: 'preferred', services: 'preferred', events: 'possible'},
    reasons: {
      ui: "Deep-link into the master app's own screens, so the data is validated once, by the app that owns it.",
      services: 'The master app publishes a service that validates and applies updates sent by other apps.',
      events: 'Updates can also arrive as messages on a queue, one of the several update routes that full MDM accepts.',
    },
  },
  {
    id: 'distribute-data',
    seedLabel: 'Distribute Master & Transactional Data',
    title: 'Distribute master and transactional data',
    summary:
      'Get new and changed master and transactional records from the app that owns them to every app that needs a copy.',
    legacyAnchor: 'distributing',
    fits: {services: 'preferred', events: 'possible', batch: 'possible', 'central-data': 'possible'},
    reasons: {
      services:
        'Recipients pull new and changed records over REST, with a change flag per subscriber; the source can also push.',
      events: 'Put each change on a queue when many apps need it, volumes are high or the recipients are far away.',
      batch: 'Files suit large, periodic distributions where waiting for the next run is acceptable.',
      'central-data':
        'A shared data app can collect master data once and hand it on, but never both ways for one data type.',
    },
  },
  {
    id: 'bi-reporting',
    seedLabel: 'Int. with BI & Reporting',
    title: 'Integration with BI and reporting',
    summary:
      'Give a data warehouse, data lake or BI tool the app data it needs for reports and analysis, and no more than that.',
    legacyAnchor: 'int-bi',
    fits: {services: 'possible', events: 'possible', batch: 'preferred', 'central-data': 'possible'},
    reasons: {
      services: 'OData gives a BI tool smaller, near-real-time chunks, but ties it to the structure of the app.',
      events: 'Change events can feed a data lake continuously when reports need fresher data than a nightly load.',
      batch:
        'File exports are the most decoupled way to feed a warehouse, data lake or BI tool; share only what it needs.',
      'central-data':
        'A database backup gives nearly all data with its relations, at the cost of tight coupling to ETL staging.',
    },
  },
  {
    id: 'mobile-offline',
    seedLabel: 'Mobile Int. & Offline',
    title: 'Mobile integration and offline',
    summary:
      'Connect mobile apps to back-end systems, synchronise data captured offline, and reach users with push notifications.',
    legacyAnchor: 'mobile',
    fits: {services: 'preferred', events: 'possible'},
    reasons: {
      services:
        'Offline-first apps sync with their own runtime server, which reaches back-end systems through services.',
      events:
        'Push notifications, sent through the Push Notifications Connector, tell users about changes on their device or browser.',
    },
  },
  {
    id: 'cms-cdn',
    seedLabel: 'CMS & CDN Int.',
    title: 'CMS and CDN integration',
    summary:
      'Combine a content management system that renders the marketing frame with an app that renders the functional part, and serve it fast through a CDN.',
    legacyAnchor: 'cms-cdn',
    fits: {ui: 'preferred', services: 'possible'},
    reasons: {
      ui: 'The CMS renders the frame and the app the functional pane, often joined by a reverse proxy, with a CDN in front.',
      services:
        "A CDN can also front the app's APIs, adding protection against denial of service, throttling and bot control.",
    },
  },
  {
    id: 'process-orchestration',
    seedLabel: 'Process Orch. & State Engines',
    title: 'Process orchestration and state engines',
    summary:
      'Drive a chain of steps across systems, with status, retries and escalation, or track the events of a chain as it passes.',
    legacyAnchor: 'orchestrate',
    fits: {services: 'preferred', events: 'possible', 'central-data': 'preferred'},
    reasons: {
      services:
        'An orchestrator calls each system in turn, keeps the status, retries, and escalates to a person when a step fails.',
      events: 'A passive state engine gathers the events of a chain to track and trace it, at very high volume.',
      'central-data':
        'The orchestrator or state engine keeps the state of every chain in one place for all systems involved.',
    },
  },
  {
    id: 'ops-monitoring',
    seedLabel: 'Int. with Ops & Monitoring',
    title: 'Integration with operations and monitoring',
    summary:
      'Connect apps to CI/CD pipelines, test automation, health checks and business activity and security monitoring.',
    legacyAnchor: 'int-cicd',
    fits: {ui: 'possible', services: 'possible', events: 'preferred', batch: 'possible', 'central-data': 'preferred'},
    reasons: {
      ui: 'Management and monitoring consoles can link straight to the app screen that needs attention.',
      services:
        'Pipelines and test automation call the app and its platform through services, for example for health checks.',
      events: 'Metrics and health signals flow one way, so queues carry them to monitoring without slowing the app.',
      batch: 'Periodic exports of logs and statistics feed trend analysis that does not need live data.',
      'central-data':
        'Monitoring data lands in one place, where activity, trends and security can be analyzed across apps.',
    },
  },
  {
    id: 'iot',
    seedLabel: 'Int. with IoT Solutions',
    title: 'Integration with IoT solutions',
    summary: 'Take in streams of measurements from devices, act on them, and where needed send commands back.',
    legacyAnchor: 'ai-iot',
    fits: {services: 'preferred', events: 'preferred', batch: 'possible', 'central-data': 'preferred'},
    reasons: {
      services:
        'A control app sends commands back to devices, often synchronously, and a light app can poll a hub by service.',
      events: 'Measurements flow one way through queues, MQTT or Kafka; request-reply is neither needed nor practical.',
      batch: 'A light-weight app can fetch the next batch of measurements from a hub and run the whole chain itself.',
      'central-data':
        'At full scale, a cloud platform or Kafka pre-processes the stream and the app receives a filtered view.',
    },
  },
  {
    id: 'ai-machine-learning',
    seedLabel: 'Int. with AI & Machine Learning',
    title: 'Integration with AI and machine learning',
    summary: 'Call trained models as services from your processes, and feed them the statistical data they learn from.',
    legacyAnchor: 'machine',
    fits: {services: 'preferred', events: 'possible', 'central-data': 'preferred'},
    reasons: {
      services: 'Processes call trained models as services, such as cloud machine-learning services.',
      events: 'Operational events can feed the data lake from which the models learn.',
      'central-data':
        'Models learn from statistical data in a data lake; keep a reference-data app between it and operational apps.',
    },
  },
] as const satisfies readonly UseCase[];

// Checks the compiler runs on the rows above. Each fails with a sentence that names what to add
// (README, "How to add a use case", step 1).

type Row = (typeof useCases)[number];

/** A sentence for every id in `USE_CASE_IDS` without a row in `useCases`; `never` when there is none. */
type RowsMissing = `src/data/matrix.ts: add a row for "${Exclude<UseCaseId, Row['id']>}" to useCases`;

/** A sentence for every listed method without a reason and for every reason without a listed method. */
type ReasonsOutOfStep = {
  [R in Row as R['id']]: R extends {readonly fits: infer F; readonly reasons: infer W}
    ? | `src/data/matrix.ts: use case "${R['id']}" needs a reason for "${Exclude<keyof F, keyof W> & string}" in its reasons`
      | `src/data/matrix.ts: use case "${R['id']}" has a reason for "${Exclude<keyof W, keyof F> & string}", which its fits do not list`
    : never;
}[Row['id']];

/** `true` when there is no problem; otherwise the problems, so that assigning `true` fails with their sentences. */
type Sound<Problems> = [Problems] extends [never] ? true : Problems;

/** Compiles only when every use case has a row and every fit its reason (exported so that it counts as used). */
export const MATRIX_IS_COMPLETE = {rows: true, reasons: true} as const satisfies {
  readonly rows: Sound<RowsMissing>;
  readonly reasons: Sound<ReasonsOutOfStep>;
};

/** The matrix as one value, for components and exports. */
export const matrix: MatrixData = {methods, categories, useCases};

export default matrix;
