/**
 * The theme's MDX components plus the guide's own ones that every page may use without an import:
 * `<Capability id="..." />` names a Mendix capability from the catalogue (src/data/capabilities.ts).
 */
import MDXComponents from '@theme-original/MDXComponents';
import Capability from '@site/src/components/Capability';

export default {
  ...MDXComponents,
  Capability,
};
