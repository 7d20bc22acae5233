import type { Metadata } from 'next';
import { Notice } from '@/components/Notice';
import { PageHeading } from '@/components/PageHeading';
import { SummaryList } from '@/components/SummaryList';
import { myInsurance, signedInPage } from '@/lib/dal';
import { getI18n } from '@/lib/i18n/server';
import { label } from '@/lib/i18n';
import {
  ASSISTANCE_LABELS,
  CATEGORY_LABELS,
  ENROLMENT_STATUS_LABELS,
  IDENTITY_LABELS,
  REGION_LABELS,
  TIERS_LABELS,
} from '@/lib/policy/jiangmen/insured-person';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('me.title') };
}

/** 我的参保: the signed-in resident's own enrolment. */
export default async function MyInsurancePage() {
  const summary = await signedInPage(myInsurance);
  const { locale, t, format } = await getI18n();
  if (!summary) return <Notice kind="error">{t('me.notEnrolled')}</Notice>;
  const e = summary.enrolment;
  return (
    <article aria-labelledby="me-title">
      <PageHeading id="me-title" title={t('me.title')} locale={locale} />
      <p className="mb-6 text-xl">{t('me.intro')}</p>
      <h2 className="mt-8 mb-2 text-2xl font-bold">{t('me.personTitle')}</h2>
      <SummaryList
        locale={locale}
        rows={[
          { key: t('me.name'), value: summary.name, testId: 'name' },
          { key: t('me.idNumber'), value: <span className="tracking-wider">{summary.idMasked}</span>, testId: 'id-masked' },
          { key: t('me.region'), value: label(REGION_LABELS[summary.region], locale), testId: 'region' },
        ]}
      />
      <h2 className="mt-8 mb-2 text-2xl font-bold">{t('me.enrolmentTitle')}</h2>
      {e ? (
        <SummaryList
          locale={locale}
          rows={[
            { key: t('me.identity'), value: label(IDENTITY_LABELS[e.identity], locale), testId: 'identity' },
            { key: t('me.tiers'), value: label(TIERS_LABELS[e.tiers], locale), testId: 'tiers' },
            { key: t('me.category'), value: label(CATEGORY_LABELS[e.category], locale), testId: 'category' },
            { key: t('me.assistance'), value: label(ASSISTANCE_LABELS[e.assistance], locale), testId: 'assistance' },
            { key: t('me.status'), value: label(ENROLMENT_STATUS_LABELS[e.status], locale), testId: 'status' },
            { key: t('me.since'), value: format.date(e.validFrom), testId: 'since' },
            ...(e.validTo ? [{ key: t('me.until'), value: format.date(e.validTo), testId: 'until' }] : []),
            ...(e.employerName ? [{ key: t('me.employer'), value: e.employerName, testId: 'employer' }] : []),
          ]}
        />
      ) : (
        <Notice kind="info">{t('me.notEnrolled')}</Notice>
      )}
    </article>
  );
}
