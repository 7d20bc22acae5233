import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { i18nFor, resolveLocale, LOCALE_COOKIE, type I18n, type Locale } from './index';

/** The request's locale, from the `locale` cookie (default zh-CN). */
export const getLocale = cache(async (): Promise<Locale> => resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value));

/** The request's locale, its translator and its formatters (dates in Asia/Shanghai, money from decimal text). */
export async function getI18n(): Promise<I18n> {
  return i18nFor(await getLocale());
}
