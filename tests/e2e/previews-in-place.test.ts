/**
 * Previews in place (src/components/TermPreview and TermDefinitions, written by src/plugins/remark-term-previews):
 * a glossary term in a page's prose shows its short definition on keyboard focus and on hover, keeps it while the
 * pointer moves onto it, hides it on Escape without moving focus, opens on the first tap on a touch screen, and
 * describes its link with the glossary's text, from the page's one list of definitions, for assistive technology.
 * Axe passes with a preview open; no console errors. With TERM_SHOTS_DIR set, it also saves screenshots of an open
 * preview (light and dark, 1280 px and 360 px).
 */
import {join} from 'node:path';
import {mkdirSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type {Locator, Page} from 'playwright-core';
import {useBrowser} from '../support/use-browser';
import {waitForHydration, watchPage} from '../support/page-watch';
import {pageUrl, sitePath} from '../support/site';
import {glossarySummary} from '../../src/data/glossary-queries';
import {glossary, type GlossaryId} from '../../src/data/glossary';
import {capabilities} from '../../src/data/capabilities';
import type {CapabilityId} from '../../src/data/capability-types';
import {PREVIEW_CHUNK} from '../../src/plugins/remark-term-previews/chunk';

const PAGE = '/integration/iot';
const SHOTS = process.env.TERM_SHOTS_DIR;

/** A glossary term's mention in prose: the element TermPreview draws around its link. */
const TERM_MENTION = 'article :is(p, li) > span[data-preview^="term-def-"]';

/** The first term preview of the page's article whose link is the first link of its paragraph. */
async function firstTerm(page: Page): Promise<{root: Locator; link: Locator; preview: Locator; id: GlossaryId}> {
  const index = await page.evaluate((selector) => {
    const roots = [...document.querySelectorAll(selector)];
    return roots.findIndex((root) => root.parentElement?.querySelector('a') === root.querySelector('a'));
  }, TERM_MENTION);
  expect(index).toBeGreaterThanOrEqual(0);
  const root = page.locator(TERM_MENTION).nth(index);
  const link = root.locator('> a');
  const href = (await link.getAttribute('href')) ?? '';
  const id = href.split('#')[1] as GlossaryId;
  expect(Object.keys(glossary)).toContain(id);
  return {root, link, preview: root.locator('> [data-term-popover]'), id};
}

/** Whether the preview is shown: drawn in its mention and laid out at its size. */
async function isOpen(preview: Locator): Promise<boolean> {
  if ((await preview.count()) === 0) return false;
  return preview.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.width > 100 && box.height > 20;
  });
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({page})
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, {recursive: true});
  await page.screenshot({path: join(SHOTS, `${name}.png`)});
}

describe.each(['light', 'dark'] as const)('previews in place, %s, 1280 px', (scheme) => {
  const browser = useBrowser({viewport: {width: 1280, height: 900}, colorScheme: scheme});

  it('keyboard: Tab opens it, Escape closes it and keeps focus, Tab goes on; axe passes while open', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page, {requests: true});
    await page.goto(pageUrl(PAGE), {waitUntil: 'networkidle'});
    await waitForHydration(page);
    const {root, link, preview, id} = await firstTerm(page);
    expect(await isOpen(preview)).toBe(false);

    // Start the tab order at the paragraph's first character, so the next Tab reaches its first link, the term.
    const start = await root.evaluate((el) => {
      const walker = document.createTreeWalker(el.parentElement as Node, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
      });
      const range = document.createRange();
      range.selectNodeContents(walker.nextNode() as Node);
      const box = range.getClientRects()[0] as DOMRect;
      return {x: box.left + 2, y: box.top + box.height / 2};
    });
    await page.mouse.click(start.x, start.y);
    await page.mouse.move(0, 0);
    await page.keyboard.press('Tab');
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await isOpen(preview)).toBe(true);
    await expect(preview.innerText()).resolves.toContain(glossarySummary(id));
    // Focus is visible: the theme's outline is drawn around the link.
    expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await shot(page, `term-${scheme}-1280`);
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    expect(await isOpen(preview)).toBe(false);
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Tab');
    expect(await root.evaluate((el) => !el.contains(document.activeElement))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('pointer: hover opens it, moving onto it keeps it, Escape and leaving close it', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await page.goto(pageUrl(PAGE), {waitUntil: 'networkidle'});
    await waitForHydration(page);
    const {link, preview} = await firstTerm(page);
    const before = await page.evaluate(() => document.documentElement.scrollHeight);
    await link.hover();
    expect(await isOpen(preview)).toBe(true);
    // No layout shift: opening moves nothing in the page.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(before);
    const box = await preview.boundingBox();
    if (!box) throw new Error('the open preview has no box');
    // It fits in the window (opening upwards near the bottom).
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    // Straight from the term onto the preview (no gap between them), then across it.
    const term = await link.boundingBox();
    if (!term) throw new Error('the term has no box');
    const edge = box.y > term.y ? box.y + 6 : box.y + box.height - 6;
    await page.mouse.move(term.x + Math.min(term.width / 2, 8), edge, {steps: 6});
    expect(await isOpen(preview)).toBe(true);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 4, {steps: 8});
    expect(await isOpen(preview)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await isOpen(preview)).toBe(false);
    await link.hover();
    expect(await isOpen(preview)).toBe(true);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 200, {steps: 4});
    expect(await isOpen(preview)).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("describes each link with its data's text, in the server HTML", async () => {
    const page = await browser.context.newPage();
    await page.goto(pageUrl(PAGE), {waitUntil: 'networkidle'});
    const {link, id} = await firstTerm(page);
    const describedBy = (await link.getAttribute('aria-describedby')) ?? '';
    const text = await page.evaluate(
      (ids) =>
        ids
          .split(' ')
          .map((i) => document.getElementById(i)?.textContent)
          .join(' '),
      describedBy,
    );
    expect(text).toBe(glossarySummary(id));
    // What Chromium's accessibility tree gives screen readers as the link's description.
    const cdp = await page.context().newCDPSession(page);
    const {root: documentNode} = (await cdp.send('DOM.getDocument', {depth: 0})) as {root: {nodeId: number}};
    const {nodeId} = (await cdp.send('DOM.querySelector', {
      nodeId: documentNode.nodeId,
      selector: `a[aria-describedby="${describedBy}"]`,
    })) as {nodeId: number};
    const {nodes} = (await cdp.send('Accessibility.getPartialAXTree', {nodeId, fetchRelatives: false})) as {
      nodes: {role?: {value?: string}; description?: {value?: string}}[];
    };
    const node = nodes.find((n) => n.role?.value === 'link');
    expect(node?.description?.value).toBe(glossarySummary(id));
    // A capability's first mention: its catalogue summary and its status and version.
    const capability = page.locator('[data-capability] > a[aria-describedby]').first();
    const capId = (await capability.evaluate((el) => el.parentElement?.dataset.capability)) as CapabilityId;
    const capText = await capability.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((i) => document.getElementById(i)?.textContent)
        .join(' '),
    );
    expect(capText.startsWith(capabilities[capId].summary)).toBe(true);
    await page.close();
  });

  it('carries each definition once per page, in one hidden list, however often the term is mentioned', async () => {
    const response = await fetch(pageUrl(PAGE));
    const html = await response.text();
    const page = await browser.context.newPage();
    await page.setContent(html);
    const {mentions, lists, definitions} = await page.evaluate(() => ({
      mentions: [...document.querySelectorAll<HTMLElement>('[data-preview]')].map((el) => el.dataset.preview ?? ''),
      lists: document.querySelectorAll('div[hidden][data-term-preview]').length,
      definitions: [...document.querySelectorAll('div[hidden][data-term-preview] > p')].map((p) => p.id),
    }));
    expect(lists).toBe(1);
    // Every mention names a definition of the list, and the list holds each once, only those the page mentions.
    expect(new Set(definitions).size).toBe(definitions.length);
    expect([...new Set(mentions)].sort()).toEqual([...definitions].sort());
    expect(mentions.length).toBeGreaterThan(definitions.length);
    // No preview is drawn in the server HTML: only the open one is drawn, by the browser.
    expect(html).not.toContain('data-term-popover');
    const term = definitions.find((d) => d.startsWith('term-def-'))?.slice('term-def-'.length) as GlossaryId;
    const occurrences = await page.evaluate(
      (summary) => (document.body.textContent ?? '').split(summary).length - 1,
      glossarySummary(term),
    );
    expect(occurrences).toBe(1);
    await page.close();
  });

  it("keyboard: a capability's preview follows its link in the tab order, with its catalogue link", async () => {
    const page = await browser.context.newPage();
    await page.goto(pageUrl(PAGE), {waitUntil: 'networkidle'});
    await waitForHydration(page);
    const root = page.locator('span[data-preview^="cap-def-"]').first();
    const capId = ((await root.getAttribute('data-preview')) ?? '').slice('cap-def-'.length) as CapabilityId;
    await root.locator('[data-capability] > a').focus();
    const preview = root.locator('> [data-term-popover]');
    expect(await isOpen(preview)).toBe(true);
    await expect(preview.innerText()).resolves.toContain(capabilities[capId].summary);
    // Tab moves through the mention's own links, then to the preview's catalogue link, which keeps it open.
    for (let i = 0; i < 3 && !(await preview.locator('a').evaluate((a) => a === document.activeElement)); i += 1)
      await page.keyboard.press('Tab');
    expect(await preview.locator('a').evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await isOpen(preview)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isOpen(preview)).toBe(false);
    await page.close();
  });
});

describe('previews in place in a 412 px window with a mouse', () => {
  const browser = useBrowser({viewport: {width: 412, height: 823}});

  it('never covers its term: a term low on the screen gets its sheet at the top, and a click follows the link', async () => {
    const page = await browser.context.newPage();
    await page.goto(pageUrl(PAGE), {waitUntil: 'networkidle'});
    await waitForHydration(page);
    const {link, preview, id} = await firstTerm(page);
    // Put the term near the bottom of the window.
    await link.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - window.innerHeight + 60));
    await link.hover();
    expect(await isOpen(preview)).toBe(true);
    const [term, sheet] = [await link.boundingBox(), await preview.boundingBox()];
    if (!term || !sheet) throw new Error('no box for the term or its preview');
    expect(term.y).toBeGreaterThan(823 / 2);
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(term.y);
    // Below the sticky navigation bar, not under it.
    const navbar = await page.locator('nav.navbar').boundingBox();
    expect(sheet.y).toBeGreaterThanOrEqual((navbar?.y ?? 0) + (navbar?.height ?? 0));
    const hit = await page.evaluate(({x, y}) => document.elementFromPoint(x, y)?.closest('a')?.getAttribute('href'), {
      x: term.x + term.width / 2,
      y: term.y + term.height / 2,
    });
    expect(hit).toBe(await link.getAttribute('href'));
    await link.click();
    await page.waitForURL((url) => url.pathname === sitePath('/integration/glossary') && url.hash === `#${id}`);
    await page.close();
  });
});

describe("the previews' code", () => {
  const browser = useBrowser({viewport: {width: 1280, height: 900}});

  /** The script files a page loads, once it has hydrated. */
  async function scriptsOf(path: string): Promise<string[]> {
    const page = await browser.context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(pageUrl(path), {waitUntil: 'networkidle'});
    await waitForHydration(page);
    await page.close();
    return scripts;
  }

  it('is loaded by a page with previews, and by no page without them', async () => {
    const chunk = new RegExp(`/${PREVIEW_CHUNK}\\.[0-9a-f]+\\.js$`);
    expect((await scriptsOf(PAGE)).filter((s) => chunk.test(s))).toHaveLength(1);
    for (const path of ['/', '/integration/glossary', '/search']) {
      expect(
        (await scriptsOf(path)).filter((s) => chunk.test(s)),
        path,
      ).toEqual([]);
    }
  });
});

describe.each(['light', 'dark'] as const)('previews in place on a 360 px touch screen, %s', (scheme) => {
  const browser = useBrowser({
    viewport: {width: 360, height: 740},
    isMobile: true,
    hasTouch: true,
    colorScheme: scheme,
  });

  it('the first tap opens it, its link goes to the full entry', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await page.goto(pageUrl(PAGE), {waitUntil: 'networkidle'});
    await waitForHydration(page);
    const {link, preview, id} = await firstTerm(page);
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    expect(new URL(page.url()).pathname).toBe(sitePath(PAGE));
    expect(await isOpen(preview)).toBe(true);
    const box = await preview.boundingBox();
    // A sheet at the bottom of the screen with a margin on both sides.
    expect(box && box.x >= 8 && box.x + box.width <= 352 && box.y + box.height <= 740).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shot(page, `term-${scheme}-360`);
    await preview.locator('a').tap();
    await page.waitForURL((url) => url.pathname === sitePath('/integration/glossary') && url.hash === `#${id}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
