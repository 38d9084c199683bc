/**
 * Node-only: the ```mermaid blocks of the Markdown/MDX files under a folder,
 * with the line of their opening fence, parsed as the docs loader parses them
 * (remark). Used by `npm run diagrams` and the unit tests; the build reads the
 * same blocks through mdx-mermaid instead.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {mermaidBlocks, type MarkdownNode, type MermaidBlock} from '../components/Mermaid/diagram';

/** Every ```mermaid block of a Markdown/MDX source, with the line of its opening fence. */
export function findMermaidBlocks(file: string, source: string): MermaidBlock[] {
  return mermaidBlocks(file, unified().use(remarkParse).parse(source) as MarkdownNode);
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

/** Every ```mermaid block of the given files (paths relative to `root`), in file order. */
export function blocksOf(root: string, files: readonly string[]): MermaidBlock[] {
  return files.flatMap((file) => findMermaidBlocks(file, readFileSync(join(root, file), 'utf8')));
}
