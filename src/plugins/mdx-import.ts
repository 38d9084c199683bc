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

/** A value an attribute expression may hold: strings, numbers, booleans, and arrays and records of them. */
export type LiteralValue = string | number | boolean | readonly LiteralValue[] | {readonly [key: string]: LiteralValue};

/** The estree of a literal value, as MDX compiles it. */
function literalTree(value: LiteralValue): unknown {
  if (Array.isArray(value)) return {type: 'ArrayExpression', elements: value.map(literalTree)};
  if (typeof value === 'object')
    return {
      type: 'ObjectExpression',
      properties: Object.entries(value).map(([key, v]) => ({
        type: 'Property',
        key: {type: 'Literal', value: key, raw: JSON.stringify(key)},
        value: literalTree(v),
        kind: 'init',
        method: false,
        shorthand: false,
        computed: false,
      })),
    };
  return {type: 'Literal', value, raw: JSON.stringify(value)};
}

/** The JSX attribute `name={value}` for a literal value (an array of records, say), with its estree. */
export function literalAttribute(
  name: string,
  value: LiteralValue,
): {
  type: 'mdxJsxAttribute';
  name: string;
  value: {type: 'mdxJsxAttributeValueExpression'; value: string; data: {estree: unknown}};
} {
  const source = JSON.stringify(value);
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: source,
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [{type: 'ExpressionStatement', expression: literalTree(value)}],
        },
      },
    },
  };
}
