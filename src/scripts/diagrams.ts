/**
 * `npm run diagrams`: pre-renders every ```mermaid block of docs/ to two SVGs,
 * static/diagrams/<key>-light.svg and <key>-dark.svg, drawn by mermaid's own
 * browser build in headless Chromium with the site's mermaidConfig('light') and
 * mermaidConfig('dark'). The build (src/plugins/remark-mermaid-meta) shows them
 * as images, so a page load runs no mermaid code, and fails on a diagram whose
 * SVGs are missing or stale. Commit static/diagrams after running it.
 *
 * Renders only the SVGs that are missing (the key in the name changes with the
 * chart, the palette, mermaid's version and RENDER_VERSION), or all of them with
 * --force; deletes SVGs no diagram uses any more. Exits with 1 and
 * `file:line: message` when mermaid cannot draw a diagram.
 */
import {mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import type {Mermaid, MermaidConfig} from 'mermaid';
import {MODES, mermaidConfig, normaliseChart, svgFileName} from '../components/Mermaid/diagram';
import {DIAGRAMS_DIR, ROOT, diagramKey, mermaidVersion} from '../plugins/remark-mermaid-meta/files';
import {blocksOf, markdownFilesUnder} from './blocks';
import {launchBrowser} from './browser';

/** mermaid's browser build: a file inside the package, so its absence must stop the script with a clear message. */
const MERMAID_BROWSER_BUILD = 'mermaid/dist/mermaid.min.js';

type Outcome = {ok: true; svg: string} | {ok: false; message: string; line?: number};

/**
 * Draws one chart in the page (which has mermaid's browser build loaded) and
 * returns a standalone SVG document, or mermaid's error. Runs in the browser:
 * it may use nothing from this module's scope.
 */
async function drawInPage({id, chart, config}: {id: string; chart: string; config: MermaidConfig}): Promise<Outcome> {
  const {mermaid} = window as unknown as {mermaid: Mermaid};
  mermaid.initialize(config);
  try {
    await mermaid.parse(chart);
    const {svg} = await mermaid.render(id, chart);
    // Parse mermaid's HTML serialisation and write it back as XML: an <img> accepts well-formed XML only.
    const holder = document.createElement('div');
    holder.innerHTML = svg;
    const root = holder.querySelector('svg');
    if (!root) return {ok: false, message: 'mermaid returned no SVG'};
    // Whole pixels: the viewBox grows by less than a pixel, so the figure's width/height are exact.
    const [x = 0, y = 0, w = NaN, h = NaN] = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    if (!(w > 0 && h > 0)) return {ok: false, message: 'mermaid drew an SVG without a viewBox'};
    const width = Math.ceil(w);
    const height = Math.ceil(h);
    root.setAttribute('viewBox', `${x} ${y} ${width} ${height}`);
    root.setAttribute('width', String(width));
    root.setAttribute('height', String(height));
    root.removeAttribute('style');
    const xml = new XMLSerializer().serializeToString(root);
    // Check it decodes as an image, the way the site shows it.
    const url = URL.createObjectURL(new Blob([xml], {type: 'image/svg+xml'}));
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
    } catch {
      return {ok: false, message: 'the SVG does not decode as an image'};
    } finally {
      URL.revokeObjectURL(url);
    }
    return {ok: true, svg: `${xml}\n`};
  } catch (error) {
    const e = error as {message?: string; hash?: {loc?: {first_line?: number}}};
    return {ok: false, message: String(e?.message ?? error), line: e?.hash?.loc?.first_line};
  } finally {
    document.getElementById(`d${id}`)?.remove();
  }
}

async function main(): Promise<number> {
  const force = process.argv.includes('--force');
  const found = blocksOf(ROOT, markdownFilesUnder(ROOT, 'docs'));
  const version = mermaidVersion(ROOT);
  const wanted = new Map(found.map((block) => [diagramKey(block.chart, version), block]));

  mkdirSync(DIAGRAMS_DIR, {recursive: true});
  const existing = new Set(readdirSync(DIAGRAMS_DIR));
  const expected = new Set([...wanted.keys()].flatMap((key) => MODES.map((mode) => svgFileName(key, mode))));
  const orphans = [...existing].filter((name) => !expected.has(name));
  for (const name of orphans) rmSync(join(DIAGRAMS_DIR, name));

  const todo = [...wanted].filter(([key]) => force || MODES.some((mode) => !existing.has(svgFileName(key, mode))));
  console.log(
    `${found.length} diagrams, ${wanted.size} distinct; rendering ${todo.length}; deleted ${orphans.length} orphaned files.`,
  );
  if (todo.length === 0) return 0;

  const browserBuild = createRequire(import.meta.url).resolve(MERMAID_BROWSER_BUILD);
  const {context, close} = await launchBrowser();
  let failures = 0;
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({path: browserBuild});
    const loaded = await page.evaluate(() => typeof (window as {mermaid?: Partial<Mermaid>}).mermaid?.render);
    if (loaded !== 'function') {
      throw new Error(
        `${MERMAID_BROWSER_BUILD} no longer defines window.mermaid: see how mermaid ships its browser build now.`,
      );
    }
    for (const [key, block] of todo) {
      for (const mode of MODES) {
        const outcome = await page.evaluate(drawInPage, {
          // Each SVG is a document of its own when shown as an <img>: a short id cannot clash and keeps it small.
          id: 'd',
          chart: normaliseChart(block.chart),
          config: mermaidConfig(mode),
        });
        if (!outcome.ok) {
          // The chart starts on the line after the fence.
          const line = outcome.line ? block.line + outcome.line : block.line;
          console.error(`${block.file}:${line}: mermaid cannot draw this diagram (${mode}): ${outcome.message}`);
          failures += 1;
          break;
        }
        writeFileSync(join(DIAGRAMS_DIR, svgFileName(key, mode)), outcome.svg);
      }
    }
  } finally {
    await close();
  }
  if (failures > 0) {
    console.error(`${failures} diagram(s) could not be drawn; fix them and run npm run diagrams again.`);
    return 1;
  }
  console.log(`Wrote ${todo.length * MODES.length} SVGs to static/diagrams: commit them.`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
