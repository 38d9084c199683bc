/**
 * remark-term-previews: which words of a page become previews in place. The first mention of a glossary term
 * (by its term or an alias, as whole words) in each section, never in a heading, link or code, never a common word
 * that only looks like a term; the first `<Capability>` of each id per section; nothing on the glossary page. And
 * the component renders the definition, in the server HTML, as the link's description.
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
  PREVIEW_ELEMENT,
  PREVIEW_MODULE,
  type PreviewNode,
} from '@site/src/plugins/remark-term-previews';
import {findMentions, namesOf, termNames} from '@site/src/plugins/remark-term-previews/names';
import TermPreview from '@site/src/components/TermPreview';
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

describe('TermPreview', () => {
  it('renders the definition in the server HTML as the link description, hidden from the index', () => {
    const summary = glossarySummary('webhook');
    const html = renderToStaticMarkup(
      createElement(
        TermPreview,
        {
          entry: '/integration/glossary#webhook',
          entryLabel: 'Glossary entry',
          title: 'Webhook',
          summary,
        },
        'webhooks',
      ),
    );
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(describedBy).toBeTruthy();
    expect(html).toContain(`id="${describedBy}">${summary.replace(/'/g, '&#x27;')}</span>`);
    expect(html).toContain('data-term-preview=""');
    expect(html).not.toContain('style=');
  });

  it('passes the description to a capability link and shows its status', () => {
    const html = renderToStaticMarkup(
      createElement(
        TermPreview,
        {
          entry: '/integration/mendix-capabilities#cap-task-queues',
          entryLabel: 'Catalogue entry',
          title: capabilities['task-queues'].name,
          summary: capabilities['task-queues'].summary,
          meta: 'Current',
        },
        createElement(Capability, {id: 'task-queues', ...capabilityMention('task-queues')}),
      ),
    );
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(describedBy.split(' ')).toHaveLength(2);
    expect(html).toContain(`href="${capabilities['task-queues'].reference}"`);
    expect(html).toContain('>Current</span>');
  });
});
