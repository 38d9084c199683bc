/**
 * Draws the glossary page from `src/data/glossary.ts` at build time: the one `<GlossaryEntries />` in
 * `docs/glossary.mdx` becomes the "Jump to" line, a `## A` heading per letter and a `### Term` heading per term,
 * each with the id pages link to (`letter-a`, `api-gateway`), followed by the term's definition parsed as the
 * page's own MDX. So the page is plain HTML as before, and its headings feed the table of contents.
 *
 * Register it in `beforeDefaultRemarkPlugins`: Docusaurus's heading and table-of-contents plugins run after it and
 * see the generated headings (they keep an id set in `data.hProperties.id`), and remark-capability, a later
 * plugin, resolves the `<Capability>` elements of the definitions. The glossary's data is checked first, and a
 * misused element stops the build with the file and the line.
 */
import {relative} from 'node:path';
import {
  assertGlossary,
  GLOSSARY_ELEMENT,
  GLOSSARY_FILE,
  glossaryList,
  glossarySections,
  JUMP_LABEL,
  JUMP_SEPARATOR,
  type GlossaryItem,
} from '../../data/glossary-queries';

/** An mdast node, as far as this plugin reads or writes it. */
export interface MdastNode {
  type: string;
  name?: string | null;
  depth?: number;
  url?: string;
  value?: string;
  attributes?: {type: string; name?: string; value?: unknown; position?: unknown}[];
  children?: MdastNode[];
  position?: {start?: {line?: number}};
  data?: {hProperties?: {id?: string}};
}

/** What the plugin needs of the processor it runs in: its parser, so definitions parse as the page would. */
export interface MarkdownParser {
  parse(text: string): unknown;
}

/** Node types a definition may hold: paragraphs of text, links, emphasis, inline code and `<Capability>`. */
const PHRASING = new Set(['text', 'link', 'emphasis', 'strong', 'inlineCode', 'break']);

/** Drops the positions that parsing a definition left, which would point into the data, not into the page. */
function withoutPositions(node: MdastNode): MdastNode {
  delete node.position;
  node.attributes?.forEach((attribute) => delete attribute.position);
  node.children?.forEach(withoutPositions);
  return node;
}

/** The first node of a definition that a glossary entry may not hold, described for a message, or undefined. */
function disallowed(node: MdastNode, top = true): string | undefined {
  const isCapability = node.type === 'mdxJsxTextElement' && node.name === 'Capability';
  const allowed = top ? node.type === 'paragraph' : PHRASING.has(node.type) || isCapability;
  if (!allowed) {
    const name = node.type.startsWith('mdxJsx') ? ` <${node.name ?? ''}>` : '';
    return `a ${node.type}${name}`;
  }
  for (const child of node.children ?? []) {
    const found = disallowed(child, false);
    if (found) return found;
  }
  return undefined;
}

/** A term's definition as mdast: its paragraphs, parsed by the page's parser, checked and without positions. */
export function definitionNodes(item: GlossaryItem, parser: MarkdownParser): MdastNode[] {
  const where = `${GLOSSARY_FILE}: term '${item.id}'`;
  let root: MdastNode;
  try {
    root = parser.parse(item.definition) as MdastNode;
  } catch (error) {
    throw new Error(`${where}: the definition is not valid MDX: ${error instanceof Error ? error.message : error}`);
  }
  const children = root.children ?? [];
  for (const child of children) {
    const found = disallowed(child);
    if (found)
      throw new Error(
        `${where}: the definition holds ${found}; a definition is paragraphs of text, links, emphasis, inline code and <Capability> only`,
      );
  }
  return children.map(withoutPositions);
}

const text = (value: string): MdastNode => ({type: 'text', value});

const heading = (depth: number, title: string, id: string): MdastNode => ({
  type: 'heading',
  depth,
  children: [text(title)],
  data: {hProperties: {id}},
});

/** The glossary page's sections as mdast: the jump line, then each letter's heading with its terms. */
export function glossaryNodes(parser: MarkdownParser, items: readonly GlossaryItem[] = glossaryList): MdastNode[] {
  const sections = glossarySections(items);
  const jump: MdastNode = {
    type: 'paragraph',
    children: [
      {type: 'strong', children: [text(JUMP_LABEL)]},
      text(' '),
      ...sections.flatMap((section, i) => [
        ...(i > 0 ? [text(JUMP_SEPARATOR)] : []),
        {type: 'link', url: `#${section.anchor}`, children: [text(section.letter)]},
      ]),
    ],
  };
  return [
    jump,
    ...sections.flatMap((section) => [
      heading(2, section.letter, section.anchor),
      ...section.items.flatMap((item) => [heading(3, item.term, item.id), ...definitionNodes(item, parser)]),
    ]),
  ];
}

/** Every JSX element in a tree whose name starts with "Glossary", with its parent. */
function glossaryElements(tree: MdastNode): {node: MdastNode; parent: MdastNode}[] {
  const found: {node: MdastNode; parent: MdastNode}[] = [];
  const visit = (node: MdastNode): void => {
    for (const child of node.children ?? []) {
      if (child.type.startsWith('mdxJsx') && child.name?.startsWith('Glossary'))
        found.push({node: child, parent: node});
      visit(child);
    }
  };
  visit(tree);
  return found;
}

/** The remark plugin: register it in the docs plugin's `beforeDefaultRemarkPlugins`. */
export default function remarkGlossary(this: MarkdownParser): (tree: MdastNode, file?: {path?: string}) => void {
  const parser: MarkdownParser = {parse: (definition) => this.parse(definition)};
  return (tree, file) => {
    const elements = glossaryElements(tree);
    if (elements.length === 0) return;
    const fileName = file?.path ? relative(process.cwd(), file.path) : '(unknown file)';
    const where = (node: MdastNode): string => `${fileName}:${node.position?.start?.line ?? '?'}`;
    const fail = (node: MdastNode, message: string): never => {
      throw new Error(`${where(node)}: ${message}`);
    };
    for (const {node} of elements)
      if (node.name !== GLOSSARY_ELEMENT)
        fail(node, `<${node.name}> is not a glossary element; the glossary page writes <${GLOSSARY_ELEMENT} />`);
    const [first, second] = elements;
    if (!first) return;
    if (second)
      fail(
        second.node,
        `<${GLOSSARY_ELEMENT} /> may appear only once; it is already at line ${first.node.position?.start?.line ?? '?'}`,
      );
    const {node, parent} = first;
    if (node.type !== 'mdxJsxFlowElement' || parent !== tree)
      fail(node, `<${GLOSSARY_ELEMENT} /> must stand on a line of its own, at the top level of the page`);
    if ((node.attributes ?? []).length > 0 || (node.children ?? []).length > 0)
      fail(node, `<${GLOSSARY_ELEMENT} /> takes no attributes and no content: the terms come from ${GLOSSARY_FILE}`);
    assertGlossary();
    const children = tree.children ?? [];
    children.splice(children.indexOf(node), 1, ...glossaryNodes(parser));
  };
}
