/**
 * The portal's words: ICU messages (use-intl's `createTranslator`, formatted in Asia/Shanghai),
 * typed keys and arguments (a wrong key or a missing argument fails `tsc`), the formatters,
 * and the bridge from the policy library's `{ zh, en }` texts.
 *
 * Server code gets `{ locale, t, format }` from `getI18n()` (lib/i18n/server.ts); presentational
 * components get it from `i18nFor(locale)`. Client components never import this module (it
 * holds every namespace): they receive their own namespace through lib/i18n/client.tsx.
 */
import { createFormatter, createTranslator, type IntlError } from 'use-intl/core';
import type { Bilingual } from '../policy/core/text';
import type { Dec } from '../policy/core/decimal';
import { amountParts, DATE_FORMATS, formatDate, formatMonth } from './format';
import { INTL_LOCALE, TIME_ZONE, type Locale } from './locales';
import { NAMESPACES } from './messages';
import type { MessageKey, Messages, NamespaceName } from './types';

export type { MessageKey, Messages, NamespaceName };
export { DEFAULT_LOCALE, INTL_LOCALE, LOCALE_COOKIE, LOCALES, TIME_ZONE, isLocale, resolveLocale, type Locale } from './locales';
export { amountParts, calendarDate, decimalText, formatDate, formatMonth } from './format';

const catalogues = new Map<Locale, Messages>();

/** Every namespace's messages in one language. */
export function messagesFor(locale: Locale): Messages {
  let messages = catalogues.get(locale);
  if (!messages) {
    const entries = Object.entries(NAMESPACES).map(([name, ns]) => [name, ns[locale]]);
    // The English side has the Chinese side's keys (defineMessages checks it; so does a test).
    messages = Object.freeze(Object.fromEntries(entries)) as Messages;
    catalogues.set(locale, messages);
  }
  return messages;
}

/** The messages a client component needs, in the reader's language only: `clientMessages(locale, ['errors'])`. */
export function clientMessages<N extends NamespaceName>(locale: Locale, namespaces: readonly N[]): Pick<Messages, N> {
  const all = messagesFor(locale);
  return Object.fromEntries(namespaces.map((n) => [n, all[n]])) as Pick<Messages, N>;
}

/** Formats shared by every message (`{date, date, long}`, `{date, date, month}`). */
export const FORMATS = { dateTime: DATE_FORMATS };

/**
 * A message that is missing or cannot be formatted is a bug (keys and arguments are typed), so
 * it throws rather than showing the key to a resident.
 */
function onError(error: IntlError): never {
  throw error;
}

function makeTranslator(locale: Locale) {
  return createTranslator({ locale: INTL_LOCALE[locale], messages: messagesFor(locale), timeZone: TIME_ZONE, formats: FORMATS, onError });
}

/** A translator: `t('signIn.title')`, `t('common.months', { count: 3 })`; `t.raw(key)` gives the ICU text. */
export type Translate = ReturnType<typeof makeTranslator>;

const translators = new Map<Locale, Translate>();

/** The translator of one locale (one per process and locale: it holds no request state). */
export function translator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = makeTranslator(locale);
    translators.set(locale, t);
  }
  return t;
}

/** The formatters of one locale, all in Asia/Shanghai. */
export interface Formatters {
  /** "2025年6月10日" / "10 June 2025" from "2025-06-10". */
  date(isoDate: string): string;
  /** "2025年6月" / "June 2025" from "2025-06" (or "2025-06-01"). */
  month(isoMonth: string): string;
  /** "￥1,234.50" / "¥1,234.50" from "1234.5" (a decimal string or a Dec; never a JS number). */
  money(value: string | Dec): string;
  /** A count or other plain number, grouped the reader's way. */
  number(value: number): string;
  /** "A、B和C" / "A, B and C". */
  list(items: readonly string[]): string;
}

function makeFormatters(locale: Locale, t: Translate): Formatters {
  const intl = createFormatter({ locale: INTL_LOCALE[locale], timeZone: TIME_ZONE, onError });
  return {
    date: (iso) => formatDate(locale, iso),
    month: (iso) => formatMonth(locale, iso),
    money: (value) => {
      const { negative, digits } = amountParts(locale, value);
      return t('money.amount', { sign: negative ? 'minus' : 'plus', amount: digits });
    },
    number: (value) => intl.number(value),
    list: (items) => intl.list(items),
  };
}

/** Everything a page or component needs to speak the reader's language. */
export interface I18n {
  locale: Locale;
  t: Translate;
  format: Formatters;
}

const bundles = new Map<Locale, I18n>();

/** `{ locale, t, format }` for a locale (cached: translators and formatters hold no request state). */
export function i18nFor(locale: Locale): I18n {
  let i18n = bundles.get(locale);
  if (!i18n) {
    const t = translator(locale);
    i18n = Object.freeze({ locale, t, format: makeFormatters(locale, t) });
    bundles.set(locale, i18n);
  }
  return i18n;
}

/**
 * The bridge from the policy library's texts (`{ zh, en }`: code labels, explanation steps,
 * error messages) to the reader's language.
 */
export function pick(text: Bilingual, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}

/** A label shown on its own: the first letter capitalised (English labels are lower-case for use in sentences). */
export function sentenceCase(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** A code's label on its own, in the reader's language: `label(CATEGORY_LABELS.student, 'en')` → "Student or child". */
export function label(text: Bilingual, locale: Locale): string {
  return sentenceCase(pick(text, locale));
}
