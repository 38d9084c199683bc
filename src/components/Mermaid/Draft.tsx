/**
 * A diagram without current pre-rendered SVGs, while it is being written in
 * `npm start`: drawn live by mdx-mermaid's own component (which loads mermaid)
 * with the site's configuration for the colour mode, in the same figure and
 * caption as the finished one. Development only: `npm run build` fails on such
 * a diagram instead (src/plugins/remark-mermaid-meta), so no published page
 * imports this module or mermaid.
 */
import React, {useMemo} from 'react';
import {useColorMode} from '@docusaurus/theme-common';
import {Mermaid} from 'mdx-mermaid/Mermaid';
import {FigureFrame} from '.';
import {mermaidConfig, type DraftProps} from './diagram';

/** The draft figure; run `npm run diagrams` to replace it with the images. */
export default function MermaidDraft({chart, title, description}: DraftProps): React.JSX.Element {
  const {colorMode} = useColorMode();
  // mdx-mermaid draws on load only when asked to, and redraws when its config changes.
  const config = useMemo(() => ({mermaid: {...mermaidConfig(colorMode), startOnLoad: true}}), [colorMode]);
  return (
    <FigureFrame title={title} description={description}>
      {() => (
        <div data-diagram-status="draft">
          <Mermaid chart={chart} config={config} />
        </div>
      )}
    </FigureFrame>
  );
}
