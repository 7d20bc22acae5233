/**
 * Small helpers shared by the enrolment modules (contributions, benefit dates, continuity,
 * years, personal account). General enough for core; kept here so core stays the lead's.
 */
import { PolicyError, type Bilingual, AMOUNT_PATTERN, Dec, isIsoDate, isIsoMonth, unsupportedDate } from '../../core';

/** An `invalid_input` error for one field, with a plain message in zh and en. */
export function refuse(path: string, message: Bilingual): PolicyError {
  return new PolicyError('invalid_input', [{ path, message }]);
}

/** Parses an amount string ("20000.50") for functions that other code calls directly. */
export function amountOf(value: string, path: string): Dec {
  if (!AMOUNT_PATTERN.test(value)) {
    throw refuse(path, {
      zh: '请填写金额：最多 9 位整数、2 位小数，例如 "20000" 或 "20000.50"。',
      en: 'Enter an amount with at most 9 digits before the point and 2 after, e.g. "20000" or "20000.50".',
    });
  }
  return new Dec(value);
}

export function checkMonth(value: string, path: string): void {
  if (!isIsoMonth(value)) {
    throw refuse(path, { zh: '请填写月份，格式为 年-月，例如 2025-06。', en: 'Enter a month as year-month, e.g. 2025-06.' });
  }
}

export function checkDate(value: string, path: string): void {
  if (!isIsoDate(value)) {
    throw refuse(path, { zh: '请填写日期，格式为 年-月-日，例如 2025-06-10。', en: 'Enter a date as year-month-day, e.g. 2025-06-10.' });
  }
}

/** Refuses a date before `first` with the standard `unsupported_date` error. */
export function requireFrom(date: string, first: string, path: string, what: Bilingual): void {
  if (date < first) throw unsupportedDate(path, date, first, what);
}

/** The calendar year of an ISO date or month. */
export function yearOf(dateOrMonth: string): number {
  return parseInt(dateOrMonth.slice(0, 4), 10);
}
