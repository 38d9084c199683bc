#!/usr/bin/env node
/**
 * `npm run diagrams`: pre-renders every ```mermaid block of docs/ to two SVGs,
 * static/diagrams/<key>-light.svg and <key>-dark.svg, drawn by mermaid's own
 * browser build in headless Chromium with the site's mermaidConfig('light') and
 * mermaidConfig('dark'). The build (remark-mermaid-meta) shows them as images,
 * so a page load runs no mermaid code. Commit static/diagrams after running it.
 *
 * Renders only the SVGs that are missing (the key in the name changes with the
 * chart, the palette, mermaid's version and RENDER_VERSION), or all of them with
 * --force; deletes SVGs no diagram uses any more. Exits with 1 and
 * `file:line: message` when mermaid cannot draw a diagram.
 */
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {runnerImport} from 'vite';

/* global window, document, XMLSerializer, Image -- used only inside page.evaluate, in the browser */

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const force = process.argv.includes('--force');

/**
 * @typedef {typeof import('./prerendered')} Prerendered
 * @typedef {typeof import('./blocks')} Blocks
 * @typedef {typeof import('../../components/Mermaid/theme')} Theme
 * @typedef {typeof import('../../../tests/support/browser')} Browser
 */

/** Loads the site's TypeScript modules as they are, through vite's module runner. */
async function load() {
  /** @type {import('vite').InlineConfig} */
  const config = {configFile: false, logLevel: 'silent', root: ROOT};
  const [prerendered, blocks, theme, browser] = await Promise.all(
    [
      'src/plugins/remark-mermaid-meta/prerendered.ts',
      'src/plugins/remark-mermaid-meta/blocks.ts',
      'src/components/Mermaid/theme.ts',
      'tests/support/browser.ts',
    ].map((path) => runnerImport(join(ROOT, path), config)),
  );
  return {
    prerendered: /** @type {Prerendered} */ (prerendered.module),
    blocks: /** @type {Blocks} */ (blocks.module),
    theme: /** @type {Theme} */ (theme.module),
    browser: /** @type {Browser} */ (browser.module),
  };
}

/**
 * Draws one chart in the page (which has mermaid's browser build loaded) and
 * returns a standalone SVG document, or mermaid's error. Runs in the browser.
 * @param {{id: string; chart: string; config: object}} input
 * @returns {Promise<{ok: true; svg: string} | {ok: false; message: string; line?: number}>}
 */
async function drawInPage({id, chart, config}) {
  const {mermaid} = /** @type {{mermaid: import('mermaid').Mermaid}} */ (/** @type {unknown} */ (window));
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
    const [x, y, w, h] = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
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
    const e = /** @type {{message?: string; hash?: {loc?: {first_line?: number}}}} */ (error);
    return {ok: false, message: String(e?.message ?? error), line: e?.hash?.loc?.first_line};
  } finally {
    document.getElementById(`d${id}`)?.remove();
  }
}

async function main() {
  const {prerendered, blocks, theme, browser} = await load();
  const {DIAGRAMS_DIR, MODES, diagramKey, svgFileName, normaliseChart} = prerendered;
  const found = blocks
    .markdownFilesUnder(ROOT, 'docs')
    .flatMap((file) => blocks.findMermaidBlocks(file, readFileSync(join(ROOT, file), 'utf8')));
  const version = prerendered.mermaidVersion(ROOT);
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

  const {context, close} = await browser.launchBrowser();
  let failures = 0;
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    const require = createRequire(import.meta.url);
    await page.addScriptTag({path: require.resolve('mermaid/dist/mermaid.min.js')});
    for (const [key, block] of todo) {
      for (const mode of MODES) {
        const outcome = await page.evaluate(drawInPage, {
          // Each SVG is a document of its own when shown as an <img>: a short id cannot clash and keeps it small.
          id: 'd',
          chart: normaliseChart(block.chart),
          config: theme.mermaidConfig(mode),
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

process.exitCode = await main();
