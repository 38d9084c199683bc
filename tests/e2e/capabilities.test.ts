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

async function html(path: string): Promise<string> {
  const response = await fetch(origin() + path);
  expect(response.status, path).toBe(200);
  return response.text();
}

describe('the capability catalogue page', () => {
  it('has one row with a stable anchor per capability', async () => {
    const page = await html(CAPABILITIES_PAGE_PATH);
    for (const id of CAPABILITY_IDS) {
      expect(page.match(new RegExp(`<tr id="${capabilityAnchor(id)}"`, 'g')), id).toHaveLength(1);
    }
  });

  it('is published as data that matches the page', async () => {
    const response = await fetch(origin() + CAPABILITIES_EXPORT_PATH);
    expect(response.headers.get('content-type')).toMatch(/json/);
    const data = (await response.json()) as {version: number; capabilities: {id: string; url: string}[]};
    expect(data.version).toBe(1);
    expect(data.capabilities.map((c) => c.id)).toEqual([...CAPABILITY_IDS]);
    for (const c of data.capabilities) expect(new URL(c.url).hash).toBe(`#${capabilityAnchor(c.id as never)}`);
  });
});

describe('a deprecated capability, wherever it is named', () => {
  const deprecated = Object.entries(capabilities).filter(([, c]) => c.status.state === 'deprecated');

  it('the catalogue has deprecated capabilities to check', () => {
    expect(deprecated.length).toBeGreaterThan(0);
  });

  it.each(DOC_PATHS)('%s says what replaces it, as text', async (path) => {
    const page = await html(path);
    for (const [id, c] of deprecated) {
      if (c.status.state !== 'deprecated') continue;
      const replacement = capabilities[c.status.replacedBy].name;
      for (const match of page.matchAll(
        new RegExp(`<span data-capability="${id}"[^>]*>([\\s\\S]*?)</span></span>`, 'g'),
      )) {
        const text = (match[1] ?? '').replace(/<[^>]+>/g, '');
        expect(text, `${id} on ${path}`).toMatch(
          new RegExp(`Deprecated since [^:]+: use ${replacement.replace(/[()]/g, '\\$&')}`),
        );
      }
    }
  });
});

describe('freshness and the changelog', () => {
  it.each(DOC_PATHS)('%s shows when it was last reviewed and the Studio Pro versions it covers', async (path) => {
    const page = await html(path);
    expect(page).toMatch(
      /data-testid="review">Last reviewed against Mendix(’|&#x27;|&rsquo;|')s documentation on <time datetime="\d{4}-\d{2}-\d{2}">\d{1,2} [A-Z][a-z]+ \d{4}<\/time>; covers Studio Pro \d/,
    );
  });

  it.each(PATHS)('%s announces the Atom and RSS feeds in its head', async (path) => {
    const head = (await html(path)).split('</head>')[0] ?? '';
    expect(head).toContain(
      `<link rel="alternate" type="application/atom+xml" title="Integration Guide: what changed" href="${GUIDE_BASE}/${CHANGES_ATOM_FILE}">`,
    );
    expect(head).toContain(
      `<link rel="alternate" type="application/rss+xml" title="Integration Guide: what changed" href="${GUIDE_BASE}/${CHANGES_RSS_FILE}">`,
    );
  });

  it('serves both feeds with every change', async () => {
    const atom = await html(`${GUIDE_BASE}/${CHANGES_ATOM_FILE}`);
    const rss = await html(`${GUIDE_BASE}/${CHANGES_RSS_FILE}`);
    expect(atom.match(/<entry>/g)).toHaveLength(changes.length);
    expect(rss.match(/<item>/g)).toHaveLength(changes.length);
  });

  describe('the changes page', () => {
    const browser = useBrowser();

    it('lists every change with its anchor and links to the pages it touched', async () => {
      const page = await browser.context.newPage();
      await page.goto(`${origin()}${GUIDE_BASE}/changes`, {waitUntil: 'networkidle'});
      for (const change of changes) {
        const item = page.locator(`[data-testid="change-log"] > li#${change.id}`);
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
