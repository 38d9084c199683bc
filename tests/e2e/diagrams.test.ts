/**
 * Diagrams in the real site, in Chromium: the seed page's diagrams draw as
 * labelled SVGs once scrolled to; with JavaScript off their captions stand in
 * for them and no mermaid source shows; a page without diagrams downloads no
 * mermaid code; no console error on direct load or after client-side
 * navigation; a colour-mode switch redraws them; the reserved space keeps the
 * layout still; a syntax error shows mermaid's message instead of a blank.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import {launchBrowser, type LaunchedBrowser} from '../support/browser';
import {drawAllDiagrams, recordScripts} from '../support/measure-js';
import {BUILD_DIR, origin} from '../support/site';
import {findMermaidBlocks} from '../unit/diagram-check';
import {extractAccessibility} from '../../src/components/Mermaid/chart';

const SEED = '/integration/mendix-integration';
const NO_DIAGRAMS = '/integration/glossary';
const seedSource = readFileSync(join(__dirname, '../../docs/mendix-integration.mdx'), 'utf8');
const SEED_DIAGRAMS = findMermaidBlocks('docs/mendix-integration.mdx', seedSource).map((b) =>
  extractAccessibility(b.chart),
);

/** Strings that only mermaid's core contains (its diagram registry and error drawing). */
const MERMAID_CORE_MARKERS = ['flowchart-v2', 'Syntax error in text'];
/** A string only mermaid's grammar package (@mermaid-js/parser) contains: the part `common` used to swallow. */
const MERMAID_PARSER_MARKER = 'MermaidParseError';
const MERMAID_MARKERS = [...MERMAID_CORE_MARKERS, MERMAID_PARSER_MARKER];

/** axe-core violations inside the page's diagram figures only (the rest of the page has its own tests). */
async function diagramViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({page}).include('[data-diagram]').analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Console errors and uncaught exceptions of a page, collected from now on. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

interface DrawnDiagram {
  status: string | null;
  role: string | null;
  name: string;
  description: string;
  ownTitles: number;
  caption: string;
}

/** What each figure of the page shows: its state, its SVG's role and the texts its ARIA ids point at. */
function readDiagrams(page: Page): Promise<DrawnDiagram[]> {
  return page.$$eval('[data-diagram]', (figures) =>
    figures.map((figure) => {
      const svg = figure.querySelector('svg');
      const textOf = (ids: string | null | undefined): string =>
        (ids ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => document.getElementById(id)?.textContent?.trim() ?? `(missing #${id})`)
          .join(' ');
      return {
        status: figure.querySelector('[data-diagram-status]')?.getAttribute('data-diagram-status') ?? null,
        role: svg?.getAttribute('role') ?? null,
        name: textOf(svg?.getAttribute('aria-labelledby')),
        description: textOf(svg?.getAttribute('aria-describedby')),
        ownTitles: svg ? svg.querySelectorAll(':scope > title, :scope > desc').length : -1,
        caption: figure.querySelector('figcaption')?.textContent?.trim() ?? '',
      };
    }),
  );
}

describe('diagrams with JavaScript on', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({viewport: {width: 1280, height: 800}, colorScheme: 'light'});
  });
  afterAll(async () => browser?.close());

  it('draws every seed diagram as an SVG named and described by its caption once it is scrolled to', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(origin() + SEED, {waitUntil: 'networkidle'});
    expect(SEED_DIAGRAMS).toHaveLength(4);
    const atLoad = await readDiagrams(page);
    expect(atLoad).toHaveLength(4);
    // The last diagram is far below the fold: not drawn until the reader gets near it.
    expect(atLoad[3]?.status).toBe('pending');
    await drawAllDiagrams(page);
    const drawn = await readDiagrams(page);
    drawn.forEach((diagram, i) => {
      const source = SEED_DIAGRAMS[i];
      if (!source) throw new Error(`The seed page has more diagrams than expected: ${i + 1}`);
      expect(diagram.status, `diagram ${i + 1}`).toBe('rendered');
      expect(diagram.role).toBe('img');
      expect(diagram.name).toBe(source.title);
      expect(diagram.description).toBe(source.description);
      // mermaid's own <title>/<desc> are dropped: the caption is announced once.
      expect(diagram.ownTitles).toBe(0);
      expect(diagram.caption).toBe(`${source.title}${source.description}`);
    });
    await expect(diagramViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the layout still while diagrams load and draw (layout shift under 0.02)', async () => {
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
    expect(shift).toBeLessThan(0.02);
    await page.close();
  });

  it('downloads no mermaid code on a page without diagrams, and does on the seed page', async () => {
    const page = await browser.context.newPage();
    const recorder = recordScripts(page);
    await page.goto(origin() + NO_DIAGRAMS, {waitUntil: 'networkidle'});
    // Scroll to the end so anything loaded on view would have been requested.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const scripts = await recorder.scripts();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.map((s) => s.url).filter((url) => /mermaid/i.test(url))).toEqual([]);
    const bodies = await Promise.all(scripts.map(async (s) => ({url: s.url, text: await (await fetch(s.url)).text()})));
    const withMermaid = bodies
      .filter((b) => MERMAID_MARKERS.some((marker) => b.text.includes(marker)))
      .map((b) => b.url);
    expect(withMermaid).toEqual([]);
    await page.close();

    // The markers are real: the seed page's scripts contain mermaid's core, and the build has its grammar package.
    const seed = await browser.context.newPage();
    const seedRecorder = recordScripts(seed);
    await seed.goto(origin() + SEED, {waitUntil: 'networkidle'});
    await drawAllDiagrams(seed);
    const seedBodies = await Promise.all((await seedRecorder.scripts()).map(async (s) => (await fetch(s.url)).text()));
    for (const marker of MERMAID_CORE_MARKERS)
      expect(
        seedBodies.some((text) => text.includes(marker)),
        marker,
      ).toBe(true);
    const jsDir = join(BUILD_DIR, 'assets/js');
    const built = readdirSync(jsDir).map((name) => readFileSync(join(jsDir, name), 'utf8'));
    expect(built.some((text) => text.includes(MERMAID_PARSER_MARKER))).toBe(true);
    await seed.close();
  });

  it('shows no console error after client-side navigation to and from the seed page', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(origin() + NO_DIAGRAMS, {waitUntil: 'networkidle'});
    const before = page.url();
    await page.locator('.theme-doc-sidebar-container a', {hasText: 'Mendix and integration'}).first().click();
    await page.waitForURL(`**${SEED}`);
    expect(page.url()).not.toBe(before);
    await drawAllDiagrams(page);
    expect((await readDiagrams(page)).map((d) => d.status)).toEqual(['rendered', 'rendered', 'rendered', 'rendered']);
    // Away and back again: the diagrams mount afresh and draw again.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.theme-doc-sidebar-container a', {hasText: 'Glossary'}).first().click();
    await page.waitForURL(`**${NO_DIAGRAMS}`);
    await page.goBack();
    await page.waitForURL(`**${SEED}`);
    await drawAllDiagrams(page);
    expect((await readDiagrams(page)).map((d) => d.status)).toEqual(['rendered', 'rendered', 'rendered', 'rendered']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('redraws the diagrams when the colour mode changes', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(origin() + SEED, {waitUntil: 'networkidle'});
    const frame = page.locator('[data-diagram-status]').first();
    await page.waitForSelector('[data-diagram-status="rendered"]');
    const theme = () => page.evaluate(() => document.documentElement.getAttribute('data-theme'));
    const lightTheme = await theme();
    expect(lightTheme).toBe('light');
    await expect(frame.getAttribute('data-color-mode')).resolves.toBe('light');
    const lightSvg = await frame.locator('svg').evaluate((svg) => svg.outerHTML);
    // The toggle may pass through "system" first: click until the page is dark.
    const toggle = page.getByRole('button', {name: /dark and light mode/i});
    for (let i = 0; i < 3 && (await theme()) !== 'dark'; i += 1) await toggle.click();
    expect(await theme()).toBe('dark');
    await page.waitForSelector('[data-diagram-status="rendered"][data-color-mode="dark"]');
    const darkSvg = await frame.locator('svg').evaluate((svg) => svg.outerHTML);
    expect(darkSvg).not.toBe(lightSvg);
    expect(darkSvg).toContain('#1d3557');
    expect(lightSvg).toContain('#e7f0fa');
    await drawAllDiagrams(page);
    await expect(diagramViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows mermaid's parse error in an alert, and still draws the other diagrams", async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    // Break the runtime diagram in the page's compiled content: an unclosed node shape.
    await page.route('**/assets/js/*.js', async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      const intact = `db[("App database")]'`;
      await route.fulfill({response, body: body.includes(intact) ? body.replace(intact, `db[("App database"'`) : body});
    });
    await page.goto(origin() + SEED, {waitUntil: 'networkidle'});
    await drawAllDiagrams(page);
    const diagrams = await readDiagrams(page);
    expect(diagrams.map((d) => d.status)).toEqual(['rendered', 'error', 'rendered', 'rendered']);
    const alert = page.locator('[data-diagram]').nth(1).getByRole('alert');
    await expect(alert.isVisible()).resolves.toBe(true);
    const message = (await alert.textContent()) ?? '';
    expect(message).toMatch(/error in its source/);
    expect(message).toMatch(/Parse error on line \d+/);
    // The caption still says what the diagram would have shown.
    expect(diagrams[1]?.caption).toContain(SEED_DIAGRAMS[1]?.title ?? 'a second seed diagram');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('diagrams on a phone', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({viewport: {width: 360, height: 740}, isMobile: true, hasTouch: true});
  });
  afterAll(async () => browser?.close());

  it('keeps wide diagrams legible: their frame scrolls sideways and takes focus, the page does not', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(origin() + SEED, {waitUntil: 'networkidle'});
    await drawAllDiagrams(page);
    const frames = await page.$$eval('[data-diagram-status="rendered"]', (els) =>
      els.map((el) => ({
        scrolls: el.scrollWidth > el.clientWidth + 1,
        focusable: el.getAttribute('tabindex') === '0',
        scale:
          (el.querySelector('svg')?.getBoundingClientRect().width ?? 0) /
          Number(el.querySelector('svg')?.getAttribute('viewBox')?.split(' ')[2]),
      })),
    );
    expect(frames).toHaveLength(4);
    for (const frame of frames) {
      expect(frame.scale).toBeGreaterThanOrEqual(0.59);
      expect(frame.focusable).toBe(frame.scrolls);
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
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({javaScriptEnabled: false, viewport: {width: 1280, height: 800}});
  });
  afterAll(async () => browser?.close());

  it('shows every caption and description, hides the empty frames and prints no mermaid source', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(origin() + SEED);
    const html = (await response?.text()) ?? '';
    const captions = await page.$$eval('[data-diagram] figcaption', (els) =>
      els.map((el) => ({
        title: el.firstElementChild?.textContent?.trim(),
        description: el.lastElementChild?.textContent?.trim(),
        visible: (el as HTMLElement).offsetHeight > 0,
      })),
    );
    expect(captions).toEqual(SEED_DIAGRAMS.map((d) => ({title: d.title, description: d.description, visible: true})));
    await expect(page.locator('[data-diagram-status="pending"]').first().isVisible()).resolves.toBe(false);
    const text = await page.locator('main').innerText();
    for (const source of ['accTitle', 'accDescr', 'flowchart', '-->', 'subgraph']) {
      expect(text, source).not.toContain(source);
      expect(html, source).not.toContain(source === '-->' ? '--&gt;' : source);
    }
    await page.close();
  });
});
