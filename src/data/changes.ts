/**
 * "What changed in the guide": every change of guidance, newest first, with the pages it touched. The changes
 * page and its Atom and RSS feeds (src/plugins/changes-feed) are drawn from this list; `changes.test.ts` checks
 * the ids, dates and pages.
 */

/** One change of guidance. */
export interface GuideChange {
  /** Stable id: the entry's anchor on the changes page and its id in the feeds. Never reuse or rename one. */
  readonly id: string;
  /** The day it was published, as YYYY-MM-DD. */
  readonly date: string;
  /** What changed, in a few words. */
  readonly title: string;
  /** What changed and what a reader should now do differently, in one to three sentences. */
  readonly summary: string;
  /** Doc ids of the pages it touched, as the docs plugin names them: 'use-cases/iot', 'glossary'. */
  readonly pages: readonly string[];
}

/** Where the changes page and its feeds are published. */
export const CHANGES_PAGE_SLUG = 'changes';
export const CHANGES_ATOM_FILE = 'changes.atom.xml';
export const CHANGES_RSS_FILE = 'changes.rss.xml';

export const changes = [
  {
    id: '2026-12-03-monitoring',
    date: '2026-12-03',
    title: 'Less tracing volume, and more data for Splunk and others',
    summary:
      'From Studio Pro 11.15 the runtime setting OpenTelemetry.MinimalMode keeps only the spans where work enters or leaves the app, which cuts tracing volume. The Splunk Cloud Platform integration carries metrics since 16 January 2026, and the Splunk, New Relic and Dynatrace integrations carry access logs since 18 February 2026.',
    pages: ['use-cases/ops-monitoring'],
  },
  {
    id: '2026-12-03-genai-regions',
    date: '2026-12-03',
    title: 'Where Mendix Cloud GenAI models process data, and which Agents Kit to use',
    summary:
      'In the Mendix Cloud EU region the Claude models and Cohere Embed v4 run only through cross-region inference across several AWS regions in Europe, and the Canada region offers only older models, so check data residency per model. The current GenAI and MCP module versions (Agents Kit 2) need Studio Pro 11.12; apps on 10.24 to 11.11 use Agents Kit 1.',
    pages: ['use-cases/ai-machine-learning'],
  },
  {
    id: '2026-12-03-embedded-client',
    date: '2026-12-03',
    title: 'Embedding a Mendix app without an iframe',
    summary:
      'The Embedded Client, a public beta since Studio Pro 11.12, lets a host web application load a Mendix app as a component of its own page, with the React client only. In the beta the embedded app needs anonymous users and cannot take over the host’s sign-in, so it does not yet suit pages where users must be signed in.',
    pages: ['categories/ui-integration'],
  },
  {
    id: '2026-12-03-data-transformers',
    date: '2026-12-03',
    title: 'Data Transformers for reshaping JSON',
    summary:
      'Data Transformers, generally available since Studio Pro 11.12, turn one JSON message into another with a JSLT script run by the Transform JSON microflow activity. Use them to prepare a message for an import mapping or to reshape it for another system.',
    pages: ['categories/service-integration', 'mendix-integration'],
  },
  {
    id: '2026-12-03-external-database-connector',
    date: '2026-12-03',
    title: 'External Database Connector built into Studio Pro',
    summary:
      'Since Studio Pro 11.13 the External Database Connector is part of Studio Pro, so you no longer download it from the Marketplace; on older versions it is still a Marketplace module.',
    pages: ['categories/service-integration'],
  },
  {
    id: '2026-12-03-change-data-capture',
    date: '2026-12-03',
    title: 'Change data capture feeds external stores, not apps',
    summary:
      'Change data capture (beta since Studio Pro 11.12) publishes entity changes to a Kafka topic per entity for warehouses, lakes and other stores; it does not fill other apps’ databases. Apps running on several instances need active-producer election to avoid duplicate events, and inherited attributes and associations cannot be tracked.',
    pages: ['categories/central-data', 'categories/event-integration'],
  },
  {
    id: '2026-12-03-event-broker-bridges',
    date: '2026-12-03',
    title: 'What each Event Broker bridge carries',
    summary:
      'The HTTP bridge only carries events into the Event Broker; business events leave it through the AWS S3, Azure Blob Storage and AWS SQS bridges. The Iceberg bridge carries change data capture events, not business events, to Apache Iceberg tables in AWS S3 or Azure Blob Storage.',
    pages: ['categories/central-data', 'categories/event-integration', 'categories/integration-layers'],
  },
  {
    id: '2026-12-03-oidc-audience',
    date: '2026-12-03',
    title: 'OIDC SSO checks the audience of API tokens',
    summary:
      'From version 4.7.0 the OIDC SSO module checks the audience (aud) claim of tokens sent to your APIs, by default. Enter each API’s resource path and expected audience, or its calls fail; unique scope values per API are only needed on older versions.',
    pages: ['use-cases/sso-identity'],
  },
  {
    id: '2026-12-03-mendix-sso',
    date: '2026-12-03',
    title: 'Mendix SSO is deprecated',
    summary:
      'The Mendix SSO module is deprecated since 1 May 2026, with its removal from the public Marketplace set for 1 November 2026. Apps that still use it must move to OIDC SSO with an identity provider, or, without one, to local accounts or a sign-in built on the OIDC Provider module.',
    pages: ['use-cases/sso-identity', 'categories/ui-integration'],
  },
  {
    id: '2026-12-03-own-network',
    date: '2026-12-03',
    title: 'Reaching your own network from Mendix Cloud',
    summary:
      'Integration layers now answers this in a section of its own. Mendix Cloud still supports no VPN: call in through a public reverse proxy that allows only the region’s outgoing IP addresses and checks a client certificate. Mendix Cloud Private Connectivity, a public beta from January 2026, cannot be used until it is generally available.',
    pages: ['categories/integration-layers'],
  },
  {
    id: '2026-12-02-catalogue',
    date: '2026-12-02',
    title: 'A catalogue of the Mendix capabilities the guide names',
    summary:
      'Every Mendix feature, module, connector and service the guide names now comes from one catalogue, checked against its reference page. Pages show each one’s status, Studio Pro version and deployment limits next to its name, and every page says when it was last reviewed.',
    pages: ['mendix-capabilities', 'changes'],
  },
  {
    id: '2026-12-02-odata-files',
    date: '2026-12-02',
    title: 'OData can carry file contents',
    summary:
      'The guide said OData carries no documents. Binary attributes cannot be published, but the contents of FileDocument and Image entities can, Base64-encoded as Edm.Binary: fine for a few small documents, not for bulk files.',
    pages: [
      'categories/service-integration',
      'categories/batch-integration',
      'use-cases/bi-reporting',
      'use-cases/export-import-batch',
    ],
  },
  {
    id: '2026-12-02-mendix-sso',
    date: '2026-12-02',
    title: 'Mendix SSO is deprecated: use OIDC SSO',
    summary:
      'Mendix SSO was offered for sign-in with a Mendix account. Mendix has deprecated it; the pages now use the OIDC SSO module, SAML, Mobile SSO for native apps, and the OIDC Provider where an organization has no identity provider.',
    pages: ['categories/ui-integration', 'use-cases/sso-identity', 'glossary'],
  },
  {
    id: '2026-12-02-process-queue',
    date: '2026-12-02',
    title: 'Task queues replace the Process Queue module',
    summary:
      'The Process Queue module was offered for older apps. It is deprecated since Studio Pro 9 and does not work when an app runs on more than one instance; the pages now use task queues, with their retry and at-least-once behaviour.',
    pages: [
      'categories/service-integration',
      'categories/event-integration',
      'categories/batch-integration',
      'use-cases/export-import-batch',
      'use-cases/process-orchestration',
      'glossary',
    ],
  },
  {
    id: '2026-12-02-app-root',
    date: '2026-12-02',
    title: 'An app behind a reverse proxy needs its own root',
    summary:
      "Routing a few paths of a website's domain to an app does not work: the app serves its client, its runtime calls and its page URLs from its own root. The pages now put each app on its own subdomain (a custom domain on Mendix Cloud) and explain when a sub-path works with ApplicationRootUrl behind your own proxy.",
    pages: ['categories/ui-integration', 'use-cases/cms-cdn', 'categories/integration-layers'],
  },
  {
    id: '2026-12-02-deep-links',
    date: '2026-12-02',
    title: 'Page and microflow URLs replace the Deep Link module',
    summary:
      'Links into an app now use page URLs and microflow URLs. The Deep Link module is deprecated since Studio Pro 10.6 and has no active support from Studio Pro 11; the pages say how to keep old /link/ addresses while migrating.',
    pages: [
      'categories/ui-integration',
      'use-cases/process-integration',
      'use-cases/master-data',
      'use-cases/view-search-data',
      'glossary',
    ],
  },
  {
    id: '2026-12-02-matrix-wording',
    date: '2026-12-02',
    title: 'Prose matches the matrix',
    summary:
      'Choose a method said the export and import row lists every method as possible (it lists four), and the process integration and distribution pages called a REST pull the default where the matrix lists services as possible or preferred. The sentences now say what the matrix says.',
    pages: ['choose-a-method', 'use-cases/process-integration', 'use-cases/distribute-data'],
  },
  {
    id: '2026-12-02-connectors',
    date: '2026-12-02',
    title: 'No more connectors Mendix does not document',
    summary:
      'The guide named Mendix connectors for Kafka, RabbitMQ and SFTP that docs.mendix.com does not document. The pages now use what Mendix documents: business events on the Mendix Event Broker or your own Kafka, the MQTT and Amazon SQS connectors, the Amazon S3 connector and file downloads with Call REST.',
    pages: [
      'categories/event-integration',
      'categories/integration-layers',
      'categories/batch-integration',
      'use-cases/iot',
      'use-cases/reference-data',
      'use-cases/bi-reporting',
      'use-cases/ops-monitoring',
      'use-cases/ai-machine-learning',
      'glossary',
    ],
  },
  {
    id: '2026-12-02-event-capabilities',
    date: '2026-12-02',
    title: 'Event Broker bridges, externally defined events and Change Data Capture',
    summary:
      'The event pages now cover Event Broker bridges to Amazon SQS, HTTP and storage, events defined outside Studio Pro through an AsyncAPI document, and Change Data Capture (beta), with the business events facts that shape a design: transactional publishing, no ordering, flat payloads.',
    pages: [
      'categories/event-integration',
      'categories/central-data',
      'use-cases/iot',
      'use-cases/bi-reporting',
      'use-cases/process-integration',
    ],
  },
  {
    id: '2026-12-02-data-import',
    date: '2026-12-02',
    title: 'The Data Importer and the External Database Connector',
    summary:
      'The batch and data pages now name the Data Importer for Excel and CSV files and list the databases the External Database Connector supports, and that it can write as well as read.',
    pages: [
      'categories/batch-integration',
      'categories/central-data',
      'categories/service-integration',
      'use-cases/export-import-batch',
      'use-cases/reference-data',
    ],
  },
  {
    id: '2026-12-02-ops-ai',
    date: '2026-12-02',
    title: 'Operations and AI pages name Mendix’s own tools',
    summary:
      'Operations now covers Mendix Pipelines, the Build and Deploy APIs and what each monitoring integration sends; AI now says which connector fits where the model runs (Mendix Cloud GenAI, OpenAI, Amazon Bedrock, ML Kit, MCP), with licence and data-handling facts.',
    pages: ['use-cases/ops-monitoring', 'use-cases/ai-machine-learning'],
  },
  {
    id: '2026-12-02-runtime',
    date: '2026-12-02',
    title: 'What the runtime does and does not do',
    summary:
      'The principles now say what the runtime server serves and calls, what it does not do (it does not throttle callers), and which Mendix Cloud controls secure it: access restrictions, certificates and custom domains. Offline synchronization, its conflicts and its limits are spelled out on the mobile page.',
    pages: ['mendix-integration', 'overview', 'further-reading', 'use-cases/mobile-offline'],
  },
] as const satisfies readonly GuideChange[];
