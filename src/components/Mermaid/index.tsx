/**
 * A mermaid diagram as a figure: its pre-rendered light and dark SVGs
 * (static/diagrams, written by `npm run diagrams`) as two <img>, of which CSS
 * shows the one for the site's colour mode (the other, display:none and lazy,
 * is not downloaded until the mode changes), and a caption with the chart's
 * accTitle and accDescr, all in the static HTML. No mermaid code: the images
 * carry their exact size, so nothing moves when they arrive.
 * src/plugins/remark-mermaid-meta places it at build time.
 */
import React, {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {MODES, type DiagramCaption, type FigureProps} from './diagram';
import styles from './styles.module.css';

/** The smallest scale a diagram is shown at; below it, the frame scrolls sideways so labels stay legible. */
const MIN_SCALE = 0.6;

/** The narrowest text column the site has (a 360 px phone less the page padding), in px. */
const NARROWEST_COLUMN = 328;

/** Ids of the caption's parts, for the picture to point at. */
export interface CaptionIds {
  readonly titleId?: string;
  readonly descriptionId?: string;
}

export interface FigureFrameProps extends DiagramCaption {
  /** Draws the picture, given the ids of the caption that names and describes it. */
  readonly children: (ids: CaptionIds) => ReactNode;
}

/** The figure and its caption around a diagram's picture (the images here, or the draft in `npm start`). */
export function FigureFrame({title, description, children}: FigureFrameProps): React.JSX.Element {
  const id = `diagram-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const titleId = title ? `${id}-title` : undefined;
  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <figure className={styles.figure} data-diagram="">
      {children({titleId, descriptionId})}
      {(title || description) && (
        <figcaption className={styles.caption}>
          {title && (
            <span id={titleId} className={styles.captionTitle}>
              {title}
            </span>
          )}
          {description && <span id={descriptionId}>{description}</span>}
        </figcaption>
      )}
    </figure>
  );
}

/**
 * True while the element's content is wider than the element, rechecked on
 * resize; `initial` until the first check (and in the static HTML).
 */
function useScrollsSideways(ref: React.RefObject<HTMLElement | null>, initial: boolean): boolean {
  const [scrolls, setScrolls] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const check = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    check();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}

/** Both images in their frame, which scrolls sideways when the diagram cannot shrink to the column. */
function Images({light, dark, width, height, title, titleId, descriptionId}: ImagesProps): React.JSX.Element {
  const frameRef = useRef<HTMLDivElement>(null);
  const minWidth = Math.round(width * MIN_SCALE);
  // Before the real check runs (and without JavaScript), assume a diagram that could scroll on a phone does.
  const scrolls = useScrollsSideways(frameRef, minWidth > NARROWEST_COLUMN);
  const sources = {light: useBaseUrl(light), dark: useBaseUrl(dark)};
  return (
    <div
      ref={frameRef}
      className={styles.frame}
      data-diagram-status="image"
      // A frame that scrolls sideways (a wide diagram on a narrow screen) must be reachable by keyboard.
      {...(scrolls ? {tabIndex: 0, role: 'group', 'aria-labelledby': titleId} : {})}>
      {MODES.map((mode) => (
        <img
          key={mode}
          className={clsx(styles.image, mode === 'light' ? styles.imageLight : styles.imageDark)}
          src={sources[mode]}
          width={width}
          height={height}
          // Shown at its natural width or the column's, never below MIN_SCALE (then the frame scrolls).
          style={{maxWidth: `${width}px`, minWidth: `${minWidth}px`}}
          // The caption's title, for tools that do not follow aria-labelledby.
          alt={title}
          aria-labelledby={titleId}
          aria-describedby={descriptionId}
          loading="lazy"
          decoding="async"
          data-color-mode={mode}
        />
      ))}
    </div>
  );
}

interface ImagesProps extends CaptionIds {
  readonly light: string;
  readonly dark: string;
  readonly width: number;
  readonly height: number;
  /** The images' alt text. */
  readonly title: string;
}

/** A pre-rendered diagram with its caption; see the module comment. */
export default function MermaidFigure({
  title,
  description,
  light,
  dark,
  width,
  height,
}: FigureProps): React.JSX.Element {
  return (
    <FigureFrame title={title} description={description}>
      {(ids) => (
        <Images
          light={light}
          dark={dark}
          width={Number(width)}
          height={Number(height)}
          title={title ?? description ?? ''}
          {...ids}
        />
      )}
    </FigureFrame>
  );
}
