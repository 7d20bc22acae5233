/**
 * Dates, months and amounts in the reader's language. Calendar dates are formatted in
 * Asia/Shanghai from their ISO text, so the machine's time zone never shifts a day; amounts are
 * formatted from their decimal text (Intl.NumberFormat reads a decimal string exactly), never
 * through a JavaScript number.
 */
import type { Dec } from '../policy/core/decimal';
import { INTL_LOCALE, TIME_ZONE, type Locale } from './locales';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})(?:-01)?$/;

/**
 * The instant to format for a calendar date: noon, Beijing time, of that day. Shown in
 * Asia/Shanghai it is that day on any server (noon also keeps clear of the summer-time hour
 * China used in 1986–1991).
 */
export function calendarDate(isoDate: string): Date {
  if (!ISO_DATE.test(isoDate)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${isoDate}`);
  return new Date(`${isoDate}T12:00:00+08:00`);
}

/** Date formats shared by `formatDate` and ICU messages (`{date, date, long}`). */
export const DATE_FORMATS = {
  long: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, style: keyof typeof DATE_FORMATS): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...DATE_FORMATS[style], timeZone: TIME_ZONE });
    dateFormats.set(key, format);
  }
  return format;
}

/** A calendar date (YYYY-MM-DD) in words: "2025年6月10日" / "10 June 2025". */
export function formatDate(locale: Locale, isoDate: string): string {
  return dateFormat(locale, 'long').format(calendarDate(isoDate));
}

/** A month (YYYY-MM, or the YYYY-MM-01 the database stores): "2025年6月" / "June 2025". */
export function formatMonth(locale: Locale, isoMonth: string): string {
  const m = ISO_MONTH.exec(isoMonth);
  if (!m) throw new RangeError(`Not a month (YYYY-MM): ${isoMonth}`);
  return dateFormat(locale, 'month').format(calendarDate(`${m[1]}-${m[2]}-15`));
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

const amountFormats = new Map<Locale, Intl.NumberFormat>();
function amountFormat(locale: Locale): Intl.NumberFormat {
  let format = amountFormats.get(locale);
  if (!format) {
    // halfExpand rounds half away from zero, as the policy library's ROUND_HALF_UP does.
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: 2, maximumFractionDigits: 2, roundingMode: 'halfExpand', useGrouping: true });
    amountFormats.set(locale, format);
  }
  return format;
}

/** An amount as decimal text ("-1234.5" → "-1234.5"); a Dec in plain notation, never exponential. */
export function decimalText(value: string | Dec): string {
  const text = typeof value === 'string' ? value.trim() : value.toFixed();
  if (!DECIMAL.test(text)) throw new RangeError(`Not a decimal amount: ${JSON.stringify(value)}`);
  return text;
}

/**
 * The digits of an amount, grouped the reader's way, with two decimals and without its sign:
 * "1234567.5" → { negative: false, digits: "1,234,567.50" }. Zero is never negative.
 */
export function amountParts(locale: Locale, value: string | Dec): { negative: boolean; digits: string; text: string } {
  const text = decimalText(value);
  const negative = text.startsWith('-');
  const magnitude = negative ? text.slice(1) : text;
  // Intl.NumberFormat v3 reads a decimal string exactly (no float): the type's template
  // literal is `${number}`, which every DECIMAL match is.
  const digits = amountFormat(locale).format(magnitude as `${number}`);
  return { negative: negative && /[1-9]/.test(digits), digits, text };
}
