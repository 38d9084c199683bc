/**
 * The capability catalogue as data for other documents and tools: the shape of `/integration/capabilities.json`
 * and the pure function that builds it from the catalogue every page names capabilities from.
 *
 * The shape is versioned like `matrix.json`: adding a field keeps `version`; renaming or removing one, or
 * changing what a value means, raises it.
 */
import type {CapabilityKind, CapabilityStatus, Deployment} from './capability-types';
import type {MethodId} from './types';
import {assertCapabilities, capabilityPath, statusLabel} from './capability-queries';
import {capabilities, capabilityList} from './capabilities';
import {absoluteUrl} from './site';

/** The current version of the export's shape. */
export const CAPABILITIES_EXPORT_VERSION = 1;

/** One capability as the export describes it. */
export interface CapabilityExport {
  /** Stable id; also the anchor `cap-<id>` on the catalogue page. */
  readonly id: string;
  readonly name: string;
  readonly kind: CapabilityKind;
  readonly summary: string;
  /** The methods (matrix column ids) it serves. */
  readonly methods: readonly MethodId[];
  /** True when it is, or configures, an integration layer in front of the app. */
  readonly gateway: boolean;
  /** Status as data: `state`, and for a deprecated capability `since` and `replacedBy` (an id). */
  readonly status: CapabilityStatus;
  /** Status as the site writes it: "Current", "Beta", "Deprecated since Studio Pro 9". */
  readonly statusLabel: string;
  /** Lowest Studio Pro version it needs, or null when its reference page states no minimum. */
  readonly studioPro: string | null;
  /** Deployment restriction, or null when it runs wherever the app runs. */
  readonly availability: {
    readonly only: readonly Deployment[] | null;
    readonly except: readonly Deployment[] | null;
    readonly note: string | null;
  } | null;
  readonly licence: string | null;
  /** The docs.mendix.com page it was checked against. */
  readonly reference: string;
  /** Absolute URL of its row on the catalogue page. */
  readonly url: string;
}

/** The whole export. */
export interface CapabilitiesExport {
  readonly version: number;
  /** Absolute URL of the catalogue page. */
  readonly source: string;
  readonly capabilities: readonly CapabilityExport[];
}

/** Builds the export; throws with every problem when the catalogue is not sound, so bad data never ships. */
export function toCapabilitiesExport(siteUrl: string, pagePath: string): CapabilitiesExport {
  assertCapabilities(capabilities);
  return {
    version: CAPABILITIES_EXPORT_VERSION,
    source: absoluteUrl(pagePath, siteUrl),
    capabilities: capabilityList.map(({id, capability: c}) => ({
      id,
      name: c.name,
      kind: c.kind,
      summary: c.summary,
      methods: c.methods,
      gateway: c.gateway === true,
      status: c.status,
      statusLabel: statusLabel(c),
      studioPro: c.studioPro ?? null,
      availability: c.availability
        ? {only: c.availability.only ?? null, except: c.availability.except ?? null, note: c.availability.note ?? null}
        : null,
      licence: c.licence ?? null,
      reference: c.reference,
      url: absoluteUrl(capabilityPath(id), siteUrl),
    })),
  };
}
