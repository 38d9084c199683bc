/**
 * Turns the diagrams of a doc into the site's figure component at build time,
 * so only pages that have a diagram carry diagram code, and no page carries
 * chart-parsing code.
 *
 * Runs after mdx-mermaid, which turns each ```mermaid block into a node with
 * `data.hName: 'mermaid'` and `data.hProperties: {chart, config}`. Each such
 * node becomes `<MermaidFigure title=... description=... width=... height=... />` with
 *
 * - `title`, `description`: the chart's accTitle and accDescr (the figure's
 *   caption; left out when the chart has none);
 * - when `npm run diagrams` has pre-rendered the chart (static/diagrams, see
 *   prerendered.ts): `light` and `dark`, the URL paths of its two SVGs, and
 *   `width`, `height`, the size in their viewBox. No chart source: the page
 *   shows images and runs no mermaid code;
 * - otherwise (a diagram being edited in `npm start`): `chart`, and the
 *   estimated size mermaid will draw it at in the browser, plus a build
 *   warning naming the file and line.
 *
 * MDX attributes are strings, so sizes are too. A page with at least one
 * diagram gets `import MermaidFigure from '@site/src/components/Mermaid'`.
 */
import {relative} from 'node:path';
import {estimateSize, extractAccessibility} from '../../components/Mermaid/chart';
import {DIAGRAMS_DIR, findPrerendered} from './prerendered';
import {defaultImportNode} from '../mdx-import';

/** The component every diagram becomes, and the module it is imported from. */
export const COMPONENT_NAME = 'MermaidFigure';
export const COMPONENT_MODULE = '@site/src/components/Mermaid';

/** An mdast node, as far as this plugin reads or writes it. */
interface MdastNode {
  type: string;
  data?: {hName?: string; hProperties?: Record<string, unknown>; estree?: unknown};
  children?: MdastNode[];
  position?: {start?: {line?: number}};
  [key: string]: unknown;
}

/** The file being compiled, as far as this plugin reads it (a vfile). */
interface CompiledFile {
  path?: string;
  value?: unknown;
}

export interface RemarkMermaidMetaOptions {
  /** The folder with the pre-rendered SVGs; static/diagrams by default. */
  readonly directory?: string;
  /** Receives the warning for a diagram without pre-rendered SVGs; console.warn by default. */
  readonly warn?: (message: string) => void;
}

/** The properties this plugin reads from a chart. */
export interface MermaidMeta {
  readonly title?: string;
  readonly description?: string;
  readonly width: number;
  readonly height: number;
}

/** What the figure needs from a chart: caption text and reserved size. */
export function mermaidMeta(chart: string): MermaidMeta {
  const {title, description} = extractAccessibility(chart);
  const {width, height} = estimateSize(chart);
  return {...(title ? {title} : {}), ...(description ? {description} : {}), width, height};
}

/** The JSX element that replaces one of mdx-mermaid's nodes. */
function figureElement(props: Record<string, string | number | undefined>, position: MdastNode['position']): MdastNode {
  const attributes = Object.entries(props)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ({type: 'mdxJsxAttribute', name, value: String(value)}));
  return {type: 'mdxJsxFlowElement', name: COMPONENT_NAME, attributes, children: [], position};
}

/** The figure's props for a chart: its images when they exist, else the chart to draw in the browser. */
export function figureProps(
  chart: string,
  directory: string = DIAGRAMS_DIR,
): {props: Record<string, string | number | undefined>; prerendered: boolean} {
  const images = findPrerendered(chart, directory);
  if (images) {
    const {title, description} = extractAccessibility(chart);
    const {light, dark, width, height} = images;
    return {props: {title, description, width, height, light, dark}, prerendered: true};
  }
  return {props: {chart, ...mermaidMeta(chart)}, prerendered: false};
}

/** Warnings already printed: the client and server compilations both run this plugin on every doc. */
const warned = new Set<string>();

/** The remark plugin: register it in the docs plugin's `remarkPlugins`, after mdx-mermaid. */
export default function remarkMermaidMeta(
  options: RemarkMermaidMetaOptions = {},
): (tree: MdastNode, file?: CompiledFile) => void {
  const {directory = DIAGRAMS_DIR, warn = (message: string) => console.warn(message)} = options;
  return (tree, file) => {
    let count = 0;
    // mdx-mermaid's nodes carry no position: find each chart in the source, in document order.
    const source = typeof file?.value === 'string' ? file.value : '';
    let searchFrom = 0;
    const fenceLine = (chart: string): number | undefined => {
      const at = source.indexOf(chart, searchFrom);
      if (at < 0) return undefined;
      searchFrom = at + chart.length;
      // The chart starts on the line after its fence: the fence's 1-based line is the chart's 0-based one.
      return source.slice(0, at).split('\n').length - 1;
    };
    /** Replaces mdx-mermaid's nodes below `node`. */
    const replace = (node: MdastNode): void => {
      node.children?.forEach((child, index, siblings) => {
        const chart = child.data?.hName === 'mermaid' ? child.data.hProperties?.chart : undefined;
        if (typeof chart !== 'string') {
          replace(child);
          return;
        }
        const {props, prerendered} = figureProps(chart, directory);
        const line = fenceLine(chart);
        siblings[index] = figureElement(props, child.position);
        count += 1;
        if (prerendered) return;
        const where = `${file?.path ? relative(process.cwd(), file.path) : '(unknown file)'}${line ? `:${line}` : ''}`;
        const message = `[WARNING] ${where}: this diagram has no up-to-date pre-rendered SVGs, so it is drawn in the browser with mermaid. Run \`npm run diagrams\` and commit static/diagrams.`;
        if (warned.has(message)) return;
        warned.add(message);
        warn(message);
      });
    };
    replace(tree);
    if (count > 0) tree.children?.unshift(defaultImportNode(COMPONENT_NAME, COMPONENT_MODULE));
  };
}
