/**
 * The Markdown versions of the pages (src/plugins/markdown-pages): matrix views become GFM tables drawn from the
 * data, a capability a link with its status, a diagram its caption and description, links absolute under the
 * site's base path, heading ids kept; front matter and imports are dropped; an element without a view, or an
 * expression, stops the build with the file, the line and the element. Every page in docs/ converts.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';
import {absoluteUrl, mdxToMarkdown, type ConvertOptions} from '@site/src/plugins/markdown-pages/convert';
import {renderLlmsFull} from '@site/src/plugins/markdown-pages';
import {markdownPath} from '@site/src/data/markdown';
import matrix, {methods, useCases} from '@site/src/data/matrix';
import {capabilities} from '@site/src/data/capabilities';
import {fitLabel, fitOf, inSentence, listedUseCases} from '@site/src/data/queries';

const ROOT = join(__dirname, '../..');
/** A site under a base path, so every link shows whether it carries the base. */
const SITE = 'https://docs.example.com/guides/ig';

const options = (overrides: Partial<ConvertOptions> = {}): ConvertOptions => ({
  file: 'docs/test.mdx',
  title: 'Test page',
  description: 'What the page is for.',
  pageUrl: `${SITE}/integration/test`,
  href: (path) => `${SITE}${path}`,
  doc: (id) => ({title: `Doc ${id}`, url: `${SITE}/integration/${id}`}),
  ...overrides,
});

const convert = (source: string, overrides?: Partial<ConvertOptions>): Promise<string> =>
  mdxToMarkdown(source, options(overrides));

/** The rows of the first GFM table after `caption`, as arrays of trimmed cells. */
function tableAfter(markdown: string, caption: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`**${caption}**`);
  expect(start, `caption "${caption}"`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(' | ')
        .map((c) => c.trim()),
    );
  }
  return rows;
}

describe('mdxToMarkdown', () => {
  it('drops front matter and imports, heads the page with its title and description, keeps heading ids', async () => {
    const md = await convert(
      "---\ntitle: X\nslug: /x\n---\n\nimport Matrix from '@site/src/components/Matrix';\n\n## Why {#why}\n\nText.\n",
    );
    expect(md).toBe('# Test page\n\n> What the page is for.\n\n## Why {#why}\n\nText.\n');
  });

  it('draws <Matrix /> as a table from the data: every use case, every method, each fit in words', async () => {
    const md = await convert('<Matrix />\n');
    const rows = tableAfter(md, 'Use cases and the integration methods that suit them');
    expect(rows[0]).toEqual(['Use case', ...methods.map((m) => m.label)]);
    const body = rows.slice(2);
    expect(body).toHaveLength(useCases.length);
    useCases.forEach((useCase, i) => {
      expect(body[i]?.[0]).toBe(`[${useCase.title}](${SITE}/integration/${useCase.id})`);
      expect(body[i]?.slice(1).map((c) => c.replace(/\*\*/g, ''))).toEqual(
        methods.map((m) => fitLabel(fitOf(useCase, m.id))),
      );
    });
  });

  it('draws <UseCaseMethods> as the row and <MethodUseCases> as the column, with links back to the matrix', async () => {
    const useCase = useCases[0]!;
    const row = await convert(`<UseCaseMethods useCase="${useCase.id}" />\n`);
    const rowTable = tableAfter(row, `Methods for ${inSentence(useCase.title)}`);
    expect(rowTable.slice(2).map((r) => r[1]?.replace(/\*\*/g, ''))).toEqual(
      methods.map((m) => fitLabel(fitOf(useCase, m.id))),
    );
    expect(row).toContain(`(${SITE}/integration/integration-use-cases#matrix-${useCase.id})`);

    const method = methods[1]!;
    const column = await convert(`<MethodUseCases method="${method.id}" />\n`);
    const columnTable = tableAfter(column, `Use cases that list ${method.label}`);
    expect(columnTable.slice(2).map((r) => r[0])).toEqual(
      listedUseCases(matrix, method.id).map(({useCase: u}) => `[${u.title}](${SITE}/integration/${u.id})`),
    );
  });

  it('names a capability as a link to its reference page, in its own words or the catalogue name', async () => {
    const [id, capability] = Object.entries(capabilities)[0]!;
    const md = await convert(`Use <Capability id="${id}" /> or <Capability id="${id}">this one</Capability>.\n`);
    expect(md).toContain(`[${capability.name}](${capability.reference})`);
    expect(md).toContain(`[this one](${capability.reference})`);
    expect(md).not.toMatch(/<Capability/);
  });

  it('writes a diagram as its title and description, never its mermaid source', async () => {
    const md = await convert(
      '```mermaid\nflowchart LR\n  accTitle: Two boxes\n  accDescr: A box points to another box.\n  a --> b\n```\n',
    );
    expect(md).toContain('> **Diagram: Two boxes.** A box points to another box.');
    expect(md).not.toMatch(/flowchart|-->|accTitle|```/);
  });

  it('fails on a diagram without a caption, with the file and the line', async () => {
    await expect(convert('Text.\n\n```mermaid\nflowchart LR\n  a --> b\n```\n')).rejects.toThrow(
      /^docs\/test\.mdx:3: a mermaid diagram needs accTitle and accDescr/,
    );
  });

  it('fails on an element it has no Markdown for, naming the file, the line and the element', async () => {
    await expect(convert('Intro.\n\n<Unknown answer="42" />\n')).rejects.toThrow(
      /^docs\/test\.mdx:3: <Unknown> has no Markdown version/,
    );
    await expect(convert('A <span>word</span>.\n')).rejects.toThrow(
      /^docs\/test\.mdx:1: <span> has no Markdown version/,
    );
  });

  it('fails on a JavaScript expression and on an attribute that is an expression', async () => {
    await expect(convert('Intro.\n\n{[1, 2].map((n) => n)}\n')).rejects.toThrow(/^docs\/test\.mdx:3: the expression/);
    await expect(convert('<UseCaseSummary useCase={id} />\n')).rejects.toThrow(/is an expression/);
    // A comment says nothing to readers and is left out.
    await expect(convert('{/* a note for writers */}\n\nText.\n')).resolves.toMatch(/Text\.\n$/);
  });

  it('fails on an unknown id in a data view, as the page does', async () => {
    await expect(convert('<UseCaseMethods useCase="no-such-case" />\n')).rejects.toThrow(/no-such-case/);
  });

  it('makes every link absolute under the base path', () => {
    const at = options();
    expect(absoluteUrl('/integration/iot#x', at)).toBe(`${SITE}/integration/iot#x`);
    expect(absoluteUrl('pathname:///integration/matrix.json', at)).toBe(`${SITE}/integration/matrix.json`);
    expect(absoluteUrl('#why', at)).toBe(`${SITE}/integration/test#why`);
    expect(absoluteUrl('ui-integration', at)).toBe(`${SITE}/integration/ui-integration`);
    expect(absoluteUrl('https://docs.mendix.com/x/', at)).toBe('https://docs.mendix.com/x/');
  });

  it('converts every page in docs/ with no JSX, HTML or import left', async () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : [],
      );
    const files = walk(join(ROOT, 'docs'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const md = await convert(readFileSync(file, 'utf8'), {file: relative(ROOT, file)});
      expect(md.replace(/`[^`\n]*`/g, ''), file).not.toMatch(/<\/?[A-Za-z][\w.-]*(\s[^<>]*)?\/?>|^import\s/m);
    }
  }, 60_000);
});

describe('markdownPath and llms-full.txt', () => {
  it('puts a page at its URL plus .md, and the overview at /integration.md', () => {
    expect(markdownPath('/integration/iot')).toBe('/integration/iot.md');
    expect(markdownPath('/guides/ig/integration/')).toBe('/guides/ig/integration.md');
    expect(markdownPath('/integration/iot#matrix')).toBe('/integration/iot.md');
    expect(() => markdownPath('/')).toThrow(/site root/);
  });

  it('heads every page with its title and URL, in the given order', () => {
    const full = renderLlmsFull({title: 'Guide', summary: 'What it is.'}, [
      {title: 'One', url: `${SITE}/one`, markdown: '# One\n\nFirst.\n'},
      {title: 'Two', url: `${SITE}/two`, markdown: '# Two\n\n## Part\n\nSecond.\n'},
    ]);
    expect(full).toBe(
      `# Guide\n\n> What it is.\n\n---\n\n# One\n\nURL: ${SITE}/one\n\nFirst.\n\n---\n\n# Two\n\nURL: ${SITE}/two\n\n## Part\n\nSecond.\n`,
    );
  });
});
