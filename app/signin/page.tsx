import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { Button } from '@/components/Button';
import { ErrorSummary, Field, fieldId } from '@/components/form';
import { Notice } from '@/components/Notice';
import { PageHeading } from '@/components/PageHeading';
import { authCookieNames } from '@/lib/auth/cookies';
import { isSignedIn } from '@/lib/dal';
import { getI18n } from '@/lib/i18n/server';
import type { MessageKey } from '@/lib/i18n';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('signIn.title') };
}

const ERROR_KEYS = {
  CredentialsSignin: 'signIn.errors.CredentialsSignin',
  locked: 'signIn.errors.locked',
  invalid_id: 'signIn.errors.invalid_id',
  missing: 'signIn.errors.missing',
} as const satisfies Record<string, MessageKey>;

const errorKey = (code: string) => (Object.hasOwn(ERROR_KEYS, code) ? ERROR_KEYS[code as keyof typeof ERROR_KEYS] : 'signIn.errors.generic');

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Sign-in: a plain HTML form posted to next-auth's Credentials callback (fields `idNumber`,
 * `password`, and next-auth's CSRF token). It works without JavaScript. next-auth's GET
 * /api/auth/signin sets the CSRF cookie and sends the visitor back here with `via=auth`.
 */
export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const one = (key: string) => (typeof params[key] === 'string' ? params[key] : undefined);
  if (await isSignedIn()) redirect('/me');

  const csrfToken = (await cookies()).get(authCookieNames().csrf)?.value?.split('|')[0];
  if (!csrfToken && one('via') !== 'auth') redirect('/api/auth/signin?callbackUrl=%2Fme');

  const { locale, t } = await getI18n();
  const errorCode = one('error');
  const error = errorCode ? t(errorKey(errorCode)) : undefined;
  const idError = errorCode === 'invalid_id' || errorCode === 'missing' ? error : undefined;
  // A lock is not fixed by editing a field (and without the form there is no field): the item links nowhere.
  const errorHref = errorCode === 'locked' || !csrfToken ? undefined : `#${fieldId('idNumber')}`;

  return (
    <section aria-labelledby="signin-title">
      {error ? <ErrorSummary locale={locale} id="signin-error" items={[{ text: error, href: errorHref }]} /> : null}
      <PageHeading id="signin-title" title={t('signIn.title')} locale={locale} />
      {one('signedOut') ? <Notice kind="success">{t('signIn.notices.signedOut')}</Notice> : null}
      {one('reason') === 'expired' ? <Notice kind="info">{t('signIn.notices.expired')}</Notice> : null}
      {!error && !csrfToken ? (
        <Notice kind="error" id="signin-error">
          {t('signIn.errors.cookies')}
        </Notice>
      ) : null}
      <p className="mb-6 text-xl">{t('signIn.intro')}</p>
      {csrfToken ? (
        <form method="post" action="/api/auth/callback/credentials" noValidate aria-describedby={error ? 'signin-error' : undefined}>
          <input type="hidden" name="csrfToken" value={csrfToken} />
          <input type="hidden" name="callbackUrl" value="/me" />
          <Field
            locale={locale}
            name="idNumber"
            label={t('signIn.idNumber')}
            hint={t('signIn.idNumberHint')}
            error={idError}
            autoComplete="username"
            inputMode="text"
            maxLength={22}
            autoCapitalize="characters"
            required
          />
          <Field locale={locale} name="password" type="password" label={t('signIn.password')} autoComplete="current-password" required />
          <Button>{t('signIn.submit')}</Button>
          <p className="mt-6 text-base text-muted">{t('signIn.lockRule')}</p>
        </form>
      ) : null}
    </section>
  );
}
