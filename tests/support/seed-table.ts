/**
 * Reads the use-case-vs-method table out of the seed page's Markdown, so tests
 * can compare the typed data with the specification cell for cell. The seed
 * marks a preferred cell with `green.png` and a possible one with `grey.png`.
 *
 * This is remark-gfm's job in the project, and its only one: Docusaurus parses
 * GFM in the docs by itself (its MDX loader includes remark-gfm), but this
 * table is read outside the docs loader, by tests only. So remark-gfm is a
 * devDependency.
 */
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type {Fit} from '../../src/data/types';

export interface SeedRow {
  /** The row label, as text (link text where the label is a link). */
  readonly label: string;
  /** One entry per method column, in the table's order. */
  readonly fits: readonly (Fit | undefined)[];
}

export interface SeedTable {
  readonly columns: readonly string[];
  readonly rows: readonly SeedRow[];
}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
}

function text(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(text).join('');
}

function images(node: MdNode): string[] {
  if (node.type === 'image') return [node.url ?? ''];
  return (node.children ?? []).flatMap(images);
}

function cellFit(cell: MdNode): Fit | undefined {
  const urls = images(cell);
  if (urls.some((u) => u.endsWith('green.png'))) return 'preferred';
  if (urls.some((u) => u.endsWith('grey.png'))) return 'possible';
  return undefined;
}

/** Finds the table whose first header cell is "Use Case" and returns its columns and rows. */
export function parseSeedTable(markdown: string): SeedTable {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdNode;
  const tables = (tree.children ?? []).filter((n) => n.type === 'table');
  const table = tables.find((t) => text(t.children?.[0]?.children?.[0] ?? {type: 'text'}).trim() === 'Use Case');
  if (!table?.children) throw new Error('The seed page has no table whose first heading is "Use Case".');
  const [head, ...body] = table.children;
  const columns = (head?.children ?? []).slice(1).map((c) => text(c).trim());
  const rows = body.map((row) => {
    const [labelCell, ...cells] = row.children ?? [];
    return {label: text(labelCell ?? {type: 'text'}).trim(), fits: cells.map(cellFit)};
  });
  return {columns, rows};
}
