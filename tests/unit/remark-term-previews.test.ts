/**
 * remark-term-previews: which words of a page become previews in place. The first mention of a glossary term
 * (by its term or an alias, as whole words) in each section, never in a heading, link or code, never a common word
 * that only looks like a term; the first `<Capability>` of each id per section; nothing on the glossary page. And
 * the page's one list of definitions, in the server HTML, that the links name as their description.
 */
import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import {describe, expect, it} from 'vitest';
import remarkCapability from '@site/src/plugins/remark-capability';
import remarkTermPreviews, {
  DEFINITIONS_ELEMENT,
  DEFINITIONS_MODULE,
  PREVIEW_ELEMENT,
  PREVIEW_MODULE,
  type PreviewNode,
} from '@site/src/plugins/remark-term-previews';
import {findMentions, namesOf, termNames} from '@site/src/plugins/remark-term-previews/names';
import TermPreview from '@site/src/components/TermPreview';
import TermDefinitions, {definitionsHtml, type TermDefinition} from '@site/src/components/TermDefinitions';
import {glossarySummary} from '@site/src/data/glossary-queries';
import {capabilities, capabilityMention} from '@site/src/data/capabilities';
import Capability from '@site/src/components/Capability';

interface Preview {
  readonly entry: string;
  readonly words: string;
}

/** The previews of an MDX text, in order: their entry and the words they cover. */
function previews(mdx: string, path = `${process.cwd()}/docs/x.mdx`): {found: Preview[]; tree: PreviewNode} {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx) as unknown as PreviewNode;
  remarkCapability()(tree as never, {path});
  remarkTermPreviews()(tree, {path});
  const found: Preview[] = [];
  const textOf = (node: PreviewNode): string =>
    typeof node.value === 'string' ? node.value : (node.children ?? []).map(textOf).join('');
  const walk = (node: PreviewNode): void => {
    if (node.name === PREVIEW_ELEMENT) {
      const entry = String(node.attributes?.find((a) => a.name === 'entry')?.value);
      const inner = node.children?.[0];
      found.push({
        entry,
        words: inner?.name === 'Capability' ? `<${String(inner.attributes?.[0]?.value)}>` : textOf(node),
      });
      return;
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return {found, tree};
}
const words = (mdx: string): string[] => previews(mdx).found.map((p) => p.words);

describe('term names', () => {
  it('splits a heading into its abbreviation and expansion and adds the aliases', () => {
    expect(namesOf({term: 'BAM (business activity monitoring)', aliases: []})).toEqual([
      'BAM',
      'business activity monitoring',
    ]);
    expect(
      namesOf({
        term: 'CI/CD (continuous integration and continuous delivery)',
        aliases: ['CI', 'CD', 'continuous integration'],
      }),
    ).toEqual(['CI/CD', 'continuous integration and continuous delivery', 'continuous integration']);
  });

  it('finds the earliest, longest mention of each term once', () => {
    const names = termNames();
    const seen = new Set<string>();
    const text = 'SAML 2.0 and SAML again, then an IdP and REST.';
    const found = findMentions(text, names, seen).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(['SAML 2.0', 'IdP', 'REST']);
    expect(findMentions('SAML once more', names, seen)).toEqual([]);
  });
});

describe('remark-term-previews', () => {
  it('links the first mention of a term per section, by term or alias, and again after a heading', () => {
    const {found} = previews(
      'A webhook calls back; another webhook does too. Use single sign-on.\n\nThe SSO again.\n\n## Next\n\nWebhooks and SSO here.\n',
    );
    expect(found).toEqual([
      {entry: '/integration/glossary#webhook', words: 'webhook'},
      {entry: '/integration/glossary#sso', words: 'single sign-on'},
      {entry: '/integration/glossary#webhook', words: 'Webhooks'},
      {entry: '/integration/glossary#sso', words: 'SSO'},
    ]);
  });

  it("gives a writer's link to a glossary entry the preview, and counts it as the section's mention", () => {
    const {found} = previews('Use [the log](/integration/glossary#kafka) and Kafka again, and [a broker](/x).\n');
    expect(found).toEqual([{entry: '/integration/glossary#kafka', words: 'the log'}]);
  });

  it('never marks headings, links, code, or inline components', () => {
    expect(
      words(
        '## REST and OData\n\nSee [the REST page](/x) and `OData` and <Link to="/y">webhook</Link>.\n\n```\nSOAP\n```\n',
      ),
    ).toEqual([]);
  });

  it('leaves ordinary words that only look like terms', () => {
    const tricky = [
      'The rest of the page explains the catalog of products and the workflow of a team.',
      'A bi-weekly soap opera about the CIA, the ADA and a CD player; adding an ad.',
      'Restful evenings, an idempotently odd word, a pubs crawl and kafkaesque queues of people.',
      'Rest assured: no term here, though "master" and "data" and "queue" are words.',
    ];
    for (const sentence of tricky) expect(words(`${sentence}\n`), sentence).toEqual([]);
  });

  it('still finds terms next to punctuation and in the plural', () => {
    expect(words('Two webhooks, (REST), and "OData".\n')).toEqual(['webhooks', 'REST', 'OData']);
  });

  it('gives the first <Capability> of each id per section a preview and imports the component once', () => {
    const {found, tree} = previews(
      'Use <Capability id="task-queues" /> and <Capability id="task-queues">queues</Capability>.\n\n## Later\n\nThen <Capability id="task-queues" />.\n',
    );
    expect(found).toEqual([
      {entry: '/integration/mendix-capabilities#cap-task-queues', words: '<task-queues>'},
      {entry: '/integration/mendix-capabilities#cap-task-queues', words: '<task-queues>'},
    ]);
    const imports = (tree.children ?? []).filter(
      (c) => c.type === 'mdxjsEsm' && String(c.value).includes(PREVIEW_MODULE),
    );
    expect(imports).toHaveLength(1);
  });

  it('adds nothing to the glossary page', () => {
    expect(previews('A webhook and REST.\n', `${process.cwd()}/docs/glossary.mdx`).found).toEqual([]);
  });
});

describe("the page's definitions", () => {
  it('lists each previewed term and capability once, in order of first mention, at the end of the page', () => {
    const {tree} = previews(
      'A webhook and <Capability id="task-queues" />.\n\n## Again\n\nThe webhook, REST and <Capability id="task-queues" />.\n',
    );
    const last = tree.children?.at(-1);
    expect(last?.name).toBe(DEFINITIONS_ELEMENT);
    const items = last?.attributes?.find((a) => a.name === 'items')?.value as {value: string};
    const parsed = JSON.parse(items.value) as TermDefinition[];
    expect(parsed.map((d) => d.id)).toEqual(['term-def-webhook', 'cap-def-task-queues', 'term-def-rest']);
    expect(parsed[0]).toMatchObject({kind: 'term', summary: glossarySummary('webhook'), entryLabel: 'Glossary entry'});
    expect(parsed[1]).toMatchObject({
      kind: 'capability',
      summary: capabilities['task-queues'].summary,
      entry: '/integration/mendix-capabilities#cap-task-queues',
    });
    const lists = (tree.children ?? []).filter((c) => c.name === DEFINITIONS_ELEMENT);
    expect(lists).toHaveLength(1);
    const imports = (tree.children ?? []).filter(
      (c) => c.type === 'mdxjsEsm' && String(c.value).includes(DEFINITIONS_MODULE),
    );
    expect(imports).toHaveLength(1);
  });

  it('adds no list, and imports nothing, to a page without previews', () => {
    const {tree} = previews('Nothing to define here.\n');
    expect(tree.children?.some((c) => c.name === DEFINITIONS_ELEMENT || c.type === 'mdxjsEsm')).toBe(false);
  });
});

describe('TermPreview', () => {
  it('links the words to the entry, described by the shared definition, with no text of its own', () => {
    const html = renderToStaticMarkup(
      createElement(TermPreview, {entry: '/integration/glossary#webhook', def: 'term-def-webhook'}, 'webhooks'),
    );
    expect(html).toContain('aria-describedby="term-def-webhook"');
    expect(html).toContain('data-preview="term-def-webhook"');
    expect(html).toContain('href="/integration/glossary#webhook"');
    expect(html).not.toContain(glossarySummary('webhook').slice(0, 20));
  });

  it('passes the description to a capability link and keeps its status', () => {
    const html = renderToStaticMarkup(
      createElement(
        TermPreview,
        {entry: '/integration/mendix-capabilities#cap-task-queues', def: 'cap-def-task-queues'},
        createElement(Capability, {id: 'task-queues', ...capabilityMention('task-queues')}),
      ),
    );
    expect(html).toContain('aria-describedby="cap-def-task-queues"');
    expect(html).toContain(`href="${capabilities['task-queues'].reference}"`);
  });
});

describe('TermDefinitions', () => {
  const items: TermDefinition[] = [
    {
      id: 'term-def-x',
      kind: 'term',
      title: 'X',
      summary: 'Uses <b> & "quotes".',
      entry: '/integration/glossary#x',
      entryLabel: 'Glossary entry',
    },
    {
      id: 'cap-def-y',
      kind: 'capability',
      title: 'Y',
      summary: 'Does y.',
      meta: 'Current',
      entry: '/integration/mendix-capabilities#cap-y',
      entryLabel: 'Catalogue entry',
    },
  ];

  it('renders the definitions as one hidden list of escaped text, and no preview until one opens', () => {
    const html = renderToStaticMarkup(createElement(TermDefinitions, {items}));
    expect(html).toMatch(/^<div hidden="" data-term-preview="">/);
    expect(html).toContain('<p id="term-def-x">Uses &#60;b&#62; &#38; &#34;quotes&#34;.</p>');
    expect(html).toContain('<p id="cap-def-y">Does y. Current</p>');
    expect(html).not.toContain('data-term-popover');
    expect(html).not.toContain('style=');
    expect(definitionsHtml([])).toBe('');
  });
});
