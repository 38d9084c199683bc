/**
 * Node-only: the few PNG operations the preview images need, on the file's
 * chunks (PNG specification, 3rd edition): read the size from IHDR, read and
 * write a tEXt chunk (where `npm run images` stores each image's key), and
 * re-encode an 8-bit RGB/RGBA image with at most 256 colours as an indexed
 * one, losslessly, with maximum compression: headless Chromium's screenshots
 * are truecolour and lightly compressed.
 */
import {crc32, deflateSync, inflateSync} from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One chunk: its four-letter type and its data. */
export interface PngChunk {
  readonly type: string;
  readonly data: Buffer;
}

/** The chunks of a PNG file, in order; throws with `name` when the bytes are not a well-formed PNG. */
export function pngChunks(png: Buffer, name = 'the image'): PngChunk[] {
  if (png.length < 8 || !png.subarray(0, 8).equals(SIGNATURE)) throw new Error(`${name} is not a PNG file.`);
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at < png.length) {
    if (at + 12 > png.length) throw new Error(`${name}: a PNG chunk is cut off at byte ${at}.`);
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > png.length) throw new Error(`${name}: the PNG chunk ${type} is cut off.`);
    chunks.push({type, data: png.subarray(at + 8, at + 8 + length)});
    at += 12 + length;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR') throw new Error(`${name}: a PNG must start with IHDR.`);
  if (chunks.at(-1)?.type !== 'IEND') throw new Error(`${name}: the PNG has no IEND.`);
  return chunks;
}

/** The PNG's header fields. */
export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colourType: number;
}

/** The IHDR of a PNG file. */
export function pngHeader(png: Buffer, name?: string): PngHeader {
  const data = pngChunks(png, name)[0]?.data ?? Buffer.alloc(0);
  if (data.length < 13) throw new Error(`${name ?? 'the image'}: the PNG's IHDR is too short.`);
  return {
    width: data.readUInt32BE(0),
    height: data.readUInt32BE(4),
    bitDepth: data.readUInt8(8),
    colourType: data.readUInt8(9),
  };
}

/** The text of the first tEXt chunk with `keyword`, or undefined. */
export function pngText(png: Buffer, keyword: string, name?: string): string | undefined {
  for (const {type, data} of pngChunks(png, name)) {
    if (type !== 'tEXt') continue;
    const nul = data.indexOf(0);
    if (nul > 0 && data.toString('latin1', 0, nul) === keyword) return data.toString('latin1', nul + 1);
  }
  return undefined;
}

function encodeChunk({type, data}: PngChunk): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG file of these chunks. */
export function encodePng(chunks: readonly PngChunk[]): Buffer {
  return Buffer.concat([SIGNATURE, ...chunks.map(encodeChunk)]);
}

/** The PNG with `text` under `keyword` in a tEXt chunk (any earlier one with that keyword removed), before IEND. */
export function withPngText(png: Buffer, keyword: string, text: string): Buffer {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword) || !/^[\x20-\x7e]*$/.test(text)) {
    throw new Error(`A tEXt keyword and text must be printable ASCII here: ${keyword}=${text}`);
  }
  const kept = pngChunks(png).filter(
    ({type, data}) => type !== 'IEND' && !(type === 'tEXt' && data.toString('latin1', 0, data.indexOf(0)) === keyword),
  );
  const text_ = {type: 'tEXt', data: Buffer.from(`${keyword}\0${text}`, 'latin1')};
  return encodePng([...kept, text_, {type: 'IEND', data: Buffer.alloc(0)}]);
}

/** Undoes the per-row filters of non-interlaced 8-bit image data with `bpp` bytes per pixel. */
function unfilter(raw: Buffer, width: number, height: number, bpp: number): Buffer {
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const row = y * (stride + 1) + 1;
    const cur = y * stride;
    const prev = cur - stride;
    for (let x = 0; x < stride; x += 1) {
      const a = x >= bpp ? (out[cur + x - bpp] ?? 0) : 0;
      const b = y > 0 ? (out[prev + x] ?? 0) : 0;
      const c = x >= bpp && y > 0 ? (out[prev + x - bpp] ?? 0) : 0;
      let predictor: number;
      if (filter === 0) predictor = 0;
      else if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else throw new Error(`Unknown PNG filter ${String(filter)} in row ${y}.`);
      out[cur + x] = ((raw[row + x] ?? 0) + predictor) & 0xff;
    }
  }
  return out;
}

/** Squared distance between two 0xRRGGBB colours. */
function distance(a: number, b: number): number {
  const dr = ((a >> 16) & 0xff) - ((b >> 16) & 0xff);
  const dg = ((a >> 8) & 0xff) - ((b >> 8) & 0xff);
  const db = (a & 0xff) - (b & 0xff);
  return dr * dr + dg * dg + db * db;
}

/**
 * The same image as an indexed PNG (colour type 3, 8 bits), compressed at zlib's maximum, when it is 8-bit RGB or
 * RGBA, not interlaced and fully opaque; otherwise the input unchanged. With at most 256 colours the pixels are
 * identical. With more, the palette holds the 256 most frequent colours and every other colour becomes its nearest
 * one: in a flat card whose extra colours are the few pixels of antialiased text edges, the change is not
 * visible. Chunks other than IHDR, IDAT and IEND (e.g. sRGB) are dropped.
 */
export function toIndexedPng(png: Buffer): Buffer {
  const chunks = pngChunks(png);
  const ihdr = chunks[0]?.data ?? Buffer.alloc(13);
  const {width, height, bitDepth, colourType} = pngHeader(png);
  const bpp = colourType === 2 ? 3 : colourType === 6 ? 4 : 0;
  if (bitDepth !== 8 || bpp === 0 || ihdr[12] !== 0) return png;
  const pixels = unfilter(
    inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data))),
    width,
    height,
    bpp,
  );
  const colours = new Uint32Array(width * height);
  const counts = new Map<number, number>();
  for (let i = 0; i < colours.length; i += 1) {
    const p = i * bpp;
    if (bpp === 4 && pixels[p + 3] !== 255) return png;
    const rgb = (pixels.readUInt8(p) << 16) | (pixels.readUInt8(p + 1) << 8) | pixels.readUInt8(p + 2);
    colours[i] = rgb;
    counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
  }
  const palette = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([rgb]) => rgb)
    .slice(0, 256);
  const index = new Map(palette.map((rgb, i) => [rgb, i]));
  for (const rgb of counts.keys()) {
    if (index.has(rgb)) continue;
    let best = 0;
    palette.forEach((candidate, i) => {
      if (distance(rgb, candidate) < distance(rgb, palette[best] ?? 0)) best = i;
    });
    index.set(rgb, best);
  }
  const indexed = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) indexed[y * (width + 1) + 1 + x] = index.get(colours[y * width + x] ?? 0) ?? 0;
  }
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((rgb, i) => plte.writeUIntBE(rgb, i * 3, 3));
  const header = Buffer.from(ihdr);
  header[9] = 3;
  return encodePng([
    {type: 'IHDR', data: header},
    {type: 'PLTE', data: plte},
    {type: 'IDAT', data: deflateSync(indexed, {level: 9, memLevel: 9})},
    {type: 'IEND', data: Buffer.alloc(0)},
  ]);
}
