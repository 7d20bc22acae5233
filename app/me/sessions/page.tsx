import type { Metadata } from 'next';
import { PageHeading } from '@/components/PageHeading';
import { EndSessionsForm } from '@/components/security/EndSessionsForm';
import { mySessions, signedInPage } from '@/lib/dal';
import { getI18n } from '@/lib/i18n/server';
import { INTL_LOCALE, TIME_ZONE } from '@/lib/i18n';
import { endSessions } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('security.sessions.title') };
}

/** 登录设备: the resident's active sessions; end one or all others after typing the password again. */
export default async function SessionsPage() {
  const sessions = await signedInPage(mySessions);
  const { locale, t } = await getI18n();
  const when = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
  const device = (s: (typeof sessions)[number]) =>
    `${s.browser ?? t('security.sessions.unknown')} · ${s.system ?? t('security.sessions.unknown')}${s.current ? ` ${t('security.sessions.thisDevice')}` : ''}`;
  const others = sessions.filter((s) => !s.current);
  return (
    <article aria-labelledby="sessions-title">
      <PageHeading id="sessions-title" title={t('security.sessions.title')} locale={locale} />
      <p className="mb-6 text-xl">{t('security.sessions.intro')}</p>
      {/* Focusable and named: a table wider than the screen (大字版, 320 px) scrolls from the keyboard too. */}
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
          }}
        />
      )}
    </article>
  );
}
