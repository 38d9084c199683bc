/**
 * Types of the capability catalogue: the Mendix platform features, Marketplace
 * modules, connectors and services the guide names. Every mention of one in
 * prose (`<Capability id="..." />`), the catalogue page and each category
 * page's Mendix section are drawn from `capabilities.ts`, so a status change is
 * made once and shows everywhere.
 */
import type {MethodId} from './types';

/** Ids of the capabilities, in catalogue order (roughly: UI, identity, services, events, batch, data, ops, AI). */
export const CAPABILITY_IDS = [
  // UI integration and hosting
  'page-urls',
  'microflow-urls',
  'deep-link-module',
  'embedded-client',
  'application-root-url',
  'custom-domains',
  'access-restrictions',
  'cloud-certificates',
  // Identity
  'oidc-sso',
  'saml',
  'mendix-sso',
  'oidc-provider',
  'mobile-sso',
  'ldap',
  'scim',
  // Mobile
  'offline-first',
  'push-notifications',
  // Services
  'published-rest',
  'consumed-rest',
  'call-rest',
  'openapi-import',
  'published-odata',
  'external-entities',
  'catalog',
  'published-web-services',
  'consumed-web-services',
  'import-mappings',
  'export-mappings',
  'data-transformers',
  'java-actions',
  'sap-odata-connector',
  // Events and processes
  'business-events',
  'mendix-event-broker',
  'event-broker-bridges',
  'external-business-events',
  'change-data-capture',
  'mqtt-connector',
  'amazon-sqs-connector',
  'task-queues',
  'process-queue',
  'workflows',
  // Batch and files
  'scheduled-events',
  'data-importer',
  'excel-importer',
  'excel-exporter',
  'amazon-s3-connector',
  'file-documents',
  'external-database-connector',
  'database-connector',
  // Central data and reporting
  'backups-api',
  'snowflake-data-loader',
  // Operations
  'deploy-api',
  'build-api',
  'deployment-webhooks',
  'pipelines',
  'apm-integrations',
  'health-check-microflow',
  'unit-testing',
  'runtime-tracing',
  'runtime-metrics',
  // AI
  'genai-commons',
  'agent-editor',
  'mendix-cloud-genai',
  'openai-connector',
  'amazon-bedrock-connector',
  'ml-kit',
  'mcp-server',
  'mcp-client',
] as const;
export type CapabilityId = (typeof CAPABILITY_IDS)[number];

/** What kind of thing a capability is. */
export const CAPABILITY_KINDS = ['platform', 'module', 'connector', 'service'] as const;
export type CapabilityKind = (typeof CAPABILITY_KINDS)[number];

/** Where a Mendix app can be deployed, as Mendix's deployment documentation names the targets. */
export const DEPLOYMENTS = [
  'mendix-cloud',
  'mendix-cloud-dedicated',
  'kubernetes',
  'sap-btp',
  'server',
  'docker',
] as const;
export type Deployment = (typeof DEPLOYMENTS)[number];

/** Whether a capability is safe to recommend today. */
export type CapabilityStatus =
  | {readonly state: 'current'}
  /** Released as beta or public beta; the note says what is limited, where the docs say so. */
  | {readonly state: 'beta'; readonly note?: string}
  /**
   * Deprecated: `since` is when, as "Studio Pro 9" / "Studio Pro 10.18" or a month such as "2024-06";
   * `replacedBy` is what to use now.
   */
  | {readonly state: 'deprecated'; readonly since: string; readonly replacedBy: CapabilityId};

/** Where a capability runs, when its reference page restricts it: exactly one of `only` and `except`. */
export interface Availability {
  /** The only deployment targets it runs on. */
  readonly only?: readonly Deployment[];
  /** The deployment targets it does not run on. */
  readonly except?: readonly Deployment[];
  /** A short note on the restriction, in the guide's words. */
  readonly note?: string;
}

/** One Mendix capability the guide names. */
export interface Capability {
  /** Display name, as Mendix's documentation names it. */
  readonly name: string;
  /** Platform feature, Marketplace module, connector, or service. */
  readonly kind: CapabilityKind;
  /** One line on what it does for integration, in the guide's words. */
  readonly summary: string;
  /** The integration methods (matrix columns) it serves. */
  readonly methods: readonly MethodId[];
  /** True when it is, or configures, an integration layer in front of the app (gateways, proxies). */
  readonly gateway?: boolean;
  /** Current, beta, or deprecated with its replacement. */
  readonly status: CapabilityStatus;
  /**
   * The lowest Studio Pro version it needs, as "9.24" (meaning 9.24 and later), as its reference page states it.
   * Absent when the reference page names no minimum: never guessed.
   */
  readonly studioPro?: string;
  /** Where it runs, when the reference page restricts it. */
  readonly availability?: Availability;
  /** Licence or cost notes that matter to an architect, when the reference page states them. */
  readonly licence?: string;
  /** The docs.mendix.com page this entry was checked against. */
  readonly reference: string;
}
