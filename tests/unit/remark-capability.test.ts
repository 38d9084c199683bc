/**
 * remark-capability: a `<Capability id>` element gets the catalogue's name, link, status and notes as props,
 * the page gets one import of the component, and a bad id stops the build with the file, the line and the id.
 * The component renders those props as text a reader (and a screen reader) gets without colour or script.
 */
import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import remarkCapability, {COMPONENT_MODULE} from '@site/src/plugins/remark-capability';
import Capability from '@site/src/components/Capability';
import {capabilities, capabilityMention} from '@site/src/data/capabilities';

interface Node {
  type: string;
  name?: string;
  value?: unknown;
  attributes?: {type: string; name?: string; value?: unknown}[];
  children?: Node[];
  position?: {start: {line: number}};
}

const element = (id: unknown, line = 7): Node => ({
  type: 'mdxJsxTextElement',
  name: 'Capability',
  attributes: [{type: 'mdxJsxAttribute', name: 'id', value: id}],
  children: [],
  position: {start: {line}},
});

const page = (...elements: Node[]): Node => ({type: 'root', children: [{type: 'paragraph', children: elements}]});
const run = (tree: Node): void => remarkCapability()(tree as never, {path: `${process.cwd()}/docs/x.mdx`});
const props = (node: Node | undefined): Record<string, unknown> =>
  Object.fromEntries((node?.attributes ?? []).map((a) => [a.name, a.value]));

describe('remark-capability', () => {
  it('fills in every prop from the catalogue and imports the component once', () => {
    const tree = page(element('task-queues'), element('process-queue'));
    run(tree);
    const [paragraph] = (tree.children ?? []).filter((c) => c.type === 'paragraph');
    const [current, deprecated] = paragraph?.children ?? [];
    expect(props(current)).toEqual({id: 'task-queues', ...capabilityMention('task-queues')});
    expect(props(deprecated)).toMatchObject({
      id: 'process-queue',
      status: 'deprecated',
      replacement: capabilities['task-queues'].name,
      replacementHref: '/integration/mendix-capabilities#cap-task-queues',
    });
    const imports = (tree.children ?? []).filter((c) => c.type === 'mdxjsEsm');
    expect(imports).toHaveLength(1);
    expect(String(imports[0]?.value)).toContain(COMPONENT_MODULE);
  });

  it('imports the component on a page that imports another component whose path starts the same', () => {
    const tree = page(element('task-queues'));
    tree.children?.unshift({
      type: 'mdxjsEsm',
      value: "import CapabilityTable from '@site/src/components/CapabilityTable';",
    });
    run(tree);
    expect(tree.children?.filter((c) => c.type === 'mdxjsEsm')).toHaveLength(2);
  });

  it('leaves a page without capabilities alone', () => {
    const tree = page();
    run(tree);
    expect(tree.children?.some((c) => c.type === 'mdxjsEsm')).toBe(false);
  });

  it('stops at an unknown id with the file, the line and the id', () => {
    expect(() => run(page(element('no-such-thing', 12)))).toThrow(
      'docs/x.mdx:12: <Capability id="no-such-thing">: no such capability in src/data/capabilities.ts',
    );
  });

  it('stops at an id that is not a literal', () => {
    expect(() => run(page(element({type: 'mdxJsxAttributeValueExpression'}, 3)))).toThrow(
      'docs/x.mdx:3: <Capability> needs a literal id="..."',
    );
  });
});

describe('the Capability component', () => {
  const html = (id: string, words?: string): string =>
    renderToStaticMarkup(createElement(Capability, {id, ...capabilityMention(id)}, words)).replace(/<[^>]+>/g, '');

  it('shows a deprecated capability with what replaces it, as text', () => {
    expect(html('process-queue')).toMatch(/^Process Queue[^(]* \(Deprecated since Studio Pro 9(\.0)?: use Task queues/);
  });

  it('shows beta as text, and the version', () => {
    const mention = capabilityMention('change-data-capture');
    expect(html('change-data-capture', 'change data capture')).toBe(`change data capture (Beta, ${mention?.notes})`);
  });

  it('shows no brackets when there is nothing to say', () => {
    const plain = Object.keys(capabilities).find((id) => {
      const m = capabilityMention(id);
      return m?.status === 'current' && !m.notes;
    });
    expect(plain, 'a current capability without notes').toBeDefined();
    expect(html(plain ?? '')).toBe(capabilityMention(plain ?? '')?.name);
  });

  it('refuses to render unresolved', () => {
    expect(() => renderToStaticMarkup(createElement(Capability, {id: 'task-queues'}))).toThrow(/was not resolved/);
  });
});
