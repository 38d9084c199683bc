/**
 * remark-glossary: the one `<GlossaryEntries />` of a page becomes the jump line, a `##` heading per letter and a
 * `###` heading per term, with the ids pages link to, in the page's order; each definition is parsed as MDX, so its
 * links are links and its `<Capability>` elements are left for remark-capability. A misused element or a definition
 * that is not paragraphs stops the build with the file and the line, or the data file and the term.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import {describe, expect, it} from 'vitest';
import remarkGlossary, {definitionNodes, type MdastNode} from '@site/src/plugins/remark-glossary';
import {capabilities} from '@site/src/data/capabilities';
import {assertGlossary, glossaryList, glossaryPlainText} from '@site/src/data/glossary-queries';
import {glossary, GLOSSARY_IDS, type GlossaryEntry} from '@site/src/data/glossary';

const PINNED = JSON.parse(
  readFileSync(join(__dirname, '../fixtures/glossary-anchors.json'), 'utf8'),
) as readonly string[];

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGlossary);

/** Parses an MDX page and runs the plugin on it, as the docs loader would for `docs/glossary.mdx`. */
function run(source: string): MdastNode {
  const tree = processor.parse(source);
  processor.runSync(tree, {path: join(process.cwd(), 'docs/glossary.mdx')});
  return tree as MdastNode;
}

const PAGE = 'Intro paragraph.\n\n<GlossaryEntries />\n';

/** The text of a node as a reader gets it: a `<Capability>` shows its own words or the catalogue's name. */
function textOf(node: MdastNode): string {
  if (node.type === 'mdxJsxTextElement' && node.name === 'Capability' && (node.children ?? []).length === 0) {
    const id = node.attributes?.find((a) => a.name === 'id')?.value;
    return capabilities[id as keyof typeof capabilities].name;
  }
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** Every node of a tree, depth first. */
function nodes(node: MdastNode): MdastNode[] {
  return [node, ...(node.children ?? []).flatMap(nodes)];
}

describe('remark-glossary', () => {
  const tree = run(PAGE);
  const children = tree.children ?? [];
  const headings = children.filter((c) => c.type === 'heading');

  it('keeps what comes before the element, then writes the jump line to every letter', () => {
    expect(textOf(children[0]!)).toBe('Intro paragraph.');
    const jump = children[1]!;
    expect(textOf(jump)).toBe('Jump to: A · B · C · D · E · I · J · K · L · M · O · P · R · S · T · W · X');
    expect(nodes(jump).flatMap((n) => (n.type === 'link' ? [n.url] : []))).toEqual(
      [...'abcdeijklmoprstwx'].map((l) => `#letter-${l}`),
    );
  });

  it("gives every term a level-3 heading with today's id, in today's order, under the heading of its letter", () => {
    const terms = headings.filter((h) => h.depth === 3);
    expect(terms.map((h) => h.data?.hProperties?.id)).toEqual(PINNED);
    expect(terms.map((h) => textOf(h))).toEqual(GLOSSARY_IDS.map((id) => glossary[id].term));
    let letter = '';
    for (const h of headings) {
      if (h.depth === 2) letter = textOf(h);
      else
        expect(
          textOf(h)
            .replace(/[^A-Za-z]/g, '')
            .charAt(0)
            .toUpperCase(),
          textOf(h),
        ).toBe(letter);
    }
  });

  it('gives every letter a level-2 heading with the id letter-x, the only level the table of contents shows', () => {
    const letters = headings.filter((h) => h.depth === 2);
    expect(letters.map((h) => [textOf(h), h.data?.hProperties?.id])).toEqual(
      [...'ABCDEIJKLMOPRSTWX'].map((l) => [l, `letter-${l.toLowerCase()}`]),
    );
    expect(headings.every((h) => h.depth === 2 || h.depth === 3)).toBe(true);
  });

  it('follows each term heading with its definition, parsed: links, and <Capability> for remark-capability', () => {
    const start = children.findIndex((c) => c.data?.hProperties?.id === 'business-event');
    const definition = children.slice(start + 1, start + 2)[0]!;
    expect(definition.type).toBe('paragraph');
    const capability = nodes(definition).find((n) => n.type === 'mdxJsxTextElement');
    expect(capability?.name).toBe('Capability');
    expect(capability?.attributes).toEqual([{type: 'mdxJsxAttribute', name: 'id', value: 'business-events'}]);
    expect(nodes(definition).find((n) => n.type === 'link')?.url).toBe('/integration/event-integration');
  });

  it('writes each definition as the plain text of glossary-queries reads it, and leaves no positions', () => {
    const byTerm = new Map<string, MdastNode[]>();
    let current: MdastNode[] = [];
    for (const child of children) {
      if (child.type === 'heading' && child.depth === 3) byTerm.set(child.data?.hProperties?.id ?? '', (current = []));
      else if (child.type !== 'heading') current.push(child);
    }
    for (const item of glossaryList) {
      const generated = byTerm.get(item.id) ?? [];
      expect(generated.map(textOf).join(' ').replace(/\s+/g, ' '), item.id).toBe(glossaryPlainText(item.definition));
      expect(generated.flatMap(nodes).some((n) => n.position !== undefined)).toBe(false);
      expect(generated.flatMap(nodes).some((n) => n.attributes?.some((a) => 'position' in a))).toBe(false);
    }
  });

  it('leaves a page without the element alone', () => {
    const plain = run('# Title\n\nText with <Capability id="task-queues" />.\n');
    expect(plain.children?.map((c) => c.type)).toEqual(['heading', 'paragraph']);
  });
});

describe('remark-glossary stops the build with the file and the line', () => {
  it.each([
    ['a second element', `${PAGE}\n<GlossaryEntries />\n`, /may appear only once; it is already at line 3/],
    ['an element inside a paragraph', 'Terms: <GlossaryEntries />\n', /:1: <GlossaryEntries \/> must stand on a line/],
    ['an element inside another element', '<div>\n  <GlossaryEntries />\n</div>\n', /:2: .* at the top level/],
    ['attributes', '<GlossaryEntries letter="A" />\n', /:1: <GlossaryEntries \/> takes no attributes/],
    ['content', '<GlossaryEntries>\nText\n</GlossaryEntries>\n', /takes no attributes and no content/],
    ['an unknown glossary element', '<GlossaryTerms />\n', /:1: <GlossaryTerms> is not a glossary element/],
  ])('%s', (_, source, message) => {
    expect(() => run(source)).toThrow(message);
    expect(() => run(source)).toThrow(/^docs\/glossary\.mdx:\d+: /);
  });
});

describe('a bad glossary entry stops the build with the data file and the term', () => {
  const item = (definition: string): GlossaryEntry & {id: 'bi'} => ({...glossary.bi, id: 'bi', definition});

  it('a definition that is not valid MDX', () => {
    expect(() => definitionNodes(item('Tools <Capability id="x">.'), processor)).toThrow(
      /^src\/data\/glossary\.ts: term 'bi': the definition is not valid MDX: /,
    );
  });

  it('a definition with a heading, a list or another component', () => {
    expect(() => definitionNodes(item('Tools.\n\n## More'), processor)).toThrow(
      "src/data/glossary.ts: term 'bi': the definition holds a heading;",
    );
    expect(() => definitionNodes(item('Tools:\n\n- one\n- two'), processor)).toThrow(/holds a list;/);
    expect(() => definitionNodes(item('Tools, see <Link to="/x">x</Link>.'), processor)).toThrow(
      /holds a mdxJsxTextElement <Link>;/,
    );
  });

  it('data that breaks a rule of glossary-queries', () => {
    expect(() => assertGlossary({...glossary, bi: {...glossary.bi, aliases: ['BAM']}})).toThrow(
      /^The glossary has problems:\n- src\/data\/glossary\.ts: term 'bi': alias "BAM" is also an alias of 'bam'/,
    );
  });
});
