/**
 * The guide's pages as the unit tests read them: every .md/.mdx file under docs/, with its path, its doc id as the
 * docs plugin names it ('use-cases/iot'), its front matter (top-level keys, quotes stripped) and its body.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join, relative} from 'node:path';

const ROOT = join(__dirname, '../..');
const DOCS = join(ROOT, 'docs');

/** One page of the guide. */
export interface DocPage {
  /** Path from the repository root, e.g. `docs/use-cases/iot.mdx`. */
  readonly file: string;
  /** The docs plugin's id: the path under docs/ without extension. */
  readonly id: string;
  readonly frontMatter: Record<string, string>;
  /** Everything after the front matter. */
  readonly body: string;
}

export function readDocs(dir = DOCS): DocPage[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return readDocs(path);
    if (!/\.mdx?$/.test(entry.name)) return [];
    const text = readFileSync(path, 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    const frontMatter: Record<string, string> = {};
    for (const line of (match?.[1] ?? '').split('\n')) {
      const kv = /^(\w+):\s*(.*)$/.exec(line);
      if (kv?.[1]) frontMatter[kv[1]] = (kv[2] ?? '').replace(/^["']|["']$/g, '');
    }
    const id = relative(DOCS, path).replace(/\.mdx?$/, '');
    return [{file: relative(ROOT, path), id, frontMatter, body: match?.[2] ?? text}];
  });
}
