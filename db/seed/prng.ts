/**
 * A small seeded pseudo-random generator (mulberry32), so that the same `today` always gives
 * the same demo data. Never used for anything secret.
 */

/** 32-bit FNV-1a hash of a string: turns a seed text into mulberry32's state. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** An amount in yuan between min and max (whole yuan), as an exact decimal string with cents. */
  amount(min: number, max: number): string;
}

/** A generator seeded by a text, e.g. `${today}:${personaKey}`. */
export function prng(seed: string): Prng {
  let state = fnv1a(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)]!,
    // Integer cents, formatted as text: no floating-point money.
    amount(min, max) {
      const cents = int(min * 100, max * 100);
      return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    },
  };
}
