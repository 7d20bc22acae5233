/**
 * Languages: zh-CN (default) and en, chosen by the `locale` cookie. No routing by locale:
 * the same URL serves both, so a resident's links keep working after switching.
 */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const LOCALE_COOKIE = 'locale';

/** Every date and time is shown in Beijing time, wherever the server runs. */
export const TIME_ZONE = 'Asia/Shanghai';

/**
 * The locale each language formats with: English uses British conventions ("1 June 2025",
 * day before month), closer to the Chinese order than the American one.
 */
export const INTL_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale a cookie value names, else the default (zh-CN). */
export function resolveLocale(cookieValue: string | undefined): Locale {
  return isLocale(cookieValue) ? cookieValue : DEFAULT_LOCALE;
}
