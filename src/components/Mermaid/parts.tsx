/**
 * What the figure's parts share: the error box, the drawing's props and the
 * check that a frame scrolls sideways (pre-rendered images and drawings alike).
 */
import React, {useEffect, useState} from 'react';
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

/**
 * True while the element's content is wider than the element, rechecked on
 * resize and when `content` changes; `initial` until the first check (and in
 * the static HTML). Nothing is checked while `content` is undefined.
 */
export function useScrollsSideways(
  ref: React.RefObject<HTMLElement | null>,
  content: unknown,
  initial: boolean,
): boolean {
  const [scrolls, setScrolls] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!element || content === undefined) return undefined;
    const check = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    check();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, content]);
  return scrolls;
}
