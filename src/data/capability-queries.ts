/**
 * Pure functions over the capability catalogue: the labels every view shows
 * (status, version, where it runs), which capabilities a category lists, and
 * the catalogue's invariants that types cannot hold. The inline
 * `<Capability>`, the tables, the JSON export and the tests all use these, so
 * a rule lives in one place.
 */
import {
  CAPABILITY_IDS,
  CAPABILITY_KINDS,
  DEPLOYMENTS,
  type Capability,
  type CapabilityId,
  type CapabilityKind,
  type Deployment,
} from './capability-types';
import {METHOD_IDS, type CategoryId, type MethodId} from './types';
import {GUIDE_BASE} from './queries';
import {formatMonth} from './review';

/** The catalogue page. */
export const CAPABILITIES_PAGE_PATH = `${GUIDE_BASE}/mendix-capabilities`;

/** Where the catalogue is published as data (see `capability-export.ts`). */
export const CAPABILITIES_EXPORT_PATH = `${GUIDE_BASE}/capabilities.json`;

/** Id of a capability's row on the catalogue page. */
export function capabilityAnchor(id: CapabilityId): string {
  return `cap-${id}`;
}

/** URL of a capability's row on the catalogue page. */
export function capabilityPath(id: CapabilityId): string {
  return `${CAPABILITIES_PAGE_PATH}#${capabilityAnchor(id)}`;
}

const KIND_LABELS: Record<CapabilityKind, string> = {
  platform: 'Platform feature',
  module: 'Marketplace module',
  connector: 'Connector',
  service: 'Mendix service',
};

/** How the guide names a kind of capability. */
export function kindLabel(kind: CapabilityKind): string {
  return KIND_LABELS[kind];
}

const DEPLOYMENT_LABELS: Record<Deployment, string> = {
  'mendix-cloud': 'Mendix Cloud',
  'mendix-cloud-dedicated': 'Mendix Cloud Dedicated',
  kubernetes: 'Mendix on Kubernetes',
  'sap-btp': 'SAP BTP',
  server: 'on-premises servers',
  docker: 'Docker',
};

/** How the guide names a deployment target. */
export function deploymentLabel(deployment: Deployment): string {
  return DEPLOYMENT_LABELS[deployment];
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "Studio Pro 9.24+", or undefined when the reference page states no minimum version. */
export function versionLabel(capability: Capability): string | undefined {
  return capability.studioPro ? `Studio Pro ${capability.studioPro}+` : undefined;
}

/** Where a capability runs, as a short phrase ("Mendix Cloud only", "not on Mendix Cloud"), when restricted. */
export function availabilityLabel(capability: Capability): string | undefined {
  const {availability} = capability;
  if (availability?.only) return `${joinWords(availability.only.map(deploymentLabel))} only`;
  if (availability?.except) return `not on ${joinWords(availability.except.map(deploymentLabel))}`;
  return undefined;
}

/** A deprecation's `since` as readers see it: "Studio Pro 9" as is, "2026-05" as "May 2026". */
export function sinceLabel(since: string): string {
  return /^\d{4}-\d{2}$/.test(since) ? formatMonth(since) : since;
}

/** The status as a short text: "Current", "Beta", "Deprecated since Studio Pro 9", "Deprecated since May 2026". */
export function statusLabel(capability: Capability): string {
  const {status} = capability;
  if (status.state === 'beta') return 'Beta';
  if (status.state === 'deprecated') return `Deprecated since ${sinceLabel(status.since)}`;
  return 'Current';
}

/** The category whose group lists a capability on the catalogue page: gateways under integration layers. */
export function catalogueCategory(capability: Capability, methodCategory: (m: MethodId) => CategoryId): CategoryId {
  const [first] = capability.methods;
  return capability.gateway || !first ? 'integration-layers' : methodCategory(first);
}

/** Whether a category page lists a capability: it serves the category's method, or it is a gateway. */
export function servesCategory(capability: Capability, category: CategoryId, method: MethodId | undefined): boolean {
  if (category === 'integration-layers') return capability.gateway === true;
  return method !== undefined && capability.methods.includes(method);
}

const DOCS_URL = /^https:\/\/docs\.mendix\.com\/[a-z0-9/_.#-]*$/;
const VERSION = /^\d{1,2}\.\d{1,2}(\.\d{1,2})?$/;
const SINCE = /^(Studio Pro \d{1,2}(\.\d{1,2})?|\d{4}-(0[1-9]|1[0-2]))$/;

/**
 * Every problem with the catalogue, each naming the file and the capability id, so a contributor knows what to
 * fix. Empty when the catalogue is sound. Run by the unit tests and at build time, not on render.
 */
export function capabilityProblems(
  catalogue: Readonly<Record<string, Capability>>,
  file = 'src/data/capabilities.ts',
): string[] {
  const problems: string[] = [];
  const ids = Object.keys(catalogue);
  const known = new Set<string>(CAPABILITY_IDS);
  const say = (id: string, text: string): void => void problems.push(`${file}: capability '${id}': ${text}`);
  for (const id of CAPABILITY_IDS) if (!(id in catalogue)) say(id, 'listed in CAPABILITY_IDS but has no entry');
  const names = new Map<string, string>();
  for (const id of ids) {
    const c = catalogue[id];
    if (!c) continue;
    if (!known.has(id)) say(id, 'has an entry but is not in CAPABILITY_IDS (src/data/capability-types.ts)');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) say(id, 'id must be kebab-case');
    if (!c.name.trim()) say(id, 'name is empty');
    const other = names.get(c.name.toLowerCase());
    if (other) say(id, `name "${c.name}" is also the name of '${other}'`);
    names.set(c.name.toLowerCase(), id);
    if (!(CAPABILITY_KINDS as readonly string[]).includes(c.kind))
      say(id, `kind "${c.kind}" is not one of ${CAPABILITY_KINDS.join(', ')}`);
    if (!c.summary.trim() || c.summary.length > 200 || /\n/.test(c.summary))
      say(id, 'summary must be one line of at most 200 characters');
    if (c.methods.length === 0 && !c.gateway) say(id, 'serves no method and is not a gateway');
    for (const m of c.methods)
      if (!(METHOD_IDS as readonly string[]).includes(m)) say(id, `method "${m}" is not a method id`);
    if (new Set(c.methods).size !== c.methods.length) say(id, 'lists a method twice');
    if (!DOCS_URL.test(c.reference)) say(id, `reference "${c.reference}" is not a https://docs.mendix.com/ page`);
    if (c.studioPro !== undefined && !VERSION.test(c.studioPro))
      say(id, `studioPro "${c.studioPro}" is not a version such as "9.24"`);
    const {availability, status} = c;
    if (availability) {
      const lists = [availability.only, availability.except].filter((l) => l !== undefined);
      if (lists.length !== 1) say(id, 'availability needs exactly one of "only" and "except"');
      for (const d of lists.flat())
        if (!(DEPLOYMENTS as readonly string[]).includes(d)) say(id, `deployment "${d}" is unknown`);
      if (lists.some((l) => l.length === 0)) say(id, 'availability lists no deployment');
    }
    if (c.licence !== undefined && !c.licence.trim()) say(id, 'licence is empty: leave it out instead');
    if (status.state === 'deprecated') {
      if (!SINCE.test(status.since))
        say(id, `deprecated since "${status.since}": write "Studio Pro 9", "Studio Pro 10.18" or "2024-06"`);
      const replacement = catalogue[status.replacedBy];
      if (status.replacedBy === id) say(id, 'is replaced by itself');
      else if (!replacement) say(id, `replacedBy '${status.replacedBy}' is not in the catalogue`);
      else if (replacement.status.state === 'deprecated')
        say(id, `replacedBy '${status.replacedBy}' is deprecated too: name what to use now`);
    }
  }
  return problems;
}

/** Throws with every problem when the catalogue is not sound: the build calls this so bad data never ships. */
export function assertCapabilities(catalogue: Readonly<Record<string, Capability>>): void {
  const problems = capabilityProblems(catalogue);
  if (problems.length > 0) throw new Error(`The capability catalogue has problems:\n- ${problems.join('\n- ')}`);
}
