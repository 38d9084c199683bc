/**
 * Thin wrapper: the theme's MDX components, plus the site's own renderer for
 * the `mermaid` elements the mdx-mermaid remark plugin makes of ```mermaid blocks.
 */
import MDXComponentsOriginal from '@theme-original/MDXComponents';
import Mermaid from '@site/src/components/Mermaid';

const MDXComponents = {
  ...MDXComponentsOriginal,
  mermaid: Mermaid,
};

export default MDXComponents;
