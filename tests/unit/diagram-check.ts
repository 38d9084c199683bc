/**
 * Checks the ```mermaid blocks of Markdown/MDX files with mermaid's own parser,
 * in Node, and reports each problem with its file and line:
 * - a block mermaid cannot parse (with mermaid's message and, where mermaid
 *   gives one, the line of the error inside the file);
 * - a block without `accTitle` or `accDescr`, as mermaid itself reads them;
 * - a block whose caption (what the build extracts for the figure) would differ
 *   from what mermaid reads.
 *
 * mermaid's parsers run in Node; only DOMPurify, the HTML sanitizer mermaid
 * applies to label text, needs a browser. It is replaced by a pass-through
 * here (parsing does not depend on it), so no DOM library is needed.
 */
import {join} from 'node:path';
import DOMPurify from 'dompurify';
import {extractAccessibility, type MermaidBlock} from '../../src/components/Mermaid/diagram';
import {blocksOf as blocksUnder, findMermaidBlocks, markdownFilesUnder} from '../../src/scripts/blocks';

// Must run before mermaid is first used: mermaid calls DOMPurify.addHook and sanitize on label text.
Object.assign(DOMPurify, {
  addHook: () => undefined,
  removeHook: () => undefined,
  removeHooks: () => undefined,
  removeAllHooks: () => undefined,
  sanitize: (text: string) => text,
});

export const ROOT = join(__dirname, '../..');

/** A problem, located. */
export interface DiagramProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export const formatProblem = (p: DiagramProblem): string => `${p.file}:${p.line}: ${p.message}`;

export {findMermaidBlocks, type MermaidBlock};

/** Every .md and .mdx file under `dir`, relative to the repository root, sorted. */
export const markdownFiles = (dir: string): string[] => markdownFilesUnder(ROOT, dir);

/** All mermaid blocks of the given files (paths relative to the repository root). */
export const blocksOf = (files: readonly string[]): MermaidBlock[] => blocksUnder(ROOT, files);

interface ParseErrorShape {
  message?: string;
  hash?: {loc?: {first_line?: number}; line?: number};
}

/** The line inside the chart (1-based) that mermaid blames, if it says. */
function errorLine(error: ParseErrorShape): number | undefined {
  const fromLoc = error.hash?.loc?.first_line;
  if (typeof fromLoc === 'number' && fromLoc > 0) return fromLoc;
  const fromText = /\bline (\d+)/i.exec(error.message ?? '')?.[1];
  return fromText ? Number(fromText) : undefined;
}

interface AccessibleDb {
  getAccTitle?: () => string;
  getAccDescription?: () => string;
}

const collapse = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Parses one block with mermaid and checks its accessible title and description. */
export async function checkBlock(block: MermaidBlock): Promise<DiagramProblem[]> {
  const {default: mermaid} = await import('mermaid');
  const at = (line: number, message: string): DiagramProblem => ({file: block.file, line, message});
  try {
    await mermaid.parse(block.chart);
  } catch (thrown) {
    const error = thrown as ParseErrorShape;
    const inner = errorLine(error);
    let message = `mermaid cannot parse this diagram: ${collapse(error.message ?? String(thrown))}`;
    if (/No diagram type detected/.test(error.message ?? '') && /^\s*acc(Title|Descr)/.test(block.chart)) {
      message += ' (put the diagram type, e.g. "flowchart LR", on the first line and accTitle/accDescr after it)';
    }
    // The chart starts on the line after the fence.
    return [at(inner === undefined ? block.line : block.line + inner, message)];
  }
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(block.chart);
  const db = diagram.db as AccessibleDb;
  const title = collapse(db.getAccTitle?.());
  const description = collapse(db.getAccDescription?.());
  const problems: DiagramProblem[] = [];
  if (!title)
    problems.push(at(block.line, 'the diagram has no accTitle (a short title, e.g. "accTitle: How data flows")'));
  if (!description)
    problems.push(at(block.line, 'the diagram has no accDescr (one or two sentences saying what it shows)'));
  const caption = extractAccessibility(block.chart);
  if (title && collapse(caption.title) !== title) {
    problems.push(
      at(block.line, `the caption's title "${caption.title ?? ''}" differs from mermaid's accTitle "${title}"`),
    );
  }
  if (description && collapse(caption.description) !== description) {
    problems.push(at(block.line, `the caption's description differs from mermaid's accDescr "${description}"`));
  }
  return problems;
}

/** Checks every block; the problems of all of them, in file order. */
export async function checkBlocks(blocks: readonly MermaidBlock[]): Promise<DiagramProblem[]> {
  const problems: DiagramProblem[] = [];
  // One at a time: mermaid's diagram databases are shared state.
  for (const block of blocks) problems.push(...(await checkBlock(block)));
  return problems;
}
