/**
 * Mermaid's look in the site's two colour modes. Both use mermaid's `base`
 * theme with every colour set explicitly (nothing derived), so each text colour
 * meets WCAG AA (4.5:1) on the fill it sits on, and lines and borders reach
 * 3:1 against the page. The unit tests check those ratios.
 */
import type {MermaidConfig} from 'mermaid';

export type ColorMode = 'light' | 'dark';

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
    // some browsers draw foreignObject poorly; the client-side fallback draws the same way.
    htmlLabels: false,
    flowchart: {useMaxWidth: true, htmlLabels: false},
    // mermaid draws an SVG edge label's background at half opacity, so the edge shows through the text.
    themeCSS: '.edgeLabel rect { opacity: 1; }',
    sequence: {useMaxWidth: true},
    // Parse errors are shown in the page by the component; mermaid itself stays quiet.
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
