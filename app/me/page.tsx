import type { Metadata } from 'next';
import { Explanation } from '@/components/Explanation';
import { Help } from '@/components/Help';
import { Money } from '@/components/Money';
import { Notice } from '@/components/Notice';
import { PageHeading } from '@/components/PageHeading';
import { SummaryList, type SummaryRow } from '@/components/SummaryList';
import { myEnrolment, signedInPage, type MyEnrolment } from '@/lib/dal';
import { getI18n } from '@/lib/i18n/server';
import { label, type I18n } from '@/lib/i18n';
import {
  ASSISTANCE_LABELS,
  CATEGORY_LABELS,
  ENROLMENT_STATUS_LABELS,
  IDENTITY_LABELS,
  REGION_LABELS,
  TIERS_LABELS,
} from '@/lib/policy/jiangmen/insured-person';
import { DASHBOARD_CARDS } from './cards';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('me.title') };
}

/** The one-line cover status: 正常参保 / 欠费 n 个月 / 中断 since / 待遇等待期 until (continuity + benefit-start). */
function coverText(data: MyEnrolment, { t, format }: I18n): string {
  const e = data.summary.enrolment;
  if (e?.status === 'ended') return t('me.cover.ended');
  const s = data.figures.status;
  if (e?.category === 'retiree' && s.kind === 'normal') return t('me.cover.lifetime');
  switch (s.kind) {
    case 'normal':
      return t('me.cover.normal');
    case 'arrears':
      return t('me.cover.arrears', { months: s.months });
    case 'interrupted':
      return t('me.cover.interrupted', { since: format.month(s.since) });
    case 'waiting':
      return t('me.cover.waiting', { until: format.date(s.until) });
  }
}

/** 我的参保: who the resident is insured as, their cover today, caps and the sections' headlines. */
export default async function MyInsurancePage() {
  const data = await signedInPage(myEnrolment);
  const i18n = await getI18n();
  const { locale, t, format } = i18n;
  if (!data)
    return (
      <>
        <Notice kind="error">{t('me.notEnrolled')}</Notice>
        <Help locale={locale} id="not-enrolled-help" topics={['hotline', 'counter']} />
      </>
    );
  const { summary, figures } = data;
  const e = summary.enrolment;
  const c = figures.continuity;
  const caps = figures.caps;
  const noBenefits = figures.status.kind === 'interrupted' || figures.status.kind === 'waiting' || e?.status === 'ended';
  const rows: SummaryRow[] = [
    { key: t('me.name'), value: summary.name, testId: 'name' },
    { key: t('me.idNumber'), value: <span className="tracking-wider">{summary.idMasked}</span>, testId: 'id-masked' },
    { key: t('me.region'), value: label(REGION_LABELS[summary.region], locale), testId: 'region' },
  ];
  if (e) {
    rows.push(
      {
        key: t('me.identityCategory'),
        value: (
          <>
            <span data-testid="identity">{label(IDENTITY_LABELS[e.identity], locale)}</span> ·{' '}
            <span data-testid="category">{label(CATEGORY_LABELS[e.category], locale)}</span>
          </>
        ),
      },
      {
        key: t('me.tiers'),
        value: (
          <>
            <span data-testid="tiers">{label(TIERS_LABELS[e.tiers], locale)}</span>
            <span className="mt-1 block text-lg font-normal">{t(`me.explain.${e.tiers}`)}</span>
          </>
        ),
      },
      {
        key: t('me.assistance'),
        value: (
          <>
            <span data-testid="assistance">{label(ASSISTANCE_LABELS[e.assistance], locale)}</span>
            <span className="mt-1 block text-lg font-normal">{t(`me.explain.assistance.${e.assistance}`)}</span>
          </>
        ),
      },
      { key: t('me.status'), value: label(ENROLMENT_STATUS_LABELS[e.status], locale), testId: 'status' },
      { key: t('me.since'), value: format.date(e.validFrom), testId: 'since' },
      ...(e.validTo ? [{ key: t('me.until'), value: format.date(e.validTo), testId: 'until' }] : []),
      ...(e.employerName ? [{ key: t('me.employer'), value: e.employerName, testId: 'employer' }] : []),
    );
  }
  return (
    <article aria-labelledby="me-title">
      <PageHeading id="me-title" title={t('me.title')} locale={locale} />
      <p className="mb-6 text-xl">{t('me.intro')}</p>

      <section aria-labelledby="cover-title" className="mb-8 border-l-8 border-brand bg-note-bg p-4">
        <h2 id="cover-title" className="text-2xl font-bold">
          {t('me.cover.title')}
        </h2>
        <p className="mt-2 text-3xl font-bold" data-testid="cover-status" data-kind={figures.status.kind}>
          {coverText(data, i18n)}
        </p>
        <Explanation steps={figures.status.explanation} locale={locale} />
      </section>

      <h2 className="mt-8 mb-2 text-2xl font-bold">{t('me.enrolmentTitle')}</h2>
      <SummaryList locale={locale} rows={rows} />
      {e ? null : (
        <>
          <Notice kind="info">{t('me.notEnrolled')}</Notice>
          <Help locale={locale} id="not-enrolled-help" topics={['hotline', 'counter']} />
        </>
      )}

      {e ? (
        <section aria-labelledby="benefits-title">
          <h2 id="benefits-title" className="mt-8 mb-2 text-2xl font-bold">
            {t('me.benefits.title')}
          </h2>
          {noBenefits ? (
            <p className="text-xl" data-testid="benefits-none">
              {t('me.benefits.none')} {figures.status.kind === 'waiting' ? t('me.benefits.waiting', { date: format.date(figures.status.resumeOn) }) : null}
            </p>
          ) : (
            <ul className="list-disc space-y-1 pl-8 text-xl" data-testid="benefits">
              <li>{t('me.benefits.tier1')}</li>
              {e.tiers === 'tier1_tier2' ? <li>{t('me.benefits.tier2')}</li> : null}
              {e.assistance !== 'none' ? <li>{t('me.benefits.assistance')}</li> : null}
            </ul>
          )}
        </section>
      ) : null}

      {summary.region === 'jiangmen' && e ? (
        <section aria-labelledby="continuity-title">
          <h2 id="continuity-title" className="mt-8 mb-2 text-2xl font-bold">
            {t('me.continuity.title')}
          </h2>
          <SummaryList
            locale={locale}
            rows={[
              { key: t('me.continuity.months'), value: t('common.months', { count: c.continuousMonths }), testId: 'continuous-months' },
              ...(c.tier2 && c.tier2.continuousMonths !== c.continuousMonths
                ? [{ key: t('me.continuity.tier2Months'), value: t('common.months', { count: c.tier2.continuousMonths }), testId: 'tier2-continuous-months' }]
                : []),
              ...(c.capFactor ? [{ key: t('me.continuity.factor'), value: `${c.capFactor.times(100).toString()}%`, testId: 'cap-factor' }] : []),
            ]}
          />
          <p className="mt-2 text-lg">{t('me.continuity.rule')}</p>
          <Explanation steps={c.explanation} locale={locale} />
          {caps ? (
            <>
              <h3 className="mt-6 mb-2 text-xl font-bold">{t('me.continuity.capsTitle', { year: figures.today.slice(0, 4) })}</h3>
              <SummaryList
                locale={locale}
                rows={[
                  { key: t('me.continuity.capTier1'), value: <Money value={caps.tier1} locale={locale} />, testId: 'cap-tier1' },
                  {
                    key: t('me.continuity.capCritical'),
                    value: caps.critical ? <Money value={caps.critical} locale={locale} /> : t('me.continuity.noCap'),
                    testId: 'cap-critical',
                  },
                  ...(caps.tier2 ? [{ key: t('me.continuity.capTier2'), value: <Money value={caps.tier2} locale={locale} />, testId: 'cap-tier2' }] : []),
                ]}
              />
              <Explanation steps={caps.explanation} locale={locale} />
            </>
          ) : (
            <p className="text-xl">{t('me.continuity.noCaps')}</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="cards-title">
        <h2 id="cards-title" className="mt-8 mb-4 text-2xl font-bold">
          {t('me.cards.title')}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="cards">
          {DASHBOARD_CARDS.map((Card, i) => (
            <Card key={i} data={data} locale={locale} />
          ))}
        </ul>
      </section>
    </article>
  );
}
