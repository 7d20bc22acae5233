import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { Button } from '@/components/Button';
import { ErrorSummary, Field, fieldId } from '@/components/form';
import { Help } from '@/components/Help';
import { Notice } from '@/components/Notice';
import { PageHeading } from '@/components/PageHeading';
import { PasskeySignIn } from '@/components/PasskeySignIn';
import { authCookieNames } from '@/lib/auth/cookies';
import { decodeFlash, isSignInErrorCode, type Flash, type SignInErrorCode } from '@/lib/auth/attempt';
import { isSignedIn } from '@/lib/dal';
import { getI18n } from '@/lib/i18n/server';
import { INTL_LOCALE, TIME_ZONE, type Locale, type Translate } from '@/lib/i18n';

type SearchParams = Record<string, string | string[] | undefined>;

const one = (params: SearchParams, key: string) => (typeof params[key] === 'string' ? params[key] : undefined);

/** The refusal this page shows: the URL's code, with the details of the flash cookie when it matches. */
async function refusal(params: SearchParams): Promise<{ code: SignInErrorCode | 'generic'; flash: Flash | null } | null> {
  const raw = one(params, 'error');
  if (raw === undefined) return null;
  const code = isSignInErrorCode(raw) ? raw : 'generic';
  const flash = await decodeFlash((await cookies()).get(authCookieNames().flash)?.value);
  return { code, flash: flash && flash.code === code ? flash : null };
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { t } = await getI18n();
  // 错误 in the title when the page shows an error (GOV.UK: the title is the first thing a screen reader reads).
  return { title: one(await searchParams, 'error') !== undefined ? t('signIn.errorTitle') : t('signIn.title') };
}

/** "14:05" in Beijing time, rounded up to the minute (so "after 14:05" is never too early). */
function timeOf(iso: string | undefined, locale: Locale): string | null {
  const ms = iso ? Date.parse(iso) : NaN;
  if (!Number.isFinite(ms)) return null;
  const up = new Date(Math.ceil(ms / 60_000) * 60_000);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE }).format(up);
}

function messageOf(code: SignInErrorCode | 'generic', flash: Flash | null, t: Translate, locale: Locale): string {
  switch (code) {
    case 'CredentialsSignin':
      return flash?.remaining !== undefined && flash.remaining > 0
        ? t('signIn.errors.remaining', { remaining: flash.remaining })
        : t('signIn.errors.CredentialsSignin');
    case 'locked': {
      const time = timeOf(flash?.until, locale);
      return time ? t('signIn.errors.lockedUntil', { time }) : t('signIn.errors.locked');
    }
    case 'throttled': {
      const time = timeOf(flash?.until, locale);
      return time ? t('signIn.errors.throttled', { time }) : t('signIn.errors.throttledSoon');
    }
    default:
      return t(`signIn.errors.${code}`);
  }
}

/** A path on this site to return to after signing in (anything else: /me). */
function returnPath(raw: string | undefined): string {
  return raw && /^\/(?![/\\])[^\\\s]*$/.test(raw) && raw.length <= 512 && !raw.startsWith('/signin') && !raw.startsWith('/api/') ? raw : '/me';
}

/**
 * Sign-in: a plain HTML form posted to next-auth's Credentials callback (fields `idNumber`,
 * `password`, and next-auth's CSRF token, whose cookie proxy.ts makes on the way here). It works
 * without JavaScript; with it, the passkey button appears where the browser supports passkeys.
 * A refused attempt comes back as `?error=<code>` with a flash cookie (lib/auth/attempt.ts): the
 * typed ID number is filled in again, and the message says how many tries are left, or until
 * when the number is locked and how to get in meanwhile.
 */
export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  if (await isSignedIn()) redirect('/me');

  const csrfToken = (await cookies()).get(authCookieNames().csrf)?.value?.split('|')[0];
  const { locale, t } = await getI18n();
  const refused = await refusal(params);
  const error = refused ? messageOf(refused.code, refused.flash, t, locale) : undefined;
  const idError = refused?.code === 'invalid_id' || refused?.code === 'missing' ? error : undefined;
  // A lock or a limit is not fixed by editing a field: the item links nowhere.
  const fixable = refused && !['locked', 'throttled', 'cookies'].includes(refused.code);
  const passkeyWords = { or: t('signIn.passkey.or'), button: t('signIn.passkey.button'), hint: t('signIn.passkey.hint'), failed: t('signIn.passkey.failed') };

  return (
    <section aria-labelledby="signin-title">
      {error ? <ErrorSummary locale={locale} id="signin-error" items={[{ text: error, href: fixable ? `#${fieldId('idNumber')}` : undefined }]} /> : null}
      <PageHeading id="signin-title" title={t('signIn.title')} locale={locale} />
      {refused?.code === 'locked' ? (
        <>
          <Notice kind="info" id="signin-locked-help">
            {t('signIn.errors.lockedHelp')}
          </Notice>
          <Help locale={locale} id="locked-help" topics={['hotline', 'counter']} className="mb-8" />
        </>
      ) : null}
      {one(params, 'signedOut') ? <Notice kind="success">{t('signIn.notices.signedOut')}</Notice> : null}
      {one(params, 'reason') === 'expired' ? <Notice kind="info">{t('signIn.notices.expired')}</Notice> : null}
      <p className="mb-6 text-xl">{t('signIn.intro')}</p>
      <form method="post" action="/api/auth/callback/credentials" noValidate aria-describedby={error ? 'signin-error' : undefined}>
        <input type="hidden" name="csrfToken" value={csrfToken ?? ''} />
        <input type="hidden" name="callbackUrl" value={returnPath(one(params, 'callbackUrl'))} />
        <Field
          locale={locale}
          name="idNumber"
          label={t('signIn.idNumber')}
          hint={t('signIn.idNumberHint')}
          error={idError}
          defaultValue={refused?.flash?.typedId}
          autoComplete="username webauthn"
          inputMode="text"
          maxLength={26}
          autoCapitalize="characters"
          required
        />
        <Field locale={locale} name="password" type="password" label={t('signIn.password')} autoComplete="current-password" required />
        <Button>{t('signIn.submit')}</Button>
        <p className="mt-6 text-base text-muted">{t('signIn.lockRule')}</p>
      </form>
      <PasskeySignIn csrfToken={csrfToken ?? ''} callbackUrl={returnPath(one(params, 'callbackUrl'))} words={passkeyWords} />
      <Help locale={locale} id="signin-help" topics={['firstTime', 'forgot', 'hotline']} className="mt-10 border-t-2 border-brand pt-6" />
    </section>
  );
}
