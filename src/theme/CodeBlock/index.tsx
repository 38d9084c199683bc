import React, {lazy, Suspense} from 'react';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof CodeBlockType>;

// The theme's code block brings prism-react-renderer, whose grammars take a
// long task to evaluate. Loaded with the first code block a page renders, it
// stays off pages without one (see src/plugins/quiet-start). The static build
// waits for it, so the HTML carries the highlighted code.
const CodeBlock = lazy(() => import('@theme-original/CodeBlock'));

/** The theme's code block, loaded on first use; plain preformatted text until it arrives. */
export default function CodeBlockWrapper(props: Props): React.JSX.Element {
  return (
    <Suspense
      fallback={
        <pre className={props.className}>
          <code>{props.children}</code>
        </pre>
      }>
      <CodeBlock {...props} />
    </Suspense>
  );
}
