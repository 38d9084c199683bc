/**
 * What other documents can link to in the guide: the shape of `/integration/xref.json` and the pure function that
 * builds it from the facts of the built pages (titles, headings, ids; read by `src/plugins/xref`) and from the typed
 * data (matrix rows, legacy anchors, glossary terms, capabilities). `/integration/objects.inv`, the same inventory for
 * Sphinx's intersphinx, is written from this value.
 *
 * The shape is versioned like `matrix.json`: adding a field or a kind keeps `version`; renaming or removing one, or
 * changing what a value means (such as how a `name` is formed), raises it.
 */
import matrix from './matrix';
import {GUIDE_BASE, USE_CASES_PAGE_PATH, matrixRowId} from './queries';
import {GLOSSARY_PAGE_PATH, glossaryList, glossarySummary} from './glossary-queries';
import {CAPABILITIES_PAGE_PATH, capabilityAnchor} from './capability-queries';
import {capabilityList} from './capabilities';
import type {MatrixData} from './types';

/** The current version of the inventory's shape. */
export const XREF_EXPORT_VERSION = 1;

/** Where the inventory is published. */
export const XREF_EXPORT_PATH = `${GUIDE_BASE}/xref.json`;

/** Where the same inventory is published for Sphinx's intersphinx (format version 2). */
export const OBJECTS_INV_PATH = `${GUIDE_BASE}/objects.inv`;

/** The kinds of things the inventory lists, in the order of its `entries`. */
export const XREF_KINDS = ['page', 'heading', 'matrix-row', 'legacy-anchor', 'glossary-term', 'capability'] as const;

/**
 * - `page`: a page of the site; name: its path under the site's base without the leading slash
 *   (`integration/iot`; the landing page is `index`).
 * - `heading`: a heading with an id on a page; name: `<page name>#<id>` (`integration/iot#pitfalls`).
 * - `matrix-row`: a use case's row in the matrix on the use-case list; name: the use case's id (`iot`).
 * - `legacy-anchor`: the anchor the original documentation used for a use case on the use-case list; name: the
 *   anchor (`sso`).
 * - `glossary-term`: a term on the glossary page; name: its anchor (`api-gateway`).
 * - `capability`: a Mendix capability on the catalogue page; name: its id (`task-queues`).
 */
export type XrefKind = (typeof XREF_KINDS)[number];

/** One thing another document can link to. */
export interface XrefEntry {
  readonly kind: XrefKind;
  /** Stable within its kind (see `XrefKind`); `kind` and `name` together are unique. */
  readonly name: string;
  /** The title as the site shows it: the page's title, the heading's text, the term, the capability's name. */
  readonly title: string;
  /** One line on what is there. */
  readonly summary: string;
  /** Absolute URL, with the anchor where there is one. */
  readonly url: string;
  /** The `name` of the page entry it is on (a page names itself). */
  readonly page: string;
  /** The id of the element on that page, or null for a whole page. */
  readonly anchor: string | null;
}

/** The whole of `/integration/xref.json`. */
export interface XrefExport {
  /** A human note on what the file is and where its shape is documented. */
  readonly $comment: string;
  /** Version of the shape; see XREF_EXPORT_VERSION. */
  readonly version: typeof XREF_EXPORT_VERSION;
  /** Absolute URL of this file. */
  readonly url: string;
  /** Absolute URL of the site's root (origin and base path, ending in `/`): every entry's URL starts with it. */
  readonly site: string;
  /** Absolute URL of the intersphinx inventory with the same entries. */
  readonly objectsInv: string;
  /** How many entries there are of each kind. */
  readonly counts: Readonly<Record<XrefKind, number>>;
  /** Every entry: grouped by kind in the order of XREF_KINDS; pages by name, headings in page order, data in data order. */
  readonly entries: readonly XrefEntry[];
}

/** A heading of a built page. */
export interface HeadingFacts {
  /** Its id. */
  readonly id: string;
  /** Its text, on one line. */
  readonly title: string;
  /** The first sentence of its section, or '' when the section starts with no paragraph. */
  readonly summary: string;
}

/** What the build says about one page (read from its HTML by `src/plugins/xref/pages.ts`). */
export interface PageFacts {
  /** The page's path without the site's base, such as `/integration/iot` or `/`. */
  readonly path: string;
  readonly title: string;
  /** Its meta description. */
  readonly summary: string;
  /** Its headings that have an id, in page order. */
  readonly headings: readonly HeadingFacts[];
  /** Every id on the page. */
  readonly ids: ReadonlySet<string>;
}

/** The name of a page entry for a path without the base: `/integration/iot` gives `integration/iot`, `/` gives `index`. */
export function pageName(path: string): string {
  return path.replace(/^\/+|\/+$/g, '') || 'index';
}

/** The site's root URL, ending in `/`, from the config's `url` and `baseUrl`. */
export function siteRoot(url: string, baseUrl: string): string {
  return `${url.replace(/\/+$/, '')}/${baseUrl.replace(/^\/+|\/+$/g, '')}/`.replace(/([^:/])\/\/$/, '$1/');
}

/**
 * The inventory as `/integration/xref.json` publishes it. Pure. `root` is the site's root URL (see `siteRoot`).
 * Throws, naming every problem, when two entries of a kind share a name or the data names an anchor that the built
 * page does not have, so a broken link target fails the build instead of being published.
 */
export function toXrefExport(root: string, pages: readonly PageFacts[], data: MatrixData = matrix): XrefExport {
  if (!root.endsWith('/')) throw new Error(`xref: the site root "${root}" must end in "/"`);
  const url = (path: string): string => `${root}${path.replace(/^\/+/, '')}`;
  const problems: string[] = [];
  const byPath = new Map(pages.map((p) => [p.path, p]));

  const sorted = [...pages].sort((a, b) => pageName(a.path).localeCompare(pageName(b.path)));
  const pageEntries: XrefEntry[] = sorted.map((p) => ({
    kind: 'page',
    name: pageName(p.path),
    title: p.title,
    summary: p.summary,
    url: url(p.path),
    page: pageName(p.path),
    anchor: null,
  }));
  const headingEntries: XrefEntry[] = sorted.flatMap((p) =>
    p.headings.map((h) => ({
      kind: 'heading' as const,
      name: `${pageName(p.path)}#${h.id}`,
      title: h.title,
      summary: h.summary || `The section "${h.title}" of "${p.title}".`,
      url: `${url(p.path)}#${h.id}`,
      page: pageName(p.path),
      anchor: h.id,
    })),
  );

  /** An entry for an anchor the data names on a page, checked against the built page. */
  const onPage = (kind: XrefKind, name: string, title: string, summary: string, path: string, anchor: string) => {
    const page = byPath.get(path);
    if (!page) problems.push(`${kind} "${name}": the page ${path} was not built`);
    else if (!page.ids.has(anchor)) problems.push(`${kind} "${name}": ${path} has no element with the id "${anchor}"`);
    return {kind, name, title, summary, url: `${url(path)}#${anchor}`, page: pageName(path), anchor};
  };
  const dataEntries: XrefEntry[] = [
    ...data.useCases.map((u) => onPage('matrix-row', u.id, u.title, u.summary, USE_CASES_PAGE_PATH, matrixRowId(u.id))),
    ...data.useCases.map((u) =>
      onPage('legacy-anchor', u.legacyAnchor, u.title, u.summary, USE_CASES_PAGE_PATH, u.legacyAnchor),
    ),
    ...glossaryList.map((g) => onPage('glossary-term', g.id, g.term, glossarySummary(g.id), GLOSSARY_PAGE_PATH, g.id)),
    ...capabilityList.map(({id, capability}) =>
      onPage('capability', id, capability.name, capability.summary, CAPABILITIES_PAGE_PATH, capabilityAnchor(id)),
    ),
  ];

  const entries = [...pageEntries, ...headingEntries, ...dataEntries];
  const seen = new Set<string>();
  for (const e of entries) {
    const key = `${e.kind} ${e.name}`;
    if (seen.has(key)) problems.push(`two entries of kind ${e.kind} are named "${e.name}"`);
    seen.add(key);
    if (!e.title.trim()) problems.push(`${e.kind} "${e.name}" has no title`);
  }
  if (problems.length > 0) throw new Error(`xref: cannot write the inventory:\n- ${problems.join('\n- ')}`);

  const counts = Object.fromEntries(XREF_KINDS.map((k) => [k, entries.filter((e) => e.kind === k).length]));
  return {
    $comment:
      'What other documents can link to in the Integration Guide. The shape is the XrefExport type in src/data/xref.ts; version changes on any breaking change. objectsInv is the same for Sphinx intersphinx.',
    version: XREF_EXPORT_VERSION,
    url: url(XREF_EXPORT_PATH),
    site: root,
    objectsInv: url(OBJECTS_INV_PATH),
    counts: counts as Record<XrefKind, number>,
    entries,
  };
}

/** The file's text: two-space indent, final newline. */
export function serializeXrefExport(value: XrefExport): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
