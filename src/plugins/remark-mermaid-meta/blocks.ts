/**
 * Node-only: the ```mermaid blocks of Markdown/MDX files, with the line of
 * their opening fence. Used by `npm run diagrams` (render-svgs.mjs) and the
 * unit tests' diagram checker; the chart text is the code block's value, as
 * mdx-mermaid hands it to remark-mermaid-meta during the build.
 */
import {readdirSync} from 'node:fs';
import {join, relative} from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';

/** One fenced ```mermaid block. */
export interface MermaidBlock {
  /** Path relative to the repository root. */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The block's content, as mdx-mermaid passes it to the renderer. */
  readonly chart: string;
}

interface MdNode {
  type: string;
  lang?: string | null;
  value?: string;
  position?: {start: {line: number}};
  children?: MdNode[];
}

/** Every ```mermaid block of a Markdown/MDX source, with the line of its opening fence. */
export function findMermaidBlocks(file: string, source: string): MermaidBlock[] {
  const tree = unified().use(remarkParse).parse(source) as MdNode;
  const blocks: MermaidBlock[] = [];
  const walk = (node: MdNode): void => {
    if (node.type === 'code' && node.lang === 'mermaid') {
      blocks.push({file, line: node.position?.start.line ?? 0, chart: node.value ?? ''});
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return blocks;
}

/** Every .md and .mdx file under `root`/`dir`, relative to `root`, sorted. */
export function markdownFilesUnder(root: string, dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, {withFileTypes: true})) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.mdx?$/.test(entry.name)) found.push(relative(root, path));
    }
  };
  walk(join(root, dir));
  return found.sort();
}
