/**
 * Decimal arithmetic for every amount and ratio in the policy library.
 *
 * `Dec` is a private clone of decimal.js so that no other code can change its
 * precision or rounding mode. Money is never a JavaScript number.
 *
 * RULES.md (rounding): each fund layer's payment for one event is rounded to
 * 0.01 half-up before the next layer uses it (`round2`).
 */
import Decimal from 'decimal.js';

export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
/** An instance of `Dec` (decimal.js types every clone's instances as `Decimal`). */
export type Dec = Decimal;

export const ZERO: Dec = new Dec(0);
export const ONE: Dec = new Dec(1);
export const HUNDRED: Dec = new Dec(100);

const SHARED: ReadonlyMap<string, Dec> = new Map(['0', '0.0', '0.00', '1'].map((t) => [t, new Dec(t)]));

/**
 * Parses a decimal string such as "20000.50" (callers validate the format first). Zero — what
 * most year-to-date fields send — is shared (decimals are immutable); anything else is parsed.
 */
export function dec(value: string | Dec): Dec {
  return typeof value === 'string' ? (SHARED.get(value) ?? new Dec(value)) : value;
}

/** Rounds to 0.01 yuan, half-up (the RULES.md rounding ruling). */
export function round2(value: Dec): Dec {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The smaller of two amounts. */
export function minDec(a: Dec, b: Dec): Dec {
  return a.lte(b) ? a : b;
}

/** The larger of two amounts. */
export function maxDec(a: Dec, b: Dec): Dec {
  return a.gte(b) ? a : b;
}

/** Clamps below at zero. */
export function nonNegative(value: Dec): Dec {
  return value.isNeg() ? ZERO : value;
}

/**
 * Formats an amount with exactly two decimals ("15520.00"), rounding half-up. Written
 * without `toFixed`, so no code path goes through a float, and without creating decimals when
 * the value already has two places or fewer (the hot path of every explanation).
 */
export function money(value: Dec): string {
  const r = value.decimalPlaces() <= 2 ? value : round2(value);
  if (r.isZero()) return '0.00';
  const text = r.toString();
  const neg = text.charCodeAt(0) === 45; // '-'
  const body = neg ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const out = dot < 0 ? `${body}.00` : body.length - dot === 2 ? `${body}0` : body;
  return neg ? `-${out}` : out;
}

/** Formats a ratio such as 0.85 as "85%" (or "72.5%"). */
export function percent(ratio: Dec): string {
  if (ratio.decimalPlaces() > 6) return `${ratio.times(100).toDecimalPlaces(4).toString()}%`;
  // Shift the decimal point two places in the text: no decimal arithmetic needed.
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

const moneyCache = new WeakMap<Dec, string>();
const percentCache = new WeakMap<Dec, string>();

/** `money()` for long-lived values (parameters): formatted once per value object. */
export function moneyOnce(value: Dec): string {
  let text = moneyCache.get(value);
  if (text === undefined) {
    text = money(value);
    moneyCache.set(value, text);
  }
  return text;
}

/** `percent()` for long-lived values (parameters): formatted once per value object. */
export function percentOnce(value: Dec): string {
  let text = percentCache.get(value);
  if (text === undefined) {
    text = percent(value);
    percentCache.set(value, text);
  }
  return text;
}

/** a + b without a new object when either is zero. */
export function plus(a: Dec, b: Dec): Dec {
  if (b.isZero()) return a;
  return a.isZero() ? b : a.plus(b);
}

/** a − b without a new object when b is zero. */
export function minus(a: Dec, b: Dec): Dec {
  return b.isZero() ? a : a.minus(b);
}

/** cap × factor, without a new object when the factor is 1 (the usual case). */
export function scaled(cap: Dec, factor: Dec): Dec {
  return factor.eq(1) ? cap : cap.times(factor);
}

/** Remaining room under an annual cap: max(0, cap − already paid). */
export function remainingCap(cap: Dec, paid: Dec): Dec {
  if (paid.isZero()) return cap;
  const left = cap.minus(paid);
  return left.isNeg() ? ZERO : left;
}

/** A ratio change in percentage points: "5" for 0.05. */
export function points(ratio: Dec): string {
  return ratio.times(100).toString();
}
