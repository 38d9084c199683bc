/** llms.txt lists every listed page once, in sidebar order, as one clean line each. */
import {describe, expect, it} from 'vitest';
import {
  pageFromHtml,
  renderLlmsTxt,
  sectionsFromSidebars,
  type DocEntry,
  type SidebarEntry,
} from '../../src/plugins/llms-txt/llms-txt';

const doc = (id: string, title: string, description = `About ${title}.`, extra: Partial<DocEntry> = {}): DocEntry => ({
  id,
  title,
  description,
  permalink: `/integration/${id}`,
  ...extra,
});

const docs: DocEntry[] = [
  doc('overview', 'Overview'),
  doc('use-cases/iot', 'IoT', 'Streams of\n  measurements.'),
  doc('integration-use-cases', 'All use cases'),
  doc('categories/ui', 'UI [links]'),
  doc('orphan', 'Not in a sidebar'),
  doc('hidden', 'Unlisted', 'x', {unlisted: true}),
];

const sidebars: Record<string, SidebarEntry[]> = {
  guide: [
    {type: 'doc', id: 'overview'},
    {type: 'category', label: 'Categories', items: [{type: 'doc', id: 'categories/ui'}, {type: 'link'}]},
    {
      type: 'category',
      label: 'Use cases',
      link: {type: 'doc', id: 'integration-use-cases'},
      items: [
        {type: 'doc', id: 'use-cases/iot'},
        {type: 'doc', id: 'hidden'},
      ],
    },
    {type: 'doc', id: 'overview'},
  ],
};

describe('sectionsFromSidebars', () => {
  const sections = sectionsFromSidebars(docs, sidebars, (p) => `https://x.org${p}`);

  it('groups top-level docs, then each category with its own page first, then pages no sidebar lists', () => {
    expect(sections.map((s) => [s.heading, s.pages.map((p) => p.title)])).toEqual([
      ['Guide', ['Overview']],
      ['Categories', ['UI [links]']],
      ['Use cases', ['All use cases', 'IoT']],
      ['Other pages', ['Not in a sidebar']],
    ]);
  });

  it('gives absolute URLs and one-line descriptions, and leaves unlisted docs out', () => {
    const iot = sections[2]!.pages[1]!;
    expect(iot).toEqual({
      title: 'IoT',
      url: 'https://x.org/integration/use-cases/iot',
      description: 'Streams of measurements.',
    });
    expect(JSON.stringify(sections)).not.toContain('Unlisted');
  });
});

describe('renderLlmsTxt', () => {
  it('writes the llmstxt.org layout', () => {
    const text = renderLlmsTxt({
      title: 'Guide',
      summary: 'What it is.',
      details: ['More.'],
      sections: [
        {
          heading: 'Pages',
          pages: [
            {title: 'UI [links]', url: 'https://x.org/a', description: 'A.'},
            {title: 'B', url: 'https://x.org/b', description: ''},
          ],
        },
        {heading: 'Empty', pages: []},
      ],
    });
    expect(text).toBe(
      '# Guide\n\n> What it is.\n\nMore.\n\n## Pages\n\n- [UI \\[links\\]](https://x.org/a): A.\n- [B](https://x.org/b)\n',
    );
  });
});

describe('pageFromHtml', () => {
  it('reads the title without the site suffix and the meta description, minified or not', () => {
    const html =
      '<head><title data-rh=true>Choose a method | Integration Guide</title><meta data-rh=true name=viewport content="x"/>' +
      '<meta data-rh=true name=description content="Pick &quot;the&quot; method &amp; go."/></head>';
    expect(pageFromHtml(html, 'Integration Guide')).toEqual({
      title: 'Choose a method',
      description: 'Pick "the" method & go.',
    });
    expect(
      pageFromHtml("<title>Integration Guide</title><meta name='description' content='One'>", 'Integration Guide'),
    ).toEqual({
      title: 'Integration Guide',
      description: 'One',
    });
  });

  it('gives nothing for a page without a title', () => {
    expect(pageFromHtml('<html><body>redirect</body></html>', 'X')).toBeUndefined();
  });
});
