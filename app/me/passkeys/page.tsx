import type { Metadata } from 'next';
import { Notice } from '@/components/Notice';
import { PageHeading } from '@/components/PageHeading';
import { AddPasskey } from '@/components/security/AddPasskey';
import { myPasskeyList, signedInPage } from '@/lib/dal';
import { getI18n } from '@/lib/i18n/server';
import { INTL_LOCALE, TIME_ZONE } from '@/lib/i18n';
import { addPasskey, passkeyOptions, removePasskey } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('security.passkeys.title') };
}

/** 通行密钥: the resident's passkeys, listed and removable; adding one needs the browser's passkey support. */
export default async function PasskeysPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const keys = await signedInPage(myPasskeyList);
  const removed = (await searchParams).removed === '1';
  const { locale, t } = await getI18n();
  const when = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
  return (
    <article aria-labelledby="passkeys-title">
      <PageHeading id="passkeys-title" title={t('security.passkeys.title')} locale={locale} />
      <p className="mb-6 text-xl">{t('security.passkeys.intro')}</p>
      {removed ? <Notice kind="success">{t('security.passkeys.removed')}</Notice> : null}
      <h2 className="mt-8 mb-4 text-2xl font-bold">{t('security.passkeys.listTitle')}</h2>
      {keys.length === 0 ? (
        <p className="text-xl" data-testid="no-passkeys">
          {t('security.passkeys.none')}
        </p>
      ) : (
        <ul className="space-y-4" data-testid="passkeys">
          {keys.map((k) => (
            <li key={k.credentialId} className="border-l-8 border-brand bg-note-bg p-4">
              <p className="text-xl font-bold" data-testid="passkey-name">
                {k.name}
              </p>
              <p className="text-lg">
                {t('security.passkeys.usage', {
                  added: when.format(k.createdAt),
                  used: k.lastUsedAt ? when.format(k.lastUsedAt) : t('security.passkeys.never'),
                })}
              </p>
              <form action={removePasskey} className="mt-2">
                <input type="hidden" name="credentialId" value={k.credentialId} />
                <button
                  type="submit"
                  aria-label={t('security.passkeys.removeLabel', { name: k.name })}
                  className="min-h-12 rounded border-2 border-danger bg-white px-6 py-2 text-xl font-bold text-danger"
                >
                  {t('security.passkeys.remove')}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <h2 className="mt-10 mb-4 text-2xl font-bold">{t('security.passkeys.addTitle')}</h2>
      <AddPasskey
        options={passkeyOptions}
        add={addPasskey}
        words={{
          nameLabel: t('security.passkeys.nameLabel'),
          nameHint: t('security.passkeys.nameHint'),
          add: t('security.passkeys.add'),
          added: t('security.passkeys.added_ok'),
          failed: t('security.passkeys.failed'),
          needsScript: t('security.passkeys.needsScript'),
          nameMissing: t('security.passkeys.nameMissing'),
        }}
      />
    </article>
  );
}
