/**
 * Preview images: each doc page maps to its own file under static/img/previews
 * (by slug); a use-case page's card carries its matrix row in words; the key
 * changes with everything the card shows and nothing else; the freshness check
 * tells current, missing and stale images apart and names the page, file and
 * command; every committed image is current, 1200 x 630 and used; the PNG
 * helpers keep pixels and the key; the plugin reads its options and the docs.
 */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {deflateSync, inflateSync} from 'node:zlib';
import {afterEach, describe, expect, it} from 'vitest';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import config from '../../docusaurus.config';
import {matrix} from '../../src/data/matrix';
import {fitLabel} from '../../src/data/queries';
import {PREVIEW_HEIGHT, PREVIEW_WIDTH, previewAlt, previewFileName, previewImagePath} from '../../src/data/previews';
import {
  KEY_KEYWORD,
  PREVIEWS_DIR,
  previewCard,
  previewDocsFromFiles,
  previewFile,
  previewKey,
  previewProblems,
  previewRow,
  previewState,
  type PreviewDoc,
} from '../../src/plugins/previews/cards';
import {encodePng, pngChunks, pngHeader, pngText, toIndexedPng, withPngText} from '../../src/plugins/previews/png';
import {previewDocs, readOptions} from '../../src/plugins/previews';

const GUIDE = config.title;
const docs = await previewDocsFromFiles();
const iot: PreviewDoc = {
  title: 'Integration with IoT solutions',
  description: 'Measurements from devices.',
  slug: '/iot',
  source: 'docs/use-cases/iot.mdx',
};

const temps: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'ig-previews-'));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, {recursive: true, force: true});
});

/** An 8-bit RGB PNG of `pixels` (3 bytes each), each row with the given filter (0 none, 1 sub, 2 up). */
function rgbPng(width: number, height: number, pixels: Buffer, filters: readonly number[]): Buffer {
  const stride = width * 3;
  const rows = Array.from({length: height}, (_, y) => {
    const filter = filters[y % filters.length] ?? 0;
    const row = Buffer.alloc(stride + 1);
    row[0] = filter;
    for (let x = 0; x < stride; x += 1) {
      const value = pixels[y * stride + x] ?? 0;
      const left = x >= 3 ? (pixels[y * stride + x - 3] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      row[x + 1] = (value - (filter === 1 ? left : filter === 2 ? up : 0)) & 0xff;
    }
    return row;
  });
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return encodePng([
    {type: 'IHDR', data: ihdr},
    {type: 'IDAT', data: deflateSync(Buffer.concat(rows))},
    {type: 'IEND', data: Buffer.alloc(0)},
  ]);
}

/** The RGB pixels of an indexed, unfiltered PNG (what toIndexedPng writes). */
function indexedPixels(png: Buffer): Buffer {
  const chunks = pngChunks(png);
  const {width, height} = pngHeader(png);
  const palette = chunks.find((c) => c.type === 'PLTE')?.data ?? Buffer.alloc(0);
  const data = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const out = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    expect(data[y * (width + 1)]).toBe(0);
    for (let x = 0; x < width; x += 1) {
      const i = data[y * (width + 1) + 1 + x] ?? 0;
      palette.copy(out, (y * width + x) * 3, i * 3, i * 3 + 3);
    }
  }
  return out;
}

describe('the page-to-image mapping', () => {
  it('names a doc image after its slug, under the previews folder', () => {
    expect(previewFileName('/iot')).toBe('iot.png');
    expect(previewFileName('/')).toBe('index.png');
    expect(previewFileName('/a/b/')).toBe('a--b.png');
    expect(previewImagePath('/glossary')).toBe('/img/previews/glossary.png');
    expect(previewFile('/iot', '/x')).toBe('/x/iot.png');
  });

  it('refuses a slug that cannot name a file, saying why', () => {
    expect(() => previewFileName('/Über uns')).toThrow(/lowercase letters.*"\/Über uns"/);
  });

  it('gives every doc page its own file', () => {
    expect(docs.length).toBeGreaterThanOrEqual(matrix.useCases.length);
    const files = docs.map((doc) => previewFileName(doc.slug));
    expect(new Set(files).size).toBe(docs.length);
  });

  it('reads the pages as the docs plugin does: heading as fallback title, no partials or drafts, slug required', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'docs/_parts'), {recursive: true});
    writeFileSync(join(root, 'docs/a.mdx'), '---\nslug: /a\ndescription: "Quoted: yes"\n---\n\n# Heading A\n\nText.\n');
    writeFileSync(join(root, 'docs/_partial.mdx'), '---\nslug: /p\n---\n# P\n');
    writeFileSync(join(root, 'docs/_parts/q.mdx'), '---\nslug: /q\n---\n# Q\n');
    writeFileSync(join(root, 'docs/draft.mdx'), '---\nslug: /d\ndraft: true\n---\n# D\n');
    expect(await previewDocsFromFiles(root)).toEqual([
      {title: 'Heading A', description: 'Quoted: yes', slug: '/a', source: 'docs/a.mdx'},
    ]);
    writeFileSync(join(root, 'docs/b.mdx'), '---\ntitle: B\n---\nText.\n');
    await expect(previewDocsFromFiles(root)).rejects.toThrow(/docs\/b\.mdx: a page needs a slug/);
  });

  it('names the page and the guide in the text alternative', () => {
    expect(previewAlt('Integration with IoT solutions', GUIDE)).toBe(
      `Integration with IoT solutions: a page of the ${GUIDE}`,
    );
    expect(previewAlt(GUIDE, GUIDE)).toContain(GUIDE);
  });
});

describe('a card', () => {
  it('shows a use case page its row of the matrix, each method with its fit in words', () => {
    for (const useCase of matrix.useCases) {
      const doc = docs.find((d) => d.slug === `/${useCase.id}`);
      expect(doc, `a page for ${useCase.id}`).toBeDefined();
      const row = previewCard(doc!, GUIDE).row;
      expect(row?.map((cell) => cell.method)).toEqual(matrix.methods.map((m) => m.shortLabel));
      expect(row?.map((cell) => cell.fit)).toEqual(matrix.methods.map((m) => fitLabel(useCase.fits[m.id])));
    }
  });

  it('shows other pages no row', () => {
    const others = docs.filter((d) => !matrix.useCases.some((u) => `/${u.id}` === d.slug));
    expect(others.length).toBeGreaterThan(0);
    for (const doc of others) expect(previewRow(doc.slug), doc.source).toBeUndefined();
  });

  it('shows the page title and front-matter description', () => {
    expect(previewCard(iot, GUIDE)).toMatchObject({guide: GUIDE, title: iot.title, summary: iot.description});
  });

  it('refuses a page without a title or description, naming its file', () => {
    expect(() => previewCard({...iot, description: ' '}, GUIDE)).toThrow(/docs\/use-cases\/iot\.mdx.*description/);
    expect(() => previewCard({...iot, title: ''}, GUIDE)).toThrow(/docs\/use-cases\/iot\.mdx.*title/);
  });
});

describe('the key', () => {
  const card = previewCard(iot, GUIDE);
  const key = previewKey(card);

  it('is 16 hex digits and the same for the same card', () => {
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(previewKey(previewCard({...iot}, GUIDE))).toBe(key);
  });

  it('changes with the title, the summary, the row, the guide and the icon', () => {
    const variants = [
      previewKey({...card, title: `${card.title}!`}),
      previewKey({...card, summary: `${card.summary} More.`}),
      previewKey({...card, row: card.row?.map((c, i) => (i === 0 ? {...c, fit: 'Possible'} : c))}),
      previewKey({...card, row: undefined}),
      previewKey({...card, guide: 'Another Guide'}),
      previewKey(card, '<svg></svg>'),
    ];
    for (const variant of variants) expect(variant).not.toBe(key);
    expect(new Set(variants).size).toBe(variants.length);
  });
});

describe('the freshness check', () => {
  const key = previewKey(previewCard(iot, GUIDE));
  const image = withPngText(rgbPng(2, 2, Buffer.alloc(12, 255), [0]), KEY_KEYWORD, key);

  it('tells current, missing and stale images apart', () => {
    const dir = tempDir();
    const file = join(dir, 'iot.png');
    expect(previewState(file, key)).toBe('missing');
    writeFileSync(file, image);
    expect(previewState(file, key)).toBe('current');
    expect(previewState(file, previewKey(previewCard({...iot, title: 'Other'}, GUIDE)))).toBe('stale');
    writeFileSync(file, withPngText(image, KEY_KEYWORD, '0000000000000000'));
    expect(previewState(file, key)).toBe('stale');
    writeFileSync(file, 'not a png');
    expect(previewState(file, key)).toBe('stale');
  });

  it('names the page, the image and the command for each missing or stale image, and nothing when current', () => {
    const dir = tempDir();
    const glossary: PreviewDoc = {title: 'Glossary', description: 'Terms.', slug: '/glossary', source: 'docs/g.mdx'};
    expect(previewProblems([iot, glossary], GUIDE, dir)).toEqual([
      expect.stringMatching(
        /^docs\/use-cases\/iot\.mdx: .*static\/img\/previews\/iot\.png is missing: run `npm run images`/,
      ),
      expect.stringMatching(/^docs\/g\.mdx: .*glossary\.png is missing/),
    ]);
    writeFileSync(join(dir, 'iot.png'), image);
    writeFileSync(join(dir, 'glossary.png'), image);
    expect(previewProblems([iot, glossary], GUIDE, dir)).toEqual([
      expect.stringMatching(/^docs\/g\.mdx: .*glossary\.png is stale .*`npm run images`/),
    ]);
    expect(previewProblems([iot], GUIDE, dir)).toEqual([]);
  });

  it('finds every committed image current, used, indexed and 1200 x 630', () => {
    expect(previewProblems(docs, GUIDE)).toEqual([]);
    const expected = docs.map((doc) => previewFileName(doc.slug)).sort();
    expect(readdirSync(PREVIEWS_DIR).sort()).toEqual(expected);
    for (const name of expected) {
      const png = readFileSync(join(PREVIEWS_DIR, name));
      expect(pngHeader(png, name), name).toMatchObject({width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, colourType: 3});
      expect(png.length, name).toBeLessThan(48 * 1024);
    }
  });
});

describe('the PNG helpers', () => {
  const pixels = Buffer.from(Array.from({length: 4 * 3 * 3}, (_, i) => (i * 37) % 256));
  const png = rgbPng(4, 3, pixels, [0, 1, 2]);

  it('read the header and keep a text chunk, replacing an earlier one', () => {
    expect(pngHeader(png)).toEqual({width: 4, height: 3, bitDepth: 8, colourType: 2});
    const once = withPngText(png, 'k', 'one');
    const twice = withPngText(once, 'k', 'two');
    expect(pngText(once, 'k')).toBe('one');
    expect(pngText(twice, 'k')).toBe('two');
    expect(pngChunks(twice).filter((c) => c.type === 'tEXt')).toHaveLength(1);
    expect(pngText(png, 'k')).toBeUndefined();
  });

  it('refuse bytes that are not a PNG, naming them', () => {
    expect(() => pngHeader(Buffer.from('GIF89a'), 'x.png')).toThrow('x.png is not a PNG file.');
    expect(() => pngChunks(png.subarray(0, 30), 'cut.png')).toThrow(/cut\.png/);
  });

  it('make an indexed PNG with the same pixels when there are at most 256 colours', () => {
    const indexed = toIndexedPng(png);
    expect(pngHeader(indexed).colourType).toBe(3);
    expect(indexedPixels(indexed).equals(pixels)).toBe(true);
  });

  it('map colours beyond 256 to the nearest of the most frequent', () => {
    // 300 distinct greys: 0..255 once each would fit; add 44 near-white ones (odd blue) that must merge.
    const width = 300;
    const grey = Buffer.alloc(width * 3);
    for (let x = 0; x < width; x += 1) {
      const v = x < 256 ? x : 255;
      grey.writeUInt8(v, x * 3);
      grey.writeUInt8(v, x * 3 + 1);
      grey.writeUInt8(x < 256 ? v : 255 - (x - 255), x * 3 + 2);
    }
    const twoRows = Buffer.concat([grey, Buffer.alloc(width * 3, 0)]);
    const out = indexedPixels(toIndexedPng(rgbPng(width, 2, twoRows, [1, 2])));
    let worst = 0;
    for (let i = 0; i < out.length; i += 1) worst = Math.max(worst, Math.abs((out[i] ?? 0) - (twoRows[i] ?? 0)));
    expect(worst).toBeGreaterThan(0);
    expect(worst).toBeLessThanOrEqual(44);
  });
});

describe('the build plugin', () => {
  it('reads its options and refuses others', () => {
    expect(readOptions(undefined)).toEqual({strict: true});
    expect(readOptions({strict: false})).toEqual({strict: false});
    expect(() => readOptions({strict: 'no'})).toThrow(/strict\?: boolean/);
  });

  it('reads the docs plugin’s title, front-matter description, slug and file', () => {
    const content = {
      loadedVersions: [
        {
          docs: [
            {
              title: 'T',
              description: 'from the first paragraph',
              slug: '/t',
              source: '@site/docs/t.mdx',
              frontMatter: {description: 'D'},
            },
          ],
        },
      ],
    } as unknown as DocsContent;
    expect(previewDocs(content)).toEqual([{title: 'T', description: 'D', slug: '/t', source: 'docs/t.mdx'}]);
  });
});
