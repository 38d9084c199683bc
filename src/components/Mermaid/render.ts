/**
 * Browser-only: loads mermaid on first use and turns a chart into an SVG string.
 * `import('mermaid')` is the only reference to the library, so it becomes an
 * async chunk that pages without diagrams never request (see
 * src/plugins/mermaid-chunks for keeping it out of the shared chunk too).
 */
import type {Mermaid} from 'mermaid';
import {mermaidConfig, type ColorMode} from './theme';

/** The outcome of drawing one chart. */
export type RenderOutcome =
  | {readonly ok: true; readonly svg: string; readonly width: number; readonly height: number}
  | {
      readonly ok: false;
      /** `syntax`: mermaid could not parse the chart; `failure`: anything else (download, rendering). */
      readonly reason: 'syntax' | 'failure';
      readonly message: string;
    };

let loading: Promise<Mermaid> | undefined;

function loadMermaid(): Promise<Mermaid> {
  if (!loading) {
    const attempt = import(/* webpackChunkName: "mermaid" */ 'mermaid').then((module) => module.default);
    // A failed download (offline, a deploy in between) may be retried by the next diagram.
    attempt.catch(() => {
      if (loading === attempt) loading = undefined;
    });
    loading = attempt;
  }
  return loading;
}

// mermaid's configuration is global: renders run one after the other so each
// one is drawn with the colour mode it asked for.
let queue: Promise<unknown> = Promise.resolve();

function serialize<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** The text of whatever mermaid threw: its parse error message names the line and the expected tokens. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && 'message' in error) return String((error as {message: unknown}).message);
  return 'Unknown error while drawing the diagram.';
}

/** Ids of the caption parts the SVG points at. */
export interface CaptionIds {
  readonly title?: string;
  readonly description?: string;
}

/**
 * Makes the SVG one image named by the figure's caption: role="img",
 * aria-labelledby / aria-describedby to the caption, and mermaid's own
 * <title>/<desc> and role description removed so nothing is announced twice.
 */
function labelSvg(svg: SVGSVGElement, caption: CaptionIds): void {
  svg.querySelectorAll(':scope > title, :scope > desc').forEach((el) => el.remove());
  svg.removeAttribute('aria-roledescription');
  svg.setAttribute('role', 'img');
  svg.setAttribute('focusable', 'false');
  if (caption.title) svg.setAttribute('aria-labelledby', caption.title);
  else svg.removeAttribute('aria-labelledby');
  if (caption.description) svg.setAttribute('aria-describedby', caption.description);
  else svg.removeAttribute('aria-describedby');
}

/** Draws `chart` in the given colour mode; never throws. `id` must be unique in the document. */
export function renderChart(id: string, chart: string, mode: ColorMode, caption: CaptionIds): Promise<RenderOutcome> {
  return serialize(async (): Promise<RenderOutcome> => {
    let mermaid: Mermaid;
    try {
      mermaid = await loadMermaid();
      mermaid.initialize(mermaidConfig(mode));
    } catch (error) {
      return {ok: false, reason: 'failure', message: errorMessage(error)};
    }
    try {
      // Parse first: a syntax error then surfaces as mermaid's message, and
      // mermaid leaves no "syntax error" drawing behind in the document.
      await mermaid.parse(chart);
    } catch (error) {
      return {ok: false, reason: 'syntax', message: errorMessage(error)};
    }
    try {
      const {svg} = await mermaid.render(id, chart);
      const template = document.createElement('template');
      template.innerHTML = svg;
      const element = template.content.querySelector('svg');
      if (!element) return {ok: false, reason: 'failure', message: 'mermaid returned no SVG for this diagram.'};
      labelSvg(element, caption);
      const [, , width = 0, height = 0] = (element.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
      // Never drawn larger than mermaid's natural size, as with its own max-width.
      if (height > 0) element.style.maxHeight = `${height}px`;
      return {ok: true, svg: template.innerHTML, width, height};
    } catch (error) {
      document.getElementById(`d${id}`)?.remove();
      return {ok: false, reason: 'failure', message: errorMessage(error)};
    }
  });
}
