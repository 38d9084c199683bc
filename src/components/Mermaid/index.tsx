import React, {useEffect, useId, useMemo, useRef, useState} from 'react';
import clsx from 'clsx';
import {useColorMode} from '@docusaurus/theme-common';
import {estimateSize, extractAccessibility, type DiagramSize} from './chart';
import {MIN_SCALE, chooseFrame, frameHeightCss} from './frame';
import type {RenderOutcome} from './render';
import type {ColorMode} from './theme';
import styles from './styles.module.css';

export interface MermaidProps {
  /** The diagram's mermaid source, as written in the fenced ```mermaid block. */
  readonly chart: string;
  /**
   * mdx-mermaid's plugin options as JSON (set on a page's first diagram only).
   * Accepted and ignored: the site's colour mode decides the diagram theme.
   */
  readonly config?: string;
}

type DiagramState =
  | {readonly status: 'pending'}
  | {
      readonly status: 'rendered';
      /** The source this drawing was made from. */
      readonly chart: string;
      readonly svg: string;
      readonly mode: ColorMode;
      /** The diagram's natural size, as mermaid drew it. */
      readonly drawn: DiagramSize;
      /** The size the frame keeps: the reserved estimate, or `drawn` if the estimate was far off. */
      readonly frame: DiagramSize;
    }
  | {readonly status: 'error'; readonly reason: 'syntax' | 'failure'; readonly message: string};

/** How far outside the viewport a diagram starts loading, so it is drawn by the time it scrolls in. */
const ROOT_MARGIN = '400px 0px';

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

/** True while the element's content is wider than the element, rechecked on resize. */
function useScrollsSideways(ref: React.RefObject<HTMLElement | null>, content: unknown): boolean {
  const [scrolls, setScrolls] = useState(false);
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

let renderCount = 0;

/**
 * A mermaid diagram as a figure. The server renders the caption (the chart's
 * accTitle and accDescr) and a frame of the estimated size; in the browser the
 * chart is drawn into that frame once it comes near the viewport, with
 * mermaid loaded on demand, in the site's colour mode, and redrawn when the
 * mode changes. A chart mermaid cannot parse shows mermaid's message instead.
 */
export default function Mermaid({chart}: MermaidProps): React.JSX.Element {
  const text = useMemo(() => extractAccessibility(chart), [chart]);
  const estimate = useMemo(() => estimateSize(chart), [chart]);
  const id = `diagram-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const titleId = text.title ? `${id}-title` : undefined;
  const descriptionId = text.description ? `${id}-description` : undefined;
  const frameRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(frameRef);
  const {colorMode} = useColorMode();
  const [state, setState] = useState<DiagramState>({status: 'pending'});

  useEffect(() => {
    if (!near) return undefined;
    let current = true;
    renderCount += 1;
    const svgId = `${id}-svg-${renderCount}`;
    const caption = {title: titleId, description: descriptionId};
    // The drawing code and its theme load with mermaid, only on pages that draw a diagram.
    import(/* webpackChunkName: "mermaid-render" */ './render')
      .then(({renderChart}) => renderChart(svgId, chart, colorMode, caption))
      .catch((error: unknown): RenderOutcome => ({
        ok: false,
        reason: 'failure',
        message: error instanceof Error ? error.message : String(error),
      }))
      .then((outcome) => {
        if (!current) return;
        if (!outcome.ok) {
          setState({status: 'error', reason: outcome.reason, message: outcome.message});
          return;
        }
        const drawn = {width: outcome.width, height: outcome.height};
        setState((previous) => ({
          status: 'rendered',
          chart,
          svg: outcome.svg,
          mode: colorMode,
          drawn,
          // A redraw in the other colour mode keeps the frame: same chart, same size.
          frame:
            previous.status === 'rendered' && previous.chart === chart
              ? previous.frame
              : chooseFrame(estimate, drawn, frameRef.current?.clientWidth ?? 0),
        }));
      });
    return () => {
      current = false;
    };
  }, [near, chart, colorMode, id, titleId, descriptionId, estimate]);

  const frame = state.status === 'rendered' ? state.frame : estimate;
  const scrollable = useScrollsSideways(frameRef, state.status === 'rendered' ? state.svg : undefined);
  return (
    <figure className={styles.figure} data-diagram="">
      <div
        ref={frameRef}
        className={clsx(styles.frame, state.status === 'pending' && styles.framePending)}
        style={state.status === 'error' ? {minHeight: frameHeightCss(frame)} : {height: frameHeightCss(frame)}}
        data-diagram-status={state.status}
        data-color-mode={state.status === 'rendered' ? state.mode : undefined}
        // A frame that scrolls sideways (a wide diagram on a narrow screen) must be reachable by keyboard.
        {...(scrollable ? {tabIndex: 0, role: 'group', 'aria-labelledby': titleId} : {})}>
        {state.status === 'rendered' && (
          <div
            className={styles.drawing}
            style={{minWidth: `${Math.round(state.drawn.width * MIN_SCALE)}px`}}
            dangerouslySetInnerHTML={{__html: state.svg}}
          />
        )}
        {state.status === 'error' && (
          <div className={styles.error} role="alert">
            <p className={styles.errorTitle}>
              {state.reason === 'syntax'
                ? 'This diagram cannot be drawn: mermaid found an error in its source.'
                : 'This diagram could not be drawn.'}
            </p>
            <pre className={styles.errorMessage}>{state.message}</pre>
          </div>
        )}
      </div>
      {(text.title || text.description) && (
        <figcaption className={styles.caption}>
          {text.title && (
            <span id={titleId} className={styles.captionTitle}>
              {text.title}
            </span>
          )}
          {text.description && <span id={descriptionId}>{text.description}</span>}
        </figcaption>
      )}
      <noscript>
        {/* Without JavaScript nothing is drawn: drop the empty frame, the caption carries the diagram. */}
        <style>{`[data-diagram-status="pending"]{display:none}`}</style>
      </noscript>
    </figure>
  );
}
