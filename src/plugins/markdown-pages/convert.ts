/**
 * One doc's MDX as plain Markdown: parsed with the same unified stack as the site's MDX (remark-parse, remark-mdx,
 * remark-gfm), the glossary's sections drawn by remark-glossary as on the page, then every JSX element replaced by
 * the Markdown its view in views.ts builds from the typed data, every diagram by its caption and description,
 * every link made absolute, and the result written by remark-stringify with GFM tables. Imports and front matter
 * are dropped; explicit heading ids stay as `{#id}`. An element without a view, a JavaScript expression or a
 * diagram without a caption stops the build with the file and the line.
 */
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import remarkGlossary from '../remark-glossary';
import {extractAccessibility} from '../../components/Mermaid/diagram';
import {blockquote, heading, isPhrasing, paragraph, strong, text, type MdNode} from './mdast';
import {VIEWS, type ViewContext} from './views';

/** What the converter needs besides the source. */
export interface ConvertOptions extends ViewContext {
  /** The file's path, for messages (relative to the repository root). */
  readonly file: string;
  /** The page's title: the Markdown's H1. */
  readonly title: string;
  /** The page's one-line description, quoted under the title; may be empty. */
  readonly description?: string;
  /** Absolute URL of the page, against which relative links and `#anchors` resolve. */
  readonly pageUrl: string;
}

/** Drops a leading YAML front matter block. */
export function stripFrontMatter(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/, '');
}

/** Escapes `{#id}` at the end of ATX headings, as Docusaurus's mdx1Compat.headingIds does, so MDX reads it as text. */
export function escapeHeadingIds(source: string): string {
  return source.replace(/^(#{1,6}[ \t].*?)\{#([\w-]+)\}[ \t]*$/gm, '$1\\{#$2}');
}

/** An absolute URL for a link written in a page. */
export function absoluteUrl(url: string, {href, pageUrl}: Pick<ConvertOptions, 'href' | 'pageUrl'>): string {
  const target = url.replace(/^pathname:\/\//, '');
  if (/^[a-z][a-z\d+.-]*:/i.test(target)) return target;
  if (target.startsWith('/')) return href(target);
  if (target.startsWith('#')) return `${pageUrl}${target}`;
  return new URL(target, pageUrl).href;
}

/** The diagram as the page's figure caption says it: its title and its description, never its source. */
export function diagramNodes(chart: string, where: string): MdNode[] {
  const {title, description} = extractAccessibility(chart);
  if (!title && !description)
    throw new Error(`${where}: a mermaid diagram needs accTitle and accDescr; its Markdown version is its description`);
  return [
    blockquote(
      paragraph(
        strong(text(`Diagram${title ? `: ${title}` : ''}.`)),
        ...(description ? [text(` ${description}`)] : []),
      ),
    ),
  ];
}

/** A JSX attribute's literal value: a string, `true` for a bare attribute; an expression fails. */
function attributeValue(attribute: {type: string; name?: string; value?: unknown}, where: string): string | true {
  if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined)
    throw new Error(`${where}: spread attributes have no Markdown version`);
  if (attribute.value === null || attribute.value === undefined) return true;
  if (typeof attribute.value === 'string') return attribute.value;
  throw new Error(
    `${where}: the attribute ${attribute.name}={...} is an expression; write a literal for the Markdown version`,
  );
}

/** Replaces the page's MDX-only nodes by plain Markdown, in place. */
function transform(tree: MdNode, options: ConvertOptions): void {
  const where = (node: MdNode): string => `${options.file}:${node.position?.start?.line ?? '?'}`;

  const convert = (node: MdNode, inline: boolean): MdNode[] => {
    switch (node.type) {
      case 'mdxjsEsm':
        return [];
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // `{/* a comment */}` says nothing to readers; any other expression has no Markdown version.
        if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')) return [];
        throw new Error(
          `${where(node)}: the expression {${(node.value ?? '').trim().slice(0, 40)}} has no Markdown version; render data through a component with a view in src/plugins/markdown-pages/views.ts`,
        );
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const children = (node.children ?? []).flatMap((child) => convert(child, node.type === 'mdxJsxTextElement'));
        if (!node.name) return children;
        const view = VIEWS[node.name];
        if (!view)
          throw new Error(
            `${where(node)}: <${node.name}> has no Markdown version; add a view for it in src/plugins/markdown-pages/views.ts`,
          );
        const attributes = Object.fromEntries(
          (node.attributes ?? []).map((a) => [a.name ?? '', attributeValue(a, where(node))] as const),
        );
        const out = view({name: node.name, attributes, children, inline, where: where(node)}, options);
        if (inline && !out.every(isPhrasing))
          throw new Error(
            `${where(node)}: <${node.name}> stands inside a sentence, but its Markdown version is a block`,
          );
        const converted = out.flatMap((n) => convert(n, inline));
        return !inline && converted.every(isPhrasing) ? [paragraph(...converted)] : converted;
      }
      case 'code':
        return node.lang === 'mermaid' ? diagramNodes(node.value ?? '', where(node)) : [node];
      case 'link':
      case 'image':
        node.url = absoluteUrl(node.url ?? '', options);
        break;
      case 'heading': {
        const id = node.data?.hProperties?.id;
        if (id) {
          node.children = [...(node.children ?? []), text(` {#${id}}`)];
          delete node.data;
        }
        break;
      }
      default:
        break;
    }
    if (node.children) {
      const childInline = inline || node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell';
      node.children = node.children.flatMap((child) => convert(child, childInline));
    }
    return [node];
  };
  tree.children = (tree.children ?? []).flatMap((child) => convert(child, false));
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkGlossary);
const writer = unified().use(remarkGfm, {tablePipeAlign: false}).use(remarkStringify, {
  bullet: '-',
  emphasis: '_',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
});

/** The page as Markdown, ending in a newline. */
export async function mdxToMarkdown(source: string, options: ConvertOptions): Promise<string> {
  const tree = (await parser.run(parser.parse(escapeHeadingIds(stripFrontMatter(source))), {
    path: options.file,
  })) as MdNode;
  transform(tree, options);
  const head: MdNode[] = [
    heading(1, text(options.title)),
    ...(options.description ? [blockquote(paragraph(text(options.description)))] : []),
  ];
  tree.children = [...head, ...(tree.children ?? [])];
  // remark-stringify's types want its own Root; the tree is mdast built from the same node kinds.
  const markdown = writer.stringify(tree as unknown as Parameters<typeof writer.stringify>[0]);
  return `${markdown.trimEnd()}\n`;
}
