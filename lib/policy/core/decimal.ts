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

/** Parses a decimal string such as "20000.50" (callers validate the format first). */
export function dec(value: string | Dec): Dec {
  return typeof value === 'string' ? new Dec(value) : value;
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
 * Formats an amount with exactly two decimals ("15520.00"), rounding half-up.
 * Written without `toFixed` so that no code path can go through a float.
 */
export function money(value: Dec): string {
  const rounded = value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  if (rounded.isZero()) return '0.00';
  const text = rounded.abs().toString();
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  const fraction = dot < 0 ? '' : text.slice(dot + 1);
  return `${rounded.isNeg() ? '-' : ''}${whole}.${(fraction + '00').slice(0, 2)}`;
}

/** Formats a ratio such as 0.85 as "85%" (or "72.5%"). */
export function percent(ratio: Dec): string {
  return `${ratio.times(100).toDecimalPlaces(4).toString()}%`;
}
