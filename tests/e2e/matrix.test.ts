/**
 * The matrix in the real site: read from the static HTML with JavaScript off it
 * equals the seed's table on both pages that carry it; deep links land on rows
 * and legacy anchors; the filter keeps its state in the URL.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {useBrowser} from '../support/use-browser';
import type {Page} from 'playwright-core';
import {origin} from '../support/site';
import {parseSeedTable} from '../support/seed-table';
import {useCases} from '../../src/data/matrix';
import {METHOD_IDS} from '../../src/data/types';
import {USE_CASES_AFTER_SEED} from '../fixtures/use-cases-after-seed';

/** The matrix's controls once hydrated: the server HTML renders them disabled, without data-interactive. */
const INTERACTIVE_FORM = 'form[aria-label="Highlight and filter the matrix"][data-interactive="true"]';
const seed = parseSeedTable(readFileSync(join(__dirname, '../fixtures/seed-mendix-integration.md'), 'utf8'));
const cellText = (f: string | undefined): string =>
  f === 'preferred' ? 'Preferred' : f === 'possible' ? 'Possible' : '';
const seedRowsLeft = [...seed.rows];
/** The rows as the seed's table has them, with a row added after the seed (as the data has it) where it stands. */
const SEED_TEXT = [
  ...useCases.map((u) => {
    if (!USE_CASES_AFTER_SEED.includes(u.id)) return (seedRowsLeft.shift()?.fits ?? []).map(cellText);
    const fits: Partial<Record<string, string>> = u.fits;
    return METHOD_IDS.map((m) => cellText(fits[m]));
  }),
  ...seedRowsLeft.map((r) => r.fits.map(cellText)),
];

/** The matrix's cells as the text a reader sees: "Preferred", "Possible" or "" for an empty cell. */
async function readMatrix(page: Page): Promise<{columns: string[]; rows: string[][]; rowIds: string[]}> {
  return page.$eval('[data-testid="matrix"]', (table) => {
    const visibleText = (el: Element): string =>
      [...el.querySelectorAll('[data-fit]')]
        .map((b) => (b.getAttribute('data-fit') === 'none' ? '' : (b.textContent ?? '').replace(/[●○]/g, '').trim()))
        .join('');
    return {
      columns: [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent?.trim() ?? ''),
      rows: [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(visibleText)),
      rowIds: [...table.querySelectorAll('tbody tr')].map((tr) => tr.id),
    };
  });
}

describe('the matrix with JavaScript off', () => {
  const browser = useBrowser({javaScriptEnabled: false});

  for (const path of ['/integration/mendix-integration', '/integration/integration-use-cases']) {
    it(`equals the seed table cell for cell on ${path}`, async () => {
      const page = await browser.context.newPage();
      const response = await page.goto(origin() + path);
      expect(response?.status()).toBe(200);
      const matrix = await readMatrix(page);
      expect(matrix.columns).toEqual(seed.columns);
      expect(matrix.rows).toEqual(SEED_TEXT);
      expect(matrix.rowIds).toEqual(useCases.map((u) => `matrix-${u.id}`));
      await expect(page.locator('[data-testid="matrix"] caption').textContent()).resolves.toMatch(/use cases/i);
      await page.close();
    });
  }

  it('links every row header to its use-case page and every column header to its category page', async () => {
    const page = await browser.context.newPage();
    await page.goto(origin() + '/integration/mendix-integration');
    const rowLinks = await page.$$eval('[data-testid="matrix"] tbody th > a:first-child', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(rowLinks).toEqual(useCases.map((u) => `/integration/${u.id}`));
    const colLinks = await page.$$eval('[data-testid="matrix"] thead th a', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(colLinks).toEqual([
      '/integration/ui-integration',
      '/integration/service-integration',
      '/integration/event-integration',
      '/integration/batch-integration',
      '/integration/central-data',
    ]);
    await page.close();
  });
});

describe('links into the guide', () => {
  const browser = useBrowser({viewport: {width: 1280, height: 800}});

  it('resolves the seed page relative links as sibling pages', async () => {
    const page = await browser.context.newPage();
    for (const slug of [
      'ui-integration',
      'service-integration',
      'event-integration',
      'process-integration',
      'export-import-batch',
      'integration-use-cases',
    ]) {
      const url = new URL(slug, origin() + '/integration/mendix-integration').toString();
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    }
    await page.close();
  });

  it('lands #functionally and every legacy anchor on its heading', async () => {
    const page = await browser.context.newPage();
    const targets = [
      ['/integration/mendix-integration', 'functionally'],
      ...useCases.map((u) => ['/integration/integration-use-cases', u.legacyAnchor]),
    ] as const;
    for (const [path, anchor] of targets) {
      await page.goto(`${origin()}${path}#${anchor}`);
      const heading = page.locator(`[id="${anchor}"]`);
      await expect(heading.count(), anchor).resolves.toBe(1);
      await expect(
        heading.evaluate((el) => /^H[1-6]$/.test(el.tagName)),
        anchor,
      ).resolves.toBe(true);
      await expect(heading.isVisible()).resolves.toBe(true);
    }
    await page.close();
  });

  it('scrolls a deep link to a matrix row into view', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin()}/integration/integration-use-cases#matrix-iot`);
    const row = page.locator('#matrix-iot');
    await expect(row.isVisible()).resolves.toBe(true);
    const y = (await row.boundingBox())?.y ?? -1;
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThan(800);
    await page.close();
  });
});

describe('the matrix filter', () => {
  const browser = useBrowser({viewport: {width: 1280, height: 900}});

  it('restores a shared filter from the URL', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin()}/integration/integration-use-cases?method=events&fit=preferred`);
    await page.waitForSelector(INTERACTIVE_FORM);
    const visible = await page.$$eval('[data-testid="matrix"] tbody tr:not([hidden])', (rows) => rows.map((r) => r.id));
    const expected = useCases
      .filter((u) => (u.fits as Record<string, string>).events === 'preferred')
      .map((u) => `matrix-${u.id}`);
    expect(visible).toEqual(expected);
    await expect(page.getByRole('status').first().textContent()).resolves.toContain(
      `Showing ${expected.length} of ${SEED_TEXT.length}`,
    );
    await page.close();
  });

  it('is operable by keyboard and writes its state into the URL', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin()}/integration/mendix-integration`);
    await page.waitForSelector(INTERACTIVE_FORM);
    const method = page.getByLabel('Highlight method');
    await method.focus();
    await page.keyboard.press('ArrowDown'); // UI Integration
    await expect.poll(() => page.url()).toContain('method=ui');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      await page.getByLabel('Show').getAttribute('id'),
    );
    await page.keyboard.press('ArrowDown'); // Only where preferred
    await expect.poll(() => page.url()).toContain('fit=preferred');
    const visible = await page.$$eval('[data-testid="matrix"] tbody tr:not([hidden])', (rows) => rows.length);
    expect(visible).toBe(useCases.filter((u) => (u.fits as Record<string, string>).ui === 'preferred').length);
    await page.close();
  });

  it('names its controls with a legend and keeps the keyboard in the form after Reset', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin()}/integration/integration-use-cases?method=ui&fit=preferred`);
    await page.waitForSelector(INTERACTIVE_FORM);
    await expect(page.getByRole('group', {name: 'Highlight a method and filter the use cases'}).count()).resolves.toBe(
      1,
    );
    const reset = page.getByRole('button', {name: 'Reset'});
    await reset.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect(reset.isDisabled()).resolves.toBe(true);
    // Focus moves to the form's first control, not to the page.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      await page.getByLabel('Highlight method').getAttribute('id'),
    );
    await expect(page.locator('[data-testid="matrix"] tbody tr:not([hidden])').count()).resolves.toBe(15);
    await page.close();
  });

  it("clears the row filter of a link to a row it would hide, says so, and then keeps the reader's filter", async () => {
    const page = await browser.context.newPage();
    const hidden = useCases.find((u) => (u.fits as Record<string, string>).events === undefined);
    expect(hidden).toBeDefined();
    const rowId = `matrix-${hidden?.id}`;
    await page.goto(`${origin()}/integration/integration-use-cases?method=events&fit=preferred#${rowId}`);
    await page.waitForSelector(INTERACTIVE_FORM);
    const row = page.locator(`[id="${rowId}"]`);
    await expect(row.isVisible()).resolves.toBe(true);
    const y = (await row.boundingBox())?.y ?? -1;
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThan(900);
    // The highlight stays; the row filter is cleared, in the controls and in the URL, and the status says why.
    await expect(page.getByLabel('Highlight method').inputValue()).resolves.toBe('events');
    await expect(page.getByLabel('Show').inputValue()).resolves.toBe('all');
    await expect.poll(() => new URL(page.url()).search).toBe('?method=events');
    expect(new URL(page.url()).hash).toBe(`#${rowId}`);
    await expect(page.getByRole('status').first().textContent()).resolves.toContain(
      `The link's row filter was cleared to show its row, ${hidden?.title}.`,
    );
    await expect(page.locator('[data-testid="matrix"] tbody tr:not([hidden])').count()).resolves.toBe(15);
    // A filter the reader then picks is kept, even though it hides the linked row.
    await page.getByLabel('Show').selectOption('preferred');
    await expect.poll(() => page.url()).toContain('fit=preferred');
    await expect(row.isHidden()).resolves.toBe(true);
    await expect(page.getByRole('status').first().textContent()).resolves.not.toContain('was cleared');
    await page.close();
  });

  it('ignores an unknown method in the URL with a visible note', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin()}/integration/mendix-integration?method=%3Cscript%3E&fit=bogus`);
    await page.waitForSelector(INTERACTIVE_FORM);
    await expect(page.getByRole('status').first().textContent()).resolves.toMatch(
      /unknown method "<script>" and unknown fit "bogus" were ignored/,
    );
    await expect(page.locator('[data-testid="matrix"] tbody tr:not([hidden])').count()).resolves.toBe(SEED_TEXT.length);
    await page.close();
  });
});
