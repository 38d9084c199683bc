/**
 * What the light figure (index.tsx) and the drawing code (Drawing.tsx) share:
 * the error box and the drawing's props.
 */
import React from 'react';
import type {DiagramSize} from './chart';
import styles from './styles.module.css';

/** Props of the drawing component that index.tsx loads on demand. */
export interface DrawingProps {
  /** Unique per figure; the SVG ids derive from it. */
  readonly id: string;
  readonly chart: string;
  /** The frame size reserved at build time. */
  readonly reserved: DiagramSize;
  /** Id of the caption's title, which names the SVG. */
  readonly titleId?: string;
  /** Id of the caption's description, which describes the SVG. */
  readonly descriptionId?: string;
}

/** Shown instead of a drawing: mermaid's message for a syntax error, or what else went wrong. */
export function DiagramError({reason, message}: {reason: 'syntax' | 'failure'; message: string}): React.JSX.Element {
  return (
    <div className={styles.error} role="alert">
      <p className={styles.errorTitle}>
        {reason === 'syntax'
          ? 'This diagram cannot be drawn: mermaid found an error in its source.'
          : 'This diagram could not be drawn.'}
      </p>
      <pre className={styles.errorMessage}>{message}</pre>
    </div>
  );
}
