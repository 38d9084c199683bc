/**
 * Reads what a diagram's figure needs from its mermaid source at build time,
 * so pages carry no chart-parsing code: runs after mdx-mermaid, which turns
 * each ```mermaid block into a node with `data.hName: 'mermaid'` and
 * `data.hProperties: {chart, config}`, and adds to those properties
 *
 * - `title`, `description`: the chart's accTitle and accDescr (the figure's
 *   caption; left out when the chart has none);
 * - `width`, `height`: the estimated size mermaid will draw it at (the frame
 *   reserved before the SVG exists).
 *
 * MDX passes them to the `mermaid` component (src/components/Mermaid) as
 * strings. The pure functions are the ones the unit tests pin (chart.ts).
 */
import {estimateSize, extractAccessibility} from '../../components/Mermaid/chart';

/** The mdast node mdx-mermaid leaves, as far as this plugin reads it. */
interface MermaidNode {
  type: string;
  data?: {hName?: string; hProperties?: Record<string, unknown>};
  children?: MermaidNode[];
}

/** The properties this plugin adds, as computed from the chart text. */
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

function visit(node: MermaidNode): void {
  const properties = node.data?.hName === 'mermaid' ? node.data.hProperties : undefined;
  if (properties && typeof properties.chart === 'string') Object.assign(properties, mermaidMeta(properties.chart));
  node.children?.forEach(visit);
}

/** The remark plugin: register it in the docs plugin's `remarkPlugins`, after mdx-mermaid. */
export default function remarkMermaidMeta(): (tree: MermaidNode) => void {
  return (tree) => visit(tree);
}
