/**
 * Everything the site knows about a mermaid diagram without drawing it, in one
 * place for every part that handles diagrams: the remark plugin that places
 * the figures at build time (src/plugins/remark-mermaid-meta), `npm run
 * diagrams` that pre-renders them (src/scripts/diagrams.ts), the figure
 * component (./index.tsx) and the draft drawn in `npm start` (./Draft.tsx):
 *
 * - the figure's props, as the build writes them into the page;
 * - the ```mermaid blocks of a Markdown tree, with the line of their fence;
 * - the caption: the chart's `accTitle` and `accDescr`;
 * - the SVG file names and what a chart's key depends on;
 * - mermaid's look in the site's two colour modes.
 *
 * Browser-safe: no Node built-ins and no runtime imports. What needs the file
 * system or node:crypto (hashing the key, finding the SVGs, reading docs/) is
 * in src/plugins/remark-mermaid-meta/files.ts, built on this module.
 */
import type {MermaidConfig} from 'mermaid';

export type ColorMode = 'light' | 'dark';

/** The colour modes a diagram is pre-rendered in, one SVG each. */
export const MODES = ['light', 'dark'] as const satisfies readonly ColorMode[];

/* ---- The figure, as the build places it ---- */

/** The caption: the chart's accTitle and accDescr (each left out when the chart has none). */
export interface DiagramCaption {
  /** The chart's accTitle: names the diagram. */
  readonly title?: string;
  /** The chart's accDescr: describes it. */
  readonly description?: string;
}

/** The props of the figure component (src/components/Mermaid): a pre-rendered diagram. MDX passes strings. */
export interface FigureProps extends DiagramCaption {
  /** URL path of the light-mode SVG, before the site's baseUrl. */
  readonly light: string;
  /** URL path of the dark-mode SVG. */
  readonly dark: string;
  /** The SVGs' width in px, from their viewBox. */
  readonly width: string | number;
  /** The SVGs' height in px. */
  readonly height: string | number;
}

/** The props of the draft (./Draft.tsx): a diagram without current SVGs, drawn live in `npm start` only. */
export interface DraftProps extends DiagramCaption {
  /** The chart's mermaid source. */
  readonly chart: string;
}

/* ---- Blocks ---- */

/** One fenced ```mermaid block. */
export interface MermaidBlock {
  /** Path relative to the repository root. */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The block's content, as mdx-mermaid passes it to the renderer. */
  readonly chart: string;
}

/** A Markdown syntax tree (mdast), as far as mermaidBlocks reads it. */
export interface MarkdownNode {
  readonly type: string;
  readonly lang?: string | null;
  readonly value?: string;
  readonly position?: {readonly start: {readonly line: number}};
  readonly children?: readonly MarkdownNode[];
}

/** Every ```mermaid block of a parsed Markdown/MDX file, in document order. */
export function mermaidBlocks(file: string, tree: MarkdownNode): MermaidBlock[] {
  if (tree.type === 'code' && tree.lang === 'mermaid') {
    return [{file, line: tree.position?.start.line ?? 0, chart: tree.value ?? ''}];
  }
  return (tree.children ?? []).flatMap((child) => mermaidBlocks(file, child));
}

/* ---- Caption ---- */

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Reads `accTitle: ...`, `accDescr: ...` and the block form `accDescr { ... }`
 * (the block may span lines, and may close on its last line of text). The first
 * of each wins, as in mermaid; comments (`%% ...`) are skipped. Missing parts
 * are left undefined, never invented.
 */
export function extractAccessibility(chart: string): DiagramCaption {
  const lines = chart.split(/\r?\n/).filter((line) => !/^\s*%%/.test(line));
  let title: string | undefined;
  let description: string | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const titleMatch = /^\s*accTitle\s*:\s*(.*)$/.exec(line);
    if (titleMatch && title === undefined) {
      title = collapse(titleMatch[1] ?? '') || undefined;
      continue;
    }
    const descrLine = /^\s*accDescr\s*:\s*(.*)$/.exec(line);
    if (descrLine && description === undefined) {
      description = collapse(descrLine[1] ?? '') || undefined;
      continue;
    }
    const descrBlock = /^\s*accDescr\s*\{(.*)$/.exec(line);
    if (descrBlock && description === undefined) {
      const parts: string[] = [];
      let rest = descrBlock[1] ?? '';
      // Collect until the closing brace, which may sit on the same line or a later one.
      for (;;) {
        const close = rest.indexOf('}');
        if (close >= 0) {
          parts.push(rest.slice(0, close));
          break;
        }
        parts.push(rest);
        i += 1;
        if (i >= lines.length) break;
        rest = lines[i] ?? '';
      }
      description = collapse(parts.join(' ')) || undefined;
    }
  }
  return {...(title ? {title} : {}), ...(description ? {description} : {})};
}

/* ---- Files and keys ---- */

/** Bump when src/scripts/diagrams.ts changes what it writes for the same chart and configuration. */
export const RENDER_VERSION = 1;

/** The URL path Docusaurus serves static/diagrams at (before baseUrl). */
export const DIAGRAMS_URL = '/diagrams';

/** The file name of a chart's SVG in one colour mode. */
export const svgFileName = (key: string, mode: ColorMode): string => `${key}-${mode}.svg`;

/** The chart as mermaid reads it: line endings normalised, so a checkout with CRLF gets the same key. */
export const normaliseChart = (chart: string): string => chart.replace(/\r\n?/g, '\n');

/** What every diagram's drawing depends on besides its own source: hashed into each key. */
export const sharedKeyInputs = (mermaidVersion: string) => ({
  renderVersion: RENDER_VERSION,
  mermaid: mermaidVersion,
  config: Object.fromEntries(MODES.map((mode) => [mode, mermaidConfig(mode)])),
});

/** Everything a chart's drawing depends on: its key is a hash of this (files.ts). */
export const keyInputs = (chart: string, mermaidVersion: string) => ({
  ...sharedKeyInputs(mermaidVersion),
  chart: normaliseChart(chart),
});

/* ---- Theme ---- */

/*
 * Mermaid's look in the site's two colour modes. Both use mermaid's `base`
 * theme with every colour set explicitly (nothing derived), so each text colour
 * meets WCAG AA (4.5:1) on the fill it sits on, and lines and borders reach
 * 3:1 against the page. The unit tests check those ratios.
 */

/** The theme variables the site sets; a subset of mermaid's `themeVariables`. */
export interface DiagramPalette {
  readonly background: string;
  readonly primaryColor: string;
  readonly primaryTextColor: string;
  readonly primaryBorderColor: string;
  readonly secondaryColor: string;
  readonly secondaryTextColor: string;
  readonly secondaryBorderColor: string;
  readonly tertiaryColor: string;
  readonly tertiaryTextColor: string;
  readonly tertiaryBorderColor: string;
  readonly mainBkg: string;
  readonly nodeBorder: string;
  readonly nodeTextColor: string;
  readonly textColor: string;
  readonly titleColor: string;
  readonly lineColor: string;
  readonly clusterBkg: string;
  readonly clusterBorder: string;
  readonly edgeLabelBackground: string;
  readonly actorBkg: string;
  readonly actorBorder: string;
  readonly actorTextColor: string;
  readonly actorLineColor: string;
  readonly signalColor: string;
  readonly signalTextColor: string;
  readonly labelBoxBkgColor: string;
  readonly labelBoxBorderColor: string;
  readonly labelTextColor: string;
  readonly loopTextColor: string;
  readonly noteBkgColor: string;
  readonly noteTextColor: string;
  readonly noteBorderColor: string;
  readonly activationBkgColor: string;
  readonly activationBorderColor: string;
}

/** Light mode: the page is white; nodes are a pale tint of the site's primary blue. */
const light: DiagramPalette = {
  background: '#ffffff',
  primaryColor: '#e7f0fa',
  primaryTextColor: '#1c1e21',
  primaryBorderColor: '#0b5cad',
  secondaryColor: '#f1f3f5',
  secondaryTextColor: '#1c1e21',
  secondaryBorderColor: '#6b7280',
  tertiaryColor: '#f8f9fb',
  tertiaryTextColor: '#1c1e21',
  tertiaryBorderColor: '#6b7280',
  mainBkg: '#e7f0fa',
  nodeBorder: '#0b5cad',
  nodeTextColor: '#1c1e21',
  textColor: '#1c1e21',
  titleColor: '#1c1e21',
  lineColor: '#4b5563',
  clusterBkg: '#f8f9fb',
  clusterBorder: '#6b7280',
  edgeLabelBackground: '#ffffff',
  actorBkg: '#e7f0fa',
  actorBorder: '#0b5cad',
  actorTextColor: '#1c1e21',
  actorLineColor: '#4b5563',
  signalColor: '#1c1e21',
  signalTextColor: '#1c1e21',
  labelBoxBkgColor: '#e7f0fa',
  labelBoxBorderColor: '#0b5cad',
  labelTextColor: '#1c1e21',
  loopTextColor: '#1c1e21',
  noteBkgColor: '#fff6d6',
  noteTextColor: '#1c1e21',
  noteBorderColor: '#9a6700',
  activationBkgColor: '#f1f3f5',
  activationBorderColor: '#4b5563',
};

/** Dark mode: the page is Docusaurus's #1b1b1d; nodes are a deep blue with light text. */
const dark: DiagramPalette = {
  background: '#1b1b1d',
  primaryColor: '#1d3557',
  primaryTextColor: '#f3f4f6',
  primaryBorderColor: '#7ab7ff',
  secondaryColor: '#2b2f36',
  secondaryTextColor: '#f3f4f6',
  secondaryBorderColor: '#9ca3af',
  tertiaryColor: '#242526',
  tertiaryTextColor: '#f3f4f6',
  tertiaryBorderColor: '#9ca3af',
  mainBkg: '#1d3557',
  nodeBorder: '#7ab7ff',
  nodeTextColor: '#f3f4f6',
  textColor: '#f3f4f6',
  titleColor: '#f3f4f6',
  lineColor: '#c4c9d1',
  clusterBkg: '#242526',
  clusterBorder: '#9ca3af',
  edgeLabelBackground: '#1b1b1d',
  actorBkg: '#1d3557',
  actorBorder: '#7ab7ff',
  actorTextColor: '#f3f4f6',
  actorLineColor: '#c4c9d1',
  signalColor: '#f3f4f6',
  signalTextColor: '#f3f4f6',
  labelBoxBkgColor: '#1d3557',
  labelBoxBorderColor: '#7ab7ff',
  labelTextColor: '#f3f4f6',
  loopTextColor: '#f3f4f6',
  noteBkgColor: '#3d3414',
  noteTextColor: '#f3f4f6',
  noteBorderColor: '#e3b341',
  activationBkgColor: '#2b2f36',
  activationBorderColor: '#c4c9d1',
};

export const PALETTES: Readonly<Record<ColorMode, DiagramPalette>> = {light, dark};

/** Text colours and the fills they are drawn on, for the contrast check. */
export const TEXT_ON_FILL: readonly (readonly [text: keyof DiagramPalette, fill: keyof DiagramPalette])[] = [
  ['primaryTextColor', 'primaryColor'],
  ['nodeTextColor', 'mainBkg'],
  ['secondaryTextColor', 'secondaryColor'],
  ['tertiaryTextColor', 'tertiaryColor'],
  ['titleColor', 'clusterBkg'],
  ['textColor', 'background'],
  ['textColor', 'edgeLabelBackground'],
  ['actorTextColor', 'actorBkg'],
  ['signalTextColor', 'background'],
  ['labelTextColor', 'labelBoxBkgColor'],
  ['loopTextColor', 'background'],
  ['noteTextColor', 'noteBkgColor'],
];

/** Lines and borders (non-text graphics) and what they sit on. */
export const GRAPHICS_ON_FILL: readonly (readonly [line: keyof DiagramPalette, fill: keyof DiagramPalette])[] = [
  ['lineColor', 'background'],
  ['lineColor', 'clusterBkg'],
  ['primaryBorderColor', 'background'],
  ['clusterBorder', 'background'],
  ['actorLineColor', 'background'],
  ['signalColor', 'background'],
];

/** The font the site's body text uses, so diagram labels match the prose. */
export const DIAGRAM_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, Cantarell, 'Noto Sans', sans-serif";

/** The configuration passed to `mermaid.initialize` for a colour mode. */
export function mermaidConfig(mode: ColorMode): MermaidConfig {
  return {
    startOnLoad: false,
    // Labels are plain text; strict mode escapes any HTML and disables click handlers.
    securityLevel: 'strict',
    theme: 'base',
    darkMode: mode === 'dark',
    fontFamily: DIAGRAM_FONT,
    themeVariables: {...PALETTES[mode], fontFamily: DIAGRAM_FONT, fontSize: '16px', darkMode: mode === 'dark'},
    // Labels as SVG <text>, not HTML in <foreignObject>: the pre-rendered SVGs are shown as <img>, where
    // some browsers draw foreignObject poorly.
    htmlLabels: false,
    flowchart: {useMaxWidth: true, htmlLabels: false},
    // mermaid draws an SVG edge label's background at half opacity, so the edge shows through the text.
    themeCSS: '.edgeLabel rect { opacity: 1; }',
    sequence: {useMaxWidth: true},
    // Errors are reported by whoever draws (npm run diagrams names file and line); mermaid itself stays quiet.
    logLevel: 'fatal',
  };
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
