'use server';
/**
 * Server actions used on every page. Each is a public POST endpoint: it validates its input
 * with the shared schema and, where it touches a resident, takes the resident from the
 * session in the data layer.
 */
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { LOCALE_COOKIE } from '@/lib/i18n';
import { isProduction } from '@/lib/env';
import { languageSchema } from '@/lib/validation/language';
import { signOutCurrentResident } from '@/lib/dal/session';

/** Remembers the chosen language for a year and returns to the page the reader was on. */
export async function switchLanguage(formData: FormData): Promise<void> {
  const parsed = languageSchema.safeParse({ locale: formData.get('locale'), returnTo: formData.get('returnTo') });
  if (parsed.success) {
    (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
      path: '/',
      maxAge: 365 * 24 * 60 * 60,
      sameSite: 'lax',
      httpOnly: true,
      secure: isProduction(),
    });
  }
  redirect(parsed.success ? parsed.data.returnTo : '/');
}

/** Ends the resident's sessions on the server (every device) and removes the cookie. */
export async function signOut(): Promise<void> {
  await signOutCurrentResident();
  redirect('/signin?signedOut=1');
}
