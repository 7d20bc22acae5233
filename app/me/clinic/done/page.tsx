import type { Metadata } from 'next';
import Link from 'next/link';
import { Notice } from '@/components/Notice';
import { PageHeading } from '@/components/PageHeading';
import { signedInPage } from '@/lib/dal';
import { myClinicStatus } from '@/lib/dal/clinic';
import { getI18n } from '@/lib/i18n/server';
import { CLINIC_KINDS, type ClinicKind } from '@/lib/policy/jiangmen/clinic-choice';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('clinic.doneTitle') };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The result page (post/redirect/get): the choice of that year, kind and day in force (the key of the row) as the database now holds it. */
export default async function ChoiceDonePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const q = await searchParams;
  const status = await signedInPage(myClinicStatus);
  const { locale, t, format } = await getI18n();
  const year = Number(one(q.year));
  const kind = one(q.kind) as ClinicKind;
  const from = one(q.from);
  const row = CLINIC_KINDS.includes(kind) ? status?.history.find((h) => h.year === year && h.kind === kind && h.effectiveFrom === from) : undefined;
  return (
    <article aria-labelledby="done-title">
      <PageHeading id="done-title" title={t('clinic.doneTitle')} locale={locale} back={{ href: '/me/clinic' }} />
      {row ? (
        <Notice kind="success">
          <p className="text-xl" data-testid="choice-done">
            {t('clinic.doneText', {
              kind: t(`clinic.kinds.${row.kind}`),
              name: row.institutionName,
              year: String(row.year),
              date: format.date(row.effectiveFrom),
            })}
          </p>
        </Notice>
      ) : (
        <Notice kind="error">{t('clinic.doneNotFound')}</Notice>
      )}
      <p className="mt-6 text-xl">
        <Link href="/me/clinic" className="inline-flex min-h-11 items-center font-bold">
          {t('clinic.backToClinic')}
        </Link>
      </p>
    </article>
  );
}
