import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FAVICON_SIZES, iconFiles } from './icons';

const publicFile = (name: string) => readFileSync(path.join(process.cwd(), 'public', name));

/** Decodes the PNGs this script writes (RGBA, filter 0 on every row). */
function decodePng(bytes: Buffer): { size: number; pixel: (x: number, y: number) => number[] } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const size = bytes.readUInt32BE(16);
  expect(bytes.readUInt32BE(20)).toBe(size);
  const idat: Buffer[] = [];
  for (let o = 8; o < bytes.length;) {
    const length = bytes.readUInt32BE(o);
    if (bytes.toString('ascii', o + 4, o + 8) === 'IDAT') idat.push(bytes.subarray(o + 8, o + 8 + length));
    o += length + 12;
  }
  const rows = inflateSync(Buffer.concat(idat));
  return { size, pixel: (x, y) => [...rows.subarray(y * (size * 4 + 1) + 1 + x * 4, y * (size * 4 + 1) + 1 + x * 4 + 4)] };
}

describe('public/ icons', () => {
  it('are exactly what scripts/icons.ts draws (run `npm run icons` after changing it)', () => {
    for (const [name, bytes] of Object.entries(iconFiles())) expect(publicFile(name).equals(bytes), name).toBe(true);
  });

  it('favicon.ico holds 16, 32 and 48 px PNG images of the white cross on the brand blue', () => {
    const ico = publicFile('favicon.ico');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, FAVICON_SIZES.length]);
    FAVICON_SIZES.forEach((size, i) => {
      const e = 6 + 16 * i;
      expect([ico.readUInt8(e), ico.readUInt8(e + 1), ico.readUInt16LE(e + 6)]).toEqual([size, size, 32]);
      const image = decodePng(ico.subarray(ico.readUInt32LE(e + 12), ico.readUInt32LE(e + 12) + ico.readUInt32LE(e + 8)));
      expect(image.size).toBe(size);
      const at = (fx: number, fy: number) => image.pixel(Math.floor(fx * size), Math.floor(fy * size));
      expect(at(0.5, 0.5)).toEqual([255, 255, 255, 255]); // the cross
      expect(at(0.1, 0.5)).toEqual([0x0b, 0x4f, 0x8a, 255]); // the blue beside it
      expect(at(0, 0)[3]).toBeLessThan(128); // a rounded, transparent corner
    });
  });

  it('the SVG draws the same shapes', () => {
    const svg = publicFile('icon.svg').toString('utf8');
    expect(svg).toContain('viewBox="0 0 64 64"');
    expect(svg).toContain('fill="#0b4f8a"');
    expect(svg).not.toMatch(/<script|style=/); // nothing a CSP would block
  });

  it('the touch icon is a full square (iOS rounds it)', () => {
    const image = decodePng(publicFile('apple-touch-icon.png'));
    expect(image.size).toBe(180);
    expect(image.pixel(0, 0)).toEqual([0x0b, 0x4f, 0x8a, 255]);
  });
});

describe('public/robots.txt', () => {
  const rules = publicFile('robots.txt')
    .toString('utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));

  /** Google's and RFC 9309's reading: the longest matching rule wins, Allow on a tie. */
  function allowed(urlPath: string): boolean {
    let best: { length: number; allow: boolean } = { length: -1, allow: true };
    for (const line of rules) {
      const m = /^(Allow|Disallow):\s*(\S*)$/.exec(line);
      if (!m) continue;
      const pattern = m[2]!;
      const anchored = pattern.endsWith('$');
      const prefix = anchored ? pattern.slice(0, -1) : pattern;
      const matches = anchored ? urlPath === prefix : urlPath.startsWith(prefix);
      const allow = m[1] === 'Allow';
      if (matches && (prefix.length > best.length || (prefix.length === best.length && allow))) best = { length: prefix.length, allow };
    }
    return best.allow;
  }

  it('applies to every crawler', () => {
    expect(rules[0]).toBe('User-agent: *');
  });

  it('lets crawlers read the sign-in page and what renders it, nothing else', () => {
    for (const p of ['/signin', '/_next/static/chunks/app.js', '/favicon.ico', '/icon.svg']) expect(allowed(p), p).toBe(true);
    const signedIn = ['/', '/me', '/me/history', '/api/me', '/api/auth/session', '/signin/../me', '/signinx', '/anything-new'];
    for (const p of signedIn) expect(allowed(p), p).toBe(false);
  });
});
