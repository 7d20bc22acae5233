'use server';
/**
 * Server actions used on every page. Each is a public POST endpoint made with the data
 * layer's wrapper: it validates its form with the shared schema and, where it touches a
 * resident, takes the resident from the session in the data layer.
 */
import { cookies } from 'next/headers';
import { z } from 'zod';
import { LOCALE_COOKIE } from '@/lib/i18n';
import { isProduction } from '@/lib/env';
import { languageSchema } from '@/lib/validation/language';
import { textSizeSchema } from '@/lib/validation/text-size';
import { TEXT_SIZE_COOKIE } from '@/lib/text-size';
import { endCurrentSession, publicAction } from '@/lib/dal';

/** Remembers the chosen language for a year and returns to the page the reader was on. */
export const switchLanguage = publicAction(languageSchema, async ({ locale, returnTo }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: 365 * 24 * 60 * 60,
    sameSite: 'lax',
    httpOnly: true,
    secure: isProduction(),
  });
  return { redirect: returnTo };
});

/**
 * 大字版 on or off: remembered for a year in the `text-size` cookie (the layout reads it on the
 * server), then back to the same page — a path on this site only (the schema's `returnPath`).
 */
export const switchTextSize = publicAction(textSizeSchema, async ({ size, returnTo }) => {
  const jar = await cookies();
  if (size === 'large') {
    jar.set(TEXT_SIZE_COOKIE, 'large', { path: '/', maxAge: 365 * 24 * 60 * 60, sameSite: 'lax', httpOnly: true, secure: isProduction() });
  } else {
    jar.delete(TEXT_SIZE_COOKIE);
  }
  return { redirect: returnTo };
});

/** Ends the resident's sessions on the server (every device) and removes the cookie. */
export const signOut = publicAction(z.object({}), async () => {
  await endCurrentSession();
  return { redirect: '/signin?signedOut=1' };
});
