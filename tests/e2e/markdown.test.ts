/**
 * Every doc page as Markdown, as readers and tools meet it in the built site: each sitemap doc page has its `.md`
 * beside it, served as text/markdown, with no JSX, HTML or imports leaking in; the seed page's matrix is a
 * Markdown table with the data's fits; llms-full.txt holds every page under its title and URL; and the "Copy page
 * as Markdown" button puts the page's Markdown on the clipboard by keyboard, says so, and says what to do when
 * it cannot.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {launchBrowser} from '../../src/scripts/browser';
import {methods, useCases} from '../../src/data/matrix';
import {GUIDE_BASE, fitLabel, fitOf} from '../../src/data/queries';
import {MARKDOWN_FULL_FILE, markdownPath} from '../../src/data/markdown';
import {waitForHydration, watchPage} from '../support/page-watch';
import {BASE_URL, BUILD_DIR, origin, pageUrl, sitePath, sitemapPaths} from '../support/site';

/** The doc pages of the sitemap, as paths with the base path. */
const DOC_PATHS = sitemapPaths()
  .map((p) => sitePath(p))
  .filter((p) => p === sitePath(GUIDE_BASE) || p.startsWith(sitePath(`${GUIDE_BASE}/`)));

/** The sitemap's absolute URLs of the doc pages (the site's own origin, not the test server's). */
const DOC_URLS = [...readFileSync(join(BUILD_DIR, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
  .map((m) => m[1] ?? '')
  .filter((url) => DOC_PATHS.includes(new URL(url).pathname));

/** The build's file for a path with the base path. */
const buildFile = (path: string): string => join(BUILD_DIR, ...path.slice(BASE_URL.length).split('/'));

/** Anything that would mean MDX or HTML leaked into the Markdown: a tag, an import or export line, a mermaid fence. */
function leaks(markdown: string): string[] {
  const withoutCode = markdown.replace(/`[^`\n]*`/g, '');
  return [
    ...(withoutCode.match(/<\/?[A-Za-z][\w.:-]*(\s[^<>]*)?\/?>/g) ?? []),
    // An ES module line, not prose that happens to start a line with "export".
    ...(markdown.match(/^import\s.*\bfrom\s+['"].*$|^export\s+(default|const|function)\b.*$/gm) ?? []),
    ...(markdown.match(/^```mermaid.*$/gm) ?? []),
  ];
}

describe('each doc page as Markdown', () => {
  it('lists a reasonable number of doc pages', () => {
    expect(DOC_PATHS.length).toBeGreaterThan(20);
    expect(DOC_URLS).toHaveLength(DOC_PATHS.length);
  });

  it('every sitemap doc page has its .md in the build, served as text/markdown, with no JSX, HTML or imports', async () => {
    for (const path of DOC_PATHS) {
      const md = markdownPath(path);
      const file = buildFile(md);
      expect(existsSync(file), `${file} for ${path}`).toBe(true);
      const response = await fetch(origin() + md);
      expect(response.status, md).toBe(200);
      expect(response.headers.get('content-type'), md).toBe('text/markdown; charset=utf-8');
      const body = await response.text();
      expect(body, md).toBe(readFileSync(file, 'utf8'));
      expect(body, md).toMatch(/^# \S/);
      expect(leaks(body), md).toEqual([]);
    }
  });

  it("the seed page's matrix is a Markdown table with every use case and the data's fits", async () => {
    const body = await (await fetch(pageUrl(markdownPath(`${GUIDE_BASE}/mendix-integration`)))).text();
    const header = `| Use case | ${methods.map((m) => m.label).join(' | ')} |`;
    expect(body).toContain(header);
    for (const useCase of useCases) {
      const row = body.split('\n').find((line) => line.startsWith(`| [${useCase.title}](`));
      expect(row, useCase.id).toBeDefined();
      const cells = (row ?? '')
        .split(' | ')
        .slice(1)
        .map((cell) => cell.replace(/[|*]/g, '').trim().toLowerCase());
      expect(cells, useCase.id).toEqual(methods.map((m) => fitLabel(fitOf(useCase, m.id)).toLowerCase()));
    }
  });

  it('a diagram is its description, not its source', async () => {
    const body = await (await fetch(pageUrl(markdownPath(`${GUIDE_BASE}/mendix-integration`)))).text();
    expect(body).toMatch(/^> \*\*Diagram: .+\.\*\* \S/m);
    expect(body).not.toMatch(/accTitle|accDescr|flowchart /);
  });

  it('llms-full.txt holds every doc page under its title and URL, and llms.txt names it', async () => {
    const response = await fetch(pageUrl(`/${MARKDOWN_FULL_FILE}`));
    expect(response.status).toBe(200);
    const full = await response.text();
    for (const url of DOC_URLS) {
      const md = readFileSync(buildFile(markdownPath(new URL(url).pathname)), 'utf8');
      const title = /^# (.+)$/m.exec(md)?.[1];
      expect(full, url).toContain(`# ${title}\n\nURL: ${url}\n`);
    }
    expect(leaks(full)).toEqual([]);
    const llms = await (await fetch(pageUrl('/llms.txt'))).text();
    expect(llms).toMatch(new RegExp(`\\]\\(\\S+/${MARKDOWN_FULL_FILE.replace('.', '\\.')}\\)`));
  });
});

describe('the "Copy page as Markdown" control', () => {
  const PAGE = `${GUIDE_BASE}/iot`;

  it('copies the page by keyboard and says so politely', async () => {
    const browser = await launchBrowser({
      viewport: {width: 1280, height: 900},
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    try {
      const page = await browser.context.newPage();
      const problems = watchPage(page, {requests: true});
      await page.goto(pageUrl(PAGE));
      await waitForHydration(page);
      const bar = page.getByTestId('copy-markdown');
      const button = bar.getByRole('button', {name: 'Copy page as Markdown'});
      // Reach it by keyboard from the last link of the page's text (the edit link between them is there only when a
      // repository is configured), then press Enter.
      await page.locator('.theme-doc-markdown a').last().focus();
      let reached = false;
      for (let tabs = 0; tabs < 5 && !reached; tabs++) {
        await page.keyboard.press('Tab');
        reached = await button.evaluate((el) => el === document.activeElement);
      }
      expect(reached, 'the copy button within 5 Tab presses of the text').toBe(true);
      await page.keyboard.press('Enter');
      const status = bar.getByRole('status');
      await expect.poll(() => status.textContent()).toBe('Copied the page as Markdown.');
      const expected = readFileSync(buildFile(sitePath(markdownPath(PAGE))), 'utf8');
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(expected);
      // Focus stays on the button, so the reader can go on from where they were.
      await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('says it could not copy, with the link to the Markdown, when the fetch or the clipboard fails', async () => {
    const browser = await launchBrowser({
      viewport: {width: 1280, height: 900},
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    try {
      const page = await browser.context.newPage();
      const mdUrl = pageUrl(markdownPath(PAGE));
      await page.route(mdUrl, (route) => route.fulfill({status: 503, body: 'unavailable'}));
      await page.goto(pageUrl(PAGE));
      await waitForHydration(page);
      const bar = page.getByTestId('copy-markdown');
      const status = bar.getByRole('status');
      await bar.getByRole('button', {name: 'Copy page as Markdown'}).press('Enter');
      await expect.poll(() => status.textContent()).toMatch(/^Could not copy the page\./);
      await expect(status.getByRole('link').getAttribute('href')).resolves.toBe(sitePath(markdownPath(PAGE)));

      // The clipboard refuses: the same message.
      await page.unroute(mdUrl);
      await page.reload();
      await waitForHydration(page);
      await page.evaluate(() => {
        const refuse = (): Promise<never> => Promise.reject(new DOMException('Refused', 'NotAllowedError'));
        Object.assign(navigator.clipboard, {write: refuse, writeText: refuse});
      });
      await bar.getByRole('button', {name: 'Copy page as Markdown'}).press('Enter');
      await expect.poll(() => status.textContent()).toMatch(/^Could not copy the page\./);
    } finally {
      await browser.close();
    }
  });

  it('is a plain link to the Markdown with JavaScript off', async () => {
    const browser = await launchBrowser({javaScriptEnabled: false});
    try {
      const page = await browser.context.newPage();
      await page.goto(pageUrl(PAGE));
      const bar = page.getByTestId('copy-markdown');
      await expect(bar.getByRole('button').count()).resolves.toBe(0);
      const link = bar.getByRole('link', {name: 'View as Markdown'});
      const href = await link.getAttribute('href');
      expect(href).toBe(sitePath(markdownPath(PAGE)));
      expect((await fetch(origin() + href)).status).toBe(200);
    } finally {
      await browser.close();
    }
  });
});
