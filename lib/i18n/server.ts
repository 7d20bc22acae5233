import 'server-only';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, resolveLocale, translator, type Locale, type Translate } from './index';

/** The request's locale, from the `locale` cookie (default zh-CN). */
export async function getLocale(): Promise<Locale> {
  return resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

/** The request's locale and its translator. */
export async function getI18n(): Promise<{ locale: Locale; t: Translate }> {
  const locale = await getLocale();
  return { locale, t: translator(locale) };
}
