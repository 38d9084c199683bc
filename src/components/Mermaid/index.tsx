import React, {useId} from 'react';
import Images from './Images';
import Live from './Live';
import styles from './styles.module.css';

export interface MermaidProps {
  /** The diagram's mermaid source: given by the build only when the diagram has no pre-rendered images. */
  readonly chart?: string;
  /** The chart's accTitle, read at build time by src/plugins/remark-mermaid-meta, which places this component. */
  readonly title?: string;
  /** The chart's accDescr, read at build time. */
  readonly description?: string;
  /** Width in px: the pre-rendered images' exact width, or else the estimate (MDX passes it as a string). */
  readonly width?: string | number;
  /** Height in px, exact or estimated like `width`. */
  readonly height?: string | number;
  /** URL path of the pre-rendered light-mode SVG (static/diagrams, written by `npm run diagrams`). */
  readonly light?: string;
  /** URL path of the pre-rendered dark-mode SVG. */
  readonly dark?: string;
}

/**
 * A mermaid diagram as a figure with a caption (the chart's accTitle and
 * accDescr) in the static HTML. A diagram pre-rendered by `npm run diagrams`
 * is shown as images (Images.tsx), with no mermaid code at all; any other is
 * drawn in the browser when it nears the viewport (Live.tsx).
 */
export default function Mermaid({
  chart,
  title,
  description,
  width,
  height,
  light,
  dark,
}: MermaidProps): React.JSX.Element {
  const id = `diagram-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const titleId = title ? `${id}-title` : undefined;
  const descriptionId = description ? `${id}-description` : undefined;
  const size = {width: Number(width), height: Number(height)};
  return (
    <figure className={styles.figure} data-diagram="">
      {light && dark && size.width > 0 && size.height > 0 ? (
        <Images
          light={light}
          dark={dark}
          width={size.width}
          height={size.height}
          titleId={titleId}
          descriptionId={descriptionId}
          alt={title ?? description ?? ''}
        />
      ) : (
        <Live
          id={id}
          chart={chart ?? ''}
          width={width}
          height={height}
          titleId={titleId}
          descriptionId={descriptionId}
        />
      )}
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
