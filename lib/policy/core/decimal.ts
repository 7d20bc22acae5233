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

/**
 * Comparisons without creating decimals. decimal.js's own `cmp` (behind `lt`, `lte`, `eq`, …)
 * copies its argument into a new Decimal first; these read the documented instance properties
 * instead — `s` (sign), `e` (exponent), `d` (digits in base 10^7, no trailing zero words) — and
 * compare exactly as decimal.js does after that copy. Finite values only (the library has no other).
 */
export function cmp(a: Dec, b: Dec): number {
  const ad = a.d;
  const bd = b.d;
  if (ad[0] === 0) return bd[0] === 0 ? 0 : -b.s;
  if (bd[0] === 0) return a.s;
  const sign = a.s;
  if (sign !== b.s) return sign;
  if (a.e !== b.e) return a.e > b.e ? sign : -sign;
  const n = ad.length < bd.length ? ad.length : bd.length;
  for (let i = 0; i < n; i += 1) {
    const x = ad[i]!;
    const y = bd[i]!;
    if (x !== y) return x > y ? sign : -sign;
  }
  return ad.length === bd.length ? 0 : ad.length > bd.length ? sign : -sign;
}

/** a < b */
export function lt(a: Dec, b: Dec): boolean {
  return cmp(a, b) < 0;
}

/** a ≤ b */
export function lte(a: Dec, b: Dec): boolean {
  return cmp(a, b) <= 0;
}

/** a > b */
export function gt(a: Dec, b: Dec): boolean {
  return cmp(a, b) > 0;
}

/** True for zero (decimal.js keeps zero as the single digit word 0). */
export function isZero(value: Dec): boolean {
  return value.d[0] === 0;
}

/** The smaller of two amounts. */
export function minDec(a: Dec, b: Dec): Dec {
  return cmp(a, b) <= 0 ? a : b;
}

/** The larger of two amounts. */
export function maxDec(a: Dec, b: Dec): Dec {
  return cmp(a, b) >= 0 ? a : b;
}

/** Clamps below at zero. */
export function nonNegative(value: Dec): Dec {
  return value.s < 0 ? ZERO : value;
}

/** A value's decimal places, as `decimalPlaces()` counts them (without the call). */
function places(value: Dec): number {
  const d = value.d;
  const last = d.length - 1;
  let n = (last - Math.floor(value.e / 7)) * 7;
  let w = d[last]!;
  if (w !== 0) {
    while (w % 10 === 0) {
      w /= 10;
      n -= 1;
    }
  }
  return n < 0 ? 0 : n;
}

/** The digits of a value's coefficient as text, without trailing zeros ("12345" for 123.45, "1" for 100). */
function coefficient(d: readonly number[]): string {
  let text = String(d[0]);
  for (let i = 1; i < d.length; i += 1) {
    const w = String(d[i]);
    text += w.length === 7 ? w : `${'000000'.slice(w.length - 1)}${w}`;
  }
  let end = text.length;
  while (end > 1 && text.charCodeAt(end - 1) === 48) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/** Rounds to 0.01 yuan, half-up (the RULES.md rounding ruling); a value with two places or fewer is returned as it is. */
export function round2(value: Dec): Dec {
  return places(value) <= 2 ? value : value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * Formats an amount with exactly two decimals ("15520.00"), rounding half-up. Written
 * without `toFixed`, so no code path goes through a float, and straight from the digits (the
 * hot path of every explanation and response): decimal.js keeps a value as base-10^7 words `d`
 * and the exponent `e` of its first digit, so a value under 10 000 000 with two places or fewer
 * is its first word, a point and the first two digits of the second word. Anything else — more
 * places (rounded by decimal.js first), larger values — goes through the digits as text.
 */
export function money(value: Dec): string {
  const d = value.d;
  const first = d[0]!;
  if (first === 0) return '0.00';
  const e = value.e;
  if (e >= 0 && e < 7) {
    // the first word is the whole integer part; the second holds the first seven decimals
    if (d.length === 1) return value.s < 0 ? `-${first}.00` : `${first}.00`;
    const f = d[1]!;
    if (d.length === 2 && f % 100000 === 0) {
      const cents = f / 100000; // 0–99: the first two of seven decimal digits, exactly
      return `${value.s < 0 ? '-' : ''}${first}.${cents < 10 ? '0' : ''}${cents}`;
    }
  } else if ((e === -1 || e === -2) && d.length === 1 && first % 100000 === 0) {
    const cents = first / 100000; // 0.xx: the first word holds the seven decimals
    return `${value.s < 0 ? '-' : ''}0.${cents < 10 ? '0' : ''}${cents}`;
  }
  return moneyFromDigits(value);
}

/** `money()` for any value: rounded to two places, then written out from its digits. */
function moneyFromDigits(value: Dec): string {
  const r = round2(value);
  const d = r.d;
  if (d[0] === 0) return '0.00';
  const digits = coefficient(d);
  const whole = r.e + 1; // digits before the point (≤ 0: a value below 1)
  const fraction = digits.length - whole; // at most 2; negative: zeros before the point
  let out: string;
  if (whole <= 0) out = `0.${'0'.repeat(-whole)}${digits}${fraction === 1 ? '0' : ''}`;
  else if (fraction <= 0) out = `${digits}${'0'.repeat(-fraction)}.00`;
  else out = `${digits.slice(0, whole)}.${digits.slice(whole)}${fraction === 1 ? '0' : ''}`;
  return r.s < 0 ? `-${out}` : out;
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
  if (b.d[0] === 0) return a;
  return a.d[0] === 0 ? b : a.plus(b);
}

/** a − b without a new object when b is zero. */
export function minus(a: Dec, b: Dec): Dec {
  return b.d[0] === 0 ? a : a.minus(b);
}

/** cap × factor, without a new object when the factor is 1 (the usual case). */
export function scaled(cap: Dec, factor: Dec): Dec {
  return cmp(factor, ONE) === 0 ? cap : cap.times(factor);
}

/** Remaining room under an annual cap: max(0, cap − already paid). */
export function remainingCap(cap: Dec, paid: Dec): Dec {
  if (paid.d[0] === 0) return cap;
  return cmp(paid, cap) >= 0 ? ZERO : cap.minus(paid);
}

/** A ratio change in percentage points: "5" for 0.05. */
export function points(ratio: Dec): string {
  return ratio.times(100).toString();
}
