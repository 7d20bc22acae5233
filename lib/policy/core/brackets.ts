/**
 * Marginal brackets on a cumulative base (critical illness, tier 2): an event pays for the
 * slice of the year's base that it adds, each part at its bracket's rate (RULES.md §6 ruling).
 */
import { type Dec, ZERO } from './decimal';

/** One bracket of a marginal scale: the part of the base above `from` and up to `to` (null = no top). */
export interface Bracket {
  from: Dec;
  to: Dec | null;
  rate: Dec;
}

export interface Slice {
  /** Bounds of the part of the cumulative base this slice covers. */
  from: Dec;
  to: Dec;
  /** Its size (to − from) and the rate applied. */
  amount: Dec;
  rate: Dec;
  /** amount × rate, not rounded (the layer's total is rounded once). */
  pay: Dec;
}

/**
 * Pays the slice (before, after] of a cumulative base: each part at the rate of the bracket
 * it falls in. Returns the parts (for the explanation) and their exact sum (not rounded).
 */
export function marginal(before: Dec, after: Dec, brackets: readonly Bracket[]): { slices: Slice[]; total: Dec } {
  const slices: Slice[] = [];
  let total = ZERO;
  if (after.lte(before)) return { slices, total };
  for (const b of brackets) {
    const lo = before.gt(b.from) ? before : b.from;
    const hi = b.to === null || after.lt(b.to) ? after : b.to;
    if (hi.lte(lo)) continue;
    const amount = hi.minus(lo);
    const pay = amount.times(b.rate);
    slices.push({ from: lo, to: hi, amount, rate: b.rate, pay });
    total = total.plus(pay);
  }
  return { slices, total };
}
