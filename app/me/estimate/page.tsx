import type { Metadata } from 'next';
import Link from 'next/link';
import { Notice } from '@/components/Notice';
import { PageHeading } from '@/components/PageHeading';
import { myEstimate, myEstimatePrefill, signedInPage, type Estimate, type EstimatePrefill } from '@/lib/dal';
import { getI18n } from '@/lib/i18n/server';
import { label, pick, type I18n } from '@/lib/i18n';
import { ASSISTANCE_LABELS, ASSISTANCE_STATUSES, CATEGORIES, CATEGORY_LABELS, IDENTITIES, IDENTITY_LABELS } from '@/lib/policy/jiangmen/insured-person';
import { LEVEL_LABELS, LEVELS } from '@/lib/policy/jiangmen/inpatient/parameters';
import { estimateQueryObject, estimateSearch } from '@/lib/validation/estimate';
import { valueAt, type FormObject } from '@/lib/validation/form-data';
import { ACTION_MESSAGES } from '@/lib/dal/action-client';
import { runEstimate } from './actions';
import { EstimateForm, type EstimateFormOptions, type EstimateFormWords } from './EstimateForm';
import { EstimateResult } from './EstimateResult';
import { DirectorySearch } from '@/components/institutions/DirectorySearch';
import { myDirectoryEntry, myInstitutionDirectory, type DirectoryEntry } from '@/lib/dal/institutions';
import { INSTITUTION_LEVEL_LABELS } from '@/lib/policy/jiangmen/institutions';
import type { Level } from '@/lib/policy/jiangmen/inpatient/parameters';
import { institutionIdField } from '@/lib/validation/estimate';
import { parseDirectoryQuery } from '@/lib/validation/institutions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('estimate.title') };
}

const YTD = ['tier1Paid', 'criticalBase', 'criticalPaid', 'tier2Base', 'tier2Paid', 'assistancePaid'] as const;

/** The form's first values by field name: the resident's own data (and today's date). */
function prefilledValues(p: EstimatePrefill): Record<string, string> {
  const pre = p.prefill!;
  const v: Record<string, string> = {
    date: p.today,
    'person.identity': pre.person.identity,
    'person.category': pre.person.category,
    'person.assistance': pre.person.assistance,
    'person.continuousMonths': String(pre.person.continuousMonths),
    'stay.level': 'level2',
    'stay.transfer': 'none',
    'stay.outOfTown': pre.outOfTown,
  };
  if (pre.person.tier2ContinuousMonths !== undefined) v['person.tier2ContinuousMonths'] = String(pre.person.tier2ContinuousMonths);
  for (const k of YTD) v[`yearToDate.${k}`] = pre.yearToDate[k];
  return v;
}

/** What an address says, by field name (the same reading as a posted form). */
function queryValues(form: FormObject, names: readonly string[]): Record<string, string> {
  const v: Record<string, string> = {};
  for (const name of names) {
    const x = valueAt(form, name);
    if (typeof x === 'string') v[name] = x;
  }
  return v;
}

const FIELD_NAMES = [
  'date',
  'person.identity',
  'person.category',
  'person.assistance',
  'person.continuousMonths',
  'person.tier2ContinuousMonths',
  'stay.level',
  'stay.inScope',
  'stay.outOfScope',
  'stay.transfer',
  'stay.referringDeductible',
  'stay.outOfTown',
  'stay.maternity',
  ...YTD.map((k) => `yearToDate.${k}`),
];

function sourcesOf(p: EstimatePrefill, i18n: I18n): Record<string, string> {
  const { t, format } = i18n;
  const pre = p.prefill!;
  const enrolment = t('estimate.source.enrolment', { from: format.date(p.summary.enrolment!.validFrom) });
  const claims = pre.stays > 0 ? t('estimate.source.claims', { count: pre.stays }) : t('estimate.source.claimsNone');
  const s: Record<string, string> = {
    'person.identity': enrolment,
    'person.category': enrolment,
    'person.assistance': enrolment,
    'person.continuousMonths': t('estimate.source.continuity'),
    'person.tier2ContinuousMonths': t('estimate.source.continuity'),
  };
  for (const k of YTD) s[`yearToDate.${k}`] = claims;
  if (p.filing) s['stay.outOfTown'] = t('estimate.source.filing');
  return s;
}

function formWords(i18n: I18n, p: EstimatePrefill): EstimateFormWords {
  const { t, format } = i18n;
  return {
    errorPrefix: t('form.errorPrefix'),
    errorTitle: t('estimate.errorTitle'),
    submit: t('estimate.submit'),
    stayTitle: t('estimate.stayTitle'),
    level: t('estimate.level'),
    levelHint: t('estimate.levelHint'),
    inScope: t('estimate.inScope'),
    inScopeHint: t('estimate.inScopeHint'),
    outOfScope: t('estimate.outOfScope'),
    outOfScopeHint: t('estimate.outOfScopeHint'),
    transfer: t('estimate.transfer'),
    referringDeductible: t('estimate.referringDeductible'),
    referringDeductibleHint: t('estimate.referringDeductibleHint'),
    outOfTown: t('estimate.outOfTown'),
    outOfTownHint: p.filing
      ? t('estimate.filingActive', { destination: p.filing.destination, from: format.date(p.filing.validFrom) })
      : t('estimate.filingNone'),
    maternity: t('estimate.maternity'),
    maternityLabel: t('estimate.maternityLabel'),
    personTitle: t('estimate.personTitle'),
    personIntro: t('estimate.personIntro'),
    identity: t('estimate.identity'),
    category: t('estimate.category'),
    assistance: t('estimate.assistance'),
    continuousMonths: t('estimate.continuousMonths'),
    tier2ContinuousMonths: t('estimate.tier2ContinuousMonths'),
    ytdTitle: t('estimate.ytdTitle'),
    ytdIntro: t('estimate.ytdIntro'),
    ytd: Object.fromEntries(YTD.map((k) => [k, t(`estimate.ytd.${k}`)])),
    yuan: t('estimate.yuan'),
    months: t('estimate.monthsUnit'),
  };
}

function formOptions(i18n: I18n): EstimateFormOptions {
  const { t, locale } = i18n;
  return {
    levels: LEVELS.map((l) => ({ value: l, label: label(LEVEL_LABELS[l], locale) })),
    transfers: [
      { value: 'none', label: t('estimate.transferNone') },
      { value: 'referral', label: t('estimate.transferReferral') },
      { value: 'medical_community', label: t('estimate.transferCommunity') },
      { value: 'family_bed', label: t('estimate.transferFamilyBed') },
    ],
    outOfTown: [
      { value: 'none', label: t('estimate.outOfTownNone') },
      { value: 'registered', label: t('estimate.outOfTownRegistered') },
      { value: 'unregistered', label: t('estimate.outOfTownUnregistered') },
    ],
    identities: IDENTITIES.map((v) => ({ value: v, label: label(IDENTITY_LABELS[v], locale) })),
    categories: CATEGORIES.map((v) => ({ value: v, label: label(CATEGORY_LABELS[v], locale) })),
    assistance: ASSISTANCE_STATUSES.map((v) => ({ value: v, label: label(ASSISTANCE_LABELS[v], locale) })),
  };
}

/** 住院费用估算: the form pre-filled from the resident's own data, and the estimate of the address (post/redirect/get). */
export default async function EstimatePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const query = estimateQueryObject(params);
  const institutionId = institutionIdField.parse(typeof params.institution === 'string' ? params.institution : undefined);
  const directoryQuery = parseDirectoryQuery(params);
  const searching = ['q', 'district', 'level', 'primaryCare', 'community', 'page'].some((k) => params[k] !== undefined);
  const [prefill, outcome, chosen, directory] = await signedInPage(() =>
    Promise.all([
      myEstimatePrefill(),
      query ? myEstimate(query) : Promise.resolve(null),
      institutionId ? myDirectoryEntry(institutionId) : Promise.resolve(null),
      myInstitutionDirectory(directoryQuery),
    ]),
  );
  const i18n = await getI18n();
  const { t, locale } = i18n;
  const heading = <PageHeading id="estimate-title" title={t('estimate.title')} locale={locale} back={{ href: '/me' }} />;
  if (!prefill) return <Notice kind="error">{t('estimate.none')}</Notice>;
  if (prefill.summary.region !== 'jiangmen' || !prefill.prefill)
    return (
      <article aria-labelledby="estimate-title">
        {heading}
        <Notice kind="info">
          <span data-testid="estimate-unavailable">{prefill.summary.region !== 'jiangmen' ? t('estimate.notJiangmen') : t('estimate.noEnrolment')}</span>
        </Notice>
      </article>
    );
  const initial = query ? queryValues(query, FIELD_NAMES) : { ...prefilledValues(prefill), ...(chosen ? { 'stay.level': levelOf(chosen) } : {}) };
  const errors = outcome && !outcome.ok ? Object.fromEntries(outcome.issues.map((i) => [i.path, pick(i.message, locale)] as const).reverse()) : undefined;
  const estimate: Estimate | null = outcome?.ok ? outcome.estimate : null;
  return (
    <article aria-labelledby="estimate-title">
      {heading}
      <p className="mb-6 text-xl">{t('estimate.intro')}</p>
      <details className="mb-8 border-l-4 border-brand pl-4" open={searching || undefined} data-testid="estimate-directory">
        <summary className="min-h-11 cursor-pointer py-2 text-2xl font-bold">{t('estimate.directoryTitle')}</summary>
        <p className="mb-4 text-lg">{t('estimate.directoryIntro')}</p>
        <DirectorySearch
          locale={locale}
          directory={directory}
          path="/me/estimate"
          id="estimate-directory"
          actionFor={(entry) => (
            <a
              href={`/me/estimate?institution=${encodeURIComponent(entry.id)}`}
              className="inline-flex min-h-11 items-center text-xl font-bold"
              data-testid="use-institution"
            >
              {t('estimate.useInstitution', { name: entry.name })}
            </a>
          )}
        />
      </details>
      <EstimateForm
        key={query ? estimateKey(initial) : `prefill-${chosen?.id ?? ''}`}
        action={runEstimate}
        words={formWords(i18n, prefill)}
        options={formOptions(i18n)}
        initial={initial}
        {...(errors ? { initialErrors: errors, initialMessage: pick(ACTION_MESSAGES.invalid, locale) } : {})}
        sources={query ? {} : sourcesOf(prefill, i18n)}
        showTier2={prefill.prefill.person.identity === 'employee'}
        institution={
          chosen
            ? {
                id: chosen.id,
                text: t('estimate.chosen', { name: chosen.name, level: label(INSTITUTION_LEVEL_LABELS[chosen.level], locale) }),
                change: { href: '/me/estimate', text: t('estimate.chosenChange') },
              }
            : undefined
        }
      />
      {query ? (
        <p className="mt-4 text-xl">
          <Link href="/me/estimate" className="inline-flex min-h-11 items-center">
            {t('estimate.reset')}
          </Link>
        </p>
      ) : null}
      {estimate ? (
        <section id="result" aria-labelledby="result-title" className="mt-10 border-t-4 border-brand pt-6" tabIndex={-1}>
          <h2 id="result-title" className="mb-4 text-3xl font-bold">
            {t('estimate.resultTitle')}
          </h2>
          {chosen ? (
            <p className="mb-2 text-xl" data-testid="result-institution">
              {t('estimate.resultAt', { name: chosen.name })}
            </p>
          ) : null}
          <EstimateResult estimate={estimate} i18n={i18n} />
          <p className="mt-6 text-xl">
            <Link
              href={`/me/estimate/print?${estimateSearch(estimate.request, chosen?.id)}`}
              className="inline-flex min-h-11 items-center"
              data-testid="print-link"
            >
              {t('estimate.print')}
            </Link>
          </p>
        </section>
      ) : null}
    </article>
  );
}

/** The benefit level of a directory entry: an unrated institution counts as level 1 (RULES §6). */
function levelOf(entry: DirectoryEntry): Level {
  return entry.level === 'unrated' ? 'level1' : entry.level;
}

function estimateKey(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}
