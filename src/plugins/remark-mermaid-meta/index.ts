/**
 * Turns the diagrams of a doc into the site's figure component at build time,
 * so only pages that have a diagram carry diagram code, and no page carries
 * chart-parsing code.
 *
 * Runs after mdx-mermaid, which turns each ```mermaid block into a node with
 * `data.hName: 'mermaid'` and `data.hProperties: {chart, config}`. Each such
 * node becomes `<MermaidFigure chart=... title=... description=... width=... height=... />`:
 *
 * - `title`, `description`: the chart's accTitle and accDescr (the figure's
 *   caption; left out when the chart has none);
 * - `width`, `height`: the estimated size mermaid will draw it at (the frame
 *   reserved before the SVG exists), as strings, like every MDX attribute.
 *
 * and a page with at least one diagram gets `import MermaidFigure from
 * '@site/src/components/Mermaid'`. The pure functions are the ones the unit
 * tests pin (chart.ts).
 */
import {estimateSize, extractAccessibility} from '../../components/Mermaid/chart';

/** The component every diagram becomes, and the module it is imported from. */
export const COMPONENT_NAME = 'MermaidFigure';
export const COMPONENT_MODULE = '@site/src/components/Mermaid';

/** An mdast node, as far as this plugin reads or writes it. */
interface MdastNode {
  type: string;
  data?: {hName?: string; hProperties?: Record<string, unknown>; estree?: unknown};
  children?: MdastNode[];
  [key: string]: unknown;
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
function figureElement(chart: string, position: unknown): MdastNode {
  const {title, description, width, height} = mermaidMeta(chart);
  const attributes = Object.entries({chart, title, description, width, height})
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ({type: 'mdxJsxAttribute', name, value: String(value)}));
  return {type: 'mdxJsxFlowElement', name: COMPONENT_NAME, attributes, children: [], position};
}

/** `import MermaidFigure from '@site/src/components/Mermaid';` as an MDX ESM node, with the estree MDX compiles. */
function importNode(): MdastNode {
  return {
    type: 'mdxjsEsm',
    value: `import ${COMPONENT_NAME} from '${COMPONENT_MODULE}';`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name: COMPONENT_NAME}}],
            source: {type: 'Literal', value: COMPONENT_MODULE, raw: `'${COMPONENT_MODULE}'`},
          },
        ],
      },
    },
  };
}

/** Replaces mdx-mermaid's nodes below `node`; returns how many it replaced. */
function replaceDiagrams(node: MdastNode): number {
  let count = 0;
  node.children?.forEach((child, index, siblings) => {
    const chart = child.data?.hName === 'mermaid' ? child.data.hProperties?.chart : undefined;
    if (typeof chart === 'string') {
      siblings[index] = figureElement(chart, child.position);
      count += 1;
    } else {
      count += replaceDiagrams(child);
    }
  });
  return count;
}

/** The remark plugin: register it in the docs plugin's `remarkPlugins`, after mdx-mermaid. */
export default function remarkMermaidMeta(): (tree: MdastNode) => void {
  return (tree) => {
    if (replaceDiagrams(tree) > 0) tree.children?.unshift(importNode());
  };
}
