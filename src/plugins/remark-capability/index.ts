/**
 * Resolves every `<Capability id="..." />` of a doc at build time: the element gets the catalogue's name,
 * reference link, status, version and deployment notes as plain string props (`capabilityMention`), and the page
 * gets `import Capability from '@site/src/components/Capability'`. So naming a capability costs a page a few words
 * of HTML and one small component, never the whole catalogue, and an unknown or missing id stops the build with
 * the file, the line and the id.
 */
import {relative} from 'node:path';
import {capabilityMention} from '../../data/capabilities';
import {defaultImportNode} from '../mdx-import';

/** The element pages write, and the module that renders it. */
export const COMPONENT_NAME = 'Capability';
export const COMPONENT_MODULE = '@site/src/components/Capability';

/** An mdast node, as far as this plugin reads or writes it. */
interface MdastNode {
  type: string;
  name?: string | null;
  attributes?: {type: string; name?: string; value?: unknown}[];
  children?: MdastNode[];
  position?: {start?: {line?: number}};
  data?: unknown;
  value?: unknown;
}

/** The remark plugin: register it in the docs plugin's `remarkPlugins`. */
export default function remarkCapability(): (tree: MdastNode, file?: {path?: string}) => void {
  return (tree, file) => {
    let count = 0;
    const where = (node: MdastNode): string =>
      `${file?.path ? relative(process.cwd(), file.path) : '(unknown file)'}:${node.position?.start?.line ?? '?'}`;
    const visit = (node: MdastNode): void => {
      const isElement = node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
      if (isElement && node.name === COMPONENT_NAME) {
        const attributes = node.attributes ?? [];
        const id = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
        if (typeof id !== 'string') throw new Error(`${where(node)}: <Capability> needs a literal id="..."`);
        const mention = capabilityMention(id);
        if (!mention)
          throw new Error(`${where(node)}: <Capability id="${id}">: no such capability in src/data/capabilities.ts`);
        const resolved = Object.entries(mention).map(([name, value]) => ({
          type: 'mdxJsxAttribute',
          name,
          value: String(value),
        }));
        node.attributes = [...attributes.filter((a) => a.name === 'id'), ...resolved];
        count += 1;
      }
      node.children?.forEach(visit);
    };
    visit(tree);
    if (
      count > 0 &&
      !tree.children?.some((c) => c.type === 'mdxjsEsm' && String(c.value).includes(`'${COMPONENT_MODULE}'`))
    ) {
      tree.children?.unshift(defaultImportNode(COMPONENT_NAME, COMPONENT_MODULE));
    }
  };
}
