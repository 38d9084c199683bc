/**
 * The drawing half of a diagram, loaded by index.tsx only once a figure comes
 * near the viewport: draws the chart into the frame reserved for it (mermaid
 * itself loads on demand, see render.ts), in the site's colour mode, redraws it
 * when the mode changes, keeps wide diagrams legible on a phone (they scroll
 * sideways below MIN_SCALE) and shows mermaid's message when a chart cannot be
 * parsed.
 */
import React, {useEffect, useRef, useState} from 'react';
import clsx from 'clsx';
import {useColorMode} from '@docusaurus/theme-common';
import type {DiagramSize} from './chart';
import {MIN_SCALE, chooseFrame, frameHeightCss} from './frame';
import {renderChart, type RenderOutcome} from './render';
import type {ColorMode} from './theme';
import {DiagramError, useScrollsSideways, type DrawingProps} from './parts';
import styles from './styles.module.css';

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

let renderCount = 0;

/** The diagram's frame, drawn: mounted by index.tsx in place of the reserved frame, at the same size. */
export default function Drawing({id, chart, reserved, titleId, descriptionId}: DrawingProps): React.JSX.Element {
  const frameRef = useRef<HTMLDivElement>(null);
  const {colorMode} = useColorMode();
  const [state, setState] = useState<DiagramState>({status: 'pending'});

  useEffect(() => {
    let current = true;
    renderCount += 1;
    const svgId = `${id}-svg-${renderCount}`;
    renderChart(svgId, chart, colorMode, {title: titleId, description: descriptionId})
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
              : chooseFrame(reserved, drawn, frameRef.current?.clientWidth ?? 0),
        }));
      });
    return () => {
      current = false;
    };
  }, [chart, colorMode, id, titleId, descriptionId, reserved]);

  const frame = state.status === 'rendered' ? state.frame : reserved;
  const scrollable = useScrollsSideways(frameRef, state.status === 'rendered' ? state.svg : undefined, false);
  return (
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
      {state.status === 'error' && <DiagramError reason={state.reason} message={state.message} />}
    </div>
  );
}
