/**
 * Node-only: the pre-rendered diagrams on disk. Hashes a chart's key and finds
 * its SVGs in static/diagrams. Shared by
 * the remark plugin (build time), `npm run diagrams` (src/scripts/diagrams.ts)
 * and the tests, so all agree on the file a chart belongs in. Never imported by
 * client code (node:crypto, node:fs); the browser-safe facts it builds on are in
 * src/components/Mermaid/diagram.ts.
 *
 * A chart's key hashes everything its drawing depends on (keyInputs): the chart
 * source, mermaid's installed version, both colour modes' configuration and
 * RENDER_VERSION. Editing a diagram, the palette or upgrading mermaid gives a
 * new key, so the committed SVGs of the old one no longer match and the build
 * fails until `npm run diagrams` has drawn the new ones.
 */
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {DIAGRAMS_URL, MODES, keyInputs, sharedKeyInputs, svgFileName} from '../../components/Mermaid/diagram';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Where the SVGs are committed. */
export const DIAGRAMS_DIR = join(ROOT, 'static/diagrams');

/** The command that writes them, for messages. */
export const DIAGRAMS_COMMAND = 'npm run diagrams';

/** mermaidVersion's answers: it is asked once per diagram on every compilation, and cannot change during one. */
const versions = new Map<string, string>();

/** The version of the mermaid package the site builds with; throws, naming the file, when it cannot be read. */
export function mermaidVersion(root: string = ROOT): string {
  let version = versions.get(root);
  if (version === undefined) {
    const manifest = join(root, 'node_modules/mermaid/package.json');
    const read = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as {version?: unknown}) : {};
    if (typeof read.version !== 'string') throw new Error(`No mermaid version in ${manifest}: run npm install.`);
    version = read.version;
    versions.set(root, version);
  }
  return version;
}

const sha256 = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** 16 hex digits of sha256 over the chart and everything its drawing depends on. */
export function diagramKey(chart: string, version: string = mermaidVersion()): string {
  return sha256(keyInputs(chart, version)).slice(0, 16);
}

/**
 * Changes whenever a compiled doc's figures could change without the doc
 * itself changing: an SVG added or deleted in `dir`, or a new shared input
 * (palette, mermaid version, RENDER_VERSION). The bundler's persistent cache
 * is keyed on it (src/plugins/diagrams-cache).
 */
export function diagramsFingerprint(dir: string = DIAGRAMS_DIR): string {
  const files = existsSync(dir) ? readdirSync(dir).sort() : [];
  return sha256({...sharedKeyInputs(mermaidVersion()), files}).slice(0, 16);
}

/** Width and height in px. */
export interface DiagramSize {
  readonly width: number;
  readonly height: number;
}

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
  if (!MODES.every((mode) => existsSync(join(dir, svgFileName(key, mode))))) return undefined;
  const size = svgSize(readFileSync(join(dir, svgFileName(key, 'light')), 'utf8'));
  if (!size) return undefined;
  return {
    key,
    light: `${DIAGRAMS_URL}/${svgFileName(key, 'light')}`,
    dark: `${DIAGRAMS_URL}/${svgFileName(key, 'dark')}`,
    ...size,
  };
}
