/**
 * Diagrams: every ```mermaid block in docs/ parses with mermaid's own parser
 * and carries accTitle and accDescr; the checker names file and line of a bad
 * one (fixture outside docs/); every block has its two up-to-date, safe
 * pre-rendered SVGs in static/diagrams and nothing else is there; the
 * renderer's pure helpers (caption extraction, size estimate, theme contrast,
 * chunk plugin, diagram keys) behave; the remark plugin emits images when the
 * SVGs exist and the chart when they do not.
 */
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {blocksOf, checkBlock, checkBlocks, findMermaidBlocks, formatProblem, markdownFiles} from './diagram-check';
import {diagramKind, estimateSize, extractAccessibility} from '../../src/components/Mermaid/chart';
import {
  GRAPHICS_ON_FILL,
  PALETTES,
  TEXT_ON_FILL,
  contrastRatio,
  mermaidConfig,
} from '../../src/components/Mermaid/theme';
import {dependencyClosure, packageOf, versionedCache} from '../../src/plugins/mermaid-chunks';
import {MIN_SCALE, chooseFrame, frameHeightCss, shownHeight} from '../../src/components/Mermaid/frame';
import {ROOT} from './diagram-check';
import {unified, type Plugin} from 'unified';
import remarkParse from 'remark-parse';
import mdxMermaid from 'mdx-mermaid';
import remarkMermaidMeta, {
  COMPONENT_MODULE,
  COMPONENT_NAME,
  mermaidMeta,
  type RemarkMermaidMetaOptions,
} from '../../src/plugins/remark-mermaid-meta';
import {
  DIAGRAMS_DIR,
  MODES,
  diagramKey,
  diagramsFingerprint,
  svgFileName,
  svgSize,
} from '../../src/plugins/remark-mermaid-meta/prerendered';

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

describe('estimateSize', () => {
  it('knows the diagram type', () => {
    expect(diagramKind('%% note\nflowchart LR\na-->b')).toBe('flowchart');
    expect(diagramKind('sequenceDiagram\nA->>B: x')).toBe('sequenceDiagram');
  });

  it('makes a left-to-right chain wide and a top-down chain tall', () => {
    const lr = estimateSize('flowchart LR\n  a["One"] --> b["Two"] --> c["Three"] --> d["Four"]');
    const td = estimateSize('flowchart TD\n  a["One"] --> b["Two"] --> c["Three"] --> d["Four"]');
    expect(lr.width).toBeGreaterThan(lr.height);
    expect(td.height).toBeGreaterThan(td.width);
  });

  it('grows with the number of nodes side by side', () => {
    const two = estimateSize('flowchart LR\n  a --> b\n  a --> c');
    const five = estimateSize('flowchart LR\n  a --> b\n  a --> c\n  a --> d\n  a --> e\n  a --> f');
    expect(five.height).toBeGreaterThan(two.height * 1.5);
  });

  it('sizes a sequence diagram by its actors and messages', () => {
    const size = estimateSize('sequenceDiagram\n  accTitle: x\n  A->>B: one\n  B-->>A: two\n  B->>C: three');
    expect(size.width).toBeGreaterThan(500);
    expect(size.height).toBeGreaterThan(250);
  });

  it('gives every seed diagram a plausible size', () => {
    for (const block of docsBlocks) {
      const {width, height} = estimateSize(block.chart);
      expect(width, `${block.file}:${block.line}`).toBeGreaterThan(150);
      expect(height, `${block.file}:${block.line}`).toBeGreaterThan(80);
      expect(width / height, `${block.file}:${block.line}`).toBeLessThan(8);
    }
  });
});

describe('the diagram frame', () => {
  const size = {width: 1000, height: 500};

  it('shows a diagram at its natural size when it fits, scaled down when it does not, and never below the minimum', () => {
    expect(shownHeight(size, 1200)).toBe(500);
    expect(shownHeight(size, 800)).toBe(400);
    expect(shownHeight(size, 300)).toBe(500 * MIN_SCALE);
  });

  it('writes the same rule as CSS for the server-rendered frame', () => {
    expect(frameHeightCss(size)).toBe(`clamp(${500 * MIN_SCALE}px, calc(100cqw * 0.5000), 500px)`);
  });

  it('keeps the reserved frame when the drawing is close to it, and adopts the drawing when the estimate was far off', () => {
    expect(chooseFrame(size, {width: 1040, height: 540}, 700)).toBe(size);
    const far = {width: 600, height: 700};
    expect(chooseFrame(size, far, 700)).toBe(far);
    expect(chooseFrame(size, {width: 0, height: 0}, 700)).toBe(size);
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

describe('the mermaid-chunks plugin', () => {
  it('names the package of a module path', () => {
    expect(packageOf('/site/node_modules/mermaid/dist/mermaid.core.mjs')).toBe('mermaid');
    expect(packageOf('/site/node_modules/@mermaid-js/parser/dist/index.js')).toBe('@mermaid-js/parser');
    expect(packageOf('/site/node_modules/a/node_modules/d3-shape/src/index.js')).toBe('d3-shape');
    expect(packageOf('/site/src/components/Mermaid/index.tsx')).toBeUndefined();
  });

  it("collects mermaid and its dependencies, and none of the site's own", () => {
    const closure = dependencyClosure('mermaid', ROOT);
    for (const name of ['mermaid', '@mermaid-js/parser', 'd3', 'dagre-d3-es', 'cytoscape', 'katex', 'khroma']) {
      expect(closure.has(name), name).toBe(true);
    }
    for (const name of ['react', 'react-dom', '@docusaurus/core', 'clsx']) expect(closure.has(name), name).toBe(false);
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

  /** Both charts of `markdown` became the figure component with exactly `props`, and nothing else did. */
  const expectBothFigures = (tree: Tree, props: Record<string, string>): void => {
    const figures = tree.children
      .filter((child) => child.type === 'mdxJsxFlowElement')
      .map((figure) => ({
        name: figure.name,
        props: Object.fromEntries((figure.attributes ?? []).map((a) => [a.name, a.value])),
      }));
    expect(figures).toEqual([0, 1].map(() => ({name: COMPONENT_NAME, props})));
  };

  it('gives each chart with both SVGs their URLs and the exact size of their viewBox, and no chart source', async () => {
    const dir = emptyDir();
    const key = diagramKey(chart);
    for (const mode of MODES) {
      writeFileSync(
        join(dir, svgFileName(key, mode)),
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="-8 -8 731 412"/>',
      );
    }
    const warnings: string[] = [];
    const tree = await run(markdown, {directory: dir, warn: (message) => warnings.push(message)});
    expectBothFigures(tree, {
      title: 'Data flow',
      description: 'How data moves.',
      width: '731',
      height: '412',
      light: `/diagrams/${key}-light.svg`,
      dark: `/diagrams/${key}-dark.svg`,
    });
    expect(warnings).toEqual([]);
    const imports = tree.children.filter((child) => child.type === 'mdxjsEsm');
    expect(imports.map((node) => node.value)).toEqual([`import ${COMPONENT_NAME} from '${COMPONENT_MODULE}';`]);
    expect(JSON.stringify(tree)).not.toContain('"hName":"mermaid"');
  });

  it('falls back to the chart and its estimated size when an SVG is missing, and warns with file and line', async () => {
    const dir = emptyDir();
    // Only the light one: both are needed.
    writeFileSync(join(dir, svgFileName(diagramKey(chart), 'light')), '<svg viewBox="0 0 10 10"/>');
    const warnings: string[] = [];
    const source = markdown.replace('# Page', '# Another page');
    const tree = await run(source, {directory: dir, warn: (message) => warnings.push(message)});
    const size = estimateSize(chart);
    expectBothFigures(tree, {
      chart,
      title: 'Data flow',
      description: 'How data moves.',
      width: String(size.width),
      height: String(size.height),
    });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^\[WARNING\] docs\/page\.mdx:3: .*Run `npm run diagrams`/);
    expect(warnings[1]).toMatch(/^\[WARNING\] docs\/page\.mdx:10: /);
  });

  it('leaves a page without diagrams as it is', async () => {
    const tree = await run('# Page\n\n```js\nconst x = 1;\n```\n', {directory: emptyDir()});
    expect(tree.children.map((child) => child.type)).toEqual(['heading', 'code']);
  });

  it('leaves out a caption part the chart does not have', () => {
    const meta = mermaidMeta('flowchart LR\n  a --> b');
    expect(meta).not.toHaveProperty('title');
    expect(meta).not.toHaveProperty('description');
    expect(meta.width).toBeGreaterThan(0);
  });

  it('reads the same caption as the unit-tested extraction for every diagram in docs/', () => {
    for (const block of docsBlocks) {
      const {title, description} = extractAccessibility(block.chart);
      expect(mermaidMeta(block.chart), `${block.file}:${block.line}`).toMatchObject({title, description});
    }
  });
});
