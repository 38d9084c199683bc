/**
 * Previews in place: on every doc page but the glossary itself, the first mention of a glossary term in each
 * section (between two headings) becomes `<TermPreview>`, a link to the term's glossary entry that shows its short
 * definition on hover, focus or tap; and the first `<Capability>` of each id in a section is wrapped in one that
 * shows what the capability does, its status and version, and a link to its catalogue entry. Each mention only
 * names its definition; the definitions, each once, go into one `<TermDefinitions>` list at the end of the page.
 * The texts come from `src/data/glossary.ts` and `src/data/capabilities.ts` at build time, so the page carries
 * only its own definitions.
 *
 * Terms are found by `names.ts` (the term and its aliases as whole words). Headings, links, code, and the
 * children of JSX elements are never marked. Register after remark-capability.
 */
import {glossary, type GlossaryId} from '../../data/glossary';
import {glossaryPath, glossarySummary} from '../../data/glossary-queries';
import {capabilities} from '../../data/capabilities';
import type {Capability, CapabilityId} from '../../data/capability-types';
import {availabilityLabel, capabilityPath, statusLabel, versionLabel} from '../../data/capability-queries';
import type {TermDefinition} from '../../components/TermDefinitions';
import {defaultImportNode, literalAttribute} from '../mdx-import';
import {findMentions, termNames, type TermName} from './names';

/** The elements this plugin writes, and the modules that render them. */
export const PREVIEW_ELEMENT = 'TermPreview';
export const PREVIEW_MODULE = '@site/src/components/TermPreview';
export const DEFINITIONS_ELEMENT = 'TermDefinitions';
export const DEFINITIONS_MODULE = '@site/src/components/TermDefinitions';

/** What the link of the full entry says. */
export const GLOSSARY_ENTRY_LABEL = 'Glossary entry';
export const CATALOGUE_ENTRY_LABEL = 'Catalogue entry';

/** An mdast node, as far as this plugin reads or writes it. */
export interface PreviewNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: unknown;
  attributes?: {type: string; name?: string; value?: unknown}[];
  children?: PreviewNode[];
  data?: unknown;
}

/** Nodes whose text is never marked: headings, links, code, raw HTML, expressions and ESM. */
const SKIPPED = new Set([
  'heading',
  'link',
  'linkReference',
  'inlineCode',
  'code',
  'html',
  'image',
  'imageReference',
  'definition',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'yaml',
]);

/** A link to a term on the glossary page, relative to the site or to the guide ("glossary#rest"). */
const GLOSSARY_LINK = /^(?:\/integration\/|\.\/)?glossary(?:\.mdx?)?#([a-z0-9-]+)$/;

/** Options: which files get no previews (the glossary page shows the definitions themselves). */
export interface RemarkTermPreviewsOptions {
  /** Tests whether a file (its path) is left as it is. */
  readonly skip?: (path: string) => boolean;
}

const attr = (name: string, value: string): {type: string; name: string; value: string} => ({
  type: 'mdxJsxAttribute',
  name,
  value,
});

/** The id of a term's or capability's definition on a page, which its mentions' links name as description. */
export const termDefId = (id: GlossaryId): string => `term-def-${id}`;
export const capabilityDefId = (id: CapabilityId): string => `cap-def-${id}`;

/** A glossary term's definition, for the page's list. */
export function termDefinition(id: GlossaryId): TermDefinition {
  return {
    id: termDefId(id),
    kind: 'term',
    title: glossary[id].term,
    summary: glossarySummary(id),
    entry: glossaryPath(id),
    entryLabel: GLOSSARY_ENTRY_LABEL,
  };
}

/** "Current · Studio Pro 10.24+ · Mendix Cloud only": a capability's status and version as the catalogue says. */
export function capabilityMeta(capability: Capability): string {
  return [statusLabel(capability), versionLabel(capability), availabilityLabel(capability)]
    .filter((p): p is string => p !== undefined)
    .join(' · ');
}

/** A capability's definition, for the page's list: what it does, its status and version. */
export function capabilityDefinition(id: CapabilityId): TermDefinition {
  const capability: Capability = capabilities[id];
  return {
    id: capabilityDefId(id),
    kind: 'capability',
    title: capability.name,
    summary: capability.summary,
    meta: capabilityMeta(capability),
    entry: capabilityPath(id),
    entryLabel: CATALOGUE_ENTRY_LABEL,
  };
}

/** The preview element for a glossary term, around the words that name it. */
export function termPreviewNode(id: GlossaryId, words: string): PreviewNode {
  return {
    type: 'mdxJsxTextElement',
    name: PREVIEW_ELEMENT,
    attributes: [attr('entry', glossaryPath(id)), attr('def', termDefId(id))],
    children: [{type: 'text', value: words}],
  };
}

/** The preview element for a capability, around its `<Capability>` element. */
export function capabilityPreviewNode(id: CapabilityId, element: PreviewNode): PreviewNode {
  return {
    type: element.type === 'mdxJsxFlowElement' ? 'mdxJsxFlowElement' : 'mdxJsxTextElement',
    name: PREVIEW_ELEMENT,
    attributes: [attr('entry', capabilityPath(id)), attr('def', capabilityDefId(id))],
    children: [element],
  };
}

/** The page's one list of definitions, each once, in order of first mention. */
export function definitionsNode(definitions: readonly TermDefinition[]): PreviewNode {
  return {
    type: 'mdxJsxFlowElement',
    name: DEFINITIONS_ELEMENT,
    attributes: [
      literalAttribute(
        'items',
        definitions.map((d) => ({...d})),
      ),
    ],
    children: [],
  };
}

/** Marks one tree; returns the definitions its previews name, each once, in order of first mention. */
export function markPreviews(tree: PreviewNode, names: readonly TermName[] = termNames()): TermDefinition[] {
  let terms = new Set<string>();
  let caps = new Set<string>();
  const definitions = new Map<string, TermDefinition>();
  const addTerm = (id: GlossaryId): void => {
    if (!definitions.has(termDefId(id))) definitions.set(termDefId(id), termDefinition(id));
  };
  const visit = (node: PreviewNode): void => {
    const children = node.children;
    if (!children) return;
    const out: PreviewNode[] = [];
    for (const child of children) {
      if (child.type === 'heading') {
        terms = new Set();
        caps = new Set();
        out.push(child);
        continue;
      }
      // A link the writer made to a term's glossary entry is that section's mention of the term: it gets the
      // preview (when its words are plain text), and the term is not marked again in the section.
      const linked =
        child.type === 'link' && typeof child.url === 'string' ? GLOSSARY_LINK.exec(child.url)?.[1] : undefined;
      if (linked && linked in glossary) {
        const words = child.children?.every((c) => c.type === 'text')
          ? child.children.map((c) => String(c.value)).join('')
          : '';
        if (!terms.has(linked) && words) {
          out.push(termPreviewNode(linked as GlossaryId, words));
          addTerm(linked as GlossaryId);
        } else out.push(child);
        terms.add(linked);
        continue;
      }
      if (SKIPPED.has(child.type)) {
        out.push(child);
        continue;
      }
      const isElement = child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement';
      if (isElement && child.name === 'Capability') {
        const id = child.attributes?.find((a) => a.name === 'id')?.value;
        if (typeof id === 'string' && id in capabilities && !caps.has(id)) {
          caps.add(id);
          out.push(capabilityPreviewNode(id as CapabilityId, child));
          if (!definitions.has(capabilityDefId(id as CapabilityId)))
            definitions.set(capabilityDefId(id as CapabilityId), capabilityDefinition(id as CapabilityId));
        } else out.push(child);
        continue;
      }
      if (isElement && (child.name === PREVIEW_ELEMENT || child.type === 'mdxJsxTextElement')) {
        // Inline JSX (a component's words) is left alone; block JSX (admonitions, details) holds prose.
        out.push(child);
        continue;
      }
      if (child.type === 'text' && typeof child.value === 'string') {
        const text = child.value;
        const mentions = findMentions(text, names, terms);
        let at = 0;
        for (const m of mentions) {
          if (m.start > at) out.push({type: 'text', value: text.slice(at, m.start)});
          out.push(termPreviewNode(m.id as GlossaryId, text.slice(m.start, m.end)));
          addTerm(m.id as GlossaryId);
          at = m.end;
        }
        if (at < text.length || mentions.length === 0)
          out.push(mentions.length ? {type: 'text', value: text.slice(at)} : child);
        continue;
      }
      visit(child);
      out.push(child);
    }
    node.children = out;
  };
  visit(tree);
  return [...definitions.values()];
}

/** The glossary page's file: the one page without previews. */
const isGlossaryFile = (path: string): boolean => /(^|[\\/])docs[\\/]glossary\.mdx?$/.test(path);

/** The remark plugin: register it in the docs plugin's `remarkPlugins`, after remark-capability. */
export default function remarkTermPreviews(
  options: RemarkTermPreviewsOptions = {},
): (tree: PreviewNode, file?: {path?: string}) => void {
  const skip = options.skip ?? isGlossaryFile;
  const names = termNames();
  return (tree, file) => {
    if (file?.path && skip(file.path)) return;
    const definitions = markPreviews(tree, names);
    if (definitions.length === 0 || !tree.children) return;
    tree.children.push(definitionsNode(definitions));
    for (const [name, module] of [
      [PREVIEW_ELEMENT, PREVIEW_MODULE],
      [DEFINITIONS_ELEMENT, DEFINITIONS_MODULE],
    ] as const) {
      if (!tree.children.some((c) => c.type === 'mdxjsEsm' && String(c.value).includes(`'${module}'`)))
        tree.children.unshift(defaultImportNode(name, module));
    }
  };
}
