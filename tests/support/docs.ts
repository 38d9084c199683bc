/**
 * The guide's pages as the unit tests read them: every .md/.mdx file under docs/, with its path, its doc id as the
 * docs plugin names it ('use-cases/iot'), its front matter (top-level keys, quotes stripped) and its body. A page
 * whose text the build draws from data is read with that text in place: the glossary's `<GlossaryEntries />`
 * becomes its letter and term sections as Markdown (from `src/data/glossary.ts`), so the rules for prose, links and
 * capability mentions check the glossary's definitions like any other page.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join, relative} from 'node:path';
import {GLOSSARY_ELEMENT, GLOSSARY_FILE, glossaryMarkdown} from '@site/src/data/glossary-queries';

const ROOT = join(__dirname, '../..');
const DOCS = join(ROOT, 'docs');

/** One page of the guide. */
export interface DocPage {
  /** Path from the repository root, e.g. `docs/use-cases/iot.mdx`. */
  readonly file: string;
  /** The docs plugin's id: the path under docs/ without extension. */
  readonly id: string;
  readonly frontMatter: Record<string, string>;
  /** Everything after the front matter, with generated sections in place (see above). */
  readonly body: string;
  /** The data files whose text the body holds besides the page's own, e.g. `['src/data/glossary.ts']`. */
  readonly generatedFrom: readonly string[];
}

const GLOSSARY_ELEMENT_LINE = new RegExp(`^<${GLOSSARY_ELEMENT} />$`, 'm');

/** A page's body with the sections the build generates written out as Markdown, and the files they come from. */
export function expandGenerated(body: string): {body: string; generatedFrom: readonly string[]} {
  if (!GLOSSARY_ELEMENT_LINE.test(body)) return {body, generatedFrom: []};
  return {body: body.replace(GLOSSARY_ELEMENT_LINE, () => glossaryMarkdown()), generatedFrom: [GLOSSARY_FILE]};
}

/** Every page under `dir` (docs/ by default), in directory order. */
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
    return [{file: relative(ROOT, path), id, frontMatter, ...expandGenerated(match?.[2] ?? text)}];
  });
}
