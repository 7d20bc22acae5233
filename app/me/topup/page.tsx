import type { Metadata } from 'next';
import Link from 'next/link';
import { Explanation } from '@/components/Explanation';
import { DateInput, Radios } from '@/components/form';
import { Money } from '@/components/Money';
import { Notice } from '@/components/Notice';
import { PageHeading } from '@/components/PageHeading';
import { SummaryList } from '@/components/SummaryList';
import { myTopUp, signedInPage, type EnrolmentFigures } from '@/lib/dal';
import { getI18n } from '@/lib/i18n/server';
import { pick, type I18n } from '@/lib/i18n';
import { parseWhatIfQuery } from '@/lib/validation/topup';
import { tryTopUp } from './actions';
import { ActionForm } from '@/components/form/ActionForm';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('topup.title') };
}

/** The top-up figures of one reading of the years: the shortfall, the lump sum, the monthly deduction, each with its working. */
function TopUpFigures({ f, i18n, prefix }: { f: EnrolmentFigures; i18n: I18n; prefix: string }) {
  const { t, format, locale } = i18n;
  const y = f.years;
  const at = y.atRetirement;
  const tu = y.topUp;
  if (y.topUpEligibility === 'cross_region') return <Notice kind="info">{t('topup.crossRegion')}</Notice>;
  if (y.status === 'lifetime_kept') return <Notice kind="info">{t('topup.lifetime')}</Notice>;
  if (!at) return null;
  return (
    <div data-testid={`${prefix}-figures`}>
      <SummaryList
        locale={locale}
        rows={[
          { key: t('topup.retirementDate'), value: format.date(at.retirementDate), testId: `${prefix}-retirement-date` },
          {
            key: t('topup.shortfall'),
            value: at.shortfallMonths > 0 ? t('common.months', { count: at.shortfallMonths }) : t('years.noShortfall'),
            testId: `${prefix}-shortfall`,
          },
        ]}
      />
      {at.shortfallMonths === 0 ? (
        <p className="mt-4 text-xl" data-testid={`${prefix}-nothing`}>
          {t('topup.nothing')}
        </p>
      ) : y.topUpEligibility === 'never_employee' ? (
        <Notice kind="info">
          <span data-testid={`${prefix}-not-offered`}>{t('topup.notOffered')}</span>
        </Notice>
      ) : tu?.lumpSum && tu.monthly ? (
        <>
          <h3 className="mt-6 mb-2 text-xl font-bold">{t('topup.lumpTitle')}</h3>
          <SummaryList
            locale={locale}
            rows={[
              {
                key: t('topup.lumpAmount'),
                value: (
                  <>
                    <Money value={tu.lumpSum.amount} locale={locale} />
                    <span className="block text-lg font-normal">{t('topup.lumpYear', { year: String(tu.lumpSum.year) })}</span>
                    {tu.lumpSum.illustrative ? <span className="mt-1 block bg-note-bg p-2 text-lg font-normal">{t('topup.illustrative')}</span> : null}
                  </>
                ),
                testId: `${prefix}-lump-sum`,
              },
            ]}
          />
          <h3 className="mt-6 mb-2 text-xl font-bold">{t('topup.monthlyTitle')}</h3>
          <SummaryList
            locale={locale}
            rows={[
              {
                key: t('topup.monthlyAmount'),
                value: (
                  <>
                    {tu.monthly.schedule.map((s) => (
                      <span key={s.year} className="block" data-testid={`${prefix}-monthly-${s.year}`}>
                        {s.year}: <Money value={s.monthlyAmount} locale={locale} /> × {t('common.months', { count: s.months })}
                      </span>
                    ))}
                    {tu.monthly.schedule.length > 1 ? <span className="block text-lg font-normal">{t('topup.monthlyVaries')}</span> : null}
                  </>
                ),
              },
              { key: t('topup.monthlyMonths'), value: t('common.months', { count: tu.monthly.months }), testId: `${prefix}-monthly-months` },
              {
                key: t('topup.monthlyPeriod'),
                value: t('contributions.months', { from: format.month(tu.monthly.firstMonth), to: format.month(tu.monthly.lastMonth) }),
              },
              {
                key: t('topup.monthlyTotal'),
                value: (
                  <>
                    <Money value={tu.monthly.total} locale={locale} />
                    {tu.monthly.schedule.some((s) => s.illustrative) ? (
                      <span className="mt-1 block bg-note-bg p-2 text-lg font-normal">{t('topup.illustrative')}</span>
                    ) : null}
                  </>
                ),
                testId: `${prefix}-monthly-total`,
              },
            ]}
          />
        </>
      ) : null}
      <Explanation steps={y.explanation} locale={locale} />
    </div>
  );
}

/** 补缴测算: the top-up at the statutory date, paying on, and a what-if the resident sets (server action, works without JavaScript). */
export default async function TopUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const choice = parseWhatIfQuery(await searchParams);
  const data = await signedInPage(() => myTopUp(choice ?? {}));
  const i18n = await getI18n();
  const { locale, t, format } = i18n;
  if (!data) return <Notice kind="error">{t('topup.none')}</Notice>;
  const { base, whatIf } = data;
  const r = base.years.retirement;
  const planned = whatIf?.years.retirement?.planned ?? null;
  const refusal = planned && !planned.allowed ? whatIf!.years.explanation.find((s) => s.key === 'retirement.planned_out') : undefined;
  const offered = base.years.topUpEligibility === 'employee_identity' || base.years.topUpEligibility === 'jiangmen_pension';
  return (
    <article aria-labelledby="topup-title">
      <PageHeading id="topup-title" title={t('topup.title')} locale={locale} back={{ href: '/me' }} />
      <p className="mb-6 text-xl">{t('topup.intro')}</p>
      {base.years.topUpEligibility === 'never_employee' ? (
        <Notice kind="info">
          <span data-testid="not-offered">{t('topup.notOffered')}</span>
        </Notice>
      ) : null}

      <h2 className="mt-8 mb-2 text-2xl font-bold">{t('topup.shortfallTitle')}</h2>
      <TopUpFigures f={base} i18n={i18n} prefix="base" />

      {offered && r && base.years.status !== 'cross_region' && base.years.status !== 'lifetime_kept' ? (
        <section aria-labelledby="whatif-title" className="mt-10 border-t-4 border-brand pt-6">
          <h2 id="whatif-title" className="mb-2 text-2xl font-bold">
            {t('topup.whatIfTitle')}
          </h2>
          <p className="mb-4 text-xl">{t('topup.whatIfIntro')}</p>
          <ActionForm action={tryTopUp} errorTitle={t('topup.errorTitle')} id="whatif">
            <DateInput
              locale={locale}
              name="plannedDate"
              legend={t('topup.planned')}
              hint={t('topup.plannedHint', {
                earliest: format.date(r.earliestDate),
                latest: format.date(r.latestDate),
                statutory: format.date(r.retirementDate),
              })}
              {...(choice?.plannedDate
                ? {
                    defaultValue: {
                      year: choice.plannedDate.slice(0, 4),
                      month: String(Number(choice.plannedDate.slice(5, 7))),
                      day: String(Number(choice.plannedDate.slice(8, 10))),
                    },
                  }
                : {})}
            />
            <p className="mb-4 text-lg">{t('topup.earlyNote')}</p>
            <Radios
              locale={locale}
              name="continue"
              legend={t('topup.continue')}
              items={[
                { value: 'yes', label: t('topup.continueYes') },
                { value: 'no', label: t('topup.continueNo') },
              ]}
              defaultValue={choice && !choice.continueContributing ? 'no' : 'yes'}
            />
            <button type="submit" className="mt-4 min-h-11 bg-brand px-6 text-xl font-bold text-white" data-testid="whatif-submit">
              {t('topup.submit')}
            </button>
          </ActionForm>
          {whatIf && choice ? (
            <div id="result" className="mt-8" data-testid="whatif-result">
              <h3 className="mb-2 text-2xl font-bold">{t('topup.resultTitle')}</h3>
              <p className="mb-2 text-xl">
                {t('topup.asPlanned', {
                  date: format.date(whatIf.years.atRetirement?.retirementDate ?? r.retirementDate),
                  continue: choice.continueContributing ? t('topup.continueYes') : t('topup.continueNo'),
                })}
              </p>
              {refusal && planned ? (
                <Notice kind="info">
                  <span data-testid="whatif-refused">{t('topup.refused', { why: pick(refusal.text, locale) })}</span>
                </Notice>
              ) : null}
              <TopUpFigures f={whatIf} i18n={i18n} prefix="whatif" />
              <p className="mt-4 text-xl">
                <Link href="/me/topup" className="inline-flex min-h-11 items-center">
                  {t('topup.reset')}
                </Link>
              </p>
            </div>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
