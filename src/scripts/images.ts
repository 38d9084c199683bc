/**
 * `npm run images`: draws the site's raster images from the site's own data and
 * icon, in the machine's headless Chromium (./browser.ts), and writes them:
 *   static/img/social-card.png (1200x630, Open Graph / Twitter card),
 *   static/img/favicon-32.png, static/img/apple-touch-icon.png (180x180) and
 *   static/favicon.ico (32x32 PNG in an ICO), and
 *   static/img/previews/<slug>.png: each doc page's own preview card (1200x630;
 *   src/plugins/previews), drawn only when missing or stale (`-- --force`
 *   redraws all), stored as indexed PNGs with their key in a tEXt chunk;
 *   images of pages that no longer exist are deleted.
 * Not part of the build: run it after changing the design, the icon, the
 * matrix or a page's title or description, and commit the images. The build
 * fails while a page's preview image is missing or stale.
 */
import {mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Page} from 'playwright-core';
import {matrix} from '../data/matrix';
import {PREVIEW_HEIGHT, PREVIEW_WIDTH} from '../data/previews';
import {
  KEY_KEYWORD,
  PREVIEWS_DIR,
  icon as cardIcon,
  previewCard,
  previewDocsFromFiles,
  previewFile,
  previewKey,
  previewState,
} from '../plugins/previews/cards';
import {toIndexedPng, withPngText} from '../plugins/previews/png';
import {MIN_SUMMARY_PX, MIN_TITLE_PX, cardHtml, fitTextInPage} from '../plugins/previews/template';
import config from '../../docusaurus.config';
import {launchBrowser} from './browser';

const root = fileURLToPath(new URL('../..', import.meta.url));

const icon = readFileSync(join(root, 'static/img/favicon.svg'), 'utf8');
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The matrix as a grid of marks: filled = preferred, ring = possible, dot = not listed. */
function matrixSvg(): string {
  const col = 62;
  const row = 29;
  const left = 16;
  const top = 58;
  const width = left * 2 + col * matrix.methods.length;
  const height = top + row * matrix.useCases.length + 10;
  const parts: string[] = [];
  matrix.methods.forEach((m, i) => {
    const x = left + col * i + col / 2;
    parts.push(
      `<text x="${x}" y="38" text-anchor="middle" font-size="15" font-weight="700" fill="#1f2937">${esc(m.shortLabel.replace('Central data', 'Data'))}</text>`,
    );
  });
  matrix.useCases.forEach((u, r) => {
    const y = top + row * r + row / 2;
    if (r % 2 === 0)
      parts.push(`<rect x="6" y="${y - row / 2}" width="${width - 12}" height="${row}" rx="5" fill="#f1f5fb"/>`);
    matrix.methods.forEach((m, i) => {
      const x = left + col * i + col / 2;
      const fit = u.fits[m.id];
      if (fit === 'preferred') parts.push(`<circle cx="${x}" cy="${y}" r="8.5" fill="#0e6b3a"/>`);
      else if (fit === 'possible')
        parts.push(`<circle cx="${x}" cy="${y}" r="7.5" fill="#fff" stroke="#6b7280" stroke-width="2.5"/>`);
      else parts.push(`<circle cx="${x}" cy="${y}" r="2" fill="#c3c9d2"/>`);
    });
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

const card = `<!doctype html><html><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; }
  body { width: 1200px; height: 630px; overflow: hidden; font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif;
         background: #0b4f96; color: #fff; display: flex; }
  .text { flex: 1; padding: 64px 40px 56px 72px; display: flex; flex-direction: column; }
  .brand { display: flex; align-items: center; gap: 20px; }
  .brand svg { width: 76px; height: 76px; box-shadow: 0 0 0 3px rgba(255,255,255,.35); border-radius: 17px; }
  .kicker { font-size: 26px; letter-spacing: .08em; text-transform: uppercase; color: #cfe4ff; font-weight: 700; }
  h1 { font-size: 84px; line-height: 1; margin-top: 44px; font-weight: 700; letter-spacing: -.01em; }
  .lead { font-size: 36px; line-height: 1.25; margin-top: 28px; color: #e6f1ff; max-width: 640px; }
  .foot { margin-top: auto; font-size: 24px; color: #cfe4ff; }
  .panel { width: 404px; margin: 40px 48px 40px 0; background: #fff; border-radius: 22px; padding: 6px 14px 10px;
           display: flex; flex-direction: column; align-items: center; box-shadow: 0 10px 30px rgba(0,0,0,.25); }
  .legend { display: flex; gap: 22px; font-size: 16px; color: #1f2937; margin-top: 2px; }
  .legend span { display: inline-flex; align-items: center; gap: 7px; }
  .legend i { display: inline-block; width: 15px; height: 15px; border-radius: 50%; }
</style></head><body>
  <div class="text">
    <div class="brand">${icon}<div class="kicker">Mendix integration</div></div>
    <h1>Integration Guide</h1>
    <p class="lead">Which integration method fits which use case, and why.</p>
    <p class="foot">For solution architects and lead developers</p>
  </div>
  <div class="panel">
    ${matrixSvg()}
    <div class="legend"><span><i style="background:#0e6b3a"></i>Preferred</span><span><i style="border:2.5px solid #6b7280"></i>Possible</span></div>
  </div>
</body></html>`;

/** A 32x32 PNG wrapped in the ICO container (one image, PNG-compressed, as browsers accept since Vista). */
function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  const entry = Buffer.alloc(16);
  entry.writeUInt8(size, 0);
  entry.writeUInt8(size, 1);
  entry.writeUInt8(0, 2);
  entry.writeUInt8(0, 3);
  entry.writeUInt16LE(1, 4);
  entry.writeUInt16LE(32, 6);
  entry.writeUInt32LE(png.length, 8);
  entry.writeUInt32LE(22, 12);
  return Buffer.concat([header, entry, png]);
}

/** A screenshot of `html` at `width` x `height` CSS pixels, one device pixel each. */
async function shoot(page: Page, html: string, width: number, height: number, transparent = false): Promise<Buffer> {
  await page.setViewportSize({width, height});
  await page.setContent(html);
  return page.screenshot({type: 'png', omitBackground: transparent});
}

/** The icon alone, filling a `size` square on `background`. */
const iconHtml = (size: number, background: string): string =>
  `<!doctype html><html><head><style>*{margin:0}html,body{background:${background}}svg{display:block;width:${size}px;height:${size}px}</style></head><body>${icon}</body></html>`;

/** Draws the doc pages' cards that are missing or stale (all with --force); returns the number of failures. */
async function drawPreviews(page: Page, force: boolean): Promise<number> {
  const started = Date.now();
  const docs = await previewDocsFromFiles(root);
  mkdirSync(PREVIEWS_DIR, {recursive: true});
  const wanted = new Set(docs.map((doc) => previewFile(doc.slug)));
  const orphans = readdirSync(PREVIEWS_DIR)
    .map((name) => join(PREVIEWS_DIR, name))
    .filter((file) => !wanted.has(file));
  for (const file of orphans) rmSync(file);
  let drawn = 0;
  let failures = 0;
  for (const doc of docs) {
    const card = previewCard(doc, config.title);
    const key = previewKey(card);
    const file = previewFile(doc.slug);
    if (!force && previewState(file, key) === 'current') continue;
    await page.setViewportSize({width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT});
    await page.setContent(cardHtml(card, cardIcon()));
    const problems = await page.evaluate(fitTextInPage, {minTitle: MIN_TITLE_PX, minSummary: MIN_SUMMARY_PX});
    if (problems.length > 0) {
      console.error(
        `${doc.source}: its preview card overflows: ${problems.join('; ')}. Shorten the title or description.`,
      );
      failures += 1;
      continue;
    }
    const png = toIndexedPng(await page.screenshot({type: 'png'}));
    writeFileSync(file, withPngText(png, KEY_KEYWORD, key));
    drawn += 1;
  }
  const sizes = docs.map((doc) => statSync(previewFile(doc.slug), {throwIfNoEntry: false})?.size ?? 0);
  const total = sizes.reduce((a, b) => a + b, 0);
  console.log(
    `Previews: ${docs.length} pages, drew ${drawn}, deleted ${orphans.length} orphaned; ` +
      `${(total / 1024).toFixed(0)} KiB in ${relative(root, PREVIEWS_DIR)} (largest ${(Math.max(...sizes) / 1024).toFixed(1)} KiB), ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  return failures;
}

async function main(): Promise<void> {
  const {context, close} = await launchBrowser({deviceScaleFactor: 1});
  try {
    const page = await context.newPage();
    if ((await drawPreviews(page, process.argv.includes('--force'))) > 0) {
      process.exitCode = 1;
    }
    const write = (path: string, data: Buffer) => writeFileSync(join(root, path), data);
    write('static/img/social-card.png', await shoot(page, card, 1200, 630));
    const png32 = await shoot(page, iconHtml(32, 'transparent'), 32, 32, true);
    write('static/img/favicon-32.png', png32);
    write('static/favicon.ico', icoFromPng(png32, 32));
    // iOS rounds the touch icon itself and paints transparent corners black, so that one gets a full-bleed background.
    write('static/img/apple-touch-icon.png', await shoot(page, iconHtml(180, '#0b5cad'), 180, 180));
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
