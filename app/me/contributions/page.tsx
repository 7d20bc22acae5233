import type { Metadata } from 'next';
import Link from 'next/link';
import { BarChart, type Bar } from '@/components/charts/BarChart';
import { Money } from '@/components/Money';
import { Notice } from '@/components/Notice';
import { PageHeading } from '@/components/PageHeading';
import { HISTORY_MAX_YEARS, myContributionHistory, signedInPage } from '@/lib/dal';
import { getI18n } from '@/lib/i18n/server';
import { label } from '@/lib/i18n';
import { Dec } from '@/lib/policy/core';
import { RECORD_TIERS, RECORD_TIER_LABELS } from '@/lib/policy/jiangmen/continuity/records';
import { historySearch, parseHistoryQuery } from '@/lib/validation/history';
import { YearTable } from './HistoryTable';
import { recordTotal } from './records';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('contributions.title') };
}

const control = 'min-h-11 border-2 border-ink bg-white px-2 text-xl';

/** 缴费记录: one page of years (at most HISTORY_MAX_YEARS), newest first, each unfolding to its months. */
export default async function ContributionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = parseHistoryQuery(await searchParams);
  const page = await signedInPage(() => myContributionHistory(query));
  const i18n = await getI18n();
  const { locale, t, format } = i18n;
  const same = { from: page.fromYear, to: page.toYear, tier: page.tier };
  const bars: Bar[] = [];
  for (const y of [...page.years].reverse()) {
    const byMonth = new Map<string, { amount: Dec; marked: boolean }>();
    for (const r of y.records) {
      const m = r.month.slice(0, 7);
      const slot = byMonth.get(m) ?? { amount: new Dec(0), marked: false };
      slot.amount = slot.amount.plus(recordTotal(r));
      slot.marked ||= r.status !== 'paid';
      byMonth.set(m, slot);
    }
    for (const [m, { amount, marked }] of [...byMonth.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const value = amount.toFixed(2);
      const values = { month: format.month(m), amount: format.money(value) };
      bars.push({
        label: m.endsWith('-01') ? m.slice(0, 4) : '',
        value,
        marked,
        title: t(marked ? 'contributions.chart.barMarked' : 'contributions.chart.bar', values),
      });
    }
  }
  const years = page.span ? Array.from({ length: page.span.last - page.span.first + 1 }, (_, i) => page.span!.last - i) : [];
  return (
    <article aria-labelledby="contributions-title">
      <PageHeading id="contributions-title" title={t('contributions.title')} locale={locale} back={{ href: '/me' }} />
      <p className="mb-6 text-xl">{t('contributions.intro')}</p>
      {page.span === null ? (
        <Notice kind="info">{t('contributions.none')}</Notice>
      ) : (
        <>
          <form method="get" action="/me/contributions" className="mb-6 flex flex-wrap items-end gap-4" aria-labelledby="filters-title">
            <h2 id="filters-title" className="sr-only">
              {t('contributions.filters.title')}
            </h2>
            <div>
              <label htmlFor="from" className="block text-lg">
                {t('contributions.filters.from')}
              </label>
              <select id="from" name="from" defaultValue={String(page.fromYear)} className={control}>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="to" className="block text-lg">
                {t('contributions.filters.to')}
              </label>
              <select id="to" name="to" defaultValue={String(page.toYear)} className={control}>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="tier" className="block text-lg">
                {t('contributions.filters.tier')}
              </label>
              <select id="tier" name="tier" defaultValue={page.tier} className={control}>
                <option value="all">{t('contributions.filters.all')}</option>
                {RECORD_TIERS.map((tier) => (
                  <option key={tier} value={tier}>
                    {label(RECORD_TIER_LABELS[tier], locale)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="min-h-11 bg-brand px-6 text-xl font-bold text-white">
              {t('contributions.filters.apply')}
            </button>
          </form>

          <h2 className="mb-2 text-2xl font-bold" data-testid="range">
            {t('contributions.range', { from: String(page.fromYear), to: String(page.toYear) })}
          </h2>
          <nav aria-label={t('contributions.title')} className="mb-4 flex flex-wrap gap-x-8 gap-y-2 text-xl">
            {page.fromYear > page.span.first ? (
              <Link
                href={`/me/contributions${historySearch({ from: Math.max(page.span.first, page.fromYear - HISTORY_MAX_YEARS), to: page.fromYear - 1, tier: page.tier })}`}
                className="inline-flex min-h-11 items-center"
                data-testid="earlier"
              >
                {t('contributions.earlier')}
              </Link>
            ) : null}
            {page.toYear < page.span.last ? (
              <Link
                href={`/me/contributions${historySearch({ from: page.toYear + 1, to: Math.min(page.span.last, page.toYear + HISTORY_MAX_YEARS), tier: page.tier })}`}
                className="inline-flex min-h-11 items-center"
                data-testid="later"
              >
                {t('contributions.later')}
              </Link>
            ) : null}
            <a href={`/me/contributions/csv${historySearch(same)}`} download className="inline-flex min-h-11 items-center" data-testid="csv">
              {t('contributions.download')}
            </a>
            <Link href={`/me/contributions/print${historySearch(same)}`} className="inline-flex min-h-11 items-center" data-testid="print">
              {t('contributions.print')}
            </Link>
          </nav>

          {bars.length > 0 ? (
            <>
              <BarChart
                bars={bars}
                caption={t('contributions.chart.caption', { from: String(page.fromYear), to: String(page.toYear) })}
                describedBy="history-years"
                formatTick={(v) => format.number(v)}
                testId="history-chart"
              />
              <p className="mb-4 text-lg">{t('contributions.chart.legend')}</p>
            </>
          ) : null}

          <div id="history-years">
            {page.years.map((y, i) => (
              <details key={y.year} open={i === 0} className="mb-4 border-2 border-gray-300 bg-white" data-testid={`year-${y.year}`}>
                <summary className="min-h-11 cursor-pointer p-3 text-2xl font-bold">
                  {t('contributions.yearSummary', { year: String(y.year), total: format.money(y.totals.total) })}
                </summary>
                <div className="p-3">
                  <YearTable year={y} i18n={i18n} />
                </div>
              </details>
            ))}
          </div>
          <p className="mt-6 text-2xl font-bold" data-testid="range-total">
            {t('contributions.rangeTotals')}: <Money value={page.totals.total} locale={locale} />
          </p>
        </>
      )}
    </article>
  );
}
