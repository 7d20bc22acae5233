import type { Metadata } from 'next';
import Link from 'next/link';
import { Timeline, type TimelineMark } from '@/components/charts/Timeline';
import { Explanation } from '@/components/Explanation';
import { Notice } from '@/components/Notice';
import { PageHeading } from '@/components/PageHeading';
import { SummaryList, type SummaryRow } from '@/components/SummaryList';
import { myContributionYears, signedInPage, timelineOf } from '@/lib/dal';
import { getI18n } from '@/lib/i18n/server';
import { monthIndex, monthOfIndex } from '@/lib/policy/core';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('years.title') };
}

/** 缴费年限: accumulated years by source, the minimum and why, retirement, the shortfall, a timeline. */
export default async function YearsPage() {
  const f = await signedInPage(myContributionYears);
  const { locale, t, format } = await getI18n();
  if (!f) return <Notice kind="error">{t('years.none')}</Notice>;
  const y = f.years;
  const r = y.retirement;
  const ym = (months: number) => t('years.ym', { years: Math.floor(months / 12), months: months % 12 });
  const sources: SummaryRow[] = [
    {
      key: t('years.local'),
      value: (
        <>
          <span data-testid="local-months">{ym(y.localMonths)}</span>
          {y.legacyMonths > 0 ? (
            <span className="block text-lg font-normal" data-testid="legacy-months">
              {t('years.legacy')}: {ym(y.legacyMonths)}
            </span>
          ) : null}
        </>
      ),
    },
    ...y.transfers.map((tr, i) => ({ key: t('years.transferred', { origin: tr.origin }), value: ym(tr.counted), testId: `transferred-${i}` })),
    ...(y.veteranMonths > 0 ? [{ key: t('years.veteran'), value: ym(y.veteranMonths), testId: 'veteran-months' }] : []),
    { key: t('years.total'), value: ym(y.accumulatedMonths), testId: 'accumulated' },
    {
      key: t('years.notCounted'),
      value: (
        <>
          <span data-testid="not-counted">{ym(y.nonCountingMonths)}</span>
          <span className="block text-lg font-normal">{t('years.notCountedWhy')}</span>
        </>
      ),
    },
  ];
  const timeline = timelineOf(f);
  const marks: TimelineMark[] = [];
  if (y.minimumMetInMonth && y.minimum)
    marks.push({ at: monthIndex(y.minimumMetInMonth), label: t('years.markMinimum', { years: String(y.minimum.years) }), style: 'solid' });
  if (y.atRetirement) marks.push({ at: monthIndex(y.atRetirement.retirementMonth), label: t('years.markRetirement'), style: 'dashed' });
  const spanTitle = (kind: string, from: string, to: string) => {
    const v = { from: format.month(from), to: format.month(to) };
    return kind === 'counted'
      ? t('years.spanCounted', v)
      : kind === 'not_counted'
        ? t('years.spanNotCounted', v)
        : kind === 'gap'
          ? t('years.spanGap', v)
          : t('years.spanProjected', v);
  };
  const age = (a: { years: number; months: number }) => t('years.ageValue', { years: a.years, months: a.months });
  return (
    <article aria-labelledby="years-title">
      <PageHeading id="years-title" title={t('years.title')} locale={locale} back={{ href: '/me' }} />
      <p className="mb-6 text-xl">{t('years.intro')}</p>

      <h2 className="mt-8 mb-2 text-2xl font-bold">{t('years.sourcesTitle')}</h2>
      <SummaryList locale={locale} rows={sources} />

      <h2 className="mt-8 mb-2 text-2xl font-bold">{t('years.minimumTitle')}</h2>
      {y.status === 'cross_region' ? (
        <Notice kind="info">{t('years.crossRegion')}</Notice>
      ) : y.minimum ? (
        <SummaryList
          locale={locale}
          rows={[
            {
              key: t('years.minimum'),
              value: (
                <>
                  <span data-testid="minimum">{t('years.minimumYears', { years: y.minimum.years })}</span>
                  <span className="block text-lg font-normal" data-testid="minimum-why">
                    {t(`years.why.${y.minimum.reason}`, { first: y.minimum.firstEmployeeMonth ? format.month(y.minimum.firstEmployeeMonth) : '' })}
                  </span>
                </>
              ),
            },
            ...(y.localMinimumMonths !== null
              ? [
                  {
                    key: t('years.localCheck'),
                    value: (
                      <>
                        <span data-testid="local-check">{t('years.localCheckValue', { local: ym(y.localMonths), required: ym(y.localMinimumMonths) })}</span>
                        <span className="block" data-testid="local-check-result">
                          {y.localMonths >= y.localMinimumMonths
                            ? t('years.localMet')
                            : t('years.localShort', { months: y.localMinimumMonths - y.localMonths })}
                        </span>
                      </>
                    ),
                  },
                ]
              : []),
          ]}
        />
      ) : null}

      <h2 className="mt-8 mb-2 text-2xl font-bold">{t('years.statusTitle')}</h2>
      <div className="text-xl" data-testid="years-status" data-status={y.status}>
        {y.status === 'lifetime_kept' ? <p>{t('years.lifetime')}</p> : null}
        {y.status === 'met' ? <p>{t('years.met')}</p> : null}
        {y.status === 'not_met' && y.shortfallNow !== null ? (
          <p data-testid="shortfall-now" data-months={y.shortfallNow}>
            {t('years.shortNow', { months: y.shortfallNow })}
          </p>
        ) : null}
        {y.minimumMetInMonth ? (
          <p data-testid="minimum-met-in" data-month={y.minimumMetInMonth}>
            {t('years.metIn', { month: format.month(y.minimumMetInMonth) })}
          </p>
        ) : null}
        {y.status === 'not_met' && y.projection === 'resident_identity' ? <p>{t('years.notProjected')}</p> : null}
      </div>

      {r ? (
        <>
          <h2 className="mt-8 mb-2 text-2xl font-bold">{t('years.retirementTitle')}</h2>
          <SummaryList
            locale={locale}
            rows={[
              { key: t('years.originalAge'), value: age(r.originalAge), testId: 'original-age' },
              { key: t('years.retirementAge'), value: age(r.statutoryAge), testId: 'retirement-age' },
              { key: t('years.retirementDate'), value: format.date(r.retirementDate), testId: 'retirement-date' },
              ...(r.earliestDate !== r.latestDate
                ? [
                    {
                      key: t('years.window'),
                      value: (
                        <>
                          <span data-testid="window">
                            {t('years.windowValue', { earliest: format.date(r.earliestDate), latest: format.date(r.latestDate) })}
                          </span>
                          <span className="block text-lg font-normal">{t('years.windowNote')}</span>
                        </>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </>
      ) : null}

      {y.atRetirement ? (
        <>
          <h2 className="mt-8 mb-2 text-2xl font-bold">{t('years.atRetirementTitle')}</h2>
          <SummaryList
            locale={locale}
            rows={[
              { key: t('years.projected'), value: t('common.months', { count: y.atRetirement.projectedMonths }), testId: 'projected-months' },
              { key: t('years.atRetirement'), value: ym(y.atRetirement.accumulatedMonths), testId: 'at-retirement' },
              {
                key: t('years.shortfall'),
                value: y.atRetirement.shortfallMonths > 0 ? t('common.months', { count: y.atRetirement.shortfallMonths }) : t('years.noShortfall'),
                testId: 'shortfall-at-retirement',
              },
            ]}
          />
          {y.atRetirement.shortfallMonths > 0 ? (
            <p className="mt-4 text-xl">
              <Link href="/me/topup" className="inline-flex min-h-11 items-center font-bold">
                {t('years.topUpLink')}
              </Link>
            </p>
          ) : null}
        </>
      ) : null}
      <Explanation steps={y.explanation} locale={locale} />

      {timeline.first && timeline.last ? (
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title" className="mt-8 mb-2 text-2xl font-bold">
            {t('years.timelineTitle')}
          </h2>
          <Timeline
            from={monthIndex(timeline.first)}
            to={monthIndex(timeline.last)}
            spans={timeline.spans.map((s) => ({ from: monthIndex(s.from), to: monthIndex(s.to), kind: s.kind, title: spanTitle(s.kind, s.from, s.to) }))}
            marks={marks}
            caption={t('years.timelineCaption')}
            describedBy="timeline-list"
            testId="timeline"
          />
          <details className="mb-6">
            <summary className="min-h-11 cursor-pointer text-xl font-bold text-brand underline">{t('years.listTitle')}</summary>
            <ul id="timeline-list" className="mt-2 list-disc pl-8 text-lg">
              {timeline.spans.map((s) => (
                <li key={s.from} data-kind={s.kind}>
                  {spanTitle(s.kind, s.from, s.to)}
                </li>
              ))}
              {marks.map((m) => (
                <li key={`mark-${m.at}`}>
                  {m.label}: {format.month(monthOfIndex(m.at))}
                </li>
              ))}
            </ul>
          </details>
        </section>
      ) : null}
    </article>
  );
}
