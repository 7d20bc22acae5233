/**
 * The directory of designated institutions as a search (a GET form: works without JavaScript,
 * each result page has its own address), shared by the clinic-choice page and the hospital-stay
 * estimator. The page gives the directory (`myInstitutionDirectory`) and, for each entry, its own
 * control (`actionFor`: a "choose" form, a radio…); this component draws the filters, the list
 * with each institution's facts, and the pages.
 */
import type { ReactNode } from 'react';
import { Field, Select } from '@/components/form';
import type { Directory, DirectoryEntry } from '@/lib/dal/institutions';
import { formatDate, i18nFor, label, pick, type Locale } from '@/lib/i18n';
import { districtLabel, districtsOf } from '@/lib/policy/jiangmen/districts';
import { INSTITUTION_LEVEL_LABELS, INSTITUTION_LEVELS } from '@/lib/policy/jiangmen/institutions';
import { directorySearch } from '@/lib/validation/institutions';

export interface DirectorySearchProps {
  locale: Locale;
  directory: Directory;
  /** The page the search form and the page links go to. */
  path: `/${string}`;
  /** Query parameters of the page to keep across searches and pages (e.g. a step). */
  keep?: Record<string, string>;
  /** The control beside each institution (a choose button, a radio…). */
  actionFor?: (entry: DirectoryEntry) => ReactNode;
  /** Id prefix, when a page shows two searches. */
  id?: string;
}

export function DirectorySearch({ locale, directory, path, keep = {}, actionFor, id = 'directory' }: DirectorySearchProps) {
  const { t } = i18nFor(locale);
  const q = directory.query;
  const districtOptions = districtsOf(directory.region).map((code) => ({
    value: code,
    label: `${pick(districtLabel(code), locale)}${code === directory.homeDistrict ? `（${t('institutions.homeDistrict')}）` : ''}`,
  }));
  const any = { value: '', label: t('institutions.any') };
  return (
    <section aria-labelledby={`${id}-title`} className="mb-8">
      <h2 id={`${id}-title`} className="mb-4 text-2xl font-bold">
        {t('institutions.searchTitle')}
      </h2>
      <form method="get" action={path} role="search" aria-labelledby={`${id}-title`} data-testid={`${id}-form`}>
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Field
          locale={locale}
          name="q"
          label={t('institutions.name')}
          hint={t('institutions.nameHint')}
          type="search"
          defaultValue={q.q}
          width={20}
          maxLength={40}
        />
        <div className="flex flex-wrap gap-x-6">
          <Select locale={locale} name="district" label={t('institutions.district')} options={[any, ...districtOptions]} defaultValue={q.district ?? ''} />
          <Select
            locale={locale}
            name="level"
            label={t('institutions.level')}
            options={[any, ...INSTITUTION_LEVELS.map((l) => ({ value: l, label: label(INSTITUTION_LEVEL_LABELS[l], locale) }))]}
            defaultValue={q.level ?? ''}
          />
          <Select
            locale={locale}
            name="primaryCare"
            label={t('institutions.primaryCare')}
            options={[any, { value: 'yes', label: t('institutions.primaryCareYes') }, { value: 'no', label: t('institutions.primaryCareNo') }]}
            defaultValue={q.primaryCare ?? ''}
          />
          {directory.communities.length > 0 ? (
            <Select
              locale={locale}
              name="community"
              label={t('institutions.community')}
              options={[any, ...directory.communities.map((c) => ({ value: c.id, label: c.name }))]}
              defaultValue={q.community ?? ''}
            />
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-6">
          <button type="submit" className="min-h-12 rounded border-2 border-brand bg-brand px-6 py-2 text-xl font-bold text-white hover:bg-brand-dark">
            {t('institutions.search')}
          </button>
          <a href={`${path}${directorySearch({}, keep)}`} className="inline-flex min-h-11 min-w-11 items-center px-2 text-xl">
            {t('institutions.clear')}
          </a>
        </div>
      </form>

      <p className="mt-6 text-xl" role="status" data-testid={`${id}-count`}>
        {directory.total === 0
          ? t('institutions.none')
          : `${t('institutions.found', { count: directory.total })} · ${t('institutions.pageOf', { page: String(directory.page), pages: String(directory.pageCount) })}`}
      </p>
      {directory.entries.length > 0 ? (
        <ol className="mt-4 space-y-4" data-testid={`${id}-results`}>
          {directory.entries.map((entry) => (
            <li key={entry.id} className="rounded border-2 border-ink p-4" data-institution={entry.id}>
              <InstitutionFacts locale={locale} entry={entry} />
              {actionFor ? <div className="mt-3">{actionFor(entry)}</div> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {directory.pageCount > 1 ? (
        <nav aria-label={t('institutions.pages')} className="mt-6 flex flex-wrap gap-x-8 gap-y-2 text-xl">
          {directory.page > 1 ? (
            <a
              href={`${path}${directorySearch({ ...q, page: directory.page - 1 }, keep)}`}
              rel="prev"
              className="inline-flex min-h-11 min-w-11 items-center px-2"
            >
              {t('institutions.previous')}
            </a>
          ) : null}
          {directory.page < directory.pageCount ? (
            <a
              href={`${path}${directorySearch({ ...q, page: directory.page + 1 }, keep)}`}
              rel="next"
              className="inline-flex min-h-11 min-w-11 items-center px-2"
            >
              {t('institutions.next')}
            </a>
          ) : null}
        </nav>
      ) : null}
      <p className="mt-4 text-lg text-muted">{t('institutions.demo')}</p>
    </section>
  );
}

/** One institution's facts: name, district and town, address, grade, kind, medical community, designation. */
export function InstitutionFacts({ locale, entry, as: Heading = 'h3' }: { locale: Locale; entry: DirectoryEntry; as?: 'h3' | 'h4' | 'p' }) {
  const { t } = i18nFor(locale);
  const where = [pick(districtLabel(entry.district), locale), entry.town].filter(Boolean).join(' · ');
  return (
    <div>
      <Heading className="text-xl font-bold break-words">{entry.name}</Heading>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 text-lg">
        <dt className="text-muted">{t('institutions.district')}</dt>
        <dd className="break-words">{where}</dd>
        {entry.address ? (
          <>
            <dt className="text-muted">{t('institutions.address')}</dt>
            <dd className="break-words">{entry.address}</dd>
          </>
        ) : null}
        <dt className="text-muted">{t('institutions.level')}</dt>
        <dd>{label(INSTITUTION_LEVEL_LABELS[entry.level], locale)}</dd>
        <dt className="text-muted">{t('institutions.kind')}</dt>
        <dd>{entry.primaryCare ? t('institutions.kindPrimaryCare') : t('institutions.kindHospital')}</dd>
        {entry.medicalCommunity ? (
          <>
            <dt className="text-muted">{t('institutions.member')}</dt>
            <dd className="break-words">{entry.medicalCommunity.name}</dd>
          </>
        ) : null}
        {!entry.designated || entry.designatedUntil ? (
          <>
            <dt className="text-muted">{t('institutions.designation')}</dt>
            <dd className={entry.designated ? '' : 'font-bold text-danger'}>
              {entry.designated ? t('institutions.designatedUntil', { date: formatDate(locale, entry.designatedUntil!) }) : t('institutions.notDesignated')}
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
