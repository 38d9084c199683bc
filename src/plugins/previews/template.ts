/**
 * The preview card of a doc page as an HTML document of exactly 1200 x 630 CSS
 * pixels, which `npm run images` screenshots in headless Chromium. A sober
 * design (white ground, dark text, one blue rule, the guide's icon) keeps the
 * PNG small: few colours, large flat areas. Everything the card shows comes in
 * `PreviewCard`; the HTML itself is part of each image's key (./cards.ts), so
 * a change here makes every committed image stale.
 */
import {PREVIEW_HEIGHT, PREVIEW_WIDTH} from '../../data/previews';

/** A method and the use case's fit for it, in words. */
export interface PreviewFit {
  /** The method's short label, as the matrix's chips show it, e.g. "Events". */
  readonly method: string;
  /** The fit as the matrix writes it: "Preferred", "Possible" or "Not listed". */
  readonly fit: string;
}

/** What a page's card shows. */
export interface PreviewCard {
  /** The guide's name (siteConfig.title). */
  readonly guide: string;
  /** The page's title. */
  readonly title: string;
  /** The page's summary: its front-matter description. */
  readonly summary: string;
  /** A use-case page's row of the matrix; absent on other pages. */
  readonly row?: readonly PreviewFit[];
}

/** Smallest font sizes, in px, the title and summary may shrink to before the card counts as overflowing. */
export const MIN_TITLE_PX = 44;
export const MIN_SUMMARY_PX = 24;

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The marks beside a fit's word: filled for preferred, a ring for possible, a dash for not listed. */
function fitMark(fit: string): string {
  if (fit === 'Preferred') return '<i class="mark preferred"></i>';
  if (fit === 'Possible') return '<i class="mark possible"></i>';
  return '<i class="mark none"></i>';
}

function rowHtml(row: readonly PreviewFit[]): string {
  const cells = row
    .map(
      ({method, fit}) =>
        `<li class="${fit === 'Not listed' ? 'muted' : ''}"><span class="method">${esc(method)}</span>` +
        `<span class="fit">${fitMark(fit)}${esc(fit)}</span></li>`,
    )
    .join('');
  return `<ul class="row" aria-label="Methods">${cells}</ul>`;
}

/** The card's HTML; `icon` is the guide's SVG icon (static/img/favicon.svg). */
export function cardHtml(card: PreviewCard, icon: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; padding: 0; }
  html, body { width: ${PREVIEW_WIDTH}px; height: ${PREVIEW_HEIGHT}px; overflow: hidden; background: #fff; }
  body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #111827; display: flex; flex-direction: column;
         padding: 56px 72px 52px; border-top: 14px solid #0b4f96; }
  .brand { display: flex; align-items: center; gap: 18px; font-size: 30px; font-weight: 700; color: #0b4f96; }
  .brand svg { width: 52px; height: 52px; flex: none; }
  .main { flex: 1; min-height: 0; margin: 24px 0; display: flex; flex-direction: column; justify-content: center; overflow: hidden; }
  h1 { font-size: 64px; line-height: 1.1; font-weight: 700; letter-spacing: -.01em; }
  .summary { font-size: 32px; line-height: 1.35; color: #374151; margin-top: 22px; }
  .row { list-style: none; display: grid; grid-template-columns: repeat(5, 1fr); gap: 14px; }
  .row li { border: 2px solid #9ca3af; border-radius: 10px; padding: 12px 16px; display: flex;
            flex-direction: column; gap: 6px; overflow: hidden; }
  .method { font-size: 24px; color: #374151; white-space: nowrap; }
  .fit { font-size: 26px; font-weight: 700; color: #111827; display: flex; align-items: center; gap: 10px;
         white-space: nowrap; }
  .muted .fit { font-weight: 400; color: #4b5563; }
  .mark { display: inline-block; width: 18px; height: 18px; border-radius: 50%; flex: none; }
  .preferred { background: #0b4f96; }
  .possible { border: 3px solid #0b4f96; }
  .none { width: 14px; height: 3px; border-radius: 0; background: #6b7280; margin: 0 2px; }
</style></head><body>
  <div class="brand">${icon}<span>${esc(card.guide)}</span></div>
  <div class="main"><h1>${esc(card.title)}</h1><p class="summary">${esc(card.summary)}</p></div>
  ${card.row ? rowHtml(card.row) : ''}
</body></html>`;
}

/**
 * Runs in the card's page: shrinks the title, then the summary, 2 px at a time down to their minimum, until the
 * text fits its box. Returns what still overflows (empty when everything fits). It may use nothing from this
 * module's scope.
 */
export function fitTextInPage({minTitle, minSummary}: {minTitle: number; minSummary: number}): string[] {
  const main = document.querySelector<HTMLElement>('.main');
  if (!main) return ['the card has no .main box'];
  const fits = (): boolean => main.scrollHeight <= main.clientHeight && main.scrollWidth <= main.clientWidth;
  const shrink = (selector: string, min: number): void => {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) return;
    let size = parseFloat(getComputedStyle(el).fontSize);
    while (!fits() && size - 2 >= min) {
      size -= 2;
      el.style.fontSize = `${size}px`;
    }
  };
  shrink('h1', minTitle);
  shrink('.summary', minSummary);
  const problems: string[] = [];
  if (!fits()) problems.push('the title and summary do not fit, even at their smallest size');
  document.querySelectorAll<HTMLElement>('.row li, .brand, h1, .summary').forEach((el) => {
    if (el.scrollWidth > el.clientWidth) problems.push(`"${el.textContent ?? ''}" is wider than its box`);
  });
  return problems;
}
