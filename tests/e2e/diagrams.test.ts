/**
 * Diagrams in the real site, in Chromium: the seed page shows its diagrams as
 * pre-rendered images named and described by their captions and never
 * requests mermaid or the code that draws diagrams live in `npm start`; the
 * dark images replace the light ones when the colour mode changes; nothing
 * moves as they load; wide ones scroll inside their frame on a phone; with
 * JavaScript off images and captions still show.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {useBrowser} from '../support/use-browser';
import {waitForHydration, waitForRoute, watchPage} from '../support/page-watch';
import type {Page} from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import {recordScripts, scriptsContaining} from '../support/page-scripts';
import {origin} from '../support/site';
import {findMermaidBlocks} from '../unit/diagram-check';
import {extractAccessibility} from '../../src/components/Mermaid/diagram';
import {diagramKey} from '../../src/plugins/remark-mermaid-meta/files';

const SEED = '/integration/mendix-integration';
const NO_DIAGRAMS = '/integration/glossary';
const seedSource = readFileSync(join(__dirname, '../../docs/mendix-integration.mdx'), 'utf8');
const SEED_BLOCKS = findMermaidBlocks('docs/mendix-integration.mdx', seedSource);
const SEED_DIAGRAMS = SEED_BLOCKS.map((b) => ({...extractAccessibility(b.chart), key: diagramKey(b.chart)}));

/** Strings that only mermaid's core contains (its diagram registry and error drawing). */
const MERMAID_CORE_MARKERS = ['flowchart-v2', 'Syntax error in text'];
/** A string only mermaid's grammar package (@mermaid-js/parser) contains. */
const MERMAID_PARSER_MARKER = 'MermaidParseError';
/** A string only mdx-mermaid's component contains: it draws a diagram live in `npm start` (Mermaid/Draft.tsx). */
const DRAFT_MARKER = 'data-mermaid-src';
const CODE_MARKERS = [...MERMAID_CORE_MARKERS, MERMAID_PARSER_MARKER, DRAFT_MARKER];
/** Where a bundler would take each marker from: the packages' own entry files. */
const MARKER_SOURCES: Readonly<Record<string, string>> = {
  'flowchart-v2': 'mermaid/dist/mermaid.core.mjs',
  'Syntax error in text': 'mermaid/dist/mermaid.core.mjs',
  [MERMAID_PARSER_MARKER]: '@mermaid-js/parser/dist/mermaid-parser.core.mjs',
  [DRAFT_MARKER]: 'mdx-mermaid/lib/Mermaid.mjs',
};

/** axe-core violations inside the page's diagram figures only (the rest of the page has its own tests). */
async function diagramViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({page}).include('[data-diagram]').analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every URL the page requests from now on. */
function collectRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/**
 * Scrolls every diagram of the page into view and waits until each is shown:
 * its pre-rendered image decoded.
 */
async function drawAllDiagrams(page: Page): Promise<void> {
  const figures = page.locator('[data-diagram]');
  const count = await figures.count();
  for (let i = 0; i < count; i += 1) {
    const figure = figures.nth(i);
    await figure.scrollIntoViewIfNeeded();
    await figure
      .locator('[data-diagram-status="image"], [data-diagram-status="rendered"], [data-diagram-status="error"]')
      .waitFor({timeout: 30_000});
    await figure.evaluate(
      (element) =>
        Promise.all(
          [...element.querySelectorAll('img')]
            .filter((img) => getComputedStyle(img).display !== 'none')
            .map((img) => img.decode().catch(() => undefined)),
        ),
      undefined,
      {timeout: 30_000},
    );
  }
}

interface ShownDiagram {
  status: string | null;
  /** data-color-mode of each image CSS shows (one expected). */
  shown: string[];
  src: string;
  loaded: boolean;
  alt: string;
  name: string;
  description: string;
  caption: string;
}

/** What each figure of the page shows: its state, the visible image and the texts its ARIA ids point at. */
function readDiagrams(page: Page): Promise<ShownDiagram[]> {
  return page.$$eval('[data-diagram]', (figures) =>
    figures.map((figure) => {
      const textOf = (ids: string | null | undefined): string =>
        (ids ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => document.getElementById(id)?.textContent?.trim() ?? `(missing #${id})`)
          .join(' ');
      const visible = [...figure.querySelectorAll('img')].filter((img) => getComputedStyle(img).display !== 'none');
      const img = visible[0];
      return {
        status: figure.querySelector('[data-diagram-status]')?.getAttribute('data-diagram-status') ?? null,
        shown: visible.map((i) => i.getAttribute('data-color-mode') ?? '?'),
        src: img ? new URL(img.src).pathname : '',
        loaded: Boolean(img?.complete && img.naturalWidth > 0),
        alt: img?.getAttribute('alt') ?? '',
        name: textOf(img?.getAttribute('aria-labelledby')),
        description: textOf(img?.getAttribute('aria-describedby')),
        caption: figure.querySelector('figcaption')?.textContent?.trim() ?? '',
      };
    }),
  );
}

/** Clicks the theme toggle until the page is in `mode` (it may pass through "system"). */
async function switchTheme(page: Page, mode: 'light' | 'dark'): Promise<void> {
  const theme = () => page.evaluate(() => document.documentElement.getAttribute('data-theme'));
  const toggle = page.getByRole('button', {name: /dark and light mode/i});
  await waitForHydration(page);
  for (let i = 0; i < 3 && (await theme()) !== mode; i += 1) await toggle.click();
  expect(await theme()).toBe(mode);
}

describe('pre-rendered diagrams with JavaScript on', () => {
  const browser = useBrowser({viewport: {width: 1280, height: 800}, colorScheme: 'light'});

  it('shows every seed diagram as its light image, named by its caption, and never requests mermaid or the drawing code', async () => {
    const page = await browser.context.newPage();
    const errors = watchPage(page);
    const requests = collectRequests(page);
    const recorder = recordScripts(page);
    await page.goto(origin() + SEED, {waitUntil: 'networkidle'});
    expect(SEED_DIAGRAMS).toHaveLength(4);
    await drawAllDiagrams(page);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const shown = await readDiagrams(page);
    expect(shown).toHaveLength(4);
    shown.forEach((diagram, i) => {
      const source = SEED_DIAGRAMS[i];
      if (!source) throw new Error(`The seed page has more diagrams than expected: ${i + 1}`);
      expect(diagram.status, `diagram ${i + 1}`).toBe('image');
      expect(diagram.shown).toEqual(['light']);
      expect(diagram.src).toBe(`/diagrams/${source.key}-light.svg`);
      expect(diagram.loaded, `diagram ${i + 1} loaded`).toBe(true);
      expect(diagram.name).toBe(source.title);
      expect(diagram.alt).toBe(source.title);
      expect(diagram.description).toBe(source.description);
      expect(diagram.caption).toBe(`${source.title}${source.description}`);
    });
    // The dark images are not downloaded in light mode.
    expect(requests.filter((url) => url.includes('-dark.svg'))).toEqual([]);
    expect(requests.filter((url) => url.includes('-light.svg'))).toHaveLength(4);
    // No mermaid or drawing chunk: neither by name nor by content.
    expect(requests.filter((url) => /mermaid/i.test(url))).toEqual([]);
    const scripts = await recorder.scripts();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scriptsContaining(scripts, CODE_MARKERS)).toEqual([]);
    await expect(diagramViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('looks for markers that the code of mermaid, its parser and mdx-mermaid really contains', () => {
    for (const marker of CODE_MARKERS) {
      const source = MARKER_SOURCES[marker] ?? `(no source for ${marker})`;
      expect(readFileSync(join(__dirname, '../../node_modules', source), 'utf8'), marker).toContain(marker);
    }
  });

  it('downloads no mermaid code on a page without diagrams', async () => {
    const page = await browser.context.newPage();
    const recorder = recordScripts(page);
    await page.goto(origin() + NO_DIAGRAMS, {waitUntil: 'networkidle'});
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const scripts = await recorder.scripts();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scriptsContaining(scripts, CODE_MARKERS)).toEqual([]);
    await page.close();
  });

  it('shows the dark images once the colour mode is dark, and the light ones again after', async () => {
    const page = await browser.context.newPage();
    const errors = watchPage(page);
    const requests = collectRequests(page);
    await page.goto(origin() + SEED, {waitUntil: 'networkidle'});
    await switchTheme(page, 'dark');
    await drawAllDiagrams(page);
    const dark = await readDiagrams(page);
    expect(dark.map((d) => [d.shown, d.src, d.loaded])).toEqual(
      SEED_DIAGRAMS.map((d) => [['dark'], `/diagrams/${d.key}-dark.svg`, true]),
    );
    expect(requests.filter((url) => url.includes('-dark.svg'))).toHaveLength(4);
    await expect(diagramViolations(page)).resolves.toEqual([]);
    await switchTheme(page, 'light');
    expect((await readDiagrams(page)).map((d) => d.shown)).toEqual(SEED_DIAGRAMS.map(() => ['light']));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the layout still while the images load (no layout shift)', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as {layoutShift: number};
      w.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {value: number; hadRecentInput: boolean}[]) {
          if (!entry.hadRecentInput) w.layoutShift += entry.value;
        }
      }).observe({type: 'layout-shift', buffered: true});
    });
    await page.goto(origin() + SEED, {waitUntil: 'networkidle'});
    await drawAllDiagrams(page);
    await page.waitForTimeout(300);
    const shift = await page.evaluate(() => (window as unknown as {layoutShift: number}).layoutShift);
    expect(shift).toBeLessThan(0.001);
    await page.close();
  });

  it('shows no console error after client-side navigation to and from the seed page', async () => {
    const page = await browser.context.newPage();
    const errors = watchPage(page);
    await page.goto(origin() + NO_DIAGRAMS, {waitUntil: 'networkidle'});
    // Before hydration the click would be a full page load, not a client-side navigation.
    await waitForHydration(page);
    await page.locator('.theme-doc-sidebar-container a', {hasText: 'Mendix and integration'}).first().click();
    await waitForRoute(page, SEED);
    await drawAllDiagrams(page);
    expect((await readDiagrams(page)).map((d) => [d.status, d.loaded])).toEqual(
      SEED_DIAGRAMS.map(() => ['image', true]),
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.theme-doc-sidebar-container a', {hasText: 'Glossary'}).first().click();
    await waitForRoute(page, NO_DIAGRAMS);
    await page.goBack();
    await waitForRoute(page, SEED);
    await drawAllDiagrams(page);
    expect((await readDiagrams(page)).map((d) => d.status)).toEqual(SEED_DIAGRAMS.map(() => 'image'));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('diagrams on a phone', () => {
  const browser = useBrowser({viewport: {width: 360, height: 740}, isMobile: true, hasTouch: true});

  it('keeps wide diagrams legible: their frame scrolls sideways and takes focus, the page does not', async () => {
    const page = await browser.context.newPage();
    const errors = watchPage(page);
    await page.goto(origin() + SEED, {waitUntil: 'networkidle'});
    await drawAllDiagrams(page);
    const frames = await page.$$eval('[data-diagram-status="image"]', (els) =>
      els.map((el) => {
        const img = [...el.querySelectorAll('img')].find((i) => getComputedStyle(i).display !== 'none');
        return {
          scrolls: el.scrollWidth > el.clientWidth + 1,
          focusable: el.getAttribute('tabindex') === '0',
          named: Boolean(el.getAttribute('aria-labelledby')),
          scale: (img?.getBoundingClientRect().width ?? 0) / Number(img?.getAttribute('width')),
        };
      }),
    );
    expect(frames).toHaveLength(4);
    for (const frame of frames) {
      expect(frame.scale).toBeGreaterThanOrEqual(0.59);
      expect(frame.scale).toBeLessThanOrEqual(1);
      expect(frame.focusable).toBe(frame.scrolls);
      expect(frame.named).toBe(frame.scrolls);
    }
    expect(frames.some((f) => f.scrolls)).toBe(true);
    const pageScrolls = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(pageScrolls).toBe(false);
    await expect(diagramViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('diagrams with JavaScript off', () => {
  const browser = useBrowser({javaScriptEnabled: false, viewport: {width: 1280, height: 800}});

  it('shows every light image with its caption and description, and prints no mermaid source', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(origin() + SEED, {waitUntil: 'networkidle'});
    const html = (await response?.text()) ?? '';
    const captions = await page.$$eval('[data-diagram] figcaption', (els) =>
      els.map((el) => ({
        title: el.firstElementChild?.textContent?.trim(),
        description: el.lastElementChild?.textContent?.trim(),
        visible: (el as HTMLElement).offsetHeight > 0,
      })),
    );
    expect(captions).toEqual(SEED_DIAGRAMS.map((d) => ({title: d.title, description: d.description, visible: true})));
    await drawAllDiagrams(page);
    expect((await readDiagrams(page)).map((d) => [d.shown, d.src, d.loaded, d.alt])).toEqual(
      SEED_DIAGRAMS.map((d) => [['light'], `/diagrams/${d.key}-light.svg`, true, d.title]),
    );
    const text = await page.locator('main').innerText();
    for (const source of ['accTitle', 'accDescr', 'flowchart', '-->', 'subgraph']) {
      expect(text, source).not.toContain(source);
      expect(html, source).not.toContain(source === '-->' ? '--&gt;' : source);
    }
    await page.close();
  });
});
