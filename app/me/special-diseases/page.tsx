import type { Metadata } from 'next';
import { Explanation } from '@/components/Explanation';
import { Field, Radios } from '@/components/form';
import { Money } from '@/components/Money';
import { Notice } from '@/components/Notice';
import { PageHeading } from '@/components/PageHeading';
import { SummaryList, type SummaryRow } from '@/components/SummaryList';
import { signedInPage } from '@/lib/dal';
import { mySpecialDiseases } from '@/lib/dal/care';
import { getI18n } from '@/lib/i18n/server';
import { LEVELS } from '@/lib/policy/jiangmen/inpatient/parameters';
import { DISEASE_BY_ID } from '@/lib/policy/jiangmen/special-disease/diseases';
import { parseSpecialDiseaseQuery } from '@/lib/validation/special-disease';
import { estimateMonth } from './actions';
import { ActionForm } from '@/components/form/ActionForm';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('specialDiseases.title') };
}

/** 特定病种门诊: approved diseases with dates, this month's caps (the two-disease rule) and use, a month's estimate. */
export default async function SpecialDiseasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ask = parseSpecialDiseaseQuery(await searchParams);
  const f = await signedInPage(() => mySpecialDiseases(ask ?? undefined));
  const { locale, t, format } = await getI18n();
  const lang = locale === 'en' ? 'en' : 'zh';
  const money = (v: Parameters<typeof Money>[0]['value']) => <Money value={v} locale={locale} />;
  const cell = 'border-b-2 border-gray-200 px-2 py-2 text-left align-top';
  const caps = f.caps;
  const monthRows: SummaryRow[] = caps
    ? caps.tier1 === null
      ? []
      : [
          { key: t('specialDiseases.tier1Cap'), value: money(caps.tier1), testId: 'cap-tier1' },
          { key: t('specialDiseases.usedTier1'), value: money(f.used.tier1), testId: 'used-tier1' },
          { key: t('specialDiseases.leftTier1'), value: money(f.left.tier1!), testId: 'left-tier1' },
          {
            key: t('specialDiseases.tier2Cap'),
            value: caps.tier2 ? money(caps.tier2) : caps.tier2Uncapped ? t('specialDiseases.tier2Uncapped') : t('specialDiseases.tier2None'),
            testId: 'cap-tier2',
          },
          ...(caps.tier2 || caps.tier2Uncapped ? [{ key: t('specialDiseases.usedTier2'), value: money(f.used.tier2), testId: 'used-tier2' }] : []),
          ...(caps.tier2 ? [{ key: t('specialDiseases.leftTier2'), value: money(f.left.tier2!), testId: 'left-tier2' }] : []),
          { key: t('specialDiseases.usedInScope'), value: money(f.used.inScope), testId: 'used-in-scope' },
        ]
    : [];
  const estimate = f.estimate;
  return (
    <article aria-labelledby="sd-title">
      <PageHeading id="sd-title" title={t('specialDiseases.title')} locale={locale} back={{ href: '/me' }} />
      <p className="mb-6 text-xl">{t('specialDiseases.intro')}</p>

      {f.approvals.length === 0 ? (
        <Notice kind="info">{t('specialDiseases.none')}</Notice>
      ) : (
        <>
          <h2 className="mt-8 mb-2 text-2xl font-bold">{t('specialDiseases.approvalsTitle')}</h2>
          {/* A region that scrolls sideways on a phone must be reachable by keyboard (axe scrollable-region-focusable). */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('specialDiseases.approvalsTitle')}>
            <table className="w-full border-collapse text-lg" data-testid="approvals">
              <thead>
                <tr>
                  <th scope="col" className={cell}>
                    {t('specialDiseases.disease')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('specialDiseases.class')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('specialDiseases.period')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('specialDiseases.institution')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('specialDiseases.status')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {f.approvals.map((a) => (
                  <tr key={`${a.diseaseCode}-${a.approvedFrom}`} data-disease={a.diseaseCode}>
                    <th scope="row" className={cell}>
                      {DISEASE_BY_ID.get(a.diseaseCode)?.name[lang] ?? a.diseaseCode}
                    </th>
                    <td className={cell}>{t('specialDiseases.classValue', { cls: String(a.diseaseClass) })}</td>
                    <td className={cell}>
                      {a.approvedTo
                        ? t('specialDiseases.fromTo', { from: format.date(a.approvedFrom), to: format.date(a.approvedTo) })
                        : t('specialDiseases.from', { from: format.date(a.approvedFrom) })}
                    </td>
                    <td className={cell}>{a.institutionName ?? '—'}</td>
                    <td className={cell}>
                      {a.inForce ? t('specialDiseases.inForce') : a.approvedFrom > f.today ? t('specialDiseases.notStarted') : t('specialDiseases.ended')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      {f.approvals.length > 0 && !caps && f.inForce.length > 0 ? <Notice kind="info">{t('specialDiseases.notJiangmen')}</Notice> : null}

      {caps ? (
        <section aria-labelledby="month-title" className="mt-10">
          <h2 id="month-title" className="mb-2 text-2xl font-bold">
            {t('specialDiseases.monthTitle', { month: format.month(f.month) })}
          </h2>
          {caps.tier1 === null ? <p className="mb-4 text-xl">{t('specialDiseases.class1')}</p> : <SummaryList locale={locale} rows={monthRows} />}
          {f.inForce.length > 1 ? <p className="mt-4 text-xl">{t('specialDiseases.twoDiseases')}</p> : null}
          <div className="mt-4">
            <Explanation steps={caps.explanation} locale={locale} summary={t('specialDiseases.capsHow')} id="caps-explanation" />
          </div>
        </section>
      ) : null}

      {caps ? (
        <section aria-labelledby="estimate" className="mt-10">
          <h2 id="estimate" className="mb-2 text-2xl font-bold">
            {t('specialDiseases.estimateTitle')}
          </h2>
          <p className="mb-4 text-xl">{t('specialDiseases.estimateIntro')}</p>
          <ActionForm action={estimateMonth} errorTitle={t('specialDiseases.errorTitle')} id="estimate" headingLevel={3}>
            <Field
              locale={locale}
              name="inScope"
              label={t('specialDiseases.inScope')}
              hint={t('specialDiseases.inScopeHint')}
              type="number"
              width={10}
              defaultValue={estimate?.ask.inScope ?? ''}
            />
            <Radios
              locale={locale}
              name="level"
              legend={t('specialDiseases.level')}
              items={LEVELS.map((l) => ({ value: l, label: t(`specialDiseases.levels.${l}`) }))}
              defaultValue={estimate?.ask.level ?? f.defaultLevel}
            />
            <button type="submit" className="mt-4 min-h-11 bg-brand px-6 text-xl font-bold text-white" data-testid="estimate-submit">
              {t('specialDiseases.submit')}
            </button>
          </ActionForm>
          {estimate ? (
            <div className="mt-8" data-testid="estimate-result">
              <h3 className="mb-2 text-xl font-bold">{t('specialDiseases.resultTitle')}</h3>
              <p className="mb-2 text-lg">
                {t('specialDiseases.resultFor', { amount: estimate.ask.inScope, level: t(`specialDiseases.levels.${estimate.ask.level}`) })}
              </p>
              {'result' in estimate ? (
                <>
                  <SummaryList
                    locale={locale}
                    rows={[
                      { key: t('specialDiseases.tier1'), value: money(estimate.result.tier1), testId: 'estimate-tier1' },
                      ...(estimate.result.critical.isZero()
                        ? []
                        : [{ key: t('specialDiseases.critical'), value: money(estimate.result.critical), testId: 'estimate-critical' }]),
                      { key: t('specialDiseases.tier2'), value: money(estimate.result.tier2), testId: 'estimate-tier2' },
                      ...(estimate.result.assistance.isZero()
                        ? []
                        : [{ key: t('specialDiseases.assistance'), value: money(estimate.result.assistance), testId: 'estimate-assistance' }]),
                      { key: t('specialDiseases.outOfPocket'), value: money(estimate.result.outOfPocket), testId: 'estimate-out-of-pocket' },
                    ]}
                  />
                  <div className="mt-4">
                    <Explanation steps={estimate.result.explanation} locale={locale} id="estimate-explanation" />
                  </div>
                </>
              ) : (
                <Notice kind="error">
                  {t('specialDiseases.refused')} {estimate.error.error.issues.map((i) => i.message[lang]).join(' ')}
                </Notice>
              )}
            </div>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
