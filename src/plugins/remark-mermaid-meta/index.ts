/**
 * Turns the diagrams of a doc into the site's figure at build time.
 *
 * Runs after mdx-mermaid, which turns each ```mermaid block into a node with
 * `data.hName: 'mermaid'` and `data.hProperties: {chart, config}`. Each such
 * node becomes
 *
 * - `<MermaidFigure title description light dark width height />` when
 *   `npm run diagrams` has pre-rendered the chart (static/diagrams, files.ts):
 *   the caption is the chart's accTitle and accDescr, the images' URLs and
 *   exact size come from the SVGs. No chart source: the page runs no mermaid;
 * - otherwise, an error naming the file, the line and `npm run diagrams`, so
 *   `npm run build` fails on a missing or stale SVG;
 * - otherwise, with the `drafts` option (set in `npm start`), a
 *   `<MermaidDraft chart title description />` that mdx-mermaid's own component
 *   draws live while the diagram is being written.
 *
 * MDX attributes are strings, so sizes are too. A page with a figure or a
 * draft gets the import of its component.
 */
import {relative} from 'node:path';
import {extractAccessibility, type DraftProps, type FigureProps} from '../../components/Mermaid/diagram';
import {DIAGRAMS_COMMAND, DIAGRAMS_DIR, findPrerendered} from './files';
import {defaultImportNode} from '../mdx-import';

/** The components diagrams become, and the modules they are imported from. */
export const COMPONENT_NAME = 'MermaidFigure';
export const COMPONENT_MODULE = '@site/src/components/Mermaid';
export const DRAFT_NAME = 'MermaidDraft';
export const DRAFT_MODULE = '@site/src/components/Mermaid/Draft';

/** An mdast node, as far as this plugin reads or writes it. */
interface MdastNode {
  type: string;
  lang?: string | null;
  data?: {hName?: string; hProperties?: Record<string, unknown>; estree?: unknown};
  children?: MdastNode[];
  position?: unknown;
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
  /** Draw a diagram without current SVGs live (`npm start`) instead of failing; false by default. */
  readonly drafts?: boolean;
}

/** The figure's props for a chart with current SVGs in `directory`; undefined when they are missing or stale. */
export function figureProps(chart: string, directory: string = DIAGRAMS_DIR): FigureProps | undefined {
  const images = findPrerendered(chart, directory);
  if (!images) return undefined;
  const {light, dark, width, height} = images;
  return {...extractAccessibility(chart), width, height, light, dark};
}

/** The JSX element that replaces one of mdx-mermaid's nodes. */
function element(name: string, props: FigureProps | DraftProps, position: unknown): MdastNode {
  const attributes = Object.entries(props).map(([key, value]) => ({
    type: 'mdxJsxAttribute',
    name: key,
    value: String(value),
  }));
  return {type: 'mdxJsxFlowElement', name, attributes, children: [], position};
}

/** Throws when a ```mermaid block reaches this plugin in a shape other than mdx-mermaid 2's: it must not pass unseen. */
function checkUnhandled(node: MdastNode): void {
  if (node.type === 'mermaidCodeBlock' || (node.type === 'code' && node.lang === 'mermaid')) {
    throw new Error(
      `remark-mermaid-meta found a mermaid block it does not know (${node.type}): it expects mdx-mermaid to run ` +
        "first and to turn each block into data.hName 'mermaid' with hProperties.chart. Check the plugin order in " +
        'docusaurus.config.ts and, after an upgrade of mdx-mermaid, what it emits now.',
    );
  }
}

/** The remark plugin: register it in the docs plugin's `remarkPlugins`, after mdx-mermaid. */
export default function remarkMermaidMeta(
  options: RemarkMermaidMetaOptions = {},
): (tree: MdastNode, file?: CompiledFile) => void {
  const {directory = DIAGRAMS_DIR, drafts = false} = options;
  return (tree, file) => {
    const used = new Set<string>();
    const missing: string[] = [];
    const where = file?.path ? relative(process.cwd(), file.path) : '(unknown file)';
    // mdx-mermaid's nodes carry no position: find each chart in the source, in document order.
    const source = typeof file?.value === 'string' ? file.value : '';
    let searchFrom = 0;
    const fenceLine = (chart: string): string => {
      const at = source.indexOf(chart, searchFrom);
      if (at < 0) return '';
      searchFrom = at + chart.length;
      // The chart starts on the line after its fence: the fence's 1-based line is the chart's 0-based one.
      return `:${source.slice(0, at).split('\n').length - 1}`;
    };
    /** Replaces mdx-mermaid's nodes below `node`. */
    const replace = (node: MdastNode): void => {
      node.children?.forEach((child, index, siblings) => {
        const chart = child.data?.hName === 'mermaid' ? child.data.hProperties?.chart : undefined;
        if (typeof chart !== 'string') {
          checkUnhandled(child);
          replace(child);
          return;
        }
        const line = fenceLine(chart);
        const figure = figureProps(chart, directory);
        if (figure) {
          siblings[index] = element(COMPONENT_NAME, figure, child.position);
          used.add(COMPONENT_NAME);
        } else if (drafts) {
          siblings[index] = element(DRAFT_NAME, {chart, ...extractAccessibility(chart)}, child.position);
          used.add(DRAFT_NAME);
        } else {
          missing.push(`${where}${line}`);
        }
      });
    };
    replace(tree);
    if (missing.length > 0) {
      const problem = `no current pre-rendered SVGs in static/diagrams (missing, or stale after a change to the chart, the palette or mermaid)`;
      const fix = `run \`${DIAGRAMS_COMMAND}\` and commit static/diagrams`;
      throw new Error(missing.map((at) => `${at}: this diagram has ${problem}: ${fix}.`).join('\n'));
    }
    if (used.has(DRAFT_NAME)) tree.children?.unshift(defaultImportNode(DRAFT_NAME, DRAFT_MODULE));
    if (used.has(COMPONENT_NAME)) tree.children?.unshift(defaultImportNode(COMPONENT_NAME, COMPONENT_MODULE));
  };
}
