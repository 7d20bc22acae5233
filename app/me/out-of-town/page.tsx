import type { Metadata } from 'next';
import Link from 'next/link';
import { Notice } from '@/components/Notice';
import { PageHeading } from '@/components/PageHeading';
import { SummaryList } from '@/components/SummaryList';
import { myFilings, signedInPage, type Filing } from '@/lib/dal';
import { shanghaiDate } from '@/lib/clock';
import { getI18n } from '@/lib/i18n/server';
import { label, type I18n } from '@/lib/i18n';
import { FILING_KIND_LABELS, FILING_KINDS, FILING_STATUS_LABELS } from '@/lib/policy/jiangmen/out-of-town/codes';
import { cancelFiling, fileFiling } from './actions';
import { CancelForm } from './CancelForm';
import { FilingForm } from './FilingForm';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('outOfTown.title') };
}

function FilingRows({ f, i18n, prefix }: { f: Filing; i18n: I18n; prefix: string }) {
  const { t, format, locale } = i18n;
  return (
    <SummaryList
      locale={locale}
      rows={[
        { key: t('outOfTown.destination'), value: f.destination, testId: `${prefix}-destination` },
        { key: t('outOfTown.kind'), value: label(FILING_KIND_LABELS[f.kind], locale), testId: `${prefix}-kind` },
        { key: t('outOfTown.validFrom'), value: format.date(f.validFrom), testId: `${prefix}-from` },
        { key: t('outOfTown.validTo'), value: f.validTo ? format.date(f.validTo) : t('outOfTown.openEnded'), testId: `${prefix}-to` },
        { key: t('outOfTown.filedOn'), value: format.date(f.filedOn) },
      ]}
    />
  );
}

/** 异地就医备案: the filing in force, filing a new one, cancelling, every filing and what the resident did (from the audit log). */
export default async function OutOfTownPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const done = (await searchParams).done;
  const data = await signedInPage(() => myFilings());
  const i18n = await getI18n();
  const { t, format, locale } = i18n;
  const example = format.date(data.today);
  const order = locale === 'zh-CN' ? (['year', 'month', 'day'] as const) : (['day', 'month', 'year'] as const);
  return (
    <article aria-labelledby="oot-title">
      <PageHeading id="oot-title" title={t('outOfTown.title')} locale={locale} back={{ href: '/me' }} />
      <p className="mb-6 text-xl">{t('outOfTown.intro')}</p>
      {done === 'filed' ? (
        <Notice kind="success">
          <span data-testid="filed">{t('outOfTown.filed')}</span>
        </Notice>
      ) : done === 'cancelled' ? (
        <Notice kind="success">
          <span data-testid="cancelled">{t('outOfTown.cancelled')}</span>
        </Notice>
      ) : null}

      <section aria-labelledby="active-title" className="mt-8">
        <h2 id="active-title" className="mb-2 text-2xl font-bold">
          {t('outOfTown.activeTitle')}
        </h2>
        {data.active ? (
          <div data-testid="active-filing">
            <FilingRows f={data.active} i18n={i18n} prefix="active" />
            <p className="mt-4 text-xl">
              <Link href="/me/estimate" className="inline-flex min-h-11 items-center">
                {t('outOfTown.estimateLink')}
              </Link>
            </p>
          </div>
        ) : (
          <p className="text-xl" data-testid="no-active">
            {t('outOfTown.noActive')}
          </p>
        )}
        {data.open.map((f) => (
          <div key={f.id} className="mt-6 border-l-4 border-danger pl-4">
            {f.id !== data.active?.id ? <FilingRows f={f} i18n={i18n} prefix={`open-${f.id}`} /> : null}
            <h3 className="mt-4 text-xl font-bold">{t('outOfTown.cancelTitle')}</h3>
            <p className="text-lg">{t('outOfTown.cancelHint')}</p>
            <CancelForm action={cancelFiling} id={String(f.id)} label={t('outOfTown.cancelButton')} testId="cancel-filing" />
          </div>
        ))}
      </section>

      {data.open.length === 0 ? (
        <section aria-labelledby="new-title" className="mt-10 border-t-4 border-brand pt-6">
          <h2 id="new-title" className="mb-2 text-2xl font-bold">
            {t('outOfTown.newTitle')}
          </h2>
          <p className="mb-6 text-xl">{t('outOfTown.newIntro')}</p>
          <FilingForm
            action={fileFiling}
            kinds={FILING_KINDS.map((k) => ({ value: k, label: label(FILING_KIND_LABELS[k], locale) }))}
            words={{
              errorPrefix: t('form.errorPrefix'),
              errorTitle: t('outOfTown.errorTitle'),
              kindLegend: t('outOfTown.kindLegend'),
              destinationLabel: t('outOfTown.destinationLabel'),
              destinationHint: t('outOfTown.destinationHint'),
              validFromLegend: t('outOfTown.validFromLegend'),
              validFromHint: t('outOfTown.validFromHint', { example }),
              validToLegend: t('outOfTown.validToLegend'),
              validToHint: t('outOfTown.validToHint'),
              submit: t('outOfTown.submit'),
              order,
              parts: { year: t('form.date.year'), month: t('form.date.month'), day: t('form.date.day') },
            }}
          />
        </section>
      ) : null}

      <section aria-labelledby="history-title" className="mt-10">
        <h2 id="history-title" className="mb-2 text-2xl font-bold">
          {t('outOfTown.historyTitle')}
        </h2>
        {data.all.length === 0 ? (
          <p className="text-xl">{t('outOfTown.historyEmpty')}</p>
        ) : (
          <table className="w-full border-collapse text-left text-lg" data-testid="filings">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  {t('outOfTown.destination')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('outOfTown.kind')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('outOfTown.validFrom')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('outOfTown.validTo')}
                </th>
                <th scope="col" className="py-2">
                  {t('outOfTown.status')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.all.map((f) => (
                <tr key={f.id} className="border-b border-gray-300" data-testid="filing-row" data-status={f.status}>
                  <td className="py-2 pr-4">{f.destination}</td>
                  <td className="py-2 pr-4">{label(FILING_KIND_LABELS[f.kind], locale)}</td>
                  <td className="py-2 pr-4">{format.date(f.validFrom)}</td>
                  <td className="py-2 pr-4">{f.validTo ? format.date(f.validTo) : t('outOfTown.openEnded')}</td>
                  <td className="py-2">{label(FILING_STATUS_LABELS[f.status], locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="activity-title" className="mt-10">
        <h2 id="activity-title" className="mb-2 text-2xl font-bold">
          {t('outOfTown.activityTitle')}
        </h2>
        <p className="mb-2 text-lg">{t('outOfTown.activityHint')}</p>
        {data.activity.length === 0 ? (
          <p className="text-xl">{t('outOfTown.activityEmpty')}</p>
        ) : (
          <ul className="space-y-2 text-xl" data-testid="filing-activity">
            {data.activity.map((a, i) => (
              <li key={i} data-event={a.event}>
                {format.date(shanghaiDate(a.at))} ·{' '}
                {a.event === 'out_of_town_filing.withdrawn' ? t('outOfTown.event.withdrawn') : t('outOfTown.event.submitted')}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
