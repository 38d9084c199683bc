/**
 * The frame a diagram is drawn in: the space reserved for it before the SVG
 * exists, sized like mermaid's own SVG (its natural size, scaled down to the
 * figure's width) but never below MIN_SCALE, where it scrolls sideways
 * instead, so labels stay legible on a phone. Pure functions, unit-tested.
 */
import type {DiagramSize} from './chart';

/** The smallest scale a diagram is shown at; below it, the frame scrolls sideways. */
export const MIN_SCALE = 0.6;

/** Height in pixels at which a diagram of natural `size` is shown in `availableWidth`. */
export function shownHeight(size: DiagramSize, availableWidth: number): number {
  const scale = Math.min(1, Math.max(MIN_SCALE, availableWidth / size.width));
  return size.height * scale;
}

/** The same rule as CSS, for the server-rendered frame: 100cqw is the figure's width. */
export function frameHeightCss(size: DiagramSize): string {
  const ratio = (size.height / size.width).toFixed(4);
  return `clamp(${Math.round(size.height * MIN_SCALE)}px, calc(100cqw * ${ratio}), ${Math.round(size.height)}px)`;
}

/**
 * The frame to keep once the diagram is drawn: the reserved one when the
 * drawing fits it closely (nothing below moves; the SVG scales a little to
 * fit), or the drawing's own size when the estimate was far off.
 */
export function chooseFrame(reserved: DiagramSize, drawn: DiagramSize, availableWidth: number): DiagramSize {
  if (drawn.width <= 0 || drawn.height <= 0 || availableWidth <= 0) return reserved;
  const ratio = shownHeight(drawn, availableWidth) / shownHeight(reserved, availableWidth);
  return ratio <= 1.12 && ratio >= 0.7 ? reserved : drawn;
}
