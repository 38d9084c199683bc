/**
 * A pre-rendered diagram (static/diagrams, written by `npm run diagrams`): its
 * light and dark SVGs as two <img>, of which CSS shows the one for the site's
 * colour mode; the other, display:none and lazy, is not downloaded until the
 * mode changes. No JavaScript and no mermaid: the images carry their exact
 * size, so nothing moves when they arrive.
 */
import React, {useRef} from 'react';
import clsx from 'clsx';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {MIN_SCALE} from './frame';
import {useScrollsSideways} from './parts';
import styles from './styles.module.css';

/** The narrowest text column the site has (a 360 px phone less the page padding), in px. */
const NARROWEST_COLUMN = 328;

export interface ImagesProps {
  /** URL path of the light-mode SVG, before the site's baseUrl. */
  readonly light: string;
  /** URL path of the dark-mode SVG. */
  readonly dark: string;
  /** The SVGs' width in px, from their viewBox. */
  readonly width: number;
  /** The SVGs' height in px. */
  readonly height: number;
  /** Id of the caption's title, which names the image. */
  readonly titleId?: string;
  /** Id of the caption's description, which describes the image. */
  readonly descriptionId?: string;
  /** The caption's title, as the images' alt text for tools that do not follow aria-labelledby. */
  readonly alt: string;
}

/** The figure's frame with both images; scrolls sideways when the diagram cannot shrink to the column. */
export default function Images({
  light,
  dark,
  width,
  height,
  titleId,
  descriptionId,
  alt,
}: ImagesProps): React.JSX.Element {
  const frameRef = useRef<HTMLDivElement>(null);
  const minWidth = Math.round(width * MIN_SCALE);
  // Before the real check runs (and without JavaScript), assume a diagram that could scroll on a phone does.
  const scrolls = useScrollsSideways(frameRef, light, minWidth > NARROWEST_COLUMN);
  const sources = {light: useBaseUrl(light), dark: useBaseUrl(dark)};
  return (
    <div
      ref={frameRef}
      className={styles.frame}
      data-diagram-status="image"
      // A frame that scrolls sideways (a wide diagram on a narrow screen) must be reachable by keyboard.
      {...(scrolls ? {tabIndex: 0, role: 'group', 'aria-labelledby': titleId} : {})}>
      {(['light', 'dark'] as const).map((mode) => (
        <img
          key={mode}
          className={clsx(styles.image, mode === 'light' ? styles.imageLight : styles.imageDark)}
          src={sources[mode]}
          width={width}
          height={height}
          // Shown at its natural width or the column's, never below MIN_SCALE (then the frame scrolls).
          style={{maxWidth: `${width}px`, minWidth: `${minWidth}px`}}
          alt={alt}
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
