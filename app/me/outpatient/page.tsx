import type { Metadata } from 'next';
import Link from 'next/link';
import { Explanation } from '@/components/Explanation';
import { Money } from '@/components/Money';
import { Notice } from '@/components/Notice';
import { PageHeading } from '@/components/PageHeading';
import { SummaryList, type SummaryRow } from '@/components/SummaryList';
import { signedInPage } from '@/lib/dal';
import { myOutpatient } from '@/lib/dal/clinic';
import { getI18n } from '@/lib/i18n/server';
import { ZERO } from '@/lib/policy/core';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('outpatient.title') };
}

const th = 'p-2';
const num = 'p-2 text-right';

/**
 * 门诊额度: what is left today in each pool, the year month by month, this year's visits with the
 * fund's and the resident's parts — every figure from the policy library over the settled claims
 * (lib/dal/clinic.ts → db/outpatient-inputs.ts), each pool's rule in the explanation.
 */
export default async function OutpatientPage() {
  const f = await signedInPage(myOutpatient);
  const { locale, t, format } = await getI18n();
  if (!f) return <Notice kind="error">{t('outpatient.none')}</Notice>;
  const year = String(f.year);
  const left: SummaryRow[] = [];
  if (f.region === 'jiangmen') {
    const q = f.quota;
    const line = (pool: { used: typeof ZERO; limit: typeof ZERO; remaining: typeof ZERO }, id: string) => (
      <>
        <Money value={pool.remaining} locale={locale} className="text-2xl font-bold" />
        <span className="block text-lg font-normal" data-testid={`${id}-used`}>
          {t('outpatient.poolLine', { used: format.money(pool.used), limit: format.money(pool.limit) })}
        </span>
      </>
    );
    left.push({ key: t('outpatient.pools.tier1'), value: line(q.tier1, 'pool-tier1'), testId: 'pool-tier1' });
    if (f.tier2) {
      left.push({ key: t('outpatient.pools.tier2Primary'), value: line(q.tier2Primary, 'pool-tier2-primary'), testId: 'pool-tier2-primary' });
      left.push({ key: t('outpatient.pools.other'), value: line(q.other, 'pool-other'), testId: 'pool-other' });
    }
  } else {
    const annual = f.usedYear.plus(f.limits.remaining.year);
    left.push({
      key: t('outpatient.pools.shaoyangYear', { annual: format.money(annual) }),
      value: <Money value={f.limits.remaining.year} locale={locale} className="text-2xl font-bold" />,
      testId: 'pool-shaoyang-year',
    });
    left.push({
      key: t('outpatient.pools.shaoyangDay', { daily: format.money(f.usedToday.plus(f.limits.remaining.today)) }),
      value: <Money value={f.limits.remaining.today} locale={locale} className="text-2xl font-bold" />,
      testId: 'pool-shaoyang-day',
    });
  }
  const explanation = f.region === 'jiangmen' ? f.quota.explanation : f.limits.explanation;
  const totals = f.visits.reduce(
    (s, v) => ({ cost: s.cost.plus(v.inScope).plus(v.outOfScope), fund: s.fund.plus(v.fund), resident: s.resident.plus(v.resident) }),
    {
      cost: ZERO,
      fund: ZERO,
      resident: ZERO,
    },
  );
  const c = (key: string) => t(`outpatient.columns.${key}` as 'outpatient.columns.month');
  const v = (key: string) => t(`outpatient.visitColumns.${key}` as 'outpatient.visitColumns.date');
  return (
    <article aria-labelledby="outpatient-title">
      <PageHeading id="outpatient-title" title={t('outpatient.title')} locale={locale} back={{ href: '/me' }} />
      <p className="mb-6 text-xl">{t('outpatient.intro', { date: format.date(f.today) })}</p>

      <h2 className="mt-8 mb-2 text-2xl font-bold">{t('outpatient.leftTitle')}</h2>
      <SummaryList locale={locale} rows={left} />
      {f.region === 'jiangmen' && !f.tier2 ? <p className="mt-3 text-lg">{t('outpatient.tier1Only')}</p> : null}
      <Explanation steps={explanation} locale={locale} id="quota-explanation" summary={t('outpatient.explanationTitle', { count: explanation.length })} />
      <p className="text-xl">
        <Link href="/me/clinic" className="inline-flex min-h-11 items-center font-bold">
          {t('outpatient.clinicLink')}
        </Link>
      </p>

      {f.region === 'jiangmen' ? (
        <>
          <h2 className="mt-8 mb-2 text-2xl font-bold">{t('outpatient.monthsTitle')}</h2>
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a region that scrolls sideways must be reachable by keyboard */}
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('outpatient.monthsTitle')}>
            <table className="w-full border-collapse text-left text-lg" data-testid="quota-months">
              <caption className="mb-2 text-left text-lg">{t('outpatient.monthsCaption', { year })}</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className={th}>
                    {c('month')}
                  </th>
                  <th scope="col" className={num}>
                    {c('tier1Used')}
                  </th>
                  <th scope="col" className={num}>
                    {c('tier1Left')}
                  </th>
                  {f.tier2 ? (
                    <>
                      <th scope="col" className={num}>
                        {c('t2Accrual')}
                      </th>
                      <th scope="col" className={num}>
                        {c('t2Used')}
                      </th>
                      <th scope="col" className={num}>
                        {c('t2Left')}
                      </th>
                      <th scope="col" className={num}>
                        {c('otherAccrual')}
                      </th>
                      <th scope="col" className={num}>
                        {c('otherUsed')}
                      </th>
                      <th scope="col" className={num}>
                        {c('otherLeft')}
                      </th>
                    </>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {f.quota.months.map((m) => (
                  <tr key={m.month} className="border-b border-gray-300" data-month={m.month}>
                    <th scope="row" className={`${th} font-normal`}>
                      {format.month(m.month)}
                    </th>
                    <td className={num} data-col="tier1Used">
                      <Money value={m.tier1.used} locale={locale} />
                    </td>
                    <td className={num} data-col="tier1Left">
                      <Money value={m.tier1.remaining} locale={locale} />
                    </td>
                    {f.tier2 ? (
                      <>
                        <td className={num} data-col="t2Accrual">
                          <Money value={m.tier2Primary.accrual} locale={locale} />
                        </td>
                        <td className={num} data-col="t2Used">
                          <Money value={m.tier2Primary.used} locale={locale} />
                        </td>
                        <td className={num} data-col="t2Left">
                          <Money value={m.tier2Primary.carried} locale={locale} />
                        </td>
                        <td className={num} data-col="otherAccrual">
                          <Money value={m.other.accrual} locale={locale} />
                        </td>
                        <td className={num} data-col="otherUsed">
                          <Money value={m.other.used} locale={locale} />
                        </td>
                        <td className={num} data-col="otherLeft">
                          <Money value={m.other.carried} locale={locale} />
                        </td>
                      </>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}

      <h2 className="mt-8 mb-2 text-2xl font-bold">{t('outpatient.visitsTitle')}</h2>
      {f.visits.length === 0 ? (
        <p className="text-xl">{t('outpatient.visitsNone')}</p>
      ) : (
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a region that scrolls sideways must be reachable by keyboard
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('outpatient.visitsTitle')}>
          <table className="w-full border-collapse text-left text-lg" data-testid="visits">
            <caption className="mb-2 text-left text-lg">{t('outpatient.visitsCaption', { year })}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className={th}>
                  {v('date')}
                </th>
                <th scope="col" className={th}>
                  {v('institution')}
                </th>
                <th scope="col" className={num}>
                  {v('cost')}
                </th>
                <th scope="col" className={num}>
                  {v('fund')}
                </th>
                <th scope="col" className={num}>
                  {v('resident')}
                </th>
                <th scope="col" className={th}>
                  {v('from')}
                </th>
              </tr>
            </thead>
            <tbody>
              {f.visits.map((visit, i) => (
                <tr key={i} className="border-b border-gray-300" data-testid="visit">
                  <th scope="row" className={`${th} font-normal whitespace-nowrap`}>
                    {format.date(visit.date)}
                  </th>
                  <td className={th}>{visit.institutionName}</td>
                  <td className={num} data-col="cost">
                    <Money value={visit.inScope.plus(visit.outOfScope)} locale={locale} />
                  </td>
                  <td className={num} data-col="fund">
                    <Money value={visit.fund} locale={locale} />
                  </td>
                  <td className={num} data-col="resident">
                    <Money value={visit.resident} locale={locale} />
                    {visit.personalAccount.gt(0) ? (
                      <span className="block text-base">{t('outpatient.residentParts', { account: format.money(visit.personalAccount) })}</span>
                    ) : null}
                  </td>
                  <td className={th}>{format.list(visit.pools.map((p) => t(`outpatient.poolNames.${p}`)))}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-ink font-bold">
                <th scope="row" className={th} colSpan={2}>
                  {t('outpatient.totals')}
                </th>
                <td className={num} data-col="cost">
                  <Money value={totals.cost} locale={locale} />
                </td>
                <td className={num} data-testid="visits-fund-total">
                  <Money value={totals.fund} locale={locale} />
                </td>
                <td className={num} data-testid="visits-resident-total">
                  <Money value={totals.resident} locale={locale} />
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </article>
  );
}
