/**
 * Checks for functions that other code calls directly, without a command's schema: the same
 * field messages as the schemas (FIELD_MESSAGES), as `invalid_input` / `unsupported_date`.
 */
import { Dec } from './decimal';
import { isIsoDate, isIsoMonth } from './dates';
import { PolicyError, unsupportedDate } from './errors';
import type { Bilingual } from './text';
import { AMOUNT_PATTERN, FIELD_MESSAGES } from './validate';

/** An `invalid_input` error for one field, with a plain message in zh and en. */
export function refuse(path: string, message: Bilingual): PolicyError {
  return new PolicyError('invalid_input', [{ path, message }]);
}

/** Parses an amount string ("20000.50"), refusing anything else. */
export function amountOf(value: string, path: string): Dec {
  if (!AMOUNT_PATTERN.test(value)) throw refuse(path, FIELD_MESSAGES.amount);
  return new Dec(value);
}

export function checkMonth(value: string, path: string): void {
  if (!isIsoMonth(value)) throw refuse(path, FIELD_MESSAGES.month);
}

export function checkDate(value: string, path: string): void {
  if (!isIsoDate(value)) throw refuse(path, FIELD_MESSAGES.date);
}

/** Refuses a date before `first` with the standard `unsupported_date` error. */
export function requireFrom(date: string, first: string, path: string, what: Bilingual): void {
  if (date < first) throw unsupportedDate(path, date, first, what);
}

/** The calendar year of an ISO date or month. */
export function yearOf(dateOrMonth: string): number {
  return parseInt(dateOrMonth.slice(0, 4), 10);
}
