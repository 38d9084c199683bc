/**
 * Diagrams: every ```mermaid block in docs/ parses with mermaid's own parser
 * and carries accTitle and accDescr; the checker names file and line of a bad
 * one (fixture outside docs/); every block has its two up-to-date, safe
 * pre-rendered SVGs in static/diagrams and nothing else is there; the shared
 * diagram module (caption extraction, theme contrast, keys) and the cache key
 * behave; the remark plugin emits images when the SVGs exist, fails with file,
 * line and the command when they do not, and emits a live draft in `npm start`.
 */
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {blocksOf, checkBlock, checkBlocks, findMermaidBlocks, formatProblem, markdownFiles} from './diagram-check';
import {
  GRAPHICS_ON_FILL,
  MODES,
  PALETTES,
  TEXT_ON_FILL,
  contrastRatio,
  extractAccessibility,
  mermaidConfig,
  svgFileName,
} from '../../src/components/Mermaid/diagram';
import {versionedCache} from '../../src/plugins/diagrams-cache';
import {unified, type Plugin} from 'unified';
import remarkParse from 'remark-parse';
import mdxMermaid from 'mdx-mermaid';
import remarkMermaidMeta, {
  COMPONENT_MODULE,
  COMPONENT_NAME,
  DRAFT_MODULE,
  DRAFT_NAME,
  type RemarkMermaidMetaOptions,
} from '../../src/plugins/remark-mermaid-meta';
import {DIAGRAMS_DIR, diagramKey, diagramsFingerprint, svgSize} from '../../src/plugins/remark-mermaid-meta/files';

const docsBlocks = blocksOf(markdownFiles('docs'));

describe('every mermaid diagram in docs/', () => {
  it('finds the four diagrams of the seed page', () => {
    expect(docsBlocks.filter((b) => b.file === 'docs/mendix-integration.mdx')).toHaveLength(4);
  });

  it.each(docsBlocks.map((b) => [`${b.file}:${b.line}`, b] as const))(
    '%s parses and has accTitle and accDescr',
    async (_, block) => {
      const problems = await checkBlock(block);
      expect(problems.map(formatProblem)).toEqual([]);
    },
  );
});

describe('the diagram checker', () => {
  const fixture = 'tests/unit/fixtures/broken-diagram.mdx';

  it('reports each bad diagram of the fixture with its file and line', async () => {
    const problems = (await checkBlocks(blocksOf([fixture]))).map(formatProblem);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(new RegExp(`^${fixture}:21: mermaid cannot parse this diagram: Parse error on line`));
    expect(problems[1]).toBe(`${fixture}:26: the diagram has no accDescr (one or two sentences saying what it shows)`);
    expect(problems[2]).toMatch(
      new RegExp(`^${fixture}:34: mermaid cannot parse this diagram: No diagram type detected.*put the diagram type`),
    );
  });

  it('finds fenced mermaid blocks only, with the line of the opening fence', () => {
    const source = [
      '# Page',
      '',
      '```mermaid',
      'flowchart LR',
      '  a --> b',
      '```',
      '',
      '```js',
      'const x = 1;',
      '```',
      '',
      '````md',
      '```mermaid',
      'not a diagram: inside a Markdown example',
      '```',
      '````',
    ].join('\n');
    expect(findMermaidBlocks('x.md', source)).toEqual([{file: 'x.md', line: 3, chart: 'flowchart LR\n  a --> b'}]);
  });
});

describe('extractAccessibility', () => {
  it('reads accTitle and the one-line accDescr', () => {
    expect(
      extractAccessibility('flowchart LR\n  accTitle: Data flow \n  accDescr: How data moves.\n  a --> b'),
    ).toEqual({
      title: 'Data flow',
      description: 'How data moves.',
    });
  });

  it('reads the block form of accDescr over several lines', () => {
    const chart =
      'sequenceDiagram\n  accTitle: Calls\n  accDescr {\n    The app calls the service,\n    which answers.\n  }\n  A->>B: hi';
    expect(extractAccessibility(chart)).toEqual({
      title: 'Calls',
      description: 'The app calls the service, which answers.',
    });
  });

  it('reads a block accDescr that opens and closes on one line', () => {
    expect(extractAccessibility('flowchart TD\naccDescr { Short. }\na-->b').description).toBe('Short.');
  });

  it('leaves missing parts undefined and ignores comments', () => {
    expect(extractAccessibility('flowchart LR\n  %% accTitle: not this\n  a --> b')).toEqual({
      title: undefined,
      description: undefined,
    });
  });

  it('keeps the first of repeated lines, as mermaid does', () => {
    expect(extractAccessibility('flowchart LR\naccTitle: One\naccTitle: Two').title).toBe('One');
  });
});

describe('diagram themes', () => {
  for (const mode of ['light', 'dark'] as const) {
    it(`meet WCAG AA for text in ${mode} mode`, () => {
      const palette = PALETTES[mode];
      for (const [text, fill] of TEXT_ON_FILL) {
        expect(contrastRatio(palette[text], palette[fill]), `${text} on ${fill}`).toBeGreaterThanOrEqual(4.5);
      }
    });

    it(`keep lines and borders at 3:1 in ${mode} mode`, () => {
      const palette = PALETTES[mode];
      for (const [line, fill] of GRAPHICS_ON_FILL) {
        expect(contrastRatio(palette[line], palette[fill]), `${line} on ${fill}`).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('computes contrast like WCAG', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('configures mermaid strictly, without starting on load', () => {
    const config = mermaidConfig('dark');
    expect(config).toMatchObject({startOnLoad: false, securityLevel: 'strict', theme: 'base', darkMode: true});
  });
});

/** Problems that keep `xml` from being a well-formed XML document (the only kind an <img> shows). */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  const token =
    /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
  for (const match of xml.matchAll(token)) {
    const [whole, closing, name, , selfClosing] = match;
    if (whole === '<' || whole.startsWith('&')) problems.push(`stray "${whole}" at ${match.index}`);
    else if (!name) continue;
    else if (closing) {
      const expected = open.pop();
      if (expected !== name) problems.push(`</${name}> closes <${expected ?? 'nothing'}> at ${match.index}`);
    } else if (!selfClosing) open.push(name);
  }
  if (open.length > 0) problems.push(`unclosed: ${open.join(' > ')}`);
  if (!/^<svg\b/.test(xml.trimStart())) problems.push('the document does not start with <svg>');
  return problems;
}

describe('the pre-rendered diagrams in static/diagrams', () => {
  const files = readdirSync(DIAGRAMS_DIR).sort();
  const expected = new Set(
    docsBlocks.flatMap((block) => MODES.map((mode) => svgFileName(diagramKey(block.chart), mode))),
  );

  it.each(docsBlocks.map((b) => [`${b.file}:${b.line}`, b] as const))(
    '%s has both SVGs, up to date',
    (where, block) => {
      const missing = MODES.map((mode) => svgFileName(diagramKey(block.chart), mode)).filter((n) => !files.includes(n));
      expect(
        missing,
        `${where}: no up-to-date pre-rendered SVG (${missing.join(', ')}): run \`npm run diagrams\` and commit static/diagrams`,
      ).toEqual([]);
    },
  );

  it('holds no SVG that no diagram uses', () => {
    const orphans = files.filter((name) => !expected.has(name));
    expect(orphans, 'orphaned files: run `npm run diagrams`, which deletes them, and commit static/diagrams').toEqual(
      [],
    );
  });

  it.each(files.map((name) => [name]))('%s is a well-formed, safe SVG with a positive viewBox', (name) => {
    const svg = readFileSync(join(DIAGRAMS_DIR, name), 'utf8');
    expect(xmlProblems(svg)).toEqual([]);
    const size = svgSize(svg);
    expect(size?.width).toBeGreaterThan(0);
    expect(size?.height).toBeGreaterThan(0);
    expect(svg).not.toMatch(/<script\b/i);
    expect(svg).not.toMatch(/\son[a-z]+\s*=/i);
    expect(svg).not.toMatch(/\bhref\s*=\s*["']\s*(?!#)/i);
    expect(svg).not.toMatch(/url\(\s*["']?\s*(?:https?:|\/\/|data:)/i);
    expect(svg).not.toMatch(/@import/i);
    expect(svg).not.toMatch(/<foreignObject\b/i);
  });

  it.each([...new Set(docsBlocks.map((b) => diagramKey(b.chart)))].map((key) => [key]))(
    '%s has the same size in light and dark',
    (key) => {
      const [light, dark] = MODES.map((mode) => readFileSync(join(DIAGRAMS_DIR, svgFileName(key, mode)), 'utf8'));
      expect(svgSize(light ?? '')).toEqual(svgSize(dark ?? ''));
      expect(light).toContain(PALETTES.light.mainBkg);
      expect(dark).toContain(PALETTES.dark.mainBkg);
    },
  );

  it('the checks catch what they look for', () => {
    expect(xmlProblems('<svg><g></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg><text>a &nbsp; b</text></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg viewBox="0 0 1 1"><g><text>a &amp; b</text></g><path d="M0 0"/></svg>')).toEqual([]);
    expect(svgSize('<svg viewBox="0 0 0 10"></svg>')).toBeUndefined();
    expect(svgSize('<svg width="5" viewBox="-8 -8 120.5 80"><g viewBox="0 0 1 1"/></svg>')).toEqual({
      width: 120.5,
      height: 80,
    });
  });
});

describe('diagram keys', () => {
  const chart = 'flowchart LR\n  a --> b';

  it("are 16 hex digits that change with the chart and with mermaid's version", () => {
    expect(diagramKey(chart)).toMatch(/^[0-9a-f]{16}$/);
    expect(diagramKey(chart)).toBe(diagramKey(chart));
    expect(diagramKey(`${chart}\n  b --> c`)).not.toBe(diagramKey(chart));
    expect(diagramKey(chart, '0.0.1')).not.toBe(diagramKey(chart, '0.0.2'));
  });

  it('ignore the line endings of the checkout', () => {
    expect(diagramKey(chart.replace(/\n/g, '\r\n'))).toBe(diagramKey(chart));
  });
});

describe('the persistent-cache key of the build', () => {
  it("appends the diagrams' fingerprint to Rspack's and webpack's cache version, and leaves an absent cache alone", () => {
    expect(versionedCache({experiments: {cache: {type: 'persistent', version: 'v1'}}}, 'diagrams-x')).toEqual({
      experiments: {cache: {type: 'persistent', version: 'v1-diagrams-x'}},
    });
    expect(versionedCache({cache: {type: 'filesystem', version: 'v2'}}, 's')).toEqual({
      cache: {type: 'filesystem', version: 'v2-s'},
    });
    expect(versionedCache({}, 's')).toEqual({});
    // Rspack's own switch beside experiments.cache, as Docusaurus sets it.
    expect(versionedCache({cache: true, experiments: {cache: {version: 'v3'}}}, 's')).toEqual({
      experiments: {cache: {version: 'v3-s'}},
    });
  });

  it('throws on a cache that is on but has no version it can key', () => {
    expect(() => versionedCache({cache: true}, 's')).toThrow(/cache is on but has no version/);
    expect(() => versionedCache({cache: {type: 'persistent'}}, 's')).toThrow(/no version/);
  });

  it('changes the fingerprint when an SVG is added to the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ig-diagrams-'));
    try {
      const before = diagramsFingerprint(dir);
      writeFileSync(join(dir, 'x-light.svg'), '<svg/>');
      expect(diagramsFingerprint(dir)).not.toBe(before);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe('the remark-mermaid-meta plugin', () => {
  const chart = 'flowchart LR\n  accTitle: Data flow\n  accDescr: How data moves.\n  a --> b';
  const markdown = `# Page\n\n\`\`\`mermaid\n${chart}\n\`\`\`\n\n\`\`\`mermaid\n${chart}\n\`\`\`\n`;
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
  });

  /** An empty folder for SVGs, removed after the test. */
  const emptyDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'ig-diagrams-'));
    dirs.push(dir);
    return dir;
  };

  interface Tree {
    children: {type: string; name?: string; value?: string; attributes?: {name: string; value: string}[]}[];
  }

  /** Runs mdx-mermaid and the plugin over `source` as if it were docs/page.mdx. */
  async function run(source: string, options: RemarkMermaidMetaOptions): Promise<Tree> {
    const processor = unified()
      .use(remarkParse)
      .use(mdxMermaid as Plugin)
      .use(remarkMermaidMeta as unknown as Plugin<[RemarkMermaidMetaOptions]>, options);
    const file = {path: join(process.cwd(), 'docs/page.mdx'), value: source};
    return (await processor.run(processor.parse(source), file)) as unknown as Tree;
  }

  /** The JSX elements of the tree: name and props. */
  const elements = (tree: Tree) =>
    tree.children
      .filter((child) => child.type === 'mdxJsxFlowElement')
      .map((element) => ({
        name: element.name,
        props: Object.fromEntries((element.attributes ?? []).map((a) => [a.name, a.value])),
      }));

  /** The import statements the plugin added. */
  const imports = (tree: Tree) => tree.children.filter((child) => child.type === 'mdxjsEsm').map((node) => node.value);

  /** Both SVGs of `chart` in a new folder, with the given viewBox. */
  const folderWithSvgs = (viewBox: string): string => {
    const dir = emptyDir();
    for (const mode of MODES) {
      writeFileSync(
        join(dir, svgFileName(diagramKey(chart), mode)),
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}"/>`,
      );
    }
    return dir;
  };

  it('gives each chart with both SVGs their URLs and the exact size of their viewBox, and no chart source', async () => {
    const key = diagramKey(chart);
    const tree = await run(markdown, {directory: folderWithSvgs('-8 -8 731 412')});
    const props = {
      title: 'Data flow',
      description: 'How data moves.',
      width: '731',
      height: '412',
      light: `/diagrams/${key}-light.svg`,
      dark: `/diagrams/${key}-dark.svg`,
    };
    expect(elements(tree)).toEqual([0, 1].map(() => ({name: COMPONENT_NAME, props})));
    expect(imports(tree)).toEqual([`import ${COMPONENT_NAME} from '${COMPONENT_MODULE}';`]);
    expect(JSON.stringify(tree)).not.toContain('"hName":"mermaid"');
    expect(JSON.stringify(tree)).not.toContain('a --> b');
  });

  it('fails on a missing SVG, naming the file, the line of each diagram and the command to run', async () => {
    const dir = emptyDir();
    // Only the light one: both are needed.
    writeFileSync(join(dir, svgFileName(diagramKey(chart), 'light')), '<svg viewBox="0 0 10 10"/>');
    const failure = run(markdown, {directory: dir});
    await expect(failure).rejects.toThrow(
      /^docs\/page\.mdx:3: this diagram has no current pre-rendered SVGs .*: run `npm run diagrams` and commit static\/diagrams\.\ndocs\/page\.mdx:10: /,
    );
  });

  it('fails on a stale SVG: one drawn from another version of the chart', async () => {
    const dir = folderWithSvgs('0 0 10 10');
    const edited = markdown.replace('a --> b', 'a --> c').replace('# Page', 'Intro\n\nmore\n\n# Page');
    await expect(run(edited, {directory: dir})).rejects.toThrow(/^docs\/page\.mdx:7: .*`npm run diagrams`/);
    // The same folder serves the chart it was drawn from: the failure is about staleness, not the folder.
    await expect(run(markdown, {directory: dir})).resolves.toBeTruthy();
  });

  it('draws a diagram without SVGs live with mdx-mermaid in `npm start` (drafts), and others still as images', async () => {
    const other = 'flowchart TD\n  x --> y';
    const source = `\`\`\`mermaid\n${chart}\n\`\`\`\n\n\`\`\`mermaid\n${other}\n\`\`\`\n`;
    const tree = await run(source, {directory: folderWithSvgs('0 0 10 10'), drafts: true});
    expect(elements(tree).map((e) => e.name)).toEqual([COMPONENT_NAME, DRAFT_NAME]);
    expect(elements(tree)[1]?.props).toEqual({chart: other});
    expect(imports(tree)).toEqual([
      `import ${COMPONENT_NAME} from '${COMPONENT_MODULE}';`,
      `import ${DRAFT_NAME} from '${DRAFT_MODULE}';`,
    ]);
  });

  it('leaves a page without diagrams as it is', async () => {
    const tree = await run('# Page\n\n```js\nconst x = 1;\n```\n', {directory: emptyDir()});
    expect(tree.children.map((child) => child.type)).toEqual(['heading', 'code']);
  });

  it('leaves out a caption part the chart does not have', async () => {
    const bare = 'flowchart LR\n  a --> b';
    const dir = emptyDir();
    for (const mode of MODES) writeFileSync(join(dir, svgFileName(diagramKey(bare), mode)), '<svg viewBox="0 0 5 5"/>');
    const tree = await run(`\`\`\`mermaid\n${bare}\n\`\`\`\n`, {directory: dir});
    expect(Object.keys(elements(tree)[0]?.props ?? {}).sort()).toEqual(['dark', 'height', 'light', 'width']);
  });

  it('throws when a mermaid block reaches it in a shape mdx-mermaid 2 does not emit (mdx-mermaid not run first)', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkMermaidMeta as unknown as Plugin<[RemarkMermaidMetaOptions]>, {directory: emptyDir()});
    const tree = processor.parse(markdown);
    await expect(processor.run(tree, {path: 'docs/page.mdx', value: markdown})).rejects.toThrow(
      /a mermaid block it does not know \(code\).*mdx-mermaid/,
    );
  });
});
