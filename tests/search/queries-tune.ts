/**
 * Search relevance suite, tuning set: queries a solution architect would type into the search box, each with the
 * page (and heading) that a good search returns first. The answers were chosen by reading the pages, not by running
 * a search. The held-out set (queries-held-out.ts) has queries of the same kinds and difficulty, never the same ones.
 */

/** One query of the search relevance suite, with the answer chosen by reading the pages. */
export type QueryKind = 'term' | 'abbreviation' | 'question' | 'typo' | 'phrase' | 'hostile';
export interface RelevanceQuery {
  /** What the reader types. */
  readonly query: string;
  readonly kind: QueryKind;
  /** The route of the page a good search puts first: '/' for the landing page, otherwise '/integration/<slug>'. */
  readonly page: string;
  /** The id of the h2/h3 heading inside that page that answers it, when one section clearly does. */
  readonly heading?: string;
  /** Other routes that are equally right, only when truly so. */
  readonly also?: readonly string[];
  /** One short sentence: why this page (and heading) is the right answer. */
  readonly why: string;
}

export const queries = [
  // term: an exact term as the pages spell it.
  {
    query: 'OData',
    kind: 'term',
    page: '/integration/service-integration',
    heading: 'odata',
    also: ['/integration/glossary'],
    why: 'The OData section says when to use it, what it couples and how Mendix publishes it; the glossary defines it.',
  },
  {
    query: 'business events',
    kind: 'term',
    page: '/integration/event-integration',
    heading: 'business-events',
    why: 'The section on business events and the Mendix Event Broker explains how delivery works and its limits.',
  },
  {
    query: 'external entities',
    kind: 'term',
    page: '/integration/glossary',
    heading: 'external-entity',
    also: ['/integration/view-search-data'],
    why: 'The glossary entry defines them and their limits; the view and search page shows them in use.',
  },
  {
    query: 'Data Importer',
    kind: 'term',
    page: '/integration/batch-integration',
    why: 'Batch integration says which files the Data Importer reads, how it maps them and when to use another.',
  },
  {
    query: 'Mendix Pipelines',
    kind: 'term',
    page: '/integration/ops-monitoring',
    heading: 'method-services',
    why: 'The Delivery item under service integration explains what Pipelines do, their triggers and limits.',
  },
  {
    query: 'shared data app',
    kind: 'term',
    page: '/integration/central-data',
    heading: 'shared-data-app',
    why: 'The shared data app section of central data covers its scope and the direction of flow per data type.',
  },
  {
    query: 'reverse proxy',
    kind: 'term',
    page: '/integration/integration-layers',
    heading: 'reverse-proxy',
    why: 'Integration layers has a reverse proxy option with what it is good for and its risk.',
  },
  {
    query: 'Enterprise Integration Patterns',
    kind: 'term',
    page: '/integration/further-reading',
    why: 'Further reading maps the book to the guide and links its pattern catalog.',
  },
  {
    query: 'state engine',
    kind: 'term',
    page: '/integration/process-orchestration',
    why: 'Process orchestration and state engines is the page whose title names the term and explains it.',
  },

  // abbreviation: abbreviations and synonyms the pages may spell differently.
  {
    query: 'SSO',
    kind: 'abbreviation',
    page: '/integration/sso-identity',
    why: 'The SSO, directory and identity use case covers single sign-on with OIDC and SAML.',
  },
  {
    query: 'Entra ID',
    kind: 'abbreviation',
    page: '/integration/sso-identity',
    why: 'The identity use case names Microsoft Entra ID (formerly Azure AD) as the provider users sign in with.',
  },
  {
    query: 'pub/sub',
    kind: 'abbreviation',
    page: '/integration/event-integration',
    heading: 'what-it-is',
    also: ['/integration/glossary'],
    why: 'What event-driven integration is explains publish-subscribe with a diagram; the glossary defines it.',
  },
  {
    query: 'ETL',
    kind: 'abbreviation',
    page: '/integration/central-data',
    heading: 'etl',
    why: 'The ETL option of central data explains extract, transform, load and how a Mendix app feeds it.',
  },
  {
    query: 'B2B',
    kind: 'abbreviation',
    page: '/integration/integration-layers',
    heading: 'b2b-api-management',
    why: 'B2B API management is the integration layer for partners (business to business).',
  },
  {
    query: 'MQ',
    kind: 'abbreviation',
    page: '/integration/event-integration',
    why: 'Message queues and brokers such as IBM MQ are the subject of event-driven integration.',
  },
  {
    query: 'OTel',
    kind: 'abbreviation',
    page: '/integration/ops-monitoring',
    heading: 'method-events',
    why: 'OpenTelemetry logs, metrics and tracing from Mendix Cloud are explained under events for monitoring.',
  },
  {
    query: 'DWH',
    kind: 'abbreviation',
    page: '/integration/glossary',
    heading: 'dwh',
    why: 'DWH (data warehouse) is a glossary term; no other page spells the abbreviation.',
  },
  {
    query: 'ML',
    kind: 'abbreviation',
    page: '/integration/ai-machine-learning',
    why: 'Machine learning has its own use case: calling trained models and feeding them data.',
  },

  // question: whole natural-language questions.
  {
    query: 'how do I keep data in sync offline?',
    kind: 'question',
    page: '/integration/mobile-offline',
    why: 'Mobile integration and offline explains how offline-first apps synchronize data with the runtime.',
  },
  {
    query: 'which method should I use to send data to a data warehouse',
    kind: 'question',
    page: '/integration/bi-reporting',
    heading: 'method-batch',
    why: 'BI and reporting recommends batch files as the preferred feed for a warehouse, and says why.',
  },
  {
    query: 'can my app call a SOAP service',
    kind: 'question',
    page: '/integration/service-integration',
    heading: 'soap',
    why: 'The SOAP section says when to use it and how a consumed web service imports a WSDL.',
  },
  {
    query: 'what is a dead-letter queue',
    kind: 'question',
    page: '/integration/glossary',
    heading: 'dead-letter-queue',
    why: 'A what-is question about a glossary term: the glossary entry defines it.',
  },
  {
    query: 'who is this guide for?',
    kind: 'question',
    page: '/integration',
    heading: 'audience',
    why: 'The overview has a section on who the guide is written for.',
  },
  {
    query: 'how can users look up orders in another system without copying the data?',
    kind: 'question',
    page: '/integration/view-search-data',
    why: 'View and search data in another system is exactly this need: live look-ups with no copy.',
  },
  {
    query: 'how do I change a customer address in the app that owns it?',
    kind: 'question',
    page: '/integration/master-data',
    why: 'Update data in the master app covers changes made once, in the owning app, with its validation.',
  },
  {
    query: 'which Mendix modules are deprecated and what replaces them?',
    kind: 'question',
    page: '/integration/mendix-capabilities',
    heading: 'how-to-read',
    why: 'The capability catalogue gives each status and names the replacement of every deprecated capability.',
  },
  {
    query: 'how do I get notified when the guide changes?',
    kind: 'question',
    page: '/integration/changes',
    why: 'The changes page lists every change of guidance and offers Atom and RSS feeds.',
  },

  // typo: real terms with one or two realistic typos.
  {
    query: 'refernce data',
    kind: 'typo',
    page: '/integration/reference-data',
    why: 'Reference data has its own use case page: import and distribute reference data.',
  },
  {
    query: 'orchestartion',
    kind: 'typo',
    page: '/integration/process-orchestration',
    why: 'Orchestration is the subject of the process orchestration and state engines page.',
  },
  {
    query: 'CMS and CDN integartion',
    kind: 'typo',
    page: '/integration/cms-cdn',
    why: 'The title of the CMS and CDN integration use case, with one typo.',
  },
  {
    query: 'idempotancy',
    kind: 'typo',
    page: '/integration/glossary',
    heading: 'idempotency',
    why: 'Idempotency is defined in the glossary, which every page links to for it.',
  },
  {
    query: 'integraton layers',
    kind: 'typo',
    page: '/integration/integration-layers',
    why: 'Integration layers and gateways is the category page of that name.',
  },
  {
    query: 'batch procesing',
    kind: 'typo',
    page: '/integration/export-import-batch',
    why: 'Export, import and batch processing is the use case named by the term.',
  },
  {
    query: 'use and refre to data',
    kind: 'typo',
    page: '/integration/use-refer-data',
    why: 'The title of the use and refer to data in another system use case, with one typo.',
  },
  {
    query: 'proces integration',
    kind: 'typo',
    page: '/integration/process-integration',
    why: 'Process integration (continuing a workflow) is the use case of that name.',
  },
  {
    query: 'glosary',
    kind: 'typo',
    page: '/integration/glossary',
    why: 'The reader is looking for the glossary page itself.',
  },

  // phrase: multi-word phrases of two to five words.
  {
    query: 'master data management',
    kind: 'phrase',
    page: '/integration/master-data',
    also: ['/integration/glossary'],
    why: 'Update data in the master app explains what full master data management adds; the glossary defines MDM.',
  },
  {
    query: 'change data capture',
    kind: 'phrase',
    page: '/integration/event-integration',
    heading: 'cdc',
    why: 'The Change Data Capture section explains the Kafka stream per entity and its limits.',
  },
  {
    query: 'think functionally first',
    kind: 'phrase',
    page: '/integration/mendix-integration',
    heading: 'functionally',
    why: 'The principle is the section always think functionally first, with its questions.',
  },
  {
    query: 'method chooser',
    kind: 'phrase',
    page: '/integration/choose-a-method',
    why: 'Choose a method is the page that holds the chooser and explains how it ranks methods.',
  },
  {
    query: 'all integration use cases',
    kind: 'phrase',
    page: '/integration/integration-use-cases',
    why: 'Integration use cases (All use cases in the sidebar) is the map of every use case with the matrix.',
  },
  {
    query: 'integration guide home page',
    kind: 'phrase',
    page: '/',
    also: ['/integration'],
    why: 'The landing page is the home of the Integration Guide; the overview carries the same title.',
  },
  {
    query: 'deep link in a new tab',
    kind: 'phrase',
    page: '/integration/ui-integration',
    heading: 'new-tab',
    why: 'UI integration has a section named deep link in a new tab.',
  },
  {
    query: 'SFTP between organizations',
    kind: 'phrase',
    page: '/integration/batch-integration',
    heading: 'sftp-server',
    why: 'The (S)FTP server option is the usual file setup between organizations and networks.',
  },
  {
    query: 'distribute transactional data',
    kind: 'phrase',
    page: '/integration/distribute-data',
    why: 'Distribute master and transactional data is the use case for getting changed records to every copy.',
  },

  // hostile: odd inputs that still carry a real need.
  {
    query: '(SAML|OIDC)',
    kind: 'hostile',
    page: '/integration/sso-identity',
    heading: 'method-services',
    why: 'Sign-in with SAML and with OpenID Connect are both explained under the preferred method of SSO.',
  },
  {
    query: '<b>task queues</b>',
    kind: 'hostile',
    page: '/integration/glossary',
    heading: 'task-queue',
    why: 'Markup around a glossary term: the task queue entry defines it and says when to use it.',
  },
  {
    query: '<script>alert(1)</script> REST',
    kind: 'hostile',
    page: '/integration/service-integration',
    why: 'Stripped of the script, the need is REST, the first option of service integration.',
  },
  {
    query: 'Kafka 🚀 streams',
    kind: 'hostile',
    page: '/integration/event-integration',
    heading: 'kafka',
    why: 'The Kafka option of event-driven integration, and how Mendix apps reach Kafka.',
  },
  {
    query: 'ＣＳＶ ｆｉｌｅ',
    kind: 'hostile',
    page: '/integration/batch-integration',
    heading: 'formats',
    why: 'Full-width CSV file: the file formats section covers CSV and how the Data Importer reads it.',
  },
  {
    query: `${'please help '.repeat(30)}health check microflow`,
    kind: 'hostile',
    page: '/integration/ops-monitoring',
    why: 'Behind the padding is the health check microflow, described in operations and monitoring.',
  },
  {
    query: '   dAtA   lAkE   ',
    kind: 'hostile',
    page: '/integration/central-data',
    heading: 'data-lake',
    why: 'Odd spacing and case around data lake, an option of central data.',
  },
  {
    query: 'O-Data',
    kind: 'hostile',
    page: '/integration/service-integration',
    heading: 'odata',
    why: 'A hyphenated OData; the OData section of service integration answers it.',
  },
  {
    query: "API gateway' OR '1'='1",
    kind: 'hostile',
    page: '/integration/integration-layers',
    why: 'An injection attempt around API gateway, which integration layers and gateways explains.',
  },
] as const satisfies readonly RelevanceQuery[];

/** Pure garbage with no right page: the search must answer quickly with a no-results message. */
export const noAnswer: readonly string[] = [
  '\u0000%%%',
  '🦄🦄🦄',
  'a'.repeat(590),
  ']]>{{}}',
  '\\\\\\\\',
  '¯\\_(ツ)_/¯',
  '///***///',
];
