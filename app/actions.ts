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

/** Ends the resident's sessions on the server (every device) and removes the cookie. */
export const signOut = publicAction(z.object({}), async () => {
  await endCurrentSession();
  return { redirect: '/signin?signedOut=1' };
});
