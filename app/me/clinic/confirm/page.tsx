import type { Metadata } from 'next';
import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { Button } from '@/components/Button';
import { Explanation } from '@/components/Explanation';
import { Notice } from '@/components/Notice';
import { PageHeading } from '@/components/PageHeading';
import { SummaryList } from '@/components/SummaryList';
import { signedInPage } from '@/lib/dal';
import { myChoicePreview } from '@/lib/dal/clinic';
import { getI18n } from '@/lib/i18n/server';
import { pick } from '@/lib/i18n';
import { CHOICE_REASON_LABELS } from '@/lib/policy/jiangmen/clinic-choice';
import { clinicTargetSchema } from '@/lib/validation/clinic';
import { chooseClinic } from '../actions';
import { ChoiceForm } from '../ChoiceForm';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('clinic.confirmTitle') };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The confirmation step: what changes and from when — or exactly why not, with the rule. Nothing is written here. */
export default async function ConfirmChoicePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const q = await searchParams;
  const target = clinicTargetSchema.safeParse({ kind: one(q.kind), institution: one(q.institution) });
  const preview = await signedInPage(async () => (target.success ? myChoicePreview(target.data.kind, target.data.institution) : null));
  const { locale, t, format } = await getI18n();
  const heading = <PageHeading id="confirm-title" title={t('clinic.confirmTitle')} locale={locale} back={{ href: '/me/clinic' }} />;
  if (!target.success || !preview)
    return (
      <article aria-labelledby="confirm-title">
        {heading}
        <Notice kind="error">{t('clinic.doneNotFound')}</Notice>
      </article>
    );
  const kind = t(`clinic.kinds.${preview.kind}`);
  if (!preview.ok)
    return (
      <article aria-labelledby="confirm-title">
        {heading}
        <div role="alert" className="my-4 border-4 border-danger p-4" data-testid="choice-refused" data-code={preview.code} data-citation={preview.citation}>
          <h2 className="text-2xl font-bold">{t('clinic.refusedTitle')}</h2>
          <p className="mt-2 text-xl">{pick(preview.text, locale)}</p>
          <p className="mt-2 text-lg">{t('clinic.refusedRule', { citation: preview.citation })}</p>
        </div>
        {preview.explanation.length > 0 ? <Explanation steps={preview.explanation} locale={locale} /> : null}
        <p className="text-xl">
          <Link href="/me/clinic" className="inline-flex min-h-11 items-center font-bold">
            {t('clinic.backToClinic')}
          </Link>
        </p>
      </article>
    );
  return (
    <article aria-labelledby="confirm-title">
      {heading}
      <p className="mb-6 text-xl">{t('clinic.confirmIntro')}</p>
      <SummaryList
        locale={locale}
        rows={[
          { key: t('clinic.confirmRows.kind'), value: kind },
          { key: t('clinic.confirmRows.from'), value: preview.from ?? t('clinic.nothing'), testId: 'confirm-from' },
          { key: t('clinic.confirmRows.to'), value: preview.institution.name, testId: 'confirm-to' },
          { key: t('clinic.confirmRows.year'), value: String(preview.year), testId: 'confirm-year' },
          { key: t('clinic.confirmRows.effective'), value: format.date(preview.effectiveFrom), testId: 'confirm-effective' },
          { key: t('clinic.confirmRows.reason'), value: pick(CHOICE_REASON_LABELS[preview.reason], locale), testId: 'confirm-reason' },
        ]}
      />
      <Explanation steps={preview.explanation} locale={locale} />
      <ChoiceForm action={chooseClinic} errorTitle={t('clinic.errorTitle')}>
        <input type="hidden" name="kind" value={preview.kind} />
        <input type="hidden" name="institution" value={preview.institution.id} />
        <input type="hidden" name="idempotencyKey" value={randomUUID()} />
        <div className="mt-6 flex flex-wrap items-center gap-6">
          <Button>{t('clinic.confirmButton')}</Button>
          <Link href="/me/clinic" className="inline-flex min-h-11 items-center text-xl">
            {t('clinic.cancel')}
          </Link>
        </div>
      </ChoiceForm>
    </article>
  );
}
