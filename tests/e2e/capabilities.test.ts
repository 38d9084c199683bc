/**
 * The capability catalogue, the review dates and the changelog as a reader and a feed reader meet them in the
 * built site: every catalogue row has its anchor, deprecated capabilities name their replacement wherever they
 * appear, capabilities.json matches the page, every doc page shows its review date, and every page announces the
 * Atom and RSS feeds, which answer with every change.
 */
import {describe, expect, it} from 'vitest';
import {CAPABILITY_IDS} from '@site/src/data/capability-types';
import {capabilities} from '@site/src/data/capabilities';
import {CAPABILITIES_EXPORT_PATH, CAPABILITIES_PAGE_PATH, capabilityAnchor} from '@site/src/data/capability-queries';
import {CHANGES_ATOM_FILE, CHANGES_RSS_FILE, changes} from '@site/src/data/changes';
import {GUIDE_BASE} from '@site/src/data/queries';
import {useBrowser} from '../support/use-browser';
import {origin, sitemapPaths} from '../support/site';

const PATHS = sitemapPaths();
const DOC_PATHS = PATHS.filter((p) => p.startsWith(GUIDE_BASE));

async function text(path: string): Promise<string> {
  const response = await fetch(origin() + path);
  expect(response.status, path).toBe(200);
  return response.text();
}

describe('the built pages, as static HTML', () => {
  // JavaScript off: what every reader gets first, and what a crawler or a corporate browser sees.
  const browser = useBrowser({javaScriptEnabled: false});

  /** Opens a page of the build and runs a function over its DOM. */
  async function inPage<T>(path: string, read: () => T): Promise<T> {
    const page = await browser.context.newPage();
    const response = await page.goto(origin() + path);
    expect(response?.status(), path).toBe(200);
    const value = await page.evaluate(read);
    await page.close();
    return value;
  }

  it('the catalogue page has one row with a stable anchor per capability', async () => {
    const rows = await inPage(CAPABILITIES_PAGE_PATH, () =>
      [...document.querySelectorAll('[data-testid="capability-table"] tr[id]')].map((tr) => tr.id),
    );
    expect([...rows].sort()).toEqual(CAPABILITY_IDS.map(capabilityAnchor).sort());
  });

  const deprecated = Object.entries(capabilities).flatMap(([id, c]) =>
    c.status.state === 'deprecated' ? [{id, replacement: capabilities[c.status.replacedBy].name}] : [],
  );

  it.each(DOC_PATHS)('%s: a deprecated capability always says what replaces it, as text', async (path) => {
    expect(deprecated.length, 'the catalogue has deprecated capabilities to check').toBeGreaterThan(0);
    const named = await inPage(path, () =>
      [...document.querySelectorAll('article [data-capability][data-status="deprecated"]')].map((el) => ({
        id: el.getAttribute('data-capability') ?? '',
        text: el.textContent ?? '',
      })),
    );
    for (const {id, text} of named) {
      const replacement = deprecated.find((d) => d.id === id)?.replacement ?? '(not deprecated in the data)';
      expect(text, `${id} on ${path}`).toContain(`: use ${replacement}`);
      expect(text).toMatch(/Deprecated since /);
    }
  });

  it.each(DOC_PATHS)('%s shows when it was last reviewed and the Studio Pro versions it covers', async (path) => {
    const review = await inPage(path, () => {
      const p = document.querySelector('[data-testid="review"]');
      return {text: p?.textContent ?? '', datetime: p?.querySelector('time')?.getAttribute('datetime') ?? ''};
    });
    expect(review.datetime).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(review.text).toMatch(
      /^Last reviewed against Mendix’s documentation on \d{1,2} [A-Z][a-z]+ \d{4}; covers Studio Pro \d/,
    );
  });

  it.each(PATHS)('%s announces the Atom and RSS feeds in its head', async (path) => {
    const feeds = await inPage(path, () =>
      [...document.head.querySelectorAll('link[rel="alternate"]')].map(
        (l) => `${l.getAttribute('type')} ${l.getAttribute('href')}`,
      ),
    );
    expect(feeds).toContain(`application/atom+xml ${GUIDE_BASE}/${CHANGES_ATOM_FILE}`);
    expect(feeds).toContain(`application/rss+xml ${GUIDE_BASE}/${CHANGES_RSS_FILE}`);
  });
});

describe('the data and the feeds', () => {
  it('the catalogue is published as data that matches the page', async () => {
    const response = await fetch(origin() + CAPABILITIES_EXPORT_PATH);
    expect(response.headers.get('content-type')).toMatch(/json/);
    const data = (await response.json()) as {version: number; capabilities: {id: string; url: string}[]};
    expect(data.version).toBe(1);
    expect(data.capabilities.map((c) => c.id)).toEqual([...CAPABILITY_IDS]);
    for (const c of data.capabilities) expect(new URL(c.url).hash).toBe(`#cap-${c.id}`);
  });

  it('serves both feeds with every change', async () => {
    const atom = await text(`${GUIDE_BASE}/${CHANGES_ATOM_FILE}`);
    const rss = await text(`${GUIDE_BASE}/${CHANGES_RSS_FILE}`);
    expect(atom.match(/<entry>/g)).toHaveLength(changes.length);
    expect(rss.match(/<item>/g)).toHaveLength(changes.length);
  });

  describe('the changes page', () => {
    const browser = useBrowser();

    it('lists every change with its anchor and links to the pages it touched', async () => {
      const page = await browser.context.newPage();
      await page.goto(`${origin()}${GUIDE_BASE}/changes`, {waitUntil: 'networkidle'});
      for (const change of changes) {
        const item = page.locator(`[data-testid="change-log"] > li[id="${change.id}"]`);
        await expect(item.count()).resolves.toBe(1);
        await expect(item.locator('p a').count()).resolves.toBe(change.pages.length);
      }
      const hrefs = await page
        .locator('[data-testid="change-log"] p a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) expect((await fetch(origin() + href)).status, href).toBe(200);
      await page.close();
    });
  });
});
