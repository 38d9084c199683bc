/**
 * The capability catalogue: the Mendix platform features, Marketplace modules,
 * connectors and services the guide names, each checked against the
 * docs.mendix.com page in its `reference`. Every `<Capability>` in the pages,
 * the catalogue page, the category pages' tables and `/integration/capabilities.json`
 * are drawn from this file; deprecate a capability here and every page that
 * names it says so. `capabilities.test.ts` holds what the types cannot.
 */
import {CAPABILITY_IDS, type Capability, type CapabilityId} from './capability-types';
import type {CategoryId, MethodId} from './types';
import {categories, methods} from './matrix';
import {
  availabilityLabel,
  capabilityPath,
  catalogueCategory,
  servesCategory,
  statusLabel,
  versionLabel,
} from './capability-queries';

export const capabilities = {
  // checked: Page Properties > URL section (Studio Pro 11 reference guide: /p prefix, parameter/attribute segments, Id, no non-persistable parameters); the Deep Link page's comparison table (URL property for pages and microflows introduced in 10.6.0); App Settings > URL Prefix
  'page-urls': {
    name: 'Page URLs',
    kind: 'platform',
    summary:
      "Give a page its own address under the app's URL prefix, with page parameters looked up from attribute values in the path, so links and bookmarks open it directly.",
    methods: ['ui'],
    status: {state: 'current'},
    studioPro: '10.6',
    reference: 'https://docs.mendix.com/refguide/page-properties/#url',
  },
  // checked: Microflow Properties > URL section (runs during client start-up before the home page; path and, from 10.9.0, query-string parameters; no lists or non-persistable entities as parameters); Deep Link page (introduced in 10.6.0)
  'microflow-urls': {
    name: 'Microflow URLs',
    kind: 'platform',
    summary:
      "Run a microflow when a user opens an address under the app's URL prefix, so it can look up the record from a key, check access and show the right page.",
    methods: ['ui'],
    status: {state: 'current'},
    studioPro: '10.6',
    reference: 'https://docs.mendix.com/refguide/microflow/#url',
  },
  // checked: Deep Link page, warning alert ("deprecated from Studio Pro 10.6.0 ... replaced by page URLs and microflow URLs", still supported for Mendix 9) and the Migrating to Page and Microflow URLs section; Upgrading from Studio Pro 10 to 11 > Other ("no longer receives active support starting with Studio Pro 11"). The page gives no minimum Studio Pro version for the current release, so studioPro is omitted.
  'deep-link-module': {
    name: 'Deep Link module',
    kind: 'module',
    summary:
      'Older Marketplace module that mapped /link/ addresses to microflows; superseded by page and microflow URLs and no longer actively supported from Studio Pro 11.',
    methods: ['ui'],
    status: {state: 'deprecated', since: 'Studio Pro 10.6', replacedBy: 'page-urls'},
    reference: 'https://docs.mendix.com/appstore/modules/deep-link/',
  },
  // checked: Embedding the Client, mendix/docs refguide/runtime/mendix-client/embedding-the-client.md
  // @027de1203264a06570a9faa48d11f731445e1c07 (https://docs.mendix.com/refguide/mendix-client/embedding-the-client/;
  // beta: true; warning: introduced in 11.12.0, Public Beta; Introduction: a Mendix web app used as a component inside
  // another web application, only for the React client in 11.12.0 and above; How It Works: an Embedded navigation
  // profile makes the runtime serve /dist/embedded-index.js, which the host imports and calls render(...) on;
  // Authentication: in the Public Beta anonymous users must be enabled and the host's authentication is not passed on;
  // Cross-Origin Requests (CORS), Content Security Policy, Cross-Site Cookies sections). Studio Pro 11.12 release notes
  // @00df36bc5f0222157460da7dfea66acc9aeb1fa7 (11.12.0, 30 June 2026: Embedded Client released in public beta).
  'embedded-client': {
    name: 'Embedded Client',
    kind: 'platform',
    summary:
      'Runs a Mendix web app as a component inside another web application: the host loads a bundle from the Mendix runtime and renders the app into an element of its own page.',
    methods: ['ui'],
    status: {
      state: 'beta',
      note: 'Public beta from Studio Pro 11.12.0, React client only. Anonymous users must be enabled (no hand-over of the host sign-in); a host on another origin needs CORS, CSP and cross-site cookies allowed.',
    },
    studioPro: '11.12',
    reference: 'https://docs.mendix.com/refguide/mendix-client/embedding-the-client/',
  },
  // checked: Runtime Customization > ApplicationRootUrl section (public URL of the app; domain-based or sub-path routing, sub-path supported since Mendix 10.3.0, domain-based routing "generally more stable"; takes precedence over X-Forwarded-* headers in Mendix 10 and above); Custom Domains FAQ (set it so the app builds links to itself with the custom URL)
  'application-root-url': {
    name: 'ApplicationRootUrl runtime setting',
    kind: 'platform',
    summary:
      'Tells the runtime its public address, for links it builds to itself, and from Mendix 10.3 lets a reverse proxy serve the app under a sub-path of a shared domain.',
    methods: ['ui'],
    status: {state: 'current'},
    studioPro: '10.3',
    reference: 'https://docs.mendix.com/refguide/custom-settings/#applicationrooturl-section',
  },
  // checked: Custom Domains page (Mendix Cloud only allows HTTPS, CNAME to [domain].cname.mendix.net, no apex domains, licensed apps only / not Free Apps, certificates per app and domains per environment, ApplicationRootUrl FAQ)
  'custom-domains': {
    name: 'Custom domains',
    kind: 'service',
    summary:
      'Serve a Mendix Cloud environment under your own host name, such as quote.example.com, with your TLS certificate and a CNAME record.',
    methods: ['ui'],
    gateway: true,
    status: {state: 'current'},
    availability: {
      only: ['mendix-cloud'],
      note: 'A Mendix Cloud feature; host names only (no apex domain), set up with a CNAME record.',
    },
    licence: 'Licensed apps only; not available for Free Apps.',
    reference: 'https://docs.mendix.com/developerportal/deploy/custom-domains/',
  },
  // checked: Restrict Access for Incoming Requests page (profiles per app with IPv4/IPv6 ranges and client CAs, either match grants access; applied per environment and per path such as / , /ws/ , /odata/; -doc paths denied by default)
  'access-restrictions': {
    name: 'Access restriction profiles',
    kind: 'service',
    summary:
      'Allow or deny incoming requests per path of a Mendix Cloud environment by IP range or by client certificates signed by your CA.',
    methods: ['ui', 'services'],
    gateway: true,
    status: {state: 'current'},
    availability: {only: ['mendix-cloud'], note: 'Configured on the Network tab of a Mendix Cloud environment.'},
    reference: 'https://docs.mendix.com/developerportal/deploy/access-restrictions/',
  },
  // checked: the whole page (Introduction, Incoming – Certificates, Outgoing – Client Certificates, Outgoing – Certificate Authorities), mendix/docs deployment/mendix-cloud-deploy certificates page
  'cloud-certificates': {
    name: 'Certificates',
    kind: 'service',
    summary:
      'Upload client certificates (PKCS12) and certificate authorities per Mendix Cloud environment for outgoing TLS calls, and pin a client certificate to a consumed web service or a host.',
    methods: ['services'],
    status: {state: 'current'},
    availability: {
      only: ['mendix-cloud'],
      note: 'A Mendix Cloud environment setting; a change takes effect after the app restarts.',
    },
    licence: 'Custom certificates cannot be configured for Free Apps.',
    reference: 'https://docs.mendix.com/developerportal/deploy/certificates/',
  },
  // checked: OIDC SSO page, mendix/docs modules/oidc.md @0b2d8ce6a6a5584a93ac205360a8f05b8256c193: Introduction, Typical Usage Scenarios (API consumption with the access token, not supported with SAML; API security with access tokens), Features (helper microflows call APIs with a valid token and refresh it; page and microflow URLs; subpath routing), Upgrading the OIDC SSO Module table (newest row 4.7.0, Mendix 10.24.0 and above; 4.7.0 adds the EnableAudienceValidation constant for API security, on by default, so Resource path and Expected audience must be set). The Limitations section of the same revision still says the aud claim is not validated; the upgrade table is the newer statement for 4.7.0, so the summary names audience checks.
  'oidc-sso': {
    name: 'OIDC SSO module',
    kind: 'module',
    summary:
      "Sign users in through an OpenID Connect IdP, keep their access tokens to call APIs on their behalf, and validate bearer tokens on the app's own APIs (audience checked by default from 4.7.0).",
    methods: ['ui', 'services'],
    status: {state: 'current'},
    studioPro: '10.24',
    reference: 'https://docs.mendix.com/appstore/modules/oidc/',
  },
  // checked: SAML page: Introduction (SAML 2.0, any number of IdPs; Mendix recommends considering OIDC SSO), Limitations, Prerequisites (external file storage outside Mendix Cloud), Installation (version per Mendix release is listed on the Marketplace Documentation tab; 4.0.0 or above for Mendix 10.12.10 and above). The page gives no minimum Studio Pro version for the current release, so studioPro is omitted. The OIDC SSO page states that calling APIs with the user's token is not supported with SAML.
  saml: {
    name: 'SAML module',
    kind: 'module',
    summary:
      'Delegate sign-in to one or more SAML 2.0 identity providers, including national eID schemes, with single logout.',
    methods: ['ui'],
    status: {state: 'current'},
    reference: 'https://docs.mendix.com/appstore/modules/saml/',
  },
  // checked: Mendix SSO page, mendix/docs modules/mendix-sso.md @3f9d7c601b81a80914ff763afa1effd37710642f
  // (front matter deprecated: true; Introduction warning: deprecated as of 1 May 2026, to be removed from the public
  // Marketplace on 1 November 2026; migrate to OIDC SSO, which needs an IdP, or without an IdP use local credentials or a
  // custom SSO built on the OIDC Provider module), Typical Usage Scenarios (test and acceptance, Mendix-account users),
  // Limitations (Mendix-branded screens, no native mobile), Dependencies (only activated on Mendix Cloud); OIDC SSO page
  // @0b2d8ce6a6a5584a93ac205360a8f05b8256c193 Introduction (Mendix SSO deprecated as of 1 May 2026); Control Center >
  // Groups page (same deprecation). Removal is stated as an announced date; no stored page confirms it took place.
  // No minimum Studio Pro version for the current release is given, so studioPro is omitted.
  'mendix-sso': {
    name: 'Mendix SSO module',
    kind: 'module',
    summary:
      'Signed users in with their Mendix account for test and acceptance; deprecated 1 May 2026, removal from the public Marketplace announced for 1 November 2026. No IdP? Use local sign-in or OIDC Provider.',
    methods: ['ui'],
    status: {state: 'deprecated', since: '2026-05', replacedBy: 'oidc-sso'},
    availability: {
      only: ['mendix-cloud'],
      note: 'Only activated when the app runs on Mendix Cloud; not for native mobile apps.',
    },
    reference: 'https://docs.mendix.com/appstore/modules/mendix-sso/',
  },
  // checked: OIDC Provider page: Introduction (OpenID Provider and OAuth authorization server in a Mendix app), Typical Usage Scenarios (SSO brokering, multi-app solution without a third-party IdP, client credential grant for API consumption), Features and Limitations, Dependencies. No Studio Pro version is stated, so studioPro is omitted.
  'oidc-provider': {
    name: 'OIDC Provider module',
    kind: 'module',
    summary:
      'Turn a Mendix app into an OpenID Connect provider that signs users in to your other Mendix apps, brokers an upstream IdP, and issues access tokens for APIs.',
    methods: ['ui', 'services'],
    status: {state: 'current'},
    reference: 'https://docs.mendix.com/appstore/services/oidc-provider/',
  },
  // NEW id proposed by ui
  // checked: Mobile SSO page: Introduction (OIDC sign-in for native mobile apps, depends on OIDC SSO; PWAs use OIDC SSO), version table (2.1.0 needs Mendix 10.12.3 and above), Limitations (OIDC only, Mendix sessions in the mobile app do not time out)
  'mobile-sso': {
    name: 'Mobile SSO module',
    kind: 'module',
    summary:
      'Single sign-on over OpenID Connect for native mobile apps, built on the OIDC SSO module and an external browser.',
    methods: ['ui'],
    status: {state: 'current'},
    studioPro: '10.12',
    reference: 'https://docs.mendix.com/appstore/modules/mobile-sso/',
  },
  // checked: LDAP page: Introduction (user, group and status sync from an LDAP server such as AD; OIDC SSO or SAML recommended for authentication), Typical Usage Scenarios (on-premises and Kubernetes), Features (LDAPS, multiple servers, group-to-role mapping), Limitations (read-only, full syncs only, no delta sync). No Studio Pro version is stated, so studioPro is omitted.
  ldap: {
    name: 'LDAP module',
    kind: 'module',
    summary:
      'Synchronize users, group memberships and account status from an LDAP directory such as Active Directory, and check passwords against it where SSO is not possible.',
    methods: ['services', 'batch'],
    status: {state: 'current'},
    reference: 'https://docs.mendix.com/appstore/modules/ldap/',
  },
  // checked: SCIM page: Introduction (pre-provision and deactivate users from the IdP), Features (tested with Entra ID and Okta, with OIDC SSO and SAML), Limitations (no group sync, so roles come from the SSO module), Upgrading table (4.0.1 needs Mendix 10.24 LTS and above)
  scim: {
    name: 'SCIM module',
    kind: 'module',
    summary:
      "Let your identity provider create, update and deactivate the app's users over SCIM 2.0 before their first sign-in, following joiners, movers and leavers.",
    methods: ['services'],
    status: {state: 'current'},
    studioPro: '10.24',
    reference: 'https://docs.mendix.com/appstore/modules/scim/',
  },
  // checked: Offline-First Data page (native apps always offline-first, PWAs optional through an offline-first navigation profile; first start and sign-in need a network; backwards compatibility); Offline Synchronization page (what syncs, sync types, upload/download phases, customizable synchronization, System.SynchronizationError); Offline Best Practices (last-wins conflicts, isDeleted flag, unsupported many-to-many, autonumbers, system members, hashed strings). No introducing version is stated, so studioPro is omitted (the feature predates Studio Pro 10).
  'offline-first': {
    name: 'Offline-first apps',
    kind: 'platform',
    summary:
      'Native and progressive web apps that work on a local database on the device and synchronize committed changes with their Mendix runtime when a connection is there.',
    methods: ['services'],
    status: {state: 'current'},
    reference: 'https://docs.mendix.com/refguide/mobile/building-efficient-mobile-apps/offlinefirst-data/',
  },
  // checked: Push Notifications Connector page (native Android and iOS apps and most web browsers); Push Notifications guide series incl. Part 3 (Firebase Cloud Messaging for Android and iOS, APNs credentials in Firebase, web push certificate for PWAs) and Part 6 (PWA setup). No Studio Pro version is stated, so studioPro is omitted.
  'push-notifications': {
    name: 'Push Notifications Connector',
    kind: 'connector',
    summary:
      'Send push notifications from the Mendix runtime through Firebase Cloud Messaging to native Android and iOS apps and to progressive web apps.',
    methods: ['events'],
    status: {state: 'current'},
    reference: 'https://docs.mendix.com/appstore/modules/push-notifications/',
  },
  // checked: refguide "Published REST Service" (General, Export OpenAPI Documentation, Security sections) and
  // refguide "OpenAPI 3.0 Documentation" (OpenAPI 3.0 export since Studio Pro 10.1.0; swagger.json 2.0 still offered).
  'published-rest': {
    name: 'Published REST service',
    kind: 'platform',
    summary:
      'Expose microflows and entities as REST resources, documented in OpenAPI, with basic, session or custom-microflow authentication.',
    methods: ['services'],
    status: {state: 'current'},
    reference: 'https://docs.mendix.com/refguide/published-rest-service/',
  },
  // checked: refguide "Consumed REST Service" (Introduction, Use Cases, Limitations) and refguide10 version of the page
  // ("supported for Mendix Studio Pro 10.17 and above"; Prerequisites: Studio Pro 10.17). Status: GA on Windows only,
  // still beta on macOS per the same alert; the Status type cannot carry a platform note, so it is 'current' here and
  // the macOS beta is left for the lead to mention if wanted. Runs its requests with the Send REST request activity.
  'consumed-rest': {
    name: 'Consumed REST Service',
    kind: 'platform',
    summary:
      'A Studio Pro document that defines an API once (base URL, authentication, headers, requests), tests requests and generates entities from JSON responses.',
    methods: ['services'],
    status: {state: 'current'},
    studioPro: '10.17',
    reference: 'https://docs.mendix.com/refguide/consumed-rest-service/',
  },
  // checked: refguide "Call REST Service" (General tab: timeout default 300 s; Request and Response tabs; binary and
  'call-rest': {
    name: 'Call REST service',
    kind: 'platform',
    summary:
      'Microflow activity that calls any REST endpoint, with import and export mappings, binary and multipart bodies and a per-call timeout.',
    methods: ['services', 'batch'],
    status: {state: 'current'},
    reference: 'https://docs.mendix.com/refguide/call-rest-action/',
  },
  // checked: refguide "Consumed REST Service", sections Use Cases and Import from OpenAPI/Swagger Contract (11: "The
  // ability to import an OpenAPI/Swagger contract is currently in beta"; refguide10: "introduced as a beta feature in
  // Studio Pro 10.21"). The docs.mendix.com overview page (last modified May 2026) now lists a separate page "Import an
  // OpenAPI/Swagger contract"; it is not in the stored repository, so its current status could not be read. Lead:
  // re-check whether the beta label has been lifted in 11.x before publishing.
  'openapi-import': {
    name: 'Import an OpenAPI/Swagger contract',
    kind: 'platform',
    summary:
      'Create the requests of a Consumed REST Service document from an OpenAPI or Swagger contract, from a URL or a file.',
    methods: ['services'],
    status: {state: 'beta', note: 'Marked beta in the Consumed REST Service reference page.'},
    studioPro: '10.21',
    reference: 'https://docs.mendix.com/refguide/consumed-rest-service/#open-api-import',
  },
  // checked: refguide "Published OData/GraphQL Services" (OData v4 JSON standard; OData v3 option deprecated; automatic
  // Catalog registration on Mendix Cloud; versioning warning; authentication methods), "Published OData Entity"
  // (capabilities Insertable/Readable/Updatable/Deletable by database or microflow; paging default page size 10000;
  // Binary attributes not published except FileDocument contents), "OData Representation" (FileDocument and Image as
  // Base64 Edm.Binary), "OData Query Options". Publishing microflows as actions since 10.2.0; GraphQL option since
  // 10.14.0. studioPro: no minimum stated on the reference page; omitted (feature predates every version the guide
  // covers). Lead: add one if the component requires it.
  'published-odata': {
    name: 'Published OData service',
    kind: 'platform',
    summary:
      'Publish entities and microflows as an OData v4 service with filtering, sorting, paging and optional insert, update and delete.',
    methods: ['services', 'central-data'],
    status: {state: 'current'},
    reference: 'https://docs.mendix.com/refguide/published-odata-services/',
  },
  // checked: refguide "External Entities" (adding via Integration pane, associations: local entity must own,
  // limitations: not in native offline apps, no Commit: Send External Object / Delete External Object), refguide
  // "Consumed OData Services" (no aggregates, no datasets, XPath limits, third-party OData not tested nor guaranteed,
  // endpoint called on every retrieve), "Consumed OData Service Requirements" (OData v3 or v4; key rules). Version:
  // Catalog page "The Catalog and external entities are supported in Studio Pro 8.14 and above". Licence: the separate
  // Data Hub licence requirement was removed from the docs in August 2023 (mendix/docs PR 6457); no licence stated now.
  'external-entities': {
    name: 'External entities',
    kind: 'platform',
    summary:
      'Use entities published by another app over OData in your domain model, reading live from the source and writing back with external-object activities.',
    methods: ['services', 'central-data'],
    status: {state: 'current'},
    studioPro: '8.14',
    reference: 'https://docs.mendix.com/refguide/external-entities/',
  },
  // checked: Catalog landing page (/catalog/: formerly Data Hub, aliases /data-hub/; Studio Pro 8.14+), "Automatically
  // Registered Services" (Mendix Cloud deployments register published OData (8.14+), REST, web services and business
  // events (10.0+); only consumed OData services are registered on the consuming side), "Get Started with the Catalog"
  // and "Register Resources in the Catalog" (other deployments use the Registration API or the UI form). Usable with any
  // deployment method, so no availability restriction. Licence: none stated on current pages (see external-entities).
  catalog: {
    name: 'Catalog',
    kind: 'service',
    summary:
      'Organization-wide register of published services: Mendix Cloud deployments register automatically, others through the Registration API; Studio Pro consumes OData entities from it.',
    methods: ['services', 'central-data'],
    status: {state: 'current'},
    studioPro: '8.14',
    reference: 'https://docs.mendix.com/catalog/',
  },
  // checked: refguide "Published Web Services" (microflows as SOAP operations, WSDL at /ws-doc/, web service users,
  // response status behaviour) and "Published Web Service" (target namespace, validate against WSDL). studioPro: no
  // minimum stated; omitted.
  'published-web-services': {
    name: 'Published web services',
    kind: 'platform',
    summary:
      'Expose microflows as SOAP operations with a generated WSDL, for older systems and ESBs that call your app.',
    methods: ['services'],
    status: {state: 'current'},
    reference: 'https://docs.mendix.com/refguide/published-web-services/',
  },
  // checked: refguide "Consumed Web Services" (Protocols: SOAP 1.1, SOAP 1.2, MTOM/XOP, WS-Addressing 1.0 and others)
  // and "Consumed Web Service" (WSDL from URL or file, location constant, MTOM). Called with the Call web service
  // activity. studioPro: no minimum stated; omitted.
  'consumed-web-services': {
    name: 'Consumed web services',
    kind: 'platform',
    summary:
      'Import a WSDL and call its SOAP 1.1 or 1.2 operations from microflows with the Call web service activity.',
    methods: ['services'],
    status: {state: 'current'},
    reference: 'https://docs.mendix.com/refguide/consumed-web-services/',
  },
  // checked: refguide "Import Mappings" (obtain object: create, find by key, microflow; JSON length limit 20 million
  // characters, overridable with mapping.import.MaxJsonReadingLength since 10.9.0). studioPro: no minimum stated; omitted.
  'import-mappings': {
    name: 'Import mappings',
    kind: 'platform',
    summary:
      'Turn JSON or XML into objects, creating them or finding existing ones by key, for REST, SOAP, files and messages.',
    methods: ['services', 'batch'],
    status: {state: 'current'},
    reference: 'https://docs.mendix.com/refguide/import-mappings/',
  },
  // checked: refguide "Export Mappings" (objects from parameter, association or microflow; optional elements).
  // studioPro: no minimum stated; omitted.
  'export-mappings': {
    name: 'Export mappings',
    kind: 'platform',
    summary: 'Turn objects into JSON or XML for request bodies, responses and files.',
    methods: ['services', 'batch'],
    status: {state: 'current'},
    reference: 'https://docs.mendix.com/refguide/export-mappings/',
  },
  // checked: Data Transformers, mendix/docs refguide/modeling/integration/data-transformers/_index.md
  // @3f9d7c601b81a80914ff763afa1effd37710642f (https://docs.mendix.com/refguide/data-transformers/; Introduction:
  // message-to-message transformation, pre-processing before an import mapping or reshaping for a downstream system;
  // Limitations: JSON-to-JSON with JSLT only; Prerequisites: Studio Pro 11.11 or higher; Transform JSON microflow
  // activity). Every stored revision of that page still carries the beta flag, but the Studio Pro 11.12 release notes
  // @00df36bc5f0222157460da7dfea66acc9aeb1fa7 (11.12.0, 30 June 2026) say Data Transformers are now generally available
  // (beta in 11.11 per the 11.11 release notes). Status follows the release notes, so studioPro is 11.12, the first
  // version where it is generally available; 11.11 has it as a beta.
  'data-transformers': {
    name: 'Data Transformers',
    kind: 'platform',
    summary:
      'Reshapes JSON into other JSON with a JSLT transformation, run by the Transform JSON microflow activity: before an import mapping, or for a system that expects another structure.',
    methods: ['services', 'batch'],
    status: {state: 'current'},
    studioPro: '11.12',
    reference: 'https://docs.mendix.com/refguide/data-transformers/',
  },
  // checked: refguide "Java Actions" (called from microflows, can be exposed as microflow actions in the Toolbox, take
  // entity, microflow, mapping and string-template parameters). studioPro: no minimum stated; omitted.
  'java-actions': {
    name: 'Java actions',
    kind: 'platform',
    summary:
      'Extend microflows with Java code, for example to wrap a vendor library or protocol as a reusable microflow action.',
    methods: ['services', 'batch'],
    status: {state: 'current'},
    reference: 'https://docs.mendix.com/refguide/java-actions/',
  },
  // checked: "OData Connector for SAP Solutions", mendix/docs modules/sap/sap-odata-connector.md
  // @f4717eea71893be6340a260f42db2f6b238efed7 (Introduction; Prerequisites: latest version requires Studio Pro 9.24.0;
  // Typical Use Cases: SAP Destination Service when running on SAP BTP, else the public OData service; Activities:
  // "with version 5.5.0" all actions are supported for OData v4 services; Batch Processing: limited to OData V2).
  // No deployment restriction stated (the Destination Service route is optional; otherwise it calls the public service).
  'sap-odata-connector': {
    name: 'OData Connector for SAP solutions',
    kind: 'connector',
    summary:
      'Calls OData services of SAP back ends (S/4HANA, ECC via SAP Gateway, SuccessFactors) from microflows; from version 5.5.0 every action also works on OData v4, batch requests on v2 only.',
    methods: ['services'],
    status: {state: 'current'},
    studioPro: '9.24',
    reference: 'https://docs.mendix.com/appstore/modules/sap/sap-odata-connector/',
  },
  // checked: Mendix Business Events service pages (Introduction alert, Prerequisites, Licensing, FAQ) and
  // Deploy a Business Event (Outbox, Error Handling, Deployment, Free App limit, BYOK constants).
  // Note for the lead: the alert on the page says business events "can currently only be deployed to the
  // Mendix Cloud", while the same docs describe running them on your own Kafka cluster (BYOK, with constants
  // and Kubernetes namespaces mentioned). The entry follows the alert; the note says BYOK exists.
  'business-events': {
    name: 'Mendix Business Events',
    kind: 'module',
    summary:
      'Publish and subscribe to events between apps through a Kafka-based broker, with the event contract shared as an AsyncAPI document and publishing tied to the microflow transaction.',
    methods: ['events'],
    status: {state: 'current'},
    studioPro: '9.24',
    availability: {
      only: ['mendix-cloud'],
      note: 'Mendix documents deployment to Mendix Cloud; it also documents running on your own Kafka cluster (Bring Your Own Kafka).',
    },
    licence:
      'The service itself is free; production use on Mendix Cloud needs a Mendix Event Broker licence or your own Kafka cluster. Free apps share one broker, limited to 1,000 events per app per day.',
    reference: 'https://docs.mendix.com/appstore/services/business-events/',
  },
  // checked: Mendix Event Broker page (Introduction, Mendix Event Broker License, Enabling, Spaces and
  // Environments, Topics and Channels, Event Access Control).
  'mendix-event-broker': {
    name: 'Mendix Event Broker',
    kind: 'service',
    summary:
      'Single-tenant Kafka broker run by Mendix for your company, with one space per environment type and access control per event, managed in the Event Broker Manager.',
    methods: ['events'],
    status: {state: 'current'},
    availability: {
      only: ['mendix-cloud'],
      note: 'For apps on Mendix Cloud nodes provisioned for your company; enabled per app and per environment.',
    },
    licence:
      'Paid licence covering unlimited apps in production on Mendix Cloud; one Mendix region per licence, no multi-region support.',
    reference: 'https://docs.mendix.com/appstore/services/event-broker/',
  },
  // checked: Mendix Event Broker Bridges page (Introduction alert "released for GA in 11.4.0", Standard
  // Message Format, Creating a Bridge) and the AWS SQS, HTTP, AWS S3 and Iceberg bridge pages.
  // studioPro omitted: bridges are configured in the Event Broker Manager, not in Studio Pro; the "11.4.0"
  // in the GA note is not tied to a Studio Pro feature in the 11.4 release notes.
  'event-broker-bridges': {
    name: 'Mendix Event Broker Bridges',
    kind: 'service',
    summary:
      'Connect the Mendix Event Broker to external technology: AWS SQS in both directions, HTTP into the broker, and Azure Blob Storage, AWS S3 and Apache Iceberg out of it.',
    methods: ['events', 'central-data'],
    status: {state: 'current'},
    availability: {
      only: ['mendix-cloud'],
      note: 'Part of the Mendix Event Broker; not available when you run business events on your own Kafka cluster.',
    },
    licence: 'Needs a Mendix Event Broker licence; managed by Technical Contacts in the Event Broker Manager.',
    reference: 'https://docs.mendix.com/appstore/services/event-broker-bridges/',
  },
  // checked: Mendix Event Broker page, section Externally Defined Events (Upload Events, Event Usages,
  // AsyncAPI Format: AsyncAPI 2.0.0, max 1 MB, .yml/.yaml/.json).
  'external-business-events': {
    name: 'Externally defined events',
    kind: 'service',
    summary:
      'Upload an AsyncAPI document for events defined outside Studio Pro to the Mendix Event Broker, then import the generated contract into apps or use the events in a bridge.',
    methods: ['events'],
    status: {state: 'current'},
    availability: {only: ['mendix-cloud'], note: 'A feature of the Mendix Event Broker Manager.'},
    licence: 'Needs a Mendix Event Broker licence.',
    reference: 'https://docs.mendix.com/appstore/services/event-broker/#externally-defined-events',
  },
  // checked: refguide Change Data Capture, mendix/docs refguide/modeling/integration/change-data-capture/_index.md
  // @21f7266955d0cff538ab637463f06e0a3f016fc1 (beta alert; How It Works: one Kafka topic per tracked entity, Mendix
  // Event Broker or BYOK; Prerequisites: licensed Mendix Cloud environment, no Free Apps; Active-Producer Election: in a
  // horizontally scaled deployment only one instance publishes when all three election settings are set, otherwise
  // every instance publishes on its own, which duplicates events; Message Format: Debezium envelope), Published CDC
  // Services @21f7266955d0cff538ab637463f06e0a3f016fc1 (beta; Revisions; Runtime Behavior), Real-Time Data Sharing
  // (beta, "supported in Studio Pro 11.12 and above"; Known Limitations still list multi-node deployments without
  // detail, delete events missing from snapshots, inherited properties) and Studio Pro 11.12 release notes
  // @00df36bc5f0222157460da7dfea66acc9aeb1fa7 (11.12.0, 30 June 2026: CDC introduced as beta).
  'change-data-capture': {
    name: 'Change Data Capture (Real-Time Data Sharing)',
    kind: 'platform',
    summary:
      'Stream committed creates, updates and deletes of chosen entities to one Kafka topic per entity, in Debezium format, for warehouses, lakes and other apps.',
    methods: ['events', 'central-data'],
    status: {
      state: 'beta',
      note: 'With several app instances, configure active-producer election so that one instance publishes; otherwise each instance publishes and events are duplicated. Snapshots carry no deletes, and inherited attributes are not supported.',
    },
    studioPro: '11.12',
    availability: {
      only: ['mendix-cloud'],
      note: 'Needs a licensed Mendix Cloud environment; not available for Free Apps.',
    },
    licence: 'Needs a Mendix Event Broker licence or your own Kafka cluster.',
    reference: 'https://docs.mendix.com/refguide/change-data-capture/',
  },
  // DROP kafka-connector: docs.mendix.com documents no Mendix Kafka connector (no page under appstore
  // connectors/modules or platform-supported content). Kafka is reached through business events on the
  // Mendix Event Broker or on your own Kafka cluster (BYOK), or through Change Data Capture.
  // checked: MQTT connector page (Features, Broker Configuration, Authentication, SSL, Publish/Subscribe,
  // concurrency note). studioPro omitted: the page states no minimum Studio Pro version.
  'mqtt-connector': {
    name: 'MQTT connector',
    kind: 'connector',
    summary:
      'Publish to, subscribe to and unsubscribe from topics on an MQTT broker from microflows, with QoS, retained messages, TLS client certificates and secure WebSockets.',
    methods: ['events'],
    status: {state: 'current'},
    reference: 'https://docs.mendix.com/appstore/modules/mqtt/',
  },
  // checked: Amazon SQS connector page (Prerequisites: Studio Pro 9.18.0 or above, AWS Authentication
  // connector; Activities list).
  'amazon-sqs-connector': {
    name: 'Amazon SQS connector',
    kind: 'connector',
    summary:
      'Create queues and send or receive messages on Amazon SQS from microflows, in batches of up to ten, authenticated through the AWS Authentication connector.',
    methods: ['events'],
    status: {state: 'current'},
    studioPro: '9.18',
    reference: 'https://docs.mendix.com/appstore/modules/aws/amazon-sqs/',
  },
  // checked: refguide Task Queue (Where Do the Tasks Run, Creating Task Queues, Retry on Failure,
  // Limitations, High-Level Implementation Overview) and the Studio Pro 9.0 release notes (Task Queue).
  'task-queues': {
    name: 'Task queues',
    kind: 'platform',
    summary:
      'Run microflows and Java actions in the background after the transaction commits, with threads per node or cluster-wide, fixed or exponential retries, and at-least-once execution across a cluster.',
    methods: ['events', 'services', 'batch'],
    status: {state: 'current'},
    studioPro: '9.0',
    reference: 'https://docs.mendix.com/refguide/task-queue/',
  },
  // checked: Process Queue module page (deprecation alert: "deprecated from Studio Pro 9.0.3 ... replaced by
  // the Task Queue"; note that it does not support a multi-instance setup). studioPro omitted: the page
  // states no minimum version for the last release. No deployment-target restriction is stated, so no
  // availability; the scaling limit is in the summary.
  'process-queue': {
    name: 'Process Queue',
    kind: 'module',
    summary:
      'Former Marketplace module that ran queued microflows with limited parallelism; it does not support horizontally scaled (multi-instance) environments.',
    methods: ['events', 'batch'],
    status: {state: 'deprecated', since: 'Studio Pro 9.0', replacedBy: 'task-queues'},
    reference: 'https://docs.mendix.com/appstore/modules/process-queue/',
  },
  // checked: refguide Workflows (introduction, when to use and not), Workflow Engine (state stored in the
  // database, execution on task queues, System user), Workflow Versioning and Conflict Mitigation, Jumping
  // to Different Activities, and Studio Pro 9.0 release notes (workflow editor first released, as beta).
  // studioPro: 9.0 is the first version with workflows; they left beta later in Mendix 9 (exact release not
  // confirmed); the guide's baseline, 10.24, has them as a regular feature.
  workflows: {
    name: 'Workflows',
    kind: 'platform',
    summary:
      'Model long-running processes that combine user tasks with microflow calls; the engine keeps each instance in the database and moves running instances to new versions or flags conflicts.',
    methods: ['ui', 'services'],
    status: {state: 'current'},
    studioPro: '9.0',
    reference: 'https://docs.mendix.com/refguide/workflows/',
  },
  // Catalogue entries verified by helper "batch" (batch integration pages).
  // Paste the entries below into `capabilities = {...}`.
  // checked: refguide Scheduled Events (whole page: runs via the task queue mechanism, at most ten in parallel per
  // cluster node, Skip next / Delay next on overlap, not run on Free Apps, Mendix Cloud servers on UTC);
  // refguide10 Clustered Mendix Runtime (scheduled events run on an arbitrary cluster node, at-least-once);
  // refguide9 Scheduled Events (task-queue-based events since 9.12, legacy ones deprecated);
  // release notes 10.0 Breaking Changes (legacy scheduled events no longer supported: the runtime fails to start).
  'scheduled-events': {
    name: 'Scheduled events',
    kind: 'platform',
    summary:
      'Run a microflow on a fixed schedule (minutes to yearly) through the task queue mechanism, on one arbitrary node of a cluster.',
    methods: ['batch'],
    status: {state: 'current'},
    studioPro: '9.12',
    reference: 'https://docs.mendix.com/refguide/scheduled-events/',
  },
  // Not in the entry because Free Apps are not a deployment target: scheduled events do not run in a Free App, and on
  // deployed environments they are switched on per environment in the platform tools (the guide says so in prose).
  // checked: Marketplace page "Data Importer" (Introduction: Studio Pro 10.6 and above; Features: .xls, .xlsx, .csv;
  // Limitations: one entity, no associations, no enumerations, new NPE only; import-mapping source from 10.18.0);
  // refguide "Use the Data Importer" (Import data from file activity returns a list of non-persistable objects).
  'data-importer': {
    name: 'Data Importer',
    kind: 'module',
    summary:
      'Studio Pro extension: define an Excel or CSV layout from a sample file and import matching files with the Import data from file activity or, from 10.18, an import mapping.',
    methods: ['batch'],
    status: {state: 'current'},
    studioPro: '10.6',
    reference: 'https://docs.mendix.com/appstore/modules/data-importer/',
  },
  // checked: Marketplace page "Excel Importer" (Introduction, Features, Limitations, Prerequisites: Mx Model Reflection
  // and Community Commons; import actions Synchronize / Create / Remove unsynced objects). The page states no Studio Pro
  // version and no deprecation, so `studioPro` is omitted rather than guessed.
  'excel-importer': {
    name: 'Excel Importer',
    kind: 'module',
    summary:
      'Import Excel sheets into existing entities through templates configured at runtime, creating or updating objects by key and setting references.',
    methods: ['batch'],
    status: {state: 'current'},
    reference: 'https://docs.mendix.com/appstore/modules/excel-importer/',
  },
  // checked: Marketplace page "Excel Exporter" (Introduction: Excel 97-2003, xlsx, macro-enabled xlsx and CSV via an
  // OQL query into a FileDocument; Prerequisites: Mx Model Reflection; external entities not supported as row object).
  // The page states no Studio Pro version, so `studioPro` is omitted.
  'excel-exporter': {
    name: 'Excel Exporter',
    kind: 'module',
    summary:
      'Export persistable entities to Excel or CSV files through templates configured at runtime; writes the result into a FileDocument.',
    methods: ['batch'],
    status: {state: 'current'},
    reference: 'https://docs.mendix.com/appstore/modules/excel-exporter/',
  },
  // DROP csv-module: docs.mendix.com has no page for a Mendix CSV module (no /appstore/modules/csv* page in the docs
  // repository). CSV is covered by the Data Importer (read), the Excel Exporter (write) and Call REST "Store in a string".
  // DROP sftp-connector: docs.mendix.com documents no SFTP module or connector (searched the appstore folders of
  // mendix/docs and the docs corpus); only community modules outside Mendix's docs exist. The pages now say so and
  // tell the reader to check the support level of any Marketplace SFTP module.
  // checked: Marketplace page "Amazon S3" (Introduction; Prerequisites: AWS Authentication connector 2.1+, 3.0+ for S3
  // connector 3.0+; Licensing and Cost: free download, AWS usage costs apply). No Studio Pro version is stated.
  'amazon-s3-connector': {
    name: 'Amazon S3 connector',
    kind: 'connector',
    summary:
      'Create buckets and put, get, copy and delete objects in your own Amazon S3 account from microflows, for example as a file drop between systems.',
    methods: ['batch', 'central-data'],
    status: {state: 'current'},
    licence: 'Free download; Amazon S3 usage is billed by AWS. Needs the AWS Authentication connector.',
    reference: 'https://docs.mendix.com/appstore/modules/aws/amazon-s3/',
  },
  // checked: refguide10 Clustered Mendix Runtime (File Storage: files must be in shared storage such as S3 or Azure Blob
  // in a cluster); Mendix Cloud Environment Details, Runtime tab (com.mendix.storage.s3.* not user-configurable: Mendix
  // Cloud manages file storage); Behavior of Your App in Mendix Cloud (upload and download limit of 1 GB per file);
  // Backups (snapshots include the file documents). Published OData Entity: only FileDocument contents can be published.
  'file-documents': {
    name: 'File documents (System.FileDocument)',
    kind: 'platform',
    summary:
      'Store files as objects of System.FileDocument specializations; the runtime keeps the bytes in the configured file storage (managed S3 storage on Mendix Cloud) and backs them up with the database.',
    methods: ['batch'],
    status: {state: 'current'},
    reference: 'https://docs.mendix.com/refguide/clustered-mendix-runtime/',
  },
  // The 1 GB per-file up/download limit of Mendix Cloud is stated in prose, not as a restriction. A better `reference` would be a refguide page on files; I found none in the stored docs, so the cluster page
  // (File Storage section) is the best verified one.
  // checked: Marketplace page "External Database Connector" (Introduction and Features: Microsoft SQL, MySQL,
  // PostgreSQL, Oracle, Snowflake; statements SELECT, INSERT, UPDATE, DELETE, stored procedures; Limitations: primitive
  // types only, parameters only for filter values; "Configure for Any Database": type Other with your own JDBC driver);
  // earlier revision of the same page (supported for Studio Pro 10.6 and above; Snowflake GA from 10.12);
  // refguide Query External Database (Dynamic SQL from 11.3.0; SQL injection warning).
  // Built in from 11.13: Studio Pro 11.13 release notes, mendix/docs releasenotes/studio-pro/11/11.13.md
  // @076c4cb16ba3e1639447c10e9e9dd296d60b1cba (11.13.0 > Other New Features: now built into Studio Pro, no Marketplace
  // download needed) and the same Marketplace page @0c98f74f313f748ec17a378f18ed495dd4d4dd7f (Introduction alert: not
  // needed from the Marketplace on Studio Pro 11.13 or later). So kind is now platform; studioPro stays the lowest
  // version stated for the Marketplace connector.
  'external-database-connector': {
    name: 'External Database Connector',
    kind: 'platform',
    summary:
      'Query SQL Server, MySQL, PostgreSQL, Oracle, Snowflake or any JDBC database from microflows, tested at design time; a Marketplace connector up to Studio Pro 11.12, built into Studio Pro from 11.13.',
    methods: ['batch'],
    status: {state: 'current'},
    studioPro: '10.6',
    reference: 'https://docs.mendix.com/appstore/modules/external-database-connector/',
  },
  // checked: Marketplace page "Database" connector (Introduction: any database with a JDBC driver in userlib; actions
  // Execute query / statement / parameterized / callable statement; Best Practices: whole ResultSet in memory).
  // The page does NOT mark it deprecated; the External Database Connector page still refers to it "for other database
  // types" and says it lacks design-time support. So status stays current; the guide prefers the External Database
  // Connector. No Studio Pro version for the current release is stated (only 8.6 for the parameterized actions of
  // version 3.0.0), so `studioPro` is omitted.
  'database-connector': {
    name: 'Database connector',
    kind: 'connector',
    summary:
      'Older Java-action connector: run SQL queries, statements and stored procedures against any JDBC database whose driver you add to userlib, without design-time support.',
    methods: ['batch'],
    status: {state: 'current'},
    reference: 'https://docs.mendix.com/appstore/modules/database-connector/',
  },
  // checked: Backups API v2 reference (Introduction, Authentication, Configuring Permissions, every endpoint's
  // error table "NOT_SUPPORTED: This endpoint can only be used with Mendix Cloud", archive URL valid 8 hours,
  // no upload through the API, v1 deprecated) and the Backups page /developerportal/operate/backups/
  // (snapshot = database + file documents; retention; >50,000 files slow; SAP BTP uses the BTP cockpit)
  // and Creating a Backup (on-demand backups only on licensed nodes, not Free Apps).
  'backups-api': {
    name: 'Backups API',
    kind: 'service',
    summary:
      'Create, list, archive, download and restore Mendix Cloud backup snapshots (a PostgreSQL dump plus the file documents) from a script or pipeline.',
    methods: ['batch', 'central-data'],
    status: {state: 'current'},
    availability: {
      only: ['mendix-cloud'],
      note: 'Every endpoint answers NOT_SUPPORTED outside Mendix Cloud; apps on SAP BTP back up through the SAP BTP cockpit.',
    },
    licence:
      'Needs a Mendix API key and the Access to Backups and API Rights permissions on the environment; on-demand backups need a licensed node (not a Free App).',
    reference: 'https://docs.mendix.com/apidocs-mxsdk/apidocs/backups-api/',
  },
  // checked: Mendix Data Loader page (Introduction, Prerequisites, Licensing and Cost, Enterprise Edition,
  // Configuration, Pagination Base URL Resolution, Delta Ingestion, Handling Deleted Objects, Private Link,
  // Current Limitations, Troubleshooting 10.10 paging bug fixed in 10.12). It is a Snowflake Native App
  // installed from the Snowflake Marketplace, not a module in the app model, so no Studio Pro minimum is
  // stated; the Mendix side only needs a published OData service. kind 'service' for that reason.
  'snowflake-data-loader': {
    name: 'Mendix Data Loader',
    kind: 'service',
    summary:
      'Snowflake Native App that pulls the entities of a Mendix published OData service into a Snowflake staging schema, on demand, on a schedule or as a delta on changedDate.',
    methods: ['batch', 'central-data'],
    status: {state: 'current'},
    licence:
      'Covered by the Mendix EULA with no charge of its own; Snowflake usage costs apply. An Enterprise Edition with a headless API is available on request from Mendix.',
    reference: 'https://docs.mendix.com/appstore/modules/snowflake/mendix-data-loader/',
  },
  // checked: Deploy API v1 page (Mendix Cloud-only warning, Authentication and Configuring Permissions: API Rights
  // plus Transport Rights, no two-factor authentication); v4 page (PAT authentication, Mendix Cloud only); the
  // "APIs for Deployment" index (separate Mendix on Kubernetes Build and Deploy APIs).
  'deploy-api': {
    name: 'Deploy API',
    kind: 'service',
    summary:
      'REST API of Mendix Cloud to start and stop environments and transport deployment packages to them, for CI/CD pipelines.',
    methods: ['services'],
    status: {state: 'current'},
    availability: {
      only: ['mendix-cloud'],
      note: 'Mendix on Kubernetes has its own Build and Deploy APIs.',
    },
    reference: 'https://docs.mendix.com/apidocs-mxsdk/apidocs/deploy-api/',
  },
  // NEW id, used on ops-monitoring. checked: Build API page (Mendix Cloud-only warning, Authentication with API key,
  // API Rights permission, Start Building Deployment Package, Retrieve Package with url=true).
  'build-api': {
    name: 'Build API',
    kind: 'service',
    summary:
      'REST API of Mendix Cloud to build a deployment package from a branch and revision of the Team Server and to list or fetch packages.',
    methods: ['services'],
    status: {state: 'current'},
    availability: {
      only: ['mendix-cloud'],
      note: 'Mendix on Kubernetes has its own Build API.',
    },
    reference: 'https://docs.mendix.com/apidocs-mxsdk/apidocs/build-api/',
  },
  // NEW id, used on ops-monitoring. checked: Webhooks page (Introduction: package upload, Teamserver push (Git) and
  // alerts events, retries; "only available for licensed Mendix apps deployed to Mendix Cloud or Mendix for Private
  // Cloud"; HMAC-SHA256 webhook-signature; static outgoing IP addresses; Alerts Webhooks payload).
  'deployment-webhooks': {
    name: 'Webhooks',
    kind: 'service',
    summary:
      'Signed HTTP calls from the Mendix Portal to your endpoint on a package upload, a Git push to the Team Server or an environment alert.',
    methods: ['events'],
    status: {state: 'current'},
    availability: {
      only: ['mendix-cloud', 'kubernetes'],
      note: 'Licensed apps only; the Teamserver push event needs a Git repository.',
    },
    licence: 'Licensed apps only; not available for Free Apps.',
    reference: 'https://docs.mendix.com/developerportal/deploy/webhooks/',
  },
  // checked: Mendix Pipelines page (Introduction and its alert "only available for licensed Mendix apps deployed to
  // Mendix Cloud, Mendix on Kubernetes or Mendix on Azure"; no beta banner any more (older versions of the page at
  // /developerportal/deploy/pipelines/ said public beta); Unit Test and Create Backup steps are Mendix Cloud only;
  // Additional Notes: 3-hour time-out, one step of each kind per pipeline).
  pipelines: {
    name: 'Mendix Pipelines',
    kind: 'service',
    summary:
      'CI/CD built into the Mendix Portal: pipelines of checkout, build, quality, unit-test, backup and deploy steps, started by a Git push, a schedule or by hand.',
    methods: ['services'],
    status: {state: 'current'},
    availability: {
      only: ['mendix-cloud', 'kubernetes'],
      note: 'Also Mendix on Azure. The Unit Test and Create Backup steps work on Mendix Cloud only.',
    },
    licence: 'Licensed apps only.',
    reference: 'https://docs.mendix.com/developerportal/deploy/mendix-pipelines/',
  },
  // checked: "Monitoring Your Mendix Apps with an APM Tool" (table of tools with logs/metrics/traces and minimum
  // Mendix versions; the agent consumes resources of the cloud resource pack; other deployment targets: see their own
  // docs); Splunk for Mendix Cloud (Splunk Cloud Platform only, licensed app); Mendix Cloud 2026 release notes,
  // mendix/docs releasenotes/deployment/mendix-cloud/2026.md @01df07ec3ca5b1ea042bc4f7435c560024dff192 (16 January 2026:
  // metrics added to the Splunk Cloud Platform integration, so it is no longer logs only; 18 February 2026: access logs
  // for the Splunk, New Relic and Dynatrace integrations; 26 February 2026: the Datadog APM integration supports Mendix
  // Tracing); OpenTelemetry for Mendix Cloud (/developerportal/operate/opentelemetry/: traces, metrics and logs over OTLP
  // or metrics over Prometheus Remote Write, optional access logs, Mendix Runtime 10.24.12 / 11.5 and above, redeploy
  // needed, licensed Mendix Cloud app).
  'apm-integrations': {
    name: 'APM integrations for Mendix Cloud',
    kind: 'service',
    summary:
      'Forwards runtime metrics, logs (with access logs for some tools) and, for Datadog and OpenTelemetry, traces from Mendix Cloud to Datadog, Dynatrace, New Relic, AppDynamics, Splunk or any OTLP backend.',
    methods: ['events', 'central-data'],
    status: {state: 'current'},
    availability: {
      only: ['mendix-cloud'],
      note: 'On Mendix on Kubernetes and other targets, use the monitoring described for that target.',
    },
    licence:
      "Needs a licensed app; the agent uses part of the environment's cloud resource pack, and the APM tool is licensed separately.",
    reference: 'https://docs.mendix.com/developerportal/operate/monitoring-with-apm/',
  },
  // checked: Alerts page, Health Check section (microflow called every 10 seconds; non-empty string = WARNING, error in
  // the microflow = CRITICAL; alerts only for licensed apps on Mendix Cloud); Runtime Tab page, Health Check section
  // ("specific to the Mendix Cloud; for other clouds, call the admin port or expose the microflow through a REST
  // API"); Receive Environment Status Alerts (email or alerts webhook). No minimum Studio Pro version is stated.
  'health-check-microflow': {
    name: 'Health check microflow',
    kind: 'platform',
    summary:
      'A microflow, set in App Settings, that Mendix Cloud calls every 10 seconds; a non-empty result raises a warning alert by email or webhook.',
    methods: ['services'],
    status: {state: 'current'},
    availability: {
      only: ['mendix-cloud'],
      note: 'Elsewhere, call check_health on the admin port or expose the microflow through a REST service.',
    },
    licence: 'Alerts are not available for Free Apps.',
    reference: 'https://docs.mendix.com/developerportal/operate/monitoring-application-health/',
  },
  // checked: Unit Testing module page (Introduction, Limitations: one run at a time, Configuration: UnitTesting.Enabled
  // only locally by default, RemoteApiEnabled + RemoteApiPassword, Remote API unittests/start and unittests/status).
  // The page states no minimum Studio Pro version, so studioPro is omitted.
  'unit-testing': {
    name: 'Unit Testing module',
    kind: 'module',
    summary:
      'Write tests as microflows or JUnit classes and run them from a page or, for CI/CD, through a password-protected remote API.',
    methods: ['services'],
    status: {state: 'current'},
    reference: 'https://docs.mendix.com/appstore/modules/unit-testing/',
  },
  // checked: Tracing page of the Studio Pro 11 guide, mendix/docs refguide/runtime/tracing-in-runtime.md, newest stored
  // revision (the one with the Sending Traces to Datadog and Include Metrics and Logs sections; an older revision said
  // tracing was not supported on Mendix Cloud, the oldest carried beta: true): no beta flag or banner; spans for
  // front-end runtime operations, microflows, loops and task-queue tasks; OTLP exporter to Jaeger, Grafana or an
  // OpenTelemetry collector; filtering since 11.5, depth and loop settings since 11.2; Prerequisites warning: "currently
  // supported only via Datadog integration on Mendix Cloud". Tracing page of the Studio Pro 10 guide
  // refguide10/runtime/tracing-in-runtime.md (beta: true, Public Beta banner, introduced in 10.18.0, Java agent from
  // 10.19). OpenTelemetry for Mendix Cloud (/developerportal/operate/opentelemetry/: traces, metrics and logs to an OTLP
  // backend, Mendix Runtime 10.24.12 / 11.5 and above) contradicts the Tracing page's Datadog-only line; Mendix Cloud 2026
  // release notes @01df07ec3ca5b1ea042bc4f7435c560024dff192 (26 February 2026: Datadog APM integration supports Mendix
  // Tracing). Status follows the Studio Pro 11 reference page (no beta); the summary keeps the Studio Pro 10 beta.
  'runtime-tracing': {
    name: 'Tracing (OpenTelemetry)',
    kind: 'platform',
    summary:
      'OpenTelemetry spans for requests, microflows, loops and queued tasks, sent over OTLP; beta only in the Studio Pro 10 guide. Mendix Cloud: Datadog or OpenTelemetry integration (10.24.12/11.5+).',
    methods: ['events'],
    status: {state: 'current'},
    studioPro: '10.18',
    reference: 'https://docs.mendix.com/refguide/tracing-in-runtime/',
  },
  // checked: Metrics page of the runtime reference (Micrometer; registries prometheus, jmx, influx, statsd via
  // Metrics.Registries; application tags; metrics activities; Java API counter/gauge/timer; names may not start with
  // mx); the Studio Pro 9 version of the page: "Custom metrics were introduced in Studio Pro 9.6.0".
  'runtime-metrics': {
    name: 'Metrics (Micrometer)',
    kind: 'platform',
    summary:
      'Runtime and custom business metrics (counters, gauges, timers from microflow activities or Java) published through Micrometer to Prometheus, JMX, InfluxDB or StatsD.',
    methods: ['events'],
    status: {state: 'current'},
    studioPro: '9.6',
    reference: 'https://docs.mendix.com/refguide/metrics/',
  },
  // checked: GenAI Commons page of Agents Kit 2, mendix/docs genai/v2/reference-guide/genai-commons.md
  // @00bee2701a7e957b8ac8380976024779ecbfaedf (its aliases include the old /agents/genai-for-mx/commons/ URL; Limitations:
  // text and image generation, embeddings, knowledge bases; Dependencies: Community Commons; Implementation: base of the
  // Mendix Cloud GenAI, OpenAI and Amazon Bedrock connectors; usage data and, from 5.3.0, traces stored in the app
  // database when switched on). That revision's own URL sits under reference-guide/genai-for-mx/; the newer overview,
  // Bedrock and Agent Editor pages link /agents/agents-kit-2/reference-guide/commons/, used here. Agents Kit 2 overview /agents/agents-kit-2/ (newest stored revision, the one listing GenAI Commons 7.2.0: Agents Kit 2
  // is for Studio Pro 11.12 and above, Agents Kit 1 for 10.24 and above; Components tables give the reference URLs used
  // here); Release Guide for Agents Kit 2 (/agents/agents-kit-2/reference-guide/release-guide/: released June 2026 with
  // Studio Pro 11.12, which it requires); Agents Kit 1 overview /agents/agents-kit-1/ (10.24 and above).
  'genai-commons': {
    name: 'GenAI Commons',
    kind: 'module',
    summary:
      'Shared domain model and actions for chat, embeddings and knowledge bases that all Mendix GenAI connectors implement, so providers can be swapped; Agents Kit 1 releases: Studio Pro 10.24+.',
    methods: ['services'],
    status: {state: 'current'},
    studioPro: '11.12',
    reference: 'https://docs.mendix.com/agents/agents-kit-2/reference-guide/commons/',
  },
  // checked: Agent Editor page of Agents Kit 2, mendix/docs genai/v2/reference-guide/agent-editor.md
  // @05514dc4b8cef387f15b0b66234364f4f0697397 (url /agents/agents-kit-2/reference-guide/agent-editor/; Introduction:
  // agents defined at design time as app-model documents, an extension plus the Agent Editor Commons module; text
  // models from Mendix Cloud GenAI and Azure AI Foundry only, knowledge bases from Mendix Cloud GenAI only; Features:
  // local test, Call Agent toolbox action, version control, deployment with the app; Dependencies: versions for Agents
  // Kit 2 need Studio Pro 11.12 or above). Agents Kit 1 overview /agents/agents-kit-1/ (Agent Editor 1.3.0: "Available
  // in Studio Pro 11.9 and above"); Release Guide for Agents Kit 2 (Studio Pro agents built with Agent Editor are the
  // preferred way to build agents with Mendix Cloud GenAI resources).
  'agent-editor': {
    name: 'Agent Editor',
    kind: 'module',
    summary:
      'Defines agents as version-controlled Studio Pro documents (prompt, model, tools, knowledge bases), tested locally and called from microflows; models from Mendix Cloud GenAI or Azure AI Foundry only.',
    methods: ['services'],
    status: {state: 'current'},
    studioPro: '11.12',
    reference: 'https://docs.mendix.com/agents/agents-kit-2/reference-guide/agent-editor/',
  },
  // checked: Mendix Cloud GenAI Resource Packs page, mendix/docs genai/mendix-cloud-genai/mendix-cloud-grp.md
  // @093ef5cd7025e159f45ed9d22291488504f27401 (General Availability: premium product, extra purchase, bought with Mendix
  // Cloud Tokens; Supported Models table: Claude 4.6 Sonnet, Claude 4.5 Sonnet and Cohere Embed v4 in Mendix Cloud EU
  // (Frankfurt) only through cross-region inference over several AWS EU regions (Stockholm eu-north-1, Paris,
  // eu-south-1, eu-south-2, Ireland, Frankfurt); Canada (Montreal) offers only Claude 3 Sonnet and Cohere Embed v3,
  // which also runs in Frankfurt without CRI; prompts and responses neither stored nor used for training). Connector
  // features and dependencies (GenAI Commons, Encryption, Community Commons) as checked before on the connector page.
  // Agents Kit 2 overview /agents/agents-kit-2/ (newest stored revision, the one listing GenAI Commons 7.2.0: Agents Kit 2
  // is for Studio Pro 11.12 and above, Agents Kit 1 for 10.24 and above; Components tables give the reference URLs used
  // here); Release Guide for Agents Kit 2 (/agents/agents-kit-2/reference-guide/release-guide/: released June 2026 with
  // Studio Pro 11.12, which it requires); Agents Kit 1 overview /agents/agents-kit-1/ (10.24 and above).
  'mendix-cloud-genai': {
    name: 'Mendix Cloud GenAI Connector',
    kind: 'connector',
    summary:
      'Connects an app to Mendix Cloud GenAI Resource Packs (Claude text models, Cohere embeddings, an OpenSearch knowledge base) run by Mendix; Agents Kit 1 releases: Studio Pro 10.24+.',
    methods: ['services'],
    status: {state: 'current'},
    studioPro: '11.12',
    licence:
      'The resource packs are a premium product bought with Mendix Cloud Tokens. In the EU (Frankfurt) region the newer Claude and Cohere Embed v4 models are served only through cross-region inference across several AWS EU regions; Canada (Montreal) offers only Claude 3 Sonnet and Cohere Embed v3.',
    reference: 'https://docs.mendix.com/agents/agents-kit-2/mx-cloud-genai/mxgenai-connector/',
  },
  // checked: OpenAI connector features as checked before on its page (OpenAI platform and Microsoft Foundry, formerly
  // Azure OpenAI; chat completions, image generation, embeddings, Azure AI Search knowledge bases; GenAI Commons,
  // Encryption, Community Commons). Reference moved to the Agents Kit 2 page, the URL that the newest overview and the
  // Agent Editor page link. Agents Kit 2 overview /agents/agents-kit-2/ (newest stored revision, the one listing GenAI Commons 7.2.0: Agents Kit 2
  // is for Studio Pro 11.12 and above, Agents Kit 1 for 10.24 and above; Components tables give the reference URLs used
  // here); Release Guide for Agents Kit 2 (/agents/agents-kit-2/reference-guide/release-guide/: released June 2026 with
  // Studio Pro 11.12, which it requires); Agents Kit 1 overview /agents/agents-kit-1/ (10.24 and above).
  'openai-connector': {
    name: 'OpenAI Connector',
    kind: 'connector',
    summary:
      'Calls OpenAI or Microsoft Foundry (Azure OpenAI) models for chat, images and embeddings, and Azure AI Search for retrieval, via GenAI Commons; Agents Kit 1 releases: Studio Pro 10.24+.',
    methods: ['services'],
    status: {state: 'current'},
    studioPro: '11.12',
    reference: 'https://docs.mendix.com/agents/agents-kit-2/reference-guide/external-connectors/openai/',
  },
  // checked: Amazon Bedrock page of Agents Kit 2, mendix/docs genai/v2/reference-guide/external-platforms/bedrock.md
  // @018d6180a5ef0c8cee1fc498d22cc50f882e7c3e (url /agents/agents-kit-2/reference-guide/external-connectors/bedrock/,
  // aliases the older Bedrock URLs; Prerequisites: AWS Authentication connector 4.1.1 or above, latest GenAI Commons,
  // Encryption module; Licensing and Cost: free connector, AWS usage cost depends on the foundation model; model
  // lifecycle to monitor; ChatCompletions on the Converse API, InvokeModel). The page states no Studio Pro version; the
  // overview does. Agents Kit 2 overview /agents/agents-kit-2/ (newest stored revision, the one listing GenAI Commons 7.2.0: Agents Kit 2
  // is for Studio Pro 11.12 and above, Agents Kit 1 for 10.24 and above; Components tables give the reference URLs used
  // here); Release Guide for Agents Kit 2 (/agents/agents-kit-2/reference-guide/release-guide/: released June 2026 with
  // Studio Pro 11.12, which it requires); Agents Kit 1 overview /agents/agents-kit-1/ (10.24 and above).
  'amazon-bedrock-connector': {
    name: 'Amazon Bedrock Connector',
    kind: 'connector',
    summary:
      'Calls foundation models, knowledge bases and agents in your own AWS account through Amazon Bedrock, via GenAI Commons and AWS Authentication; Agents Kit 1 releases: Studio Pro 10.24+.',
    methods: ['services'],
    status: {state: 'current'},
    studioPro: '11.12',
    licence: 'Free connector; Amazon Bedrock usage is billed by AWS per foundation model.',
    reference: 'https://docs.mendix.com/agents/agents-kit-2/reference-guide/external-connectors/bedrock/',
  },
  // checked: Machine Learning Kit page (ONNX Runtime inside the Mendix Runtime; no beta banner in the Studio Pro 10 and
  // 11 guides); Using ML Kit (convert to ONNX, ML model mapping, Call ML Model activity from microflows only; released
  // as public beta in Studio Pro 9.23; no GPU inference; sequence/map/optional types unsupported; memory limits of the
  // environment apply).
  'ml-kit': {
    name: 'Machine Learning Kit',
    kind: 'platform',
    summary:
      'Runs a model converted to ONNX inside the Mendix Runtime, called from a microflow through an ML model mapping, with no remote call.',
    methods: ['services'],
    status: {state: 'current'},
    studioPro: '9.23',
    reference: 'https://docs.mendix.com/refguide/machine-learning-kit/',
  },
  // checked: MCP Server page of Agents Kit 2, mendix/docs genai/v2/reference-guide/mcp-modules/mcp-server.md
  // @00bee2701a7e957b8ac8380976024779ecbfaedf (exposes microflows as tools and prompts; tools return strings only;
  // Streamable HTTP, protocol v2025-03-26 only; authentication microflow returning a System.User; public unless
  // restricted; early version, breaking changes possible; aliases include the old /appstore/modules/genai/mcp-modules/
  // URL). That revision's URL lacks reference-guide/; the newest overview links the URL used here. Agents Kit 2 overview /agents/agents-kit-2/ (newest stored revision, the one listing GenAI Commons 7.2.0: Agents Kit 2
  // is for Studio Pro 11.12 and above, Agents Kit 1 for 10.24 and above; Components tables give the reference URLs used
  // here); Release Guide for Agents Kit 2 (/agents/agents-kit-2/reference-guide/release-guide/: released June 2026 with
  // Studio Pro 11.12, which it requires); Agents Kit 1 overview /agents/agents-kit-1/ (10.24 and above).
  'mcp-server': {
    name: 'MCP Server module',
    kind: 'module',
    summary:
      'Publishes microflows as Model Context Protocol tools and prompts, so AI agents outside the app can discover and call them; Agents Kit 1 releases: Studio Pro 10.24+.',
    methods: ['services'],
    status: {state: 'current'},
    studioPro: '11.12',
    reference: 'https://docs.mendix.com/agents/agents-kit-2/reference-guide/mcp-modules/mcp-server/',
  },
  // checked: MCP Client page of Agents Kit 2, mendix/docs genai/v2/reference-guide/mcp-modules/mcp-client.md
  // @00bee2701a7e957b8ac8380976024779ecbfaedf (discovers and calls tools and prompts of external MCP servers; both
  // v2024-11-05 HTTP+SSE and v2025-03-26 streamable HTTP; string content only; early version; depends on GenAI
  // Commons; aliases include the old URL). That revision's URL lacks reference-guide/; the newest overview links the
  // URL used here. Agents Kit 2 overview /agents/agents-kit-2/ (newest stored revision, the one listing GenAI Commons 7.2.0: Agents Kit 2
  // is for Studio Pro 11.12 and above, Agents Kit 1 for 10.24 and above; Components tables give the reference URLs used
  // here); Release Guide for Agents Kit 2 (/agents/agents-kit-2/reference-guide/release-guide/: released June 2026 with
  // Studio Pro 11.12, which it requires); Agents Kit 1 overview /agents/agents-kit-1/ (10.24 and above).
  'mcp-client': {
    name: 'MCP Client module',
    kind: 'module',
    summary:
      'Connects an app to external Model Context Protocol servers to discover their tools and prompts and add them to LLM requests; Agents Kit 1 releases: Studio Pro 10.24+.',
    methods: ['services'],
    status: {state: 'current'},
    studioPro: '11.12',
    reference: 'https://docs.mendix.com/agents/agents-kit-2/reference-guide/mcp-modules/mcp-client/',
  },
} as const satisfies Record<CapabilityId, Capability>;

/** A capability with its id, in catalogue order. */
export interface CapabilityEntry {
  /** The capability's id. */
  readonly id: CapabilityId;
  /** The catalogue entry. */
  readonly capability: Capability;
}

/** Every capability, in the order of `CAPABILITY_IDS`. */
export const capabilityList: readonly CapabilityEntry[] = CAPABILITY_IDS.map((id) => ({
  id,
  capability: capabilities[id],
}));

const methodCategory = (id: MethodId): CategoryId => methods.find((m) => m.id === id)?.category ?? 'integration-layers';

/**
 * The capabilities a category shows: `group`, each capability once, in the group the catalogue page lists it
 * under; `serves`, every capability that serves the category's method (or, for integration layers, every gateway).
 */
export function capabilitiesOf(category: CategoryId, mode: 'group' | 'serves'): readonly CapabilityEntry[] {
  const found = categories.find((c) => c.id === category);
  const method = found && 'method' in found ? found.method : undefined;
  return capabilityList.filter(({capability}) =>
    mode === 'group'
      ? catalogueCategory(capability, methodCategory) === category
      : servesCategory(capability, category, method),
  );
}

/** What a page shows where it names a capability in prose: all text, resolved at build time. */
export interface CapabilityMention {
  /** The catalogue name. */
  readonly name: string;
  /** Its reference page on docs.mendix.com. */
  readonly href: string;
  /** Its status. */
  readonly status: 'current' | 'beta' | 'deprecated';
  /** For a beta or deprecated capability: "Beta", "Deprecated since Studio Pro 10.6". */
  readonly label?: string;
  /** Version and deployment restriction: "Studio Pro 10.24+, Mendix Cloud only"; absent when neither applies. */
  readonly notes?: string;
  /** For a deprecated capability: the name of what replaces it. */
  readonly replacement?: string;
  /** For a deprecated capability: the replacement's row on the catalogue page. */
  readonly replacementHref?: string;
}

/** The mention of a capability, or undefined for an id the catalogue does not have. */
export function capabilityMention(id: string): CapabilityMention | undefined {
  const capability: Capability | undefined = (capabilities as Readonly<Record<string, Capability>>)[id];
  if (!capability) return undefined;
  const {status} = capability;
  const notes = [versionLabel(capability), availabilityLabel(capability)].filter((n) => n !== undefined).join(', ');
  const replacement = status.state === 'deprecated' ? status.replacedBy : undefined;
  return {
    name: capability.name,
    href: capability.reference,
    status: status.state,
    ...(status.state === 'current' ? {} : {label: statusLabel(capability)}),
    ...(notes ? {notes} : {}),
    ...(replacement ? {replacement: capabilities[replacement].name, replacementHref: capabilityPath(replacement)} : {}),
  };
}
