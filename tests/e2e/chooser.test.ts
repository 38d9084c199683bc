/**
 * The method chooser in the built site, in Chromium: every use case preselected
 * by `?use-case=` lists exactly its preferred methods as preferred, as links;
 * answer sets in the URL give the pinned ranking; the form works by keyboard
 * and writes its state into the URL; malformed links show a note; the page is
 * readable with JavaScript off, fits a 360 px phone, passes axe, and logs no
 * console error.
 */
import {describe, expect, it} from 'vitest';
import {useBrowser, type BrowserHandle} from '../support/use-browser';
import {waitForHydration, watchPage} from '../support/page-watch';
import type {Page} from 'playwright-core';
import {AxeBuilder} from '@axe-core/playwright';
import {origin} from '../support/site';
import {methods, useCases} from '../../src/data/matrix';
import {rankMethods, type Answers} from '../../src/data/chooser';

const PATH = '/integration/choose-a-method';

/** The category page of each method, e.g. events -> /integration/event-integration. */
const CATEGORY_PATH = Object.fromEntries(methods.map((m) => [m.id, `/integration/${m.category}`]));

/** Opens a page that records console errors, uncaught exceptions and dialogs (none are expected). */
async function openPage(browser: BrowserHandle): Promise<{page: Page; problems: string[]}> {
  const page = await browser.context.newPage();
  return {page, problems: watchPage(page)};
}

/** Loads the chooser and waits until it has hydrated and read the URL. */
async function openChooser(page: Page, search = ''): Promise<void> {
  const response = await page.goto(origin() + PATH + search);
  expect(response?.status()).toBe(200);
  await page.waitForSelector('[data-testid="chooser"][data-interactive="true"]');
}

/** The use case's listed methods as shown: "method:fit@href". */
function readUseCaseMethods(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="chooser-use-case-methods"] > li', (items) =>
    items.map(
      (li) =>
        `${li.getAttribute('data-method')}:${li.getAttribute('data-fit')}@${li.querySelector('a')?.getAttribute('href')}`,
    ),
  );
}

function readRanking(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="chooser-ranking"] > li', (items) =>
    items.map((li) => li.getAttribute('data-method') ?? ''),
  );
}

function statusText(page: Page): Promise<string> {
  return page.locator('[data-testid="chooser-status"]').innerText();
}

/** The listed methods of a use case, preferred first, as the page should show them. */
function expectedMethods(useCase: (typeof useCases)[number]): string[] {
  const fits: Partial<Record<string, string>> = useCase.fits;
  const listed = (fit: string): string[] =>
    methods.filter((m) => fits[m.id] === fit).map((m) => `${m.id}:${fit}@${CATEGORY_PATH[m.id]}`);
  return [...listed('preferred'), ...listed('possible')];
}

describe('the chooser with JavaScript on', () => {
  const browser = useBrowser({viewport: {width: 1280, height: 900}});

  it('lists exactly the preferred methods of every use case as preferred, linked to their category pages', async () => {
    const {page, problems} = await openPage(browser);
    for (const useCase of useCases) {
      await openChooser(page, `?use-case=${useCase.id}`);
      await expect(page.locator('select').first().inputValue()).resolves.toBe(useCase.id);
      const shown = await readUseCaseMethods(page);
      expect(shown, useCase.id).toEqual(expectedMethods(useCase));
      const fits: Partial<Record<string, string>> = useCase.fits;
      const preferred = shown.filter((s) => s.includes(':preferred@')).map((s) => s.split(':')[0]);
      expect(preferred, useCase.id).toEqual(methods.filter((m) => fits[m.id] === 'preferred').map((m) => m.id));
      // The reason line is there for every listed method.
      const reasons = await page.$$eval('[data-testid="chooser-use-case-methods"] > li p', (ps) =>
        ps.map((p) => p.textContent?.trim() ?? ''),
      );
      expect(
        reasons.every((r) => r.length > 20),
        useCase.id,
      ).toBe(true);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  const pinned: {search: string; answers: Answers; first: string}[] = [
    {
      search: '?trigger=telemetry&volume=high&distance=far',
      answers: {trigger: 'telemetry', volume: 'high', distance: 'far'},
      first: 'events',
    },
    {search: '?trigger=user-action&timing=now', answers: {trigger: 'user-action', timing: 'now'}, first: 'services'},
    {
      search: '?trigger=schedule&volume=very-high&timing=later',
      answers: {trigger: 'schedule', volume: 'very-high', timing: 'later'},
      first: 'batch',
    },
  ];
  for (const {search, answers, first} of pinned) {
    it(`ranks ${first} first for ${search}, and keeps it after a reload`, async () => {
      const {page, problems} = await openPage(browser);
      await openChooser(page, search);
      const expected = rankMethods(answers).map((r) => r.method.id);
      expect(expected[0]).toBe(first);
      await expect(readRanking(page)).resolves.toEqual(expected);
      const firstLabel = methods.find((m) => m.id === first)?.label ?? '';
      await expect(statusText(page)).resolves.toContain(`${firstLabel} ranks first`);
      // The answers show as checked radios.
      for (const [question, option] of Object.entries(answers)) {
        await expect(page.locator(`[data-question="${question}"] input:checked`).getAttribute('value')).resolves.toBe(
          option,
        );
      }
      await page.reload();
      await page.waitForSelector('[data-testid="chooser"][data-interactive="true"]');
      await expect(readRanking(page)).resolves.toEqual(expected);
      expect(new URL(page.url()).search).toBe(search.replace(/^\?/, '?'));
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('combines a use case with answers and explains where they disagree', async () => {
    const {page, problems} = await openPage(browser);
    await openChooser(page, '?use-case=distribute-data&trigger=data-change&volume=very-high&distance=far');
    await expect(readRanking(page)).resolves.toEqual(
      rankMethods({trigger: 'data-change', volume: 'very-high', distance: 'far'}, 'distribute-data').map(
        (r) => r.method.id,
      ),
    );
    const kinds = await page.$$eval('[data-testid="chooser-notes"] [data-note-kind]', (notes) =>
      notes.map((n) => n.getAttribute('data-note-kind')),
    );
    expect(kinds).toEqual(['points-elsewhere', 'counts-against']);
    const notes = await page.locator('[data-testid="chooser-notes"]').innerText();
    expect(notes).toContain('The matrix prefers RPC / Services for “Distribute master and transactional data”');
    expect(notes).toContain('your answers point to Events / Queues');
    await expect(statusText(page)).resolves.toContain('disagree');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works by keyboard alone: Tab to a radio group, arrows to answer, results and URL follow', async () => {
    const {page, problems} = await openPage(browser);
    await openChooser(page);
    const useCase = page.getByLabel('Your use case');
    await useCase.focus();
    await page.keyboard.press('ArrowDown'); // The first use case.
    await expect.poll(() => page.url()).toContain(`use-case=${useCases[0]?.id}`);

    await page.keyboard.press('Tab'); // Into "What triggers the interface?", on its checked "Not sure".
    const focused = (): Promise<{name: string; value: string; outline: string}> =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        const label = el?.closest('label');
        return {
          name: el?.name ?? '',
          value: el?.value ?? '',
          outline: label ? getComputedStyle(label).outlineStyle : 'none',
        };
      });
    await expect(focused()).resolves.toMatchObject({value: ''});
    expect((await focused()).name).toMatch(/-trigger$/);
    expect((await focused()).outline).toBe('solid'); // Visible focus on the option.

    await page.keyboard.press('ArrowDown'); // "A user action in an app".
    await expect.poll(() => page.url()).toContain('trigger=user-action');
    await page.keyboard.press('Tab'); // Into "Does the caller need the answer now?".
    expect((await focused()).name).toMatch(/-timing$/);
    await page.keyboard.press('ArrowDown'); // "Yes, it waits for the answer".
    await expect.poll(() => page.url()).toContain('timing=now');

    await expect(readRanking(page)).resolves.toEqual(
      rankMethods({trigger: 'user-action', timing: 'now'}, useCases[0]?.id).map((r) => r.method.id),
    );
    await expect(statusText(page)).resolves.toMatch(/ranks first/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the keyboard in the form after Start over, on its first control', async () => {
    const {page, problems} = await openPage(browser);
    await openChooser(page, '?use-case=iot&trigger=telemetry');
    const startOver = page.getByRole('button', {name: 'Start over'});
    await startOver.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect(startOver.isDisabled()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      await page.getByLabel('Your use case').getAttribute('id'),
    );
    await expect(page.getByLabel('Your use case').inputValue()).resolves.toBe('');
    await expect(page.locator('[data-question="trigger"] input:checked').getAttribute('value')).resolves.toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('ignores unknown or malformed parameters with a visible note, never an error', async () => {
    const {page, problems} = await openPage(browser);
    await openChooser(page, '?use-case=xyz&trigger=bogus&timming=now&volume=low&volume=high');
    const status = await statusText(page);
    expect(status).toContain('The link\'s use case "xyz" is not known and was ignored.');
    expect(status).toContain(
      'The link\'s answer "bogus" to "What triggers the interface?" is not known and was ignored.',
    );
    expect(status).toContain('The link\'s parameter "timming" is not used by the chooser and was ignored.');
    expect(status).toContain('only the first answer was used');
    // The valid part of the link still counts.
    await expect(page.locator('[data-question="volume"] input:checked').getAttribute('value')).resolves.toBe('low');
    await expect(page.locator('[data-testid="chooser-use-case-methods"]').count()).resolves.toBe(0);

    // Markup in a parameter is shown as text, not run.
    await openChooser(page, '?use-case=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await expect(statusText(page)).resolves.toContain(
      'The link\'s use case "<img src=x onerror=alert(1)>" is not known',
    );
    await expect(page.locator('[data-testid="chooser"] img').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('passes axe with a use case, answers and notes shown', async () => {
    const {page, problems} = await openPage(browser);
    await openChooser(page, '?use-case=iot&trigger=telemetry&volume=high&distance=far');
    const result = await new AxeBuilder({page}).include('.theme-doc-markdown').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is linked from the landing page and from every use-case page, preselecting the use case', async () => {
    const {page, problems} = await openPage(browser);
    await page.goto(origin() + '/');
    await expect(page.locator(`main a[href="${PATH}"], header a[href="${PATH}"]`).count()).resolves.toBeGreaterThan(0);
    for (const useCase of useCases) {
      await page.goto(`${origin()}/integration/${useCase.id}`);
      await expect(
        page.locator(`a[href="${PATH}?use-case=${useCase.id}"]`).count(),
        useCase.id,
      ).resolves.toBeGreaterThan(0);
    }
    // Follow such a link on the page of IoT, client-side, and land with the use case chosen.
    await page.goto(`${origin()}/integration/iot`);
    // Before hydration the click would be a full page load, not a client-side navigation.
    await waitForHydration(page);
    await page.locator(`a[href="${PATH}?use-case=iot"]`).first().click();
    await page.waitForURL(`**${PATH}?use-case=iot`);
    await page.waitForSelector('[data-testid="chooser-use-case-methods"][data-use-case="iot"]');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the chooser on a 360 px phone', () => {
  const browser = useBrowser({viewport: {width: 360, height: 740}, isMobile: true, hasTouch: true});

  it('does not scroll sideways, with every part of the page shown', async () => {
    const {page, problems} = await openPage(browser);
    await openChooser(
      page,
      '?use-case=distribute-data&trigger=data-change&timing=soon&functional-errors=receiver&technical-errors=middleware&volume=very-high&distance=far&data-owner=this-app',
    );
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the chooser with JavaScript off', () => {
  const browser = useBrowser({javaScriptEnabled: false, viewport: {width: 1280, height: 900}});

  it('lists every use case with its preferred and possible methods as links, and says why the form is off', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(`${origin()}${PATH}?use-case=iot&trigger=telemetry`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('[data-testid="chooser-noscript"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-testid="chooser-form"] select').isDisabled()).resolves.toBe(true);

    const overview = await page.$$eval('[data-testid="use-case-overview"] > li', (items) =>
      items.map((li) => ({
        id: li.getAttribute('data-use-case'),
        preferred: [...li.querySelectorAll('[data-group="preferred"] a')].map(
          (a) => `${a.getAttribute('data-method')}@${a.getAttribute('href')}`,
        ),
        possible: [...li.querySelectorAll('[data-group="possible"] a')].map(
          (a) => `${a.getAttribute('data-method')}@${a.getAttribute('href')}`,
        ),
      })),
    );
    expect(overview.map((o) => o.id)).toEqual(useCases.map((u) => u.id));
    for (const [i, useCase] of useCases.entries()) {
      const fits: Partial<Record<string, string>> = useCase.fits;
      const linked = (fit: string): string[] =>
        methods.filter((m) => fits[m.id] === fit).map((m) => `${m.id}@${CATEGORY_PATH[m.id]}`);
      expect(overview[i]?.preferred, useCase.id).toEqual(linked('preferred'));
      expect(overview[i]?.possible, useCase.id).toEqual(linked('possible'));
    }
    await expect(page.locator('#at-a-glance').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-testid="chooser-rules"]').innerText()).resolves.toContain('because');
    await page.close();
  });
});
