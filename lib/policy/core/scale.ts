/**
 * Marginal scales on a cumulative base (critical illness, tier 2): an event pays for the slice of
 * the year's base that it adds, each part at the rate of the band it falls in (RULES.md §6 ruling).
 *
 * One shape for every scale: bands `{ upTo, rate }` in order, each covering the base above the
 * previous band's top (or the scale's start) up to `upTo` (`null`: no top). A dated scale is a
 * parameter (`defineScale`); `marginal()` pays a slice of any scale.
 */
import { type Dec, Dec as D, ZERO, gt, lt, lte, minus, plus } from './decimal';
import { defineParameter, type Parameter, type ParameterSpec } from './params';

export interface ScaleBand {
  /** Top of the band (inclusive, "含"); null = no top. */
  readonly upTo: Dec | null;
  readonly rate: Dec;
}

export type Scale = readonly ScaleBand[];

/** A dated scale: each value is its bands as decimal strings, `[{ upTo: '5000', rate: '0.50' }, …, { upTo: null, rate: '0.90' }]`. */
export function defineScale(spec: ParameterSpec<readonly { upTo: string | null; rate: string }[]>): Parameter<Scale> {
  return defineParameter(spec, (raw) => raw.map((b) => ({ upTo: b.upTo === null ? null : new D(b.upTo), rate: new D(b.rate) })));
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

export interface MarginalOptions {
  /** Where the scale starts (nothing below it is paid); default 0. */
  from?: Dec;
  /** Adjusts a band's rate for this event (a reduction, halving); default: as it is. */
  rate?: (rate: Dec) => Dec;
}

/**
 * Pays the slice (before, after] of a cumulative base: each part at the (adjusted) rate of the
 * band it falls in. Returns the parts (for the explanation) and their exact sum (not rounded).
 */
export function marginal(before: Dec, after: Dec, scale: Scale, options: MarginalOptions = {}): { slices: Slice[]; total: Dec } {
  const slices: Slice[] = [];
  let total = ZERO;
  if (lte(after, before)) return { slices, total };
  let from = options.from ?? ZERO;
  for (const band of scale) {
    const lo = gt(before, from) ? before : from;
    const hi = band.upTo === null || lt(after, band.upTo) ? after : band.upTo;
    if (band.upTo !== null) from = band.upTo;
    if (lte(hi, lo)) continue;
    const rate = options.rate === undefined ? band.rate : options.rate(band.rate);
    const amount = minus(hi, lo);
    const pay = amount.times(rate);
    slices.push({ from: lo, to: hi, amount, rate, pay });
    total = plus(total, pay);
  }
  return { slices, total };
}
