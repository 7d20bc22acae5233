/**
 * Calendar dates as ISO strings ("2025-06-10"). The policy library has no clock:
 * every date is an input. These helpers never construct a JavaScript `Date`, so
 * nothing depends on the machine's time zone.
 */

export type IsoDate = string;
/** A month as "YYYY-MM". */
export type IsoMonth = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const year = parseInt(m[1]!, 10);
  const month = parseInt(m[2]!, 10);
  const day = parseInt(m[3]!, 10);
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isIsoMonth(text: string): boolean {
  const m = ISO_MONTH.exec(text);
  if (!m) return false;
  const month = parseInt(m[2]!, 10);
  return parseInt(m[1]!, 10) >= 1900 && month >= 1 && month <= 12;
}

export interface YMD {
  year: number;
  month: number;
  day: number;
}

/** Splits a valid ISO date (validate first with `isIsoDate`). */
export function parts(date: IsoDate): YMD {
  return {
    year: parseInt(date.slice(0, 4), 10),
    month: parseInt(date.slice(5, 7), 10),
    day: parseInt(date.slice(8, 10), 10),
  };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function isoMonth(year: number, month: number): IsoMonth {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/**
 * Months since year 0: a single integer that orders months and makes spans easy. Takes a year
 * and month, or an IsoDate or IsoMonth (both strings: only their "YYYY-MM" is read).
 */
export function monthIndex(yearOrDate: number | IsoDate, month?: number): number {
  if (typeof yearOrDate === 'number') return yearOrDate * 12 + (month ?? 1) - 1;
  return parseInt(yearOrDate.slice(0, 4), 10) * 12 + parseInt(yearOrDate.slice(5, 7), 10) - 1;
}

/** The month ("YYYY-MM") of a month index. */
export function monthOfIndex(index: number): IsoMonth {
  return isoMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** The first day of the month of a month index. */
export function firstDayOfIndex(index: number): IsoDate {
  return `${monthOfIndex(index)}-01`;
}

/** The first day of the month `n` months after the month of `date`, an IsoDate or IsoMonth (n may be negative). */
export function firstOfMonthAfter(date: IsoDate, n = 1): IsoDate {
  return firstDayOfIndex(monthIndex(date) + n);
}

/** Adds months to a date, keeping the day where it exists, else the month's last day. */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = parts(date);
  const index = monthIndex(year, month) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Adds days (may be negative). Pure calendar arithmetic through a day count. */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromEpochDay(epochDay(date) + n);
}

/** Days since 1970-01-01 (proleptic Gregorian), without Date. */
export function epochDay(date: IsoDate): number {
  const { year, month, day } = parts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromEpochDay(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return isoDate(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return epochDay(b) - epochDay(a);
}

/** Age in completed years on `on`, for someone born on `birth`. */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const b = parts(birth);
  const d = parts(on);
  let age = d.year - b.year;
  if (d.month < b.month || (d.month === b.month && d.day < b.day)) age -= 1;
  return age;
}

/** ISO strings of the same shape order lexically; these name the intent. */
export function isBefore(a: string, b: string): boolean {
  return a < b;
}
export function isOnOrAfter(a: string, b: string): boolean {
  return a >= b;
}
