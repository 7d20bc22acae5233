/**
 * Small general helpers used by the care rules (hospital, outpatient, special disease,
 * Shaoyang). They are not specific to a clause; they belong in `core/` and should move
 * there when the lead merges (see lib/policy/README.md, "What should move to core").
 *
 * - `parameterSet`: looks up a fixed set of dated parameters for one date, once, and keeps
 *   the result for later requests on the same date (the hot path of every estimate).
 * - `marginal`: pays the slice (before, after] of a cumulative base by brackets.
 * - `invalid`: builds the `invalid_input` error for cross-field rules zod cannot express
 *   with bilingual messages.
 */
import { Dec as D, type Dec, ZERO, percent, round2, type Parameter, type ParamUse, type PolicyIssue, type Bilingual } from '../../core';

type UseOf<P> = P extends Parameter<infer T> ? ParamUse<T> : never;
export type ParameterValues<P extends Record<string, Parameter<unknown>>> = { readonly [K in keyof P]: UseOf<P[K]> };

export interface ParameterSet<P extends Record<string, Parameter<unknown>>> {
  readonly parameters: P;
  /** Every parameter's value in force on `date` (throws `unsupported_date` at `path`). */
  at(date: string, path?: string): ParameterValues<P>;
}

const CACHE_LIMIT = 4096;

/**
 * Groups parameters that one rule reads together. A lookup resolves each parameter with its
 * own `at()` (so an unsupported date is reported exactly as the parameter would), then keeps
 * the frozen result per date: thousands of estimates on the same dates cost one Map lookup.
 */
export function parameterSet<P extends Record<string, Parameter<unknown>>>(parameters: P): ParameterSet<P> {
  const cache = new Map<string, ParameterValues<P>>();
  const keys = Object.keys(parameters) as (keyof P & string)[];
  return {
    parameters,
    at(date: string, path = 'date') {
      const hit = cache.get(date);
      if (hit !== undefined) return hit;
      const values = {} as Record<string, ParamUse<unknown>>;
      for (const k of keys) values[k] = Object.freeze(parameters[k]!.at(date, path));
      const frozen = Object.freeze(values) as unknown as ParameterValues<P>;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(date, frozen);
      return frozen;
    },
  };
}

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

/** Remaining room under an annual cap: max(0, cap − already paid). */
export function remainingCap(cap: Dec, paid: Dec): Dec {
  if (paid.isZero()) return cap;
  const left = cap.minus(paid);
  return left.isNeg() ? ZERO : left;
}

export function issue(path: string, message: Bilingual): PolicyIssue {
  return { path, message };
}

/** A plain decimal string without trailing zeros ("16012.3"), for exact intermediate products. */
export function plain(value: Dec): string {
  return value.toDecimalPlaces(6).toString();
}

// ---------------------------------------------------------------------------------------
// Fast formatting (the hot path of every explanation). Profiling showed that most of an
// estimate's time went to creating decimal.js objects, and core's `money()` / `percent()`
// create two each per call. These give the same text without creating any when the value
// already has two decimals or fewer; tests check them against `money()` / `percent()`.
// They should replace the bodies of core's `money()` and `percent()`.
// ---------------------------------------------------------------------------------------

/** Same result as core `money()`: two decimals, half-up. */
export function fmt(value: Dec): string {
  const r = value.decimalPlaces() <= 2 ? value : round2(value);
  if (r.isZero()) return '0.00';
  const text = r.toString();
  const neg = text.charCodeAt(0) === 45; // '-'
  const body = neg ? text.slice(1) : text;
  const dot = body.indexOf('.');
  let out: string;
  if (dot < 0) out = `${body}.00`;
  else if (body.length - dot === 2) out = `${body}0`;
  else out = body;
  return neg ? `-${out}` : out;
}

/** Same result as core `percent()` for ratios with at most six decimals: 0.85 → "85%". */
export function pct(ratio: Dec): string {
  if (ratio.decimalPlaces() > 6) return percent(ratio);
  const text = ratio.toString();
  const neg = text.charCodeAt(0) === 45;
  const body = neg ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const whole = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot + 1);
  const padded = frac.length >= 2 ? frac : `${frac}00`.slice(0, 2);
  let int = `${whole}${padded.slice(0, 2)}`;
  let i = 0;
  while (i < int.length - 1 && int.charCodeAt(i) === 48) i += 1;
  int = int.slice(i);
  const rest = padded.slice(2);
  const result = rest.length > 0 ? `${int}.${rest}` : int;
  return `${neg && result !== '0' ? '-' : ''}${result}%`;
}

const SHARED: ReadonlyMap<string, Dec> = new Map(['0', '0.0', '0.00', '1'].map((t) => [t, new D(t)]));

/**
 * Parses a validated amount string. Zero — what most year-to-date fields send — is shared
 * (decimals are immutable); anything else is parsed (a cache costs more than it saves when
 * most amounts differ).
 */
export function amount(text: string): Dec {
  return SHARED.get(text) ?? new D(text);
}

/** a + b without a new object when either is zero. */
export function plus(a: Dec, b: Dec): Dec {
  if (b.isZero()) return a;
  return a.isZero() ? b : a.plus(b);
}

const fmtCache = new WeakMap<Dec, string>();
const pctCache = new WeakMap<Dec, string>();

/** `fmt` for long-lived values (parameters): formatted once per value object. */
export function fmtParam(value: Dec): string {
  let text = fmtCache.get(value);
  if (text === undefined) {
    text = fmt(value);
    fmtCache.set(value, text);
  }
  return text;
}

/** `pct` for long-lived values (parameters): formatted once per value object. */
export function pctParam(value: Dec): string {
  let text = pctCache.get(value);
  if (text === undefined) {
    text = pct(value);
    pctCache.set(value, text);
  }
  return text;
}

/** a − b without a new object when b is zero. */
export function minus(a: Dec, b: Dec): Dec {
  return b.isZero() ? a : a.minus(b);
}

/** cap × factor, without a new object when the factor is 1 (the usual case). */
export function scaled(cap: Dec, factor: Dec): Dec {
  return factor.eq(1) ? cap : cap.times(factor);
}
