import React, {useEffect, useId, useMemo, useRef, useState} from 'react';
import clsx from 'clsx';
import type {DiagramSize} from './chart';
import {frameHeightCss} from './frame';
import {DiagramError, type DrawingProps} from './parts';
import styles from './styles.module.css';

export interface MermaidProps {
  /** The diagram's mermaid source, as written in the fenced ```mermaid block. */
  readonly chart: string;
  /** The chart's accTitle, read at build time by src/plugins/remark-mermaid-meta, which places this component. */
  readonly title?: string;
  /** The chart's accDescr, read at build time. */
  readonly description?: string;
  /** Estimated drawn width in px, computed at build time (MDX passes it as a string). */
  readonly width?: string | number;
  /** Estimated drawn height in px, computed at build time. */
  readonly height?: string | number;
}

/** The size reserved when the build gave none: the estimate for a chart of unknown type. */
const FALLBACK_SIZE: DiagramSize = {width: 600, height: 360};

/** How far outside the viewport a diagram starts loading, so it is drawn by the time it scrolls in. */
const ROOT_MARGIN = '400px 0px';

type DrawingModule = {default: React.ComponentType<DrawingProps>};
let drawingModule: Promise<DrawingModule> | undefined;

/** The drawing code (and, through it, mermaid) loads on first use, only on pages that draw a diagram. */
function loadDrawing(): Promise<DrawingModule> {
  if (!drawingModule) {
    const attempt = import(/* webpackChunkName: "mermaid-drawing" */ './Drawing');
    // A failed download (offline, a deploy in between) may be retried by the next diagram.
    attempt.catch(() => {
      if (drawingModule === attempt) drawingModule = undefined;
    });
    drawingModule = attempt;
  }
  return drawingModule;
}

/** Becomes true (and stays true) once the element comes within ROOT_MARGIN of the viewport. */
function useNearViewport(ref: React.RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return undefined;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      {rootMargin: ROOT_MARGIN},
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}

const sizeOf = (width: MermaidProps['width'], height: MermaidProps['height']): DiagramSize => {
  const size = {width: Number(width), height: Number(height)};
  return size.width > 0 && size.height > 0 ? size : FALLBACK_SIZE;
};

/**
 * A mermaid diagram as a figure. The server renders the caption (the chart's
 * accTitle and accDescr) and a frame of the estimated size, both worked out at
 * build time; in the browser, once the frame comes near the viewport, the
 * drawing code is loaded and draws the chart into that frame (see Drawing.tsx).
 */
export default function Mermaid({chart, title, description, width, height}: MermaidProps): React.JSX.Element {
  const id = `diagram-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const titleId = title ? `${id}-title` : undefined;
  const descriptionId = description ? `${id}-description` : undefined;
  const reserved = useMemo(() => sizeOf(width, height), [width, height]);
  const frameRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(frameRef);
  const [drawing, setDrawing] = useState<{Component?: DrawingModule['default']; error?: string}>({});

  useEffect(() => {
    if (!near) return undefined;
    let current = true;
    loadDrawing().then(
      (module) => current && setDrawing({Component: module.default}),
      (error: unknown) => current && setDrawing({error: error instanceof Error ? error.message : String(error)}),
    );
    return () => {
      current = false;
    };
  }, [near]);

  const {Component} = drawing;
  return (
    <figure className={styles.figure} data-diagram="">
      {Component ? (
        <Component id={id} chart={chart} reserved={reserved} titleId={titleId} descriptionId={descriptionId} />
      ) : (
        <div
          ref={frameRef}
          className={clsx(styles.frame, drawing.error === undefined && styles.framePending)}
          style={
            drawing.error === undefined ? {height: frameHeightCss(reserved)} : {minHeight: frameHeightCss(reserved)}
          }
          data-diagram-status={drawing.error === undefined ? 'pending' : 'error'}>
          {drawing.error !== undefined && <DiagramError reason="failure" message={drawing.error} />}
        </div>
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
      <noscript>
        {/* Without JavaScript nothing is drawn: drop the empty frame, the caption carries the diagram. */}
        <style>{`[data-diagram-status="pending"]{display:none}`}</style>
      </noscript>
    </figure>
  );
}
