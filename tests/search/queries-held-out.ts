/**
 * Search relevance suite, held-out set: never used to tune the search. Same kinds and difficulty as the tuning set
 * (queries-tune.ts), with different queries. The answers were chosen by reading the pages, not by running a search.
 */
import type {RelevanceQuery} from './queries-tune';

export const queries = [
  // term: an exact term as the pages spell it.
  {
    query: 'REST pull',
    kind: 'term',
    page: '/integration/service-integration',
    heading: 'rest-pull',
    why: 'Service integration has a REST pull section: the common way to keep two apps in sync.',
  },
  {
    query: 'Push Notifications Connector',
    kind: 'term',
    page: '/integration/mobile-offline',
    heading: 'method-events',
    why: 'The mobile use case explains the connector, Firebase Cloud Messaging and why it is only a nudge.',
  },
  {
    query: 'Amazon SQS connector',
    kind: 'term',
    page: '/integration/event-integration',
    heading: 'connectors',
    why: 'Connectors for other brokers describes what the Amazon SQS connector does and when to use it.',
  },
  {
    query: 'integration apps',
    kind: 'term',
    page: '/integration/integration-layers',
    heading: 'integration-apps',
    why: 'Integration apps are an option of integration layers: a distributed ESB of small apps.',
  },
  {
    query: 'Deploy API',
    kind: 'term',
    page: '/integration/ops-monitoring',
    heading: 'method-services',
    why: 'The Delivery item explains how your own CI/CD tool uses the Build and Deploy APIs.',
  },
  {
    query: 'straight-through processing',
    kind: 'term',
    page: '/integration/glossary',
    heading: 'straight-through-processing',
    why: 'A glossary term; the orchestration page only mentions it and links to the entry.',
  },
  {
    query: 'capability catalogue',
    kind: 'term',
    page: '/integration/mendix-capabilities',
    why: 'Mendix capabilities for integration is the catalogue that the other pages draw from.',
  },
  {
    query: 'change flag',
    kind: 'term',
    page: '/integration/glossary',
    heading: 'change-flag',
    why: 'The glossary defines a change flag per subscriber, which the pages link to for the term.',
  },
  {
    query: 'Mendix Data Loader',
    kind: 'term',
    page: '/integration/central-data',
    heading: 'in-mendix-analytics',
    why: 'Feeding the warehouse, lake and BI explains the Snowflake loader, its delta ingestion and limits.',
  },

  // abbreviation: abbreviations and synonyms the pages may spell differently.
  {
    query: 'AD groups',
    kind: 'abbreviation',
    page: '/integration/sso-identity',
    why: 'Active Directory groups mapped to app roles are part of the SSO and directory use case.',
  },
  {
    query: 'service bus',
    kind: 'abbreviation',
    page: '/integration/integration-layers',
    heading: 'esb',
    why: 'An enterprise service bus is the ESB option of integration layers and gateways.',
  },
  {
    query: 'MFT',
    kind: 'abbreviation',
    page: '/integration/batch-integration',
    heading: 'mft',
    also: ['/integration/integration-layers'],
    why: 'Managed file transfer is a transfer option of batch integration and equally a layer of its own.',
  },
  {
    query: 'ODS',
    kind: 'abbreviation',
    page: '/integration/glossary',
    heading: 'ods',
    why: 'ODS (operational data store) is a glossary term; central data only names it.',
  },
  {
    query: 'PWA',
    kind: 'abbreviation',
    page: '/integration/mobile-offline',
    why: 'Progressive web apps, offline-first or not, are covered by mobile integration and offline.',
  },
  {
    query: 'LLM',
    kind: 'abbreviation',
    page: '/integration/ai-machine-learning',
    heading: 'method-services',
    why: 'Calling a large language model through GenAI Commons and its connectors is under service integration.',
  },
  {
    query: 'BAM',
    kind: 'abbreviation',
    page: '/integration/ops-monitoring',
    why: 'Business activity monitoring is one of the integrations of operations and monitoring.',
  },
  {
    query: 'webhook',
    kind: 'abbreviation',
    page: '/integration/glossary',
    heading: 'webhook',
    why: 'The glossary entry explains webhooks and how a Mendix app receives them.',
  },
  {
    query: 'changelog',
    kind: 'abbreviation',
    page: '/integration/changes',
    why: 'What changed in the guide is the changelog of guidance, with feeds.',
  },

  // question: whole natural-language questions.
  {
    query: 'how do I create users before their first sign-in?',
    kind: 'question',
    page: '/integration/sso-identity',
    heading: 'method-services',
    why: 'The item on users before their first sign-in recommends the SCIM module.',
  },
  {
    query: 'how do I import a list of countries and currencies into all my apps?',
    kind: 'question',
    page: '/integration/reference-data',
    why: 'Import and distribute reference data is about shared lists such as countries and currencies.',
  },
  {
    query: 'how do I retry failed steps and escalate to a person when a chain across systems stalls?',
    kind: 'question',
    page: '/integration/process-orchestration',
    heading: 'method-services',
    why: 'The orchestrator retries from task queues and hands exceptions to people through workflows.',
  },
  {
    query: 'how do I combine a marketing website with a Mendix app so visitors see one site?',
    kind: 'question',
    page: '/integration/cms-cdn',
    why: 'CMS and CDN integration joins a CMS frame and an app on one parent domain.',
  },
  {
    query: 'what does it mean when my answers and the matrix disagree?',
    kind: 'question',
    page: '/integration/choose-a-method',
    heading: 'disagreements',
    why: 'The chooser page has a section on when your answers and the matrix disagree.',
  },
  {
    query: 'how do I get sensor readings from thousands of devices into my app?',
    kind: 'question',
    page: '/integration/iot',
    heading: 'method-events',
    why: 'The full-scale IoT shape carries device streams through a broker or Kafka to the app.',
  },
  {
    query: 'why must no other system read my app database directly?',
    kind: 'question',
    page: '/integration/mendix-integration',
    heading: 'runtime',
    why: 'The runtime is the single integration point: direct database access skips its access rules.',
  },
  {
    query: 'how does central data differ from a shared database?',
    kind: 'question',
    page: '/integration/further-reading',
    heading: 'integration-styles',
    why: 'Further reading compares central data with the classic shared database style.',
  },
  {
    query: 'is the guide current with the platform?',
    kind: 'question',
    page: '/',
    heading: 'freshness-heading',
    why: 'The landing page has a section, current with the platform, on its review against Mendix documentation.',
  },

  // typo: real terms with one or two realistic typos.
  {
    query: 'evnet-driven integration',
    kind: 'typo',
    page: '/integration/event-integration',
    why: 'Event-driven integration is the category page of that name.',
  },
  {
    query: 'ui integation',
    kind: 'typo',
    page: '/integration/ui-integration',
    why: 'UI integration is the category page of that name.',
  },
  {
    query: 'bi reportng',
    kind: 'typo',
    page: '/integration/bi-reporting',
    why: 'Integration with BI and reporting is the use case named by the term.',
  },
  {
    query: 'view and serach data',
    kind: 'typo',
    page: '/integration/view-search-data',
    why: 'The title of the view and search data in another system use case, with one typo.',
  },
  {
    query: 'secuirty TLS',
    kind: 'typo',
    page: '/integration/mendix-integration',
    heading: 'security',
    why: 'The security principle asks for TLS on every channel and says what that means for a Mendix app.',
  },
  {
    query: 'centrla data',
    kind: 'typo',
    page: '/integration/central-data',
    why: 'Central data is the category page of that name.',
  },
  {
    query: 'export and imprt',
    kind: 'typo',
    page: '/integration/export-import-batch',
    why: 'Export, import and batch processing is the use case for moving large sets in and out.',
  },
  {
    query: 'Mendix capabilties list',
    kind: 'typo',
    page: '/integration/mendix-capabilities',
    why: 'Mendix capabilities for integration lists every capability the guide names.',
  },
  {
    query: 'update data in the masetr app',
    kind: 'typo',
    page: '/integration/master-data',
    why: 'The title of the update data in the master app use case, with one typo.',
  },

  // phrase: multi-word phrases of two to five words.
  {
    query: 'how to read this guide',
    kind: 'phrase',
    page: '/integration',
    heading: 'how-to-read',
    why: 'The overview has a section on the ways into the guide: by use case, method, matrix or situation.',
  },
  {
    query: 'REST push with validation',
    kind: 'phrase',
    page: '/integration/service-integration',
    heading: 'rest-call',
    why: 'The REST call section shows a push that the destination validates while the user can still fix it.',
  },
  {
    query: 'hand over a process with a deep link',
    kind: 'phrase',
    page: '/integration/process-integration',
    heading: 'method-ui',
    why: 'In process integration, UI integration is preferred: a user follows a deep link into the next app.',
  },
  {
    query: 'keep a snapshot of the invoice address',
    kind: 'phrase',
    page: '/integration/use-refer-data',
    heading: 'the-need',
    why: 'Use and refer to data separates snapshots, such as an invoice address, from copies that follow the source.',
  },
  {
    query: 'time-series database for telemetry',
    kind: 'phrase',
    page: '/integration/iot',
    heading: 'method-central-data',
    why: 'The IoT page keeps telemetry in a central store such as a time-series database.',
  },
  {
    query: 'offline conflicts last one wins',
    kind: 'phrase',
    page: '/integration/mobile-offline',
    heading: 'deciding-questions',
    why: 'The questions that decide explain last-one-wins conflicts of offline synchronization and how to detect them.',
  },
  {
    query: 'file formats and separators',
    kind: 'phrase',
    page: '/integration/batch-integration',
    heading: 'formats',
    why: 'The file formats section covers CSV separators, quoting, XML with XSD, Excel and fixed width.',
  },
  {
    query: 'same changes to many apps',
    kind: 'phrase',
    page: '/integration/distribute-data',
    heading: 'method-events',
    why: 'Distributing data uses events when many apps need the same changes.',
  },
  {
    query: 'dedicated input app',
    kind: 'phrase',
    page: '/integration/event-integration',
    heading: 'input-app',
    why: 'Event-driven integration has an option named dedicated input app.',
  },

  // hostile: odd inputs that still carry a real need.
  {
    query: 'Excel (Importer|Exporter)',
    kind: 'hostile',
    page: '/integration/batch-integration',
    heading: 'in-mendix',
    why: 'A regex naming both Excel modules, which the Mendix part of batch integration compares.',
  },
  {
    query: '<em>deep links</em>',
    kind: 'hostile',
    page: '/integration/ui-integration',
    why: 'Markup around deep links, the main option of UI integration.',
  },
  {
    query: '<img src=x onerror=alert(1)> offline-first',
    kind: 'hostile',
    page: '/integration/mobile-offline',
    why: 'Behind the injected tag is offline-first, the core of mobile integration and offline.',
  },
  {
    query: 'Mendix Event Broker イベント',
    kind: 'hostile',
    page: '/integration/event-integration',
    heading: 'business-events',
    why: 'Mixed scripts around the Mendix Event Broker, explained with business events.',
  },
  {
    query: '🤖 AI agents MCP',
    kind: 'hostile',
    page: '/integration/ai-machine-learning',
    heading: 'method-services',
    why: 'AI agents outside the app use the MCP Server module, described under service integration for AI.',
  },
  {
    query: 'ＪＤＢＣ',
    kind: 'hostile',
    page: '/integration/glossary',
    heading: 'jdbc',
    why: 'Full-width JDBC, a glossary term with the rule never to open it through a firewall.',
  },
  {
    query: `${'integration '.repeat(40)}process orchestration`,
    kind: 'hostile',
    page: '/integration/process-orchestration',
    why: 'Behind the padding is process orchestration, which has its own use case page.',
  },
  {
    query: '   OPERATIONS    AND    MONITORING   ',
    kind: 'hostile',
    page: '/integration/ops-monitoring',
    why: 'Odd spacing and case around the use case integration with operations and monitoring.',
  },
  {
    query: 'Event_Broker_Bridges',
    kind: 'hostile',
    page: '/integration/event-integration',
    heading: 'other-systems',
    why: 'Underscores for spaces: Event Broker bridges are explained under events from and to other systems.',
  },
] as const satisfies readonly RelevanceQuery[];

/** Pure garbage with no right page: the search must answer quickly with a no-results message. */
export const noAnswer: readonly string[] = [
  '%00%00%00',
  '💩💩💩💩',
  'z'.repeat(599),
  '{{{{[[[[((((',
  '\u200b\u200b\u200b',
  '?*+^$|',
];
