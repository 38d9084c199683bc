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
  },
  {
    id: 'reference-data',
    seedLabel: 'Import & Distribute Reference Data',
    title: 'Import and distribute reference data',
    summary:
      'Bring slow-changing lists such as countries, currencies or product sets into your apps and keep every app on the same version.',
    legacyAnchor: 'import-dist',
    fits: {services: 'preferred', events: 'possible', batch: 'preferred', 'central-data': 'possible'},
  },
  {
    id: 'view-search-data',
    seedLabel: 'View & Search Data in Another System',
    title: 'View and search data in another system',
    summary:
      'Show users records that live in another system, and let them search those records, without copying the data into your app.',
    legacyAnchor: 'view-search',
    fits: {ui: 'possible', services: 'preferred'},
  },
  {
    id: 'use-refer-data',
    seedLabel: 'Use & Refer to Data in Another System',
    title: 'Use and refer to data in another system',
    summary:
      'Keep a link to a record owned elsewhere, and the part of it you need, so your app can work with it, refresh it and pass it on.',
    legacyAnchor: 'use-refer',
    fits: {services: 'preferred', 'central-data': 'possible'},
  },
  {
    id: 'process-integration',
    seedLabel: 'Process Int. (cont. workflow)',
    title: 'Process integration (continuing a workflow)',
    summary:
      'Carry one business process across several apps, such as order, fulfillment, invoicing and notifying the customer.',
    legacyAnchor: 'process',
    fits: {ui: 'preferred', services: 'possible', events: 'possible'},
  },
  {
    id: 'export-import-batch',
    seedLabel: 'Export, Import & Batch Processing',
    title: 'Export, import and batch processing',
    summary:
      'Move large sets of records in or out on a schedule: periodic runs such as payroll or invoicing, initial loads and warehouse feeds.',
    legacyAnchor: 'export-import',
    fits: {services: 'possible', events: 'possible', batch: 'possible', 'central-data': 'possible'},
  },
  {
    id: 'master-data',
    seedLabel: 'Update Data in Master App',
    title: 'Update data in the master app',
    summary:
      'Change master data, such as a customer, in the one app that owns it, so that validation happens once and every consumer sees the same record.',
    legacyAnchor: 'master-data',
    fits: {ui: 'preferred', services: 'preferred', events: 'possible'},
  },
  {
    id: 'distribute-data',
    seedLabel: 'Distribute Master & Transactional Data',
    title: 'Distribute master and transactional data',
    summary:
      'Get new and changed master and transactional records from the app that owns them to every app that needs a copy.',
    legacyAnchor: 'distributing',
    fits: {services: 'preferred', events: 'possible', batch: 'possible', 'central-data': 'possible'},
  },
  {
    id: 'bi-reporting',
    seedLabel: 'Int. with BI & Reporting',
    title: 'Integration with BI and reporting',
    summary:
      'Give a data warehouse, data lake or BI tool the app data it needs for reports and analysis, and no more than that.',
    legacyAnchor: 'int-bi',
    fits: {services: 'possible', events: 'possible', batch: 'preferred', 'central-data': 'possible'},
  },
  {
    id: 'mobile-offline',
    seedLabel: 'Mobile Int. & Offline',
    title: 'Mobile integration and offline',
    summary:
      'Connect mobile apps to back-end systems, synchronise data captured offline, and reach users with push notifications.',
    legacyAnchor: 'mobile',
    fits: {services: 'preferred', events: 'possible'},
  },
  {
    id: 'cms-cdn',
    seedLabel: 'CMS & CDN Int.',
    title: 'CMS and CDN integration',
    summary:
      'Combine a content management system that renders the marketing frame with an app that renders the functional part, and serve it fast through a CDN.',
    legacyAnchor: 'cms-cdn',
    fits: {ui: 'preferred', services: 'possible'},
  },
  {
    id: 'process-orchestration',
    seedLabel: 'Process Orch. & State Engines',
    title: 'Process orchestration and state engines',
    summary:
      'Drive a chain of steps across systems, with status, retries and escalation, or track the events of a chain as it passes.',
    legacyAnchor: 'orchestrate',
    fits: {services: 'preferred', events: 'possible', 'central-data': 'preferred'},
  },
  {
    id: 'ops-monitoring',
    seedLabel: 'Int. with Ops & Monitoring',
    title: 'Integration with operations and monitoring',
    summary:
      'Connect apps to CI/CD pipelines, test automation, health checks and business activity and security monitoring.',
    legacyAnchor: 'int-cicd',
    fits: {ui: 'possible', services: 'possible', events: 'preferred', batch: 'possible', 'central-data': 'preferred'},
  },
  {
    id: 'iot',
    seedLabel: 'Int. with IoT Solutions',
    title: 'Integration with IoT solutions',
    summary: 'Take in streams of measurements from devices, act on them, and where needed send commands back.',
    legacyAnchor: 'ai-iot',
    fits: {services: 'preferred', events: 'preferred', batch: 'possible', 'central-data': 'preferred'},
  },
  {
    id: 'ai-machine-learning',
    seedLabel: 'Int. with AI & Machine Learning',
    title: 'Integration with AI and machine learning',
    summary: 'Call trained models as services from your processes, and feed them the statistical data they learn from.',
    legacyAnchor: 'machine',
    fits: {services: 'preferred', events: 'possible', 'central-data': 'preferred'},
  },
] as const satisfies readonly UseCase[];

// Checks the compiler runs on the rows above. Each fails with a sentence that names what to add
// (README, "How to add a use case", step 1).

type Row = (typeof useCases)[number];

/** A sentence for every id in `USE_CASE_IDS` without a row in `useCases`; `never` when there is none. */
type RowsMissing = `src/data/matrix.ts: add a row for "${Exclude<UseCaseId, Row['id']>}" to useCases`;

/** `true` when there is no problem; otherwise the problems, so that assigning `true` fails with their sentences. */
export type Sound<Problems> = [Problems] extends [never] ? true : Problems;

/** Compiles only when every use case has a row (exported so that it counts as used). */
export const MATRIX_IS_COMPLETE = {rows: true} as const satisfies {readonly rows: Sound<RowsMissing>};

/** The matrix as one value, for components and exports. */
export const matrix: MatrixData = {methods, categories, useCases};

export default matrix;
