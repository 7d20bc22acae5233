import type { Metadata } from 'next';
import { PageHeading } from '@/components/PageHeading';
import { EndSessionsForm } from '@/components/security/EndSessionsForm';
import { myPasskeyList, mySessions, signedInPage } from '@/lib/dal';
import { getI18n } from '@/lib/i18n/server';
import { INTL_LOCALE, TIME_ZONE } from '@/lib/i18n';
import { endSessions, passkeyConfirmationOptions } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('security.sessions.title') };
}

/** How many sessions the last submission ended (the action redirects here with it). */
function endedCount(value: string | string[] | undefined): number | null {
  return typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : null;
}

/** 登录设备: the resident's active sessions; end one or all others after typing the password again or with a passkey. */
export default async function SessionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [sessions, passkeys] = await signedInPage(() => Promise.all([mySessions(), myPasskeyList()]));
  const ended = endedCount((await searchParams).ended);
  const { locale, t } = await getI18n();
  const when = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
  const device = (s: (typeof sessions)[number]) =>
    `${s.browser ?? t('security.sessions.unknown')} · ${s.system ?? t('security.sessions.unknown')}${s.current ? ` ${t('security.sessions.thisDevice')}` : ''}`;
  const others = sessions.filter((s) => !s.current);
  return (
    <article aria-labelledby="sessions-title">
      <PageHeading id="sessions-title" title={t('security.sessions.title')} locale={locale} />
      <p className="mb-6 text-xl">{t('security.sessions.intro')}</p>
      {ended !== null ? (
        <p role="status" className="my-4 border-l-8 border-ok bg-ok-bg p-4 text-lg font-medium text-ok" data-testid="sessions-ended">
          {t('security.sessions.ended', { count: ended })}
        </p>
      ) : null}
      {/* Focusable and named: a table wider than the screen (large-text mode, 320 px) scrolls from the keyboard too (axe scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('security.sessions.title')}>
        <table className="w-full text-left text-lg" data-testid="sessions">
          <thead>
            <tr>
              <th scope="col" className="border-b-2 py-2 pr-4">
                {t('security.sessions.device')}
              </th>
              <th scope="col" className="border-b-2 py-2 pr-4">
                {t('security.sessions.started')}
              </th>
              <th scope="col" className="border-b-2 py-2">
                {t('security.sessions.lastActive')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id} data-current={s.current ? 'true' : undefined}>
                <td className="border-b py-2 pr-4 font-bold">{device(s)}</td>
                <td className="border-b py-2 pr-4">{when.format(s.createdAt)}</td>
                <td className="border-b py-2">{when.format(s.lastSeenAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {others.length === 0 ? (
        <p className="mt-8 text-xl" data-testid="no-other-sessions">
          {t('security.sessions.none')}
        </p>
      ) : (
        <EndSessionsForm
          action={endSessions}
          passkeyOptions={passkeys.length > 0 ? passkeyConfirmationOptions : undefined}
          options={[
            { value: 'all_others', label: t('security.sessions.allOthers') },
            ...others.map((s) => ({ value: s.id, label: `${device(s)} · ${when.format(s.createdAt)}` })),
          ]}
          words={{
            title: t('security.sessions.endTitle'),
            which: t('security.sessions.which'),
            password: t('security.sessions.password'),
            passwordHint: t('security.sessions.passwordHint'),
            submit: t('security.sessions.submit'),
            orPasskey: t('security.sessions.orPasskey'),
            usePasskey: t('security.sessions.usePasskey'),
            passkeyFailed: t('security.sessions.passkeyFailed'),
          }}
        />
      )}
    </article>
  );
}
