/**
 * The small slice of mdast the Markdown pages are built from, with constructors. Loose on purpose: the parser's
 * MDX nodes and the ones built here share this shape, and remark-stringify writes them.
 */

/** An mdast node, as far as the Markdown pages read or write it. */
export interface MdNode {
  type: string;
  name?: string | null;
  depth?: number;
  url?: string;
  value?: string;
  lang?: string | null;
  ordered?: boolean;
  spread?: boolean;
  align?: (string | null)[];
  attributes?: {type: string; name?: string; value?: unknown}[];
  children?: MdNode[];
  position?: {start?: {line?: number}};
  data?: {hProperties?: {id?: string}};
}

export const text = (value: string): MdNode => ({type: 'text', value});
export const strong = (...children: MdNode[]): MdNode => ({type: 'strong', children});
export const emphasis = (...children: MdNode[]): MdNode => ({type: 'emphasis', children});
export const paragraph = (...children: MdNode[]): MdNode => ({type: 'paragraph', children});
export const link = (url: string, ...children: MdNode[]): MdNode => ({type: 'link', url, children});
export const heading = (depth: number, ...children: MdNode[]): MdNode => ({type: 'heading', depth, children});
export const blockquote = (...children: MdNode[]): MdNode => ({type: 'blockquote', children});

/** A tight list; each item is a list of phrasing nodes (one paragraph) or of block nodes. */
export function list(items: readonly MdNode[][], ordered = false): MdNode {
  return {
    type: 'list',
    ordered,
    spread: false,
    children: items.map((content) => ({
      type: 'listItem',
      spread: false,
      children: content.every((n) => isPhrasing(n)) ? [paragraph(...content)] : content,
    })),
  };
}

/** A GFM table: a header row and body rows, every cell a list of phrasing nodes. */
export function table(header: readonly string[], rows: readonly MdNode[][][]): MdNode {
  const row = (cells: readonly MdNode[][]): MdNode => ({
    type: 'tableRow',
    children: cells.map((cell) => ({type: 'tableCell', children: cell})),
  });
  return {
    type: 'table',
    align: header.map(() => null),
    children: [row(header.map((h) => [text(h)])), ...rows.map(row)],
  };
}

const PHRASING = new Set(['text', 'link', 'strong', 'emphasis', 'inlineCode', 'break', 'delete']);

/** Whether a node belongs inside a paragraph. */
export function isPhrasing(node: MdNode): boolean {
  return PHRASING.has(node.type) || node.type === 'mdxJsxTextElement';
}

/** Phrasing nodes separated by `separator`, e.g. links joined by ", ". */
export function joined(nodes: readonly MdNode[], separator = ', '): MdNode[] {
  return nodes.flatMap((node, i) => (i > 0 ? [text(separator), node] : [node]));
}

/** The plain text of a node. */
export function plainText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(plainText).join('');
}
