/**
 * The fallback for a diagram without pre-rendered images (one being edited in
 * `npm start`): a frame of the estimated size, and once it comes near the
 * viewport, the drawing code (Drawing.tsx, and through it mermaid) is loaded
 * and draws the chart into it.
 */
import React, {useEffect, useMemo, useRef, useState} from 'react';
import clsx from 'clsx';
import type {DiagramSize} from './chart';
import {frameHeightCss} from './frame';
import {DiagramError, type DrawingProps} from './parts';
import styles from './styles.module.css';

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

export interface LiveProps {
  /** Unique per figure; the SVG ids derive from it. */
  readonly id: string;
  /** The diagram's mermaid source. */
  readonly chart: string;
  /** Estimated drawn width in px, from the build (MDX passes it as a string). */
  readonly width?: string | number;
  /** Estimated drawn height in px. */
  readonly height?: string | number;
  /** Id of the caption's title, which names the drawing. */
  readonly titleId?: string;
  /** Id of the caption's description, which describes the drawing. */
  readonly descriptionId?: string;
}

/** The frame a diagram is drawn into in the browser; see the module comment. */
export default function Live({id, chart, width, height, titleId, descriptionId}: LiveProps): React.JSX.Element {
  const reserved = useMemo(() => {
    const size = {width: Number(width), height: Number(height)};
    return size.width > 0 && size.height > 0 ? size : FALLBACK_SIZE;
  }, [width, height]);
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
  if (Component) {
    return <Component id={id} chart={chart} reserved={reserved} titleId={titleId} descriptionId={descriptionId} />;
  }
  return (
    <div
      ref={frameRef}
      className={clsx(styles.frame, drawing.error === undefined && styles.framePending)}
      style={drawing.error === undefined ? {height: frameHeightCss(reserved)} : {minHeight: frameHeightCss(reserved)}}
      data-diagram-status={drawing.error === undefined ? 'pending' : 'error'}>
      {drawing.error !== undefined && <DiagramError reason="failure" message={drawing.error} />}
      <noscript>
        {/* Without JavaScript nothing is drawn: drop the empty frame, the caption carries the diagram. */}
        <style>{`[data-diagram-status="pending"]{display:none}`}</style>
      </noscript>
    </div>
  );
}
