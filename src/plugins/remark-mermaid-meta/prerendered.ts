/**
 * Node-only: names and finds the pre-rendered SVGs of a diagram. Shared by the
 * remark plugin (build time) and `npm run diagrams` (render-svgs.mjs), so both
 * agree on the file a chart belongs in. Never imported by client code: it uses
 * node:crypto and node:fs.
 *
 * A chart's key hashes everything its drawing depends on: the chart source,
 * mermaid's installed version, both colour modes' configuration and
 * RENDER_VERSION. Editing a diagram, the palette or upgrading mermaid gives a
 * new key, so the committed SVGs of the old one no longer match and the build
 * says so.
 */
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {DiagramSize} from '../../components/Mermaid/chart';
import {mermaidConfig, type ColorMode} from '../../components/Mermaid/theme';

/** Bump when render-svgs.mjs changes what it writes for the same chart and configuration. */
export const RENDER_VERSION = 1;

/** The colour modes a diagram is rendered in, one SVG each. */
export const MODES: readonly ColorMode[] = ['light', 'dark'];

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Where the SVGs are committed, and the URL path Docusaurus serves that folder at (before baseUrl). */
export const DIAGRAMS_DIR = join(ROOT, 'static/diagrams');
export const DIAGRAMS_URL = '/diagrams';

/** mermaidVersion's answers: it is asked once per diagram on every compilation, and cannot change during one. */
const versions = new Map<string, string>();

/** The version of the mermaid package the site builds with. */
export function mermaidVersion(root: string = ROOT): string {
  let version = versions.get(root);
  if (version === undefined) {
    const manifest = JSON.parse(readFileSync(join(root, 'node_modules/mermaid/package.json'), 'utf8')) as {
      version: string;
    };
    version = manifest.version;
    versions.set(root, version);
  }
  return version;
}

/** The chart as mermaid reads it: line endings normalised, so a checkout with CRLF gets the same key. */
export const normaliseChart = (chart: string): string => chart.replace(/\r\n?/g, '\n');

/** What every diagram's drawing depends on besides its own source. */
const sharedInputs = (version: string) => ({
  renderVersion: RENDER_VERSION,
  mermaid: version,
  config: Object.fromEntries(MODES.map((mode) => [mode, mermaidConfig(mode)])),
});

const sha256 = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** 16 hex digits of sha256 over the chart and everything its drawing depends on. */
export function diagramKey(chart: string, version: string = mermaidVersion()): string {
  return sha256({...sharedInputs(version), chart: normaliseChart(chart)}).slice(0, 16);
}

/**
 * Changes whenever a compiled doc's figures could change without the doc
 * itself changing: an SVG added or deleted in `dir`, or a new shared input
 * (palette, mermaid version, RENDER_VERSION). The bundler's persistent cache
 * is keyed on it (see src/plugins/mermaid-chunks).
 */
export function diagramsFingerprint(dir: string = DIAGRAMS_DIR): string {
  const files = existsSync(dir) ? readdirSync(dir).sort() : [];
  return sha256({...sharedInputs(mermaidVersion()), files}).slice(0, 16);
}

/** The file name of a chart's SVG in one colour mode. */
export const svgFileName = (key: string, mode: ColorMode): string => `${key}-${mode}.svg`;

/** The size an SVG declares in its root element's viewBox, or undefined when it has none of positive size. */
export function svgSize(svg: string): DiagramSize | undefined {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const viewBox = /\sviewBox\s*=\s*["']([^"']*)["']/.exec(root)?.[1];
  const [, , width = NaN, height = NaN] = (viewBox ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  return width > 0 && height > 0 ? {width, height} : undefined;
}

/** A chart's pre-rendered images: their URL paths (before baseUrl) and the size both are drawn at. */
export interface PrerenderedDiagram extends DiagramSize {
  readonly key: string;
  readonly light: string;
  readonly dark: string;
}

/** The chart's images in `dir`, when both exist and declare a size; undefined otherwise. */
export function findPrerendered(chart: string, dir: string = DIAGRAMS_DIR): PrerenderedDiagram | undefined {
  const key = diagramKey(chart);
  const paths = MODES.map((mode) => join(dir, svgFileName(key, mode)));
  if (!paths.every((path) => existsSync(path))) return undefined;
  const size = svgSize(readFileSync(paths[0] ?? '', 'utf8'));
  if (!size) return undefined;
  return {
    key,
    light: `${DIAGRAMS_URL}/${svgFileName(key, 'light')}`,
    dark: `${DIAGRAMS_URL}/${svgFileName(key, 'dark')}`,
    ...size,
  };
}
