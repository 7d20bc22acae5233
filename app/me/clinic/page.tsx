import type { Metadata } from 'next';
import Link from 'next/link';
import { DirectorySearch } from '@/components/institutions/DirectorySearch';
import { Notice } from '@/components/Notice';
import { PageHeading } from '@/components/PageHeading';
import { SummaryList, type SummaryRow } from '@/components/SummaryList';
import { signedInPage } from '@/lib/dal';
import { shanghaiDate } from '@/lib/clock';
import { myClinicStatus, type ClinicStatus } from '@/lib/dal/clinic';
import { myInstitutionDirectory, type DirectoryEntry } from '@/lib/dal/institutions';
import { pick, type I18n } from '@/lib/i18n';
import { getI18n } from '@/lib/i18n/server';
import { CHOICE_ACTOR_LABELS, CHOICE_REASON_LABELS, institutionRefusal, type ChoicePerson, type ClinicKind } from '@/lib/policy/jiangmen/clinic-choice';
import { confirmPath } from '@/lib/validation/clinic';
import { parseDirectoryQuery } from '@/lib/validation/institutions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('clinic.title') };
}

function KindRows({ status, i18n }: { status: ClinicStatus; i18n: I18n }): SummaryRow[] {
  const { t, format } = i18n;
  const year = Number(status.today.slice(0, 4));
  return status.kinds.flatMap((k): SummaryRow[] => {
    const name = t(`clinic.kinds.${k.kind}`);
    if (!k.applies && !k.current) return [{ key: name, value: t('clinic.notApplicable'), testId: `clinic-${k.kind}-now` }];
    const now = k.current ? (
      <>
        <span data-testid={`clinic-${k.kind}-now-name`}>{k.current.institutionName}</span>
        <span className="block text-lg font-normal">{t('clinic.since', { date: format.date(k.current.effectiveFrom) })}</span>
        {!k.current.designatedToday ? (
          <span className="mt-2 block text-lg font-bold text-danger" data-testid={`clinic-${k.kind}-lost`}>
            {t('clinic.designationLost')}
          </span>
        ) : null}
      </>
    ) : (
      t('clinic.noChoice')
    );
    const next = k.nextYear ? (
      <span data-testid={`clinic-${k.kind}-next-name`}>{k.nextYear.institutionName}</span>
    ) : k.current ? (
      t('clinic.carriesOver', { name: k.current.institutionName })
    ) : (
      t('clinic.noChoice')
    );
    return [
      { key: `${name} · ${t('clinic.thisYear', { year: String(year) })}`, value: now, testId: `clinic-${k.kind}-now` },
      { key: `${name} · ${t('clinic.nextYear', { year: String(year + 1) })}`, value: next, testId: `clinic-${k.kind}-next` },
    ];
  });
}

/**
 * 门诊选点: this year's and next year's choices, when choosing is open, the directory with a
 * "choose" link on each institution the rules allow (the confirmation page says why not for the
 * others), and every choice made.
 */
export default async function ClinicPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = parseDirectoryQuery(await searchParams);
  const [status, directory] = await signedInPage(() => Promise.all([myClinicStatus(), myInstitutionDirectory(query)]));
  const i18n = await getI18n();
  const { locale, t, format } = i18n;
  if (!status) return <Notice kind="error">{t('clinic.none')}</Notice>;
  const w = status.window;
  const person: ChoicePerson = { region: status.region, identity: status.identity ?? 'resident', tiers: status.tiers ?? 'tier1', birthDate: status.birthDate };
  const kindsShown = status.kinds.filter((k) => k.applies).map((k) => k.kind);
  const actionFor = (entry: DirectoryEntry) => {
    const inst = { ...entry, specialistRoles: entry.specialistRoles };
    const can = kindsShown.filter((kind: ClinicKind) => institutionRefusal(person, kind, inst, status.today) === null);
    return (
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-lg">
        <span data-testid="can-be">{can.length === 0 ? t('clinic.canBe.neither') : format.list(can.map((k) => t(`clinic.canBe.${k}`)))}</span>
        {kindsShown.map((kind) => (
          <Link
            key={kind}
            href={confirmPath({ kind, institution: entry.id })}
            className="inline-flex min-h-11 items-center font-bold"
            data-testid={`choose-${kind}`}
            data-institution={entry.id}
          >
            {t('clinic.chooseAs', { kind: t(`clinic.kinds.${kind}`) })}
            <span className="sr-only">{t('clinic.chooseAsHidden', { name: entry.name })}</span>
          </Link>
        ))}
      </div>
    );
  };
  return (
    <article aria-labelledby="clinic-title">
      <PageHeading id="clinic-title" title={t('clinic.title')} locale={locale} back={{ href: '/me' }} />
      <p className="mb-6 text-xl">{t('clinic.intro')}</p>

      <div data-testid="clinic-window" data-open={w.open ? 'yes' : 'no'}>
        {w.open ? (
          <Notice kind="info">
            {t('clinic.windowOpen', { year: String(w.forYear), opens: format.date(w.opensOn), closes: format.date(w.closesOn), days: w.daysLeft ?? 0 })}
          </Notice>
        ) : (
          <Notice kind="info">
            <p>
              {t('clinic.windowClosed', {
                year: String(w.forYear),
                opens: format.date(w.opensOn),
                closes: format.date(w.closesOn),
                days: w.daysUntilOpen ?? 0,
              })}
            </p>
            <p className="mt-2">
              <a href="/me/clinic/window.ics" className="inline-flex min-h-11 items-center font-bold" data-testid="clinic-ics">
                {t('clinic.windowIcs')}
              </a>
            </p>
          </Notice>
        )}
        <p className="mt-2 text-lg">{t('clinic.firstAnyTime')}</p>
      </div>

      <div className="mt-6">
        <SummaryList locale={locale} rows={KindRows({ status, i18n })} />
      </div>

      <div className="mt-8">
        <DirectorySearch locale={locale} directory={directory} path="/me/clinic" actionFor={actionFor} />
      </div>

      <h2 className="mt-8 mb-2 text-2xl font-bold">{t('clinic.historyTitle')}</h2>
      {status.history.length === 0 ? (
        <p className="text-xl">{t('clinic.historyNone')}</p>
      ) : (
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a region that scrolls sideways must be reachable by keyboard
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('clinic.historyTitle')}>
          <table className="w-full border-collapse text-left text-lg" data-testid="clinic-history">
            <caption className="mb-2 text-left text-lg">{t('clinic.historyCaption')}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                {(['madeAt', 'madeBy', 'year', 'kind', 'from', 'to', 'effective', 'reason'] as const).map((c) => (
                  <th key={c} scope="col" className="p-2">
                    {t(`clinic.historyColumns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {status.history.map((h) => (
                <tr
                  key={`${h.year}-${h.kind}-${h.effectiveFrom}`}
                  className="border-b border-gray-300"
                  data-testid="clinic-history-row"
                  data-year={h.year}
                  data-reason={h.reason}
                >
                  <td className="p-2 whitespace-nowrap">{format.date(shanghaiDate(h.madeAt))}</td>
                  <td className="p-2">{pick(CHOICE_ACTOR_LABELS[h.madeBy], locale)}</td>
                  <td className="p-2">{h.year}</td>
                  <td className="p-2">{t(`clinic.kinds.${h.kind}`)}</td>
                  <td className="p-2">{h.previousName ?? t('clinic.nothing')}</td>
                  <td className="p-2">{h.institutionName}</td>
                  <td className="p-2 whitespace-nowrap">{format.date(h.effectiveFrom)}</td>
                  <td className="p-2">{pick(CHOICE_REASON_LABELS[h.reason], locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
