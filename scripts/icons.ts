/**
 * `npm run icons`: draws the portal's icon — a white medical cross on the brand blue — from one
 * geometry into public/icon.svg, public/favicon.ico (16, 32 and 48 px PNGs) and
 * public/apple-touch-icon.png (180 px, square: iOS rounds the corners itself). No image tool
 * needed: the rasteriser below supersamples the two shapes, and PNG/ICO are written by hand.
 * scripts/icons.test.ts checks that the committed files are what this script draws.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** The brand blue of app/globals.css (--color-brand). */
const BRAND = [0x0b, 0x4f, 0x8a] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
/** Design grid: a 64 × 64 square with 12-unit corners; the cross's arms are 16 units wide. */
const GRID = 64;
const CORNER = 12;
const CROSS: readonly [number, number, number, number][] = [
  [24, 12, 40, 52], // x0, y0, x1, y1: the upright
  [12, 24, 52, 40], // the bar
];

export function iconSvg(): string {
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">',
    `<rect width="64" height="64" rx="${CORNER}" fill="#0b4f8a"/>`,
    '<path fill="#ffffff" d="M24 12h16v12h12v16H40v12H24V40H12V24h12z"/>',
    '</svg>',
    '',
  ].join('\n');
}

function insideRoundedSquare(x: number, y: number, corner: number): boolean {
  if (x < 0 || y < 0 || x > GRID || y > GRID) return false;
  const cx = Math.min(Math.max(x, corner), GRID - corner);
  const cy = Math.min(Math.max(y, corner), GRID - corner);
  return (x - cx) ** 2 + (y - cy) ** 2 <= corner ** 2;
}

const insideCross = (x: number, y: number) => CROSS.some(([x0, y0, x1, y1]) => x >= x0 && x < x1 && y >= y0 && y < y1);

/** RGBA pixels of the icon at `size` px, each pixel averaged over 8 × 8 samples. */
export function rasterise(size: number, corner = CORNER): Uint8Array {
  const n = 8;
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let square = 0;
      let cross = 0;
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          const x = ((px + (sx + 0.5) / n) * GRID) / size;
          const y = ((py + (sy + 0.5) / n) * GRID) / size;
          if (!insideRoundedSquare(x, y, corner)) continue;
          square += 1;
          if (insideCross(x, y)) cross += 1;
        }
      }
      const o = (py * size + px) * 4;
      for (let c = 0; c < 3; c += 1) pixels[o + c] = square ? Math.round((cross * WHITE[c]! + (square - cross) * BRAND[c]!) / square) : 0;
      pixels[o + 3] = Math.round((square * 255) / (n * n));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, i) => {
  let c = i;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** A truecolour-with-alpha PNG of square RGBA pixels. */
export function png(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method variants, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1); // filter 0 per row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** An .ico holding PNG images (every browser since IE 9 reads them). */
export function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e);
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

export const FAVICON_SIZES = [16, 32, 48] as const;

/** Every file of public/ this script draws, by name. */
export function iconFiles(): Record<string, Buffer> {
  return {
    'icon.svg': Buffer.from(iconSvg(), 'utf8'),
    'favicon.ico': ico(FAVICON_SIZES.map((size) => ({ size, data: png(size, rasterise(size)) }))),
    'apple-touch-icon.png': png(180, rasterise(180, 0)),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = path.join(process.cwd(), 'public');
  for (const [name, bytes] of Object.entries(iconFiles())) {
    writeFileSync(path.join(dir, name), bytes);
    console.log(`public/${name}: ${bytes.length} bytes`);
  }
}
