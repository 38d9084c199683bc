/**
 * `import Name from 'module';` as an MDX ESM node, with the estree MDX compiles, for remark plugins that turn
 * Markdown into a component and must import it on the pages that use it.
 */

/** The ESM node remark plugins add to an MDX tree (a type, not an interface, so it fits their node types). */
export type MdxImportNode = {
  type: 'mdxjsEsm';
  value: string;
  data: {estree: unknown};
};

/** The node for `import name from 'module';`. */
export function defaultImportNode(name: string, module: string): MdxImportNode {
  return {
    type: 'mdxjsEsm',
    value: `import ${name} from '${module}';`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name}}],
            source: {type: 'Literal', value: module, raw: `'${module}'`},
          },
        ],
      },
    },
  };
}
