/**
 * Languages: zh-CN (default) and en, chosen by the `locale` cookie. No routing by locale:
 * the same URL serves both, so a resident's links keep working after switching.
 */
import type { Bilingual } from '../policy/core/text';
import { en } from './messages/en';
import { zhCN } from './messages/zh-CN';
import type { MessageKey, Messages } from './types';

export type { MessageKey, Messages };
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const LOCALE_COOKIE = 'locale';

const catalogues: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale a cookie value names, else the default (zh-CN). */
export function resolveLocale(cookieValue: string | undefined): Locale {
  return isLocale(cookieValue) ? cookieValue : DEFAULT_LOCALE;
}

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

function lookup(messages: Messages, key: string): string {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    node = (node as Record<string, unknown> | undefined)?.[part];
  }
  if (typeof node !== 'string') throw new Error(`Missing message: ${key}`);
  return node;
}

/** A translator for one locale: `t('signIn.title')`, with `{name}` placeholders filled. */
export function translator(locale: Locale): Translate {
  const messages = messagesFor(locale);
  return (key, vars) => {
    const text = lookup(messages, key);
    if (!vars) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar date (YYYY-MM-DD) in words, without time zones: "2025年6月10日" / "10 June 2025". */
export function formatDate(locale: Locale, isoDate: string): string {
  const year = isoDate.slice(0, 4);
  const month = parseInt(isoDate.slice(5, 7), 10);
  const day = parseInt(isoDate.slice(8, 10), 10);
  return translator(locale)('common.dateFormat', { year, month, day, monthName: MONTHS_EN[month - 1] ?? '' });
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
