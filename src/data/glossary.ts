/**
 * The glossary: every integration term the guide explains, with the anchor other pages link to, the abbreviations
 * and other names a reader may search for, and the definition the glossary page shows. The page
 * (`docs/glossary.mdx`) draws its letter and term sections from this file at build time
 * (`src/plugins/remark-glossary`); the search and previews of a term read the same entries through
 * `glossary-queries.ts`. `glossary.test.ts` holds what the types cannot.
 *
 * To add a term: add its anchor to `GLOSSARY_IDS` where it sorts alphabetically, then its entry to `glossary`.
 * Link to a guide page as `[text](${GUIDE_BASE}/<slug>)`.
 */
import {GUIDE_BASE} from './queries';

/** One term of the glossary. */
export interface GlossaryEntry {
  /** The heading on the glossary page, e.g. 'BI (business intelligence)'. */
  readonly term: string;
  /**
   * Other names a reader may search for: the abbreviation and its expansion, a former name, a real synonym in
   * this guide's sense (never a general word that would mislead). Each alias belongs to one term only.
   */
  readonly aliases: readonly string[];
  /**
   * The definition as the page shows it: MDX Markdown paragraphs with links to guide pages and
   * `<Capability id="..." />` mentions. Its first sentence, as plain text, is the term's short definition
   * (`glossarySummary`), so write that sentence to stand on its own.
   */
  readonly definition: string;
}

/** The anchors of the terms (`/integration/glossary#<id>`), in the order of the page: alphabetical by term. */
export const GLOSSARY_IDS = [
  'api-gateway',
  'api-management',
  'bam',
  'bi',
  'business-event',
  'case-management',
  'catalog',
  'cdc',
  'cdn',
  'change-flag',
  'ci-cd',
  'cms',
  'csv',
  'data-lake',
  'dead-letter-queue',
  'deep-link',
  'dwh',
  'esb',
  'etl',
  'event-broker',
  'external-entity',
  'idempotency',
  'idp',
  'import-export-mapping',
  'iot',
  'jdbc',
  'kafka',
  'ldap',
  'master-data',
  'mdm',
  'message-queue',
  'mft',
  'microservice',
  'mqtt',
  'oauth',
  'odata',
  'ods',
  'offline-first',
  'oidc',
  'openapi',
  'opentelemetry',
  'process-orchestration',
  'publish-subscribe',
  'push-notification',
  'pwa',
  'rabbitmq',
  'reference-data',
  'request-reply',
  'rest',
  'reverse-proxy',
  'rpc',
  'saml',
  'scheduled-event',
  'sda',
  'sftp',
  'soap',
  'sso',
  'state-engine',
  'straight-through-processing',
  'task-queue',
  'tls',
  'transactional-data',
  'webhook',
  'workflow',
  'wsdl',
  'xsd',
] as const;
/** The anchor of a glossary term. */
export type GlossaryId = (typeof GLOSSARY_IDS)[number];

/** Every term of the glossary, by anchor. */
export const glossary = {
  'api-gateway': {
    term: 'API gateway',
    aliases: [],
    definition: `A server that stands in front of a group of APIs and handles what they have in common: checking who is
calling, limiting traffic, routing requests and running old and new versions side by side. Consumers deal with
the gateway instead of with each system behind it. A new app that needs services from many systems in several
locations then talks to one party instead of ten; see
[integration layers and gateways](${GUIDE_BASE}/integration-layers).`,
  },
  'api-management': {
    term: 'API management',
    aliases: [],
    definition: `The practice and tooling for publishing, securing, documenting, versioning and monitoring APIs over their whole
life, usually built around an API gateway and a developer portal. Organizations run it for partners (B2B) as
well as for internal consumers. See [integration layers and gateways](${GUIDE_BASE}/integration-layers).`,
  },
  bam: {
    term: 'BAM (business activity monitoring)',
    aliases: ['BAM', 'business activity monitoring'],
    definition: `Watching business processes while they run, using events and figures from the systems involved, so that people
see delays, backlogs and trends while there is still time to act. An app can feed a BAM tool with events or
statistics about its own processes; see [operations and monitoring](${GUIDE_BASE}/ops-monitoring).`,
  },
  bi: {
    term: 'BI (business intelligence)',
    aliases: ['BI', 'business intelligence'],
    definition: `The tools and practices that turn data from many systems into reports, dashboards and analyses for decision
makers. BI tools usually read from a data warehouse or a data lake rather than from operational apps. Files are
the most decoupled way to hand Mendix app data to BI; see [BI and reporting](${GUIDE_BASE}/bi-reporting).`,
  },
  'business-event': {
    term: 'Business event',
    aliases: [],
    definition: `A notification that something meaningful happened in the business, such as an order being placed or a customer
moving house, published so that other systems can react to it. The publisher does not need to know who
listens. With <Capability id="business-events" />, Mendix apps publish and subscribe to such events through an
event broker instead of calling each other. An event carries a flat object only, so send a key and let the
receiver fetch a complex structure through an API. See [event-driven integration](${GUIDE_BASE}/event-integration).`,
  },
  'case-management': {
    term: 'Case management',
    aliases: [],
    definition: `A way to support work that has no fixed path: a case, such as a claim or an incident, gathers its documents,
tasks and decisions while people choose the next step. It suits knowledge work where the order of the steps
depends on what turns up along the way. Mendix <Capability id="workflows" /> are built for processes with a
known path, so case management usually needs more freedom than a single workflow gives: several small workflows
tied together by other logic, or screens where people choose the next step. See
[process integration](${GUIDE_BASE}/process-integration).`,
  },
  catalog: {
    term: 'Catalog',
    aliases: ['Mendix Catalog', 'Data Hub'],
    definition: `The Mendix <Capability id="catalog" />, formerly called Data Hub, is a register of the services that the apps in
your organization publish, so that developers can find a data source and reuse it. Apps deployed to Mendix Cloud
register their published OData, REST (OpenAPI), SOAP and business event services automatically when they are
deployed; apps that run elsewhere register through the Catalog APIs. In Studio Pro you search it from the
Integration pane and drag a service's entities into your domain model as <Capability id="external-entities">external entities</Capability>; see
[view and search data in another system](${GUIDE_BASE}/view-search-data).`,
  },
  cdc: {
    term: 'CDC (change data capture)',
    aliases: ['CDC', 'change data capture'],
    definition: `Picking up every create, update and delete as a database commits it and passing each one on as an event,
so that other systems learn of changes without the app that made them sending anything itself. In Mendix,
<Capability id="change-data-capture" /> streams the committed changes of the entities you choose to a Kafka topic
per entity, for warehouses, lakes and other apps; see [event-driven integration](${GUIDE_BASE}/event-integration).`,
  },
  cdn: {
    term: 'CDN (content delivery network)',
    aliases: ['CDN', 'content delivery network'],
    definition: `A network of servers spread around the world that keeps copies of static content, such as images, scripts and
style sheets, close to users so that pages load faster. Many CDNs also shield websites and APIs against
denial-of-service attacks, throttle traffic and filter bots. See [CMS and CDN integration](${GUIDE_BASE}/cms-cdn).`,
  },
  'change-flag': {
    term: 'Change flag',
    aliases: [],
    definition: `A marker on a record that tells one particular subscriber that the record changed and is waiting to be picked
up; the subscriber resets the flag when it fetches the record. Several changes between two pickups collapse into
one update. With one flag per subscriber, it is the recommended way to keep data in sync when the other system
pulls over REST; see [service integration](${GUIDE_BASE}/service-integration).`,
  },
  'ci-cd': {
    term: 'CI/CD (continuous integration and continuous delivery)',
    aliases: ['CI/CD', 'CI', 'CD', 'continuous integration', 'continuous delivery'],
    definition: `Building and testing every change automatically, then moving the tested version through the environments toward
production with little manual work. Your app takes part when build, test automation and deployment tools
integrate with it; see [operations and monitoring](${GUIDE_BASE}/ops-monitoring).`,
  },
  cms: {
    term: 'CMS (content management system)',
    aliases: ['CMS', 'content management system'],
    definition: `Software that lets editors create and publish web content, such as articles, marketing pages and images,
without a developer. A CMS often renders the frame of a website while a Mendix app fills in the functional part;
see [CMS and CDN integration](${GUIDE_BASE}/cms-cdn).`,
  },
  csv: {
    term: 'CSV (comma-separated values)',
    aliases: ['CSV', 'comma-separated values'],
    definition: `A plain-text file format with one record per line and the fields divided by a separator, often a comma or a
semicolon. It is the most common format for batch files and opens in Excel, but a text field that contains the
separator must be quoted or the file breaks. See [batch integration](${GUIDE_BASE}/batch-integration).`,
  },
  'data-lake': {
    term: 'Data lake',
    aliases: [],
    definition: `A large store that keeps raw data from many sources in its original form, structured or not, for later analysis
and machine learning. It serves statistics well and makes a poor operational store for running processes. See
[central data](${GUIDE_BASE}/central-data).`,
  },
  'dead-letter-queue': {
    term: 'Dead-letter queue',
    aliases: ['DLQ'],
    definition: `A queue where a messaging system puts the messages it could not deliver, or that failed processing too many
times, so that they do not block the main queue and someone can inspect and replay them. Decide who watches it:
a message that ends up there is an error that nobody else will report. See
[event-driven integration](${GUIDE_BASE}/event-integration).`,
  },
  'deep-link': {
    term: 'Deep link',
    aliases: [],
    definition: `A URL that opens a specific page or record inside an application instead of its home page, often carrying the
context that page needs. In Mendix you give a page a URL with <Capability id="page-urls" />, or run a microflow
from a URL with <Capability id="microflow-urls" /> when the link needs logic first. They replace the
<Capability id="deep-link-module" />: to keep the old \`/link/\` addresses working after the move, set the page URL
prefix to \`link\` and remove the module. See [UI integration](${GUIDE_BASE}/ui-integration).`,
  },
  dwh: {
    term: 'DWH (data warehouse)',
    aliases: ['DWH', 'data warehouse', 'EDW', 'enterprise data warehouse'],
    definition: `A central database that collects historical data from many systems, cleans it and structures it for reporting
and analysis. It is filled by ETL processes on a schedule and built for queries, not for transactions. See
[BI and reporting](${GUIDE_BASE}/bi-reporting).`,
  },
  esb: {
    term: 'ESB (enterprise service bus)',
    aliases: ['ESB', 'enterprise service bus'],
    definition: `Central middleware that connects systems by routing and transforming the messages between them, and sometimes
by orchestrating them. It decouples systems from each other, but when every change has to pass through one
platform and one team, it tends to become a bottleneck. See
[integration layers and gateways](${GUIDE_BASE}/integration-layers).`,
  },
  etl: {
    term: 'ETL (extract, transform, load)',
    aliases: ['ETL', 'extract, transform, load'],
    definition: `The process of reading data from source systems, reshaping and cleaning it, and writing it into a target such
as a data warehouse. ETL tools often use staging areas to absorb the differences between the sources. See
[central data](${GUIDE_BASE}/central-data).`,
  },
  'event-broker': {
    term: 'Event broker',
    aliases: [],
    definition: `Middleware that receives events from publishers, keeps them, and delivers them to the subscribers that asked for
them; publishers and subscribers never connect to each other directly. Mendix business events travel through the
<Capability id="mendix-event-broker" />, which is built on Apache Kafka, or through a Kafka cluster of your own;
see [event-driven integration](${GUIDE_BASE}/event-integration).`,
  },
  'external-entity': {
    term: 'External entity',
    aliases: [],
    definition: `An entity in a Mendix domain model whose data is not stored in your app but retrieved from a published OData
service of the app that owns it, each time your app uses it. <Capability id="external-entities" /> let you show
and use records owned elsewhere without copying them. You cannot commit them: where the service allows it, you
send changes back with the Send External Object activity. Native offline apps cannot use them. See
[view and search data in another system](${GUIDE_BASE}/view-search-data).`,
  },
  idempotency: {
    term: 'Idempotency',
    aliases: ['idempotent'],
    definition: `The property of an operation that has the same effect whether it runs once or several times, like setting a
status rather than adding an amount to a balance. It makes retries and redelivered messages safe. Design your
interfaces so that a repeated call, event or import cannot create duplicates, for example by identifying every
record with a unique key; see [event-driven integration](${GUIDE_BASE}/event-integration).`,
  },
  idp: {
    term: 'IdP (identity provider)',
    aliases: ['IdP', 'identity provider', 'Entra ID', 'Azure AD'],
    definition: `The system that holds user identities and authenticates users on behalf of other applications, for example
Microsoft Entra ID or Okta. Applications trust the identity provider instead of keeping passwords themselves.
A Mendix app trusts it through the <Capability id="oidc-sso" /> or <Capability id="saml" /> module. Where a group
of Mendix apps has no identity provider to lean on, one app with the <Capability id="oidc-provider" /> module can
issue the tokens for the others. See [SSO, directory and identity integration](${GUIDE_BASE}/sso-identity).`,
  },
  'import-export-mapping': {
    term: 'Import and export mappings',
    aliases: ['import mapping', 'export mapping'],
    definition: `Mendix documents that translate between a JSON or XML structure and the entities of a domain model:
<Capability id="import-mappings">an import mapping</Capability> turns an incoming message into objects, and
<Capability id="export-mappings">an export mapping</Capability> turns objects into an outgoing message. You base
them on a JSON structure, an XML schema or a message definition, and use them with REST and SOAP services and
with XML or JSON files. See
[service integration](${GUIDE_BASE}/service-integration).`,
  },
  iot: {
    term: 'IoT (Internet of Things)',
    aliases: ['IoT', 'Internet of Things'],
    definition: `Physical devices, such as sensors, machines and vehicles, that are connected to a network and send measurements
or receive commands. Their data usually flows one way, in large volumes, as a stream of events. See
[integration with IoT solutions](${GUIDE_BASE}/iot).`,
  },
  jdbc: {
    term: 'JDBC (Java Database Connectivity)',
    aliases: ['JDBC', 'Java Database Connectivity'],
    definition: `The standard Java API for connecting to relational databases and running SQL statements. The
<Capability id="external-database-connector" /> uses it: it supports Microsoft SQL Server, MySQL, PostgreSQL,
Oracle and Snowflake out of the box, and other databases when you add their JDBC driver. Never open a JDBC
connection through a firewall, though: deploy an adapter next to the database instead. See [service integration](${GUIDE_BASE}/service-integration).`,
  },
  kafka: {
    term: 'Kafka',
    aliases: ['Apache Kafka'],
    definition: `Apache Kafka is an open-source, distributed event-streaming platform that stores streams of records in
partitioned, replicated logs. It handles very high volumes, survives the loss of servers and lets many producers
and consumers share the same streams. In Mendix it sits under the <Capability id="mendix-event-broker" />, which
carries business events, and under <Capability id="change-data-capture" />, which streams the changes of
chosen entities to one Kafka topic per entity in a format that Debezium-based consumers understand. Both can use
your own Kafka cluster instead of the Mendix one; see [event-driven integration](${GUIDE_BASE}/event-integration).`,
  },
  ldap: {
    term: 'LDAP (Lightweight Directory Access Protocol)',
    aliases: ['LDAP', 'Lightweight Directory Access Protocol', 'Active Directory', 'AD'],
    definition: `An open standard protocol for reading and maintaining directory information, such as users, groups and their
attributes, for example in Microsoft Active Directory. With single sign-on the directory usually sits behind an
identity provider, so your app rarely has to speak LDAP itself. Where it must, typically on premises or on
Kubernetes, the <Capability id="ldap">LDAP module</Capability> synchronizes users, groups and their status into the
app on a schedule; it reads from the directory but never writes to it, and for signing in Mendix recommends OIDC
SSO or SAML over LDAP. See
[SSO, directory and identity integration](${GUIDE_BASE}/sso-identity).`,
  },
  'master-data': {
    term: 'Master data',
    aliases: [],
    definition: `The semi-permanent core objects that many processes share, such as customers, products, suppliers and employees.
It changes now and then and must be the same wherever it is used. See
[update data in the master app](${GUIDE_BASE}/master-data).`,
  },
  mdm: {
    term: 'MDM (master data management)',
    aliases: ['MDM', 'master data management'],
    definition: `The discipline and tooling for keeping one authoritative version of master data: a master copy in one place,
controlled ways to update it, data stewards who resolve conflicts and remove duplicates, and distribution of the
changes to every system that uses the data. See [update data in the master app](${GUIDE_BASE}/master-data).`,
  },
  'message-queue': {
    term: 'Message queue',
    aliases: [],
    definition: `A buffer that holds messages between a sender and a receiver until the receiver takes them, so that the two do
not have to be available at the same time or work at the same speed. Each message is normally processed by one
consumer. See [event-driven integration](${GUIDE_BASE}/event-integration).`,
  },
  mft: {
    term: 'MFT (managed file transfer)',
    aliases: ['MFT', 'managed file transfer'],
    definition: `Software that moves files between systems and organizations securely and under control, with scheduling,
retries, an audit trail and an alarm when a file is late or missing. See
[batch integration](${GUIDE_BASE}/batch-integration).`,
  },
  microservice: {
    term: 'Microservice',
    aliases: [],
    definition: `A small application that owns one business capability together with its data, is deployed on its own, and talks
to other services only through clear interfaces. A Mendix app is a natural microservice because it keeps its
user interface, logic and data in one deployable; between the apps of one system, keep integration layers thin
or leave them out. See [integration layers and gateways](${GUIDE_BASE}/integration-layers).`,
  },
  mqtt: {
    term: 'MQTT',
    aliases: [],
    definition: `A lightweight publish-subscribe messaging protocol, standardized by OASIS, designed for devices with little
power and unreliable networks. Devices publish messages to topics on a broker, and every subscriber to a topic
receives them. A Mendix app publishes and subscribes from microflows with the
<Capability id="mqtt-connector">MQTT connector</Capability>. See [integration with IoT solutions](${GUIDE_BASE}/iot).`,
  },
  oauth: {
    term: 'OAuth 2.0',
    aliases: ['OAuth', 'OAuth2'],
    definition: `An authorization framework, published by the IETF, that lets an application get limited access to a resource
through access tokens, without ever handling the user's password. It grants access; on its own it does not
prove who the user is, which is what OpenID Connect adds. See
[SSO, directory and identity integration](${GUIDE_BASE}/sso-identity).`,
  },
  odata: {
    term: 'OData (Open Data Protocol)',
    aliases: ['OData', 'Open Data Protocol'],
    definition: `An OASIS standard for REST-based data services over HTTP, with a machine-readable description of the data model
and a uniform way to query, filter, page and update the data. Mendix apps offer
<Capability id="published-odata" /> and consume OData services, and <Capability id="external-entities">external entities</Capability> and the Catalog build on
them; because the contract follows your domain model, consumers
become coupled to it. See [service integration](${GUIDE_BASE}/service-integration).`,
  },
  ods: {
    term: 'ODS (operational data store)',
    aliases: ['ODS', 'operational data store'],
    definition: `A database that combines current data from several operational systems so that processes and reports can use
it in one place. Unlike a data warehouse it holds current rather than historical data and is updated often. See
[central data](${GUIDE_BASE}/central-data).`,
  },
  'offline-first': {
    term: 'Offline-first app',
    aliases: ['offline-first'],
    definition: `An app built to work without a network connection: it keeps the data it needs on the device and synchronizes
with the server whenever a connection is available. Mendix <Capability id="offline-first">offline-first</Capability>
apps, native mobile apps always and progressive web apps when you choose it, synchronize with the app's own
runtime server. They still need a connection for the first start and to sign in, so plan for that, and for what
happens when the same record changes on the device and on the server. See
[mobile integration and offline](${GUIDE_BASE}/mobile-offline).`,
  },
  oidc: {
    term: 'OIDC (OpenID Connect)',
    aliases: ['OIDC', 'OpenID Connect'],
    definition: `An identity layer on top of OAuth 2.0, maintained by the OpenID Foundation, that lets an application learn who
the user is from a sign-in at an identity provider, delivered as a signed ID token. The
<Capability id="oidc-sso" /> module lets a Mendix app sign users in through an OpenID Connect provider, and the
<Capability id="oidc-provider" /> module lets a Mendix app act as one; see
[SSO, directory and identity integration](${GUIDE_BASE}/sso-identity).`,
  },
  openapi: {
    term: 'OpenAPI',
    aliases: ['Swagger'],
    definition: `A standard, language-neutral format for describing REST APIs, formerly known as Swagger: it lists endpoints,
parameters, messages and security in JSON or YAML. Mendix <Capability id="published-rest" /> come with an
OpenAPI description, served with the other service contracts under the app's \`/api-doc\` path, that consumers can
read or generate clients from. See
[service integration](${GUIDE_BASE}/service-integration).`,
  },
  opentelemetry: {
    term: 'OpenTelemetry',
    aliases: ['OTel'],
    definition: `An open standard, with its own protocol (OTLP) and libraries, for collecting traces, metrics and logs from
applications and sending them to a monitoring backend of your choice. On Mendix Cloud the OpenTelemetry integration
of the <Capability id="apm-integrations" /> sends an app's logs, metrics and traces to such a backend; see
[operations and monitoring](${GUIDE_BASE}/ops-monitoring).`,
  },
  'process-orchestration': {
    term: 'Process orchestration',
    aliases: [],
    definition: `Steering a process that spans several systems from one place: the orchestrator calls each step, keeps the
status, retries what fails and escalates to people when needed. Bank transactions and provisioning are typical
examples. See [process orchestration and state engines](${GUIDE_BASE}/process-orchestration).`,
  },
  'publish-subscribe': {
    term: 'Publish-subscribe',
    aliases: ['pub/sub', 'pubsub'],
    definition: `A messaging pattern in which senders publish messages to a topic without knowing the receivers, and every
subscriber to that topic gets its own copy. It decouples senders from receivers and suits one-to-many and
many-to-many flows. See [event-driven integration](${GUIDE_BASE}/event-integration).`,
  },
  'push-notification': {
    term: 'Push notification',
    aliases: [],
    definition: `A short message that a server sends to a mobile device through the platform's notification service, Apple Push
Notification service or Firebase Cloud Messaging, shown to the user even when the app is closed. Mendix apps send
them with the <Capability id="push-notifications" />, to native iOS and Android apps and to most web browsers; see [mobile integration and offline](${GUIDE_BASE}/mobile-offline).`,
  },
  pwa: {
    term: 'PWA (progressive web app)',
    aliases: ['PWA', 'progressive web app'],
    definition: `A web app that people can install from the browser on a phone or computer, that opens like an app and can
keep working on a poor connection. Mendix builds progressive web apps, including
<Capability id="offline-first">offline-first</Capability> ones that keep their data on the device and synchronize it
with the runtime; see [mobile integration and offline](${GUIDE_BASE}/mobile-offline).`,
  },
  rabbitmq: {
    term: 'RabbitMQ',
    aliases: [],
    definition: `A widely used open-source message broker that queues and routes messages between applications. It implements
AMQP and, through plugins, other protocols such as MQTT. See
[event-driven integration](${GUIDE_BASE}/event-integration).`,
  },
  'reference-data': {
    term: 'Reference data',
    aliases: [],
    definition: `Sets of values that change slowly and classify other data, such as country codes, currencies or product
categories. They usually come from an outside authority or from one owning system. In a group of apps, let one
app import the reference data and distribute it to the others; see
[import and distribute reference data](${GUIDE_BASE}/reference-data).`,
  },
  'request-reply': {
    term: 'Request-reply',
    aliases: ['request-response'],
    definition: `An interaction in which the caller sends a request and waits for the answer before it continues. It is easy to
reason about, but both sides must be available at the same moment. See
[service integration](${GUIDE_BASE}/service-integration).`,
  },
  rest: {
    term: 'REST (representational state transfer)',
    aliases: ['REST', 'RESTful', 'representational state transfer'],
    definition: `An architectural style for web APIs in which every resource has a URL and is read and changed with the standard
HTTP methods, usually exchanging JSON. <Capability id="published-rest" /> and
<Capability id="consumed-rest" /> are the first choice when a Mendix app serves or calls other systems; see [service integration](${GUIDE_BASE}/service-integration).`,
  },
  'reverse-proxy': {
    term: 'Reverse proxy',
    aliases: [],
    definition: `A server that receives requests on behalf of one or more back-end servers and forwards them, hiding the servers
behind it. It can put several applications under one domain, terminate TLS, cache responses and filter traffic.
See [CMS and CDN integration](${GUIDE_BASE}/cms-cdn).`,
  },
  rpc: {
    term: 'RPC (remote procedure call)',
    aliases: ['RPC', 'remote procedure call'],
    definition: `Calling a function in another system as if it were local: you send the parameters and wait for the result. In
this guide, service integration is the RPC category, covering REST, OData, SOAP and older RPC protocols. See
[service integration](${GUIDE_BASE}/service-integration).`,
  },
  saml: {
    term: 'SAML (Security Assertion Markup Language)',
    aliases: ['SAML', 'SAML 2.0', 'Security Assertion Markup Language'],
    definition: `An OASIS standard, used in practice as SAML 2.0, in which an identity provider sends signed XML assertions that
tell an application who the user is. It is widespread for single sign-on in enterprises. The
<Capability id="saml" /> module makes a Mendix app a SAML 2.0 service provider that delegates sign-in to one or
more identity providers; see [SSO, directory and identity integration](${GUIDE_BASE}/sso-identity).`,
  },
  'scheduled-event': {
    term: 'Scheduled event',
    aliases: [],
    definition: `A Mendix feature that runs a microflow at set times or intervals, such as every night at two.
<Capability id="scheduled-events" /> are the usual trigger for batch imports, exports and clean-up jobs; run
heavy ones off-peak. When the app runs on several instances, only one of them, the cluster leader, runs scheduled
events, so hand large jobs on to a <Capability id="task-queues">task queue</Capability> if you want the work spread out. See
[export, import and batch processing](${GUIDE_BASE}/export-import-batch).`,
  },
  sda: {
    term: 'SDA (shared data app)',
    aliases: ['SDA', 'shared data app'],
    definition: `A Mendix app that lands, combines and serves data for a group of apps, acting as both an operational data store
and an integration app for a functional area, a set of microservices or a department. Let reference data flow
out of it and master data flow into it, never both ways for the same type of data. See
[central data](${GUIDE_BASE}/central-data).`,
  },
  sftp: {
    term: 'SFTP (SSH File Transfer Protocol)',
    aliases: ['SFTP', 'SSH File Transfer Protocol'],
    definition: `A protocol for transferring and managing files over an encrypted SSH connection; it is not FTP over TLS, which
is called FTPS. Use it rather than plain FTP for every batch file that leaves your network; see
[batch integration](${GUIDE_BASE}/batch-integration).`,
  },
  soap: {
    term: 'SOAP',
    aliases: ['Simple Object Access Protocol'],
    definition: `A protocol for exchanging XML messages between services, usually over HTTP, with the interface described in WSDL
and the messages in XSD; the name once stood for Simple Object Access Protocol. You meet it mostly in older
systems and ESBs. A Mendix app calls it through <Capability id="consumed-web-services" /> and offers it through
<Capability id="published-web-services" />. See
[service integration](${GUIDE_BASE}/service-integration).`,
  },
  sso: {
    term: 'SSO (single sign-on)',
    aliases: ['SSO', 'single sign-on'],
    definition: `An arrangement in which users authenticate once at an identity provider and then use several applications
without signing in again. Mendix apps join through the <Capability id="oidc-sso" /> or <Capability id="saml" />
module. Apps that still let people sign in with their Mendix account through <Capability id="mendix-sso" />
should move to one of those two; see [SSO, directory and identity integration](${GUIDE_BASE}/sso-identity).`,
  },
  'state-engine': {
    term: 'State engine',
    aliases: [],
    definition: `A system that tracks the state of business objects by collecting the events of a chain of processes, as in
track and trace of shipments, without steering those processes itself. It usually handles very high volumes.
See [process orchestration and state engines](${GUIDE_BASE}/process-orchestration).`,
  },
  'straight-through-processing': {
    term: 'Straight-through processing (STP)',
    aliases: ['STP'],
    definition: `Handling a transaction from start to finish automatically, without a person touching it. Event-driven chains
aim for a very high rate, around 99 percent as a rule of thumb, so that people handle only the exceptions. See
[process orchestration and state engines](${GUIDE_BASE}/process-orchestration).`,
  },
  'task-queue': {
    term: 'Task queue',
    aliases: [],
    definition: `A Mendix platform feature that runs microflows or Java actions in the background, after the transaction that
queued them commits, with a limit on how many run in parallel per instance or for the whole cluster.
<Capability id="task-queues" /> can retry a failed task with a fixed or a growing delay, and they share the work
over all instances of the app. A task runs at least once, and more than once when an instance fails midway, so make
it idempotent. Use them to retry calls to a system that is down or to work through a large import piece by piece.
They replace the <Capability id="process-queue" />, which does not support apps that run on more than one
instance. See [service integration](${GUIDE_BASE}/service-integration).`,
  },
  tls: {
    term: 'TLS (Transport Layer Security)',
    aliases: ['TLS', 'Transport Layer Security', 'SSL'],
    definition: `The standard protocol that encrypts and authenticates network connections, as in HTTPS; it replaced the older
SSL. Use it for every service call, so that apps in different clouds and data centers can talk safely; see
[Mendix and integration](${GUIDE_BASE}/mendix-integration).`,
  },
  'transactional-data': {
    term: 'Transactional data',
    aliases: [],
    definition: `The records of business events as they happen, such as orders, payments and shipments. It grows quickly, refers
to master and reference data, and belongs to the process that created it. See
[distribute master and transactional data](${GUIDE_BASE}/distribute-data).`,
  },
  webhook: {
    term: 'Webhook',
    aliases: ['HTTP callback'],
    definition: `An HTTP callback: a system calls a URL you registered whenever a given event occurs, so you do not have to poll
it. The receiver must answer quickly and cope with repeated or missed calls; in a Mendix app, one of your
<Capability id="published-rest" /> can be the receiving end, handing the work to a <Capability id="task-queues">task queue</Capability> so that it answers
at once. See [event-driven integration](${GUIDE_BASE}/event-integration).`,
  },
  workflow: {
    term: 'Workflow',
    aliases: [],
    definition: `A sequence of steps, often involving people, that moves a piece of work to completion. Mendix
<Capability id="workflows" /> model multi-step processes that combine user tasks, decisions and automated steps,
and suit processes with a known path that run often and take hours to months. Work without a clear path fits
them poorly; see
[process integration](${GUIDE_BASE}/process-integration).`,
  },
  wsdl: {
    term: 'WSDL (Web Services Description Language)',
    aliases: ['WSDL', 'Web Services Description Language'],
    definition: `A W3C XML format that describes a SOAP service: its operations, messages, bindings and endpoint address. A
Mendix app starts consuming a SOAP service by importing its WSDL into one of its
<Capability id="consumed-web-services" />. See
[service integration](${GUIDE_BASE}/service-integration).`,
  },
  xsd: {
    term: 'XSD (XML Schema Definition)',
    aliases: ['XSD', 'XML Schema Definition', 'XML schema'],
    definition: `The W3C language for describing the structure and data types that an XML document must have. WSDL files use it
to define their messages, and batch interfaces use it to agree on XML file formats. Mendix imports it as an XML
schema document, on which you base <Capability id="import-mappings">import</Capability> and
<Capability id="export-mappings">export mappings</Capability>. See [service integration](${GUIDE_BASE}/service-integration).`,
  },
} as const satisfies Record<GlossaryId, GlossaryEntry>;
