import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { Money } from '@/components/Money';
import { Notice } from '@/components/Notice';
import { myContributionHistory, myInsurance, signedInPage } from '@/lib/dal';
import { today } from '@/lib/clock';
import { getI18n } from '@/lib/i18n/server';
import { label } from '@/lib/i18n';
import { RECORD_TIER_LABELS } from '@/lib/policy/jiangmen/continuity/records';
import { historySearch, parseHistoryQuery } from '@/lib/validation/history';
import { YearTable } from '../HistoryTable';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('contributions.printTitle') };
}

/** On paper: A4, no site header, menu or footer, tables not split inside a row. */
const PRINT_CSS = `@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body > a, header, nav, footer, [data-no-print] { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  [data-statement] { font-size: 10pt; }
  [data-statement] table { font-size: 9pt; }
  [data-statement] tr { break-inside: avoid; }
  [data-statement] section { break-inside: auto; }
  [data-statement] h1 { font-size: 16pt; }
}`;

/** 缴费记录, print view: a tidy statement of the same range and filter as the page (the browser prints it or saves a PDF). */
export default async function ContributionsPrintPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = parseHistoryQuery(await searchParams);
  const [summary, page] = await signedInPage(() => Promise.all([myInsurance(), myContributionHistory(query)]));
  const i18n = await getI18n();
  const { locale, t, format } = i18n;
  // The Content-Security-Policy admits a <style> only with the request's nonce (proxy.ts).
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  const same = { from: page.fromYear, to: page.toYear, tier: page.tier };
  return (
    <article aria-labelledby="statement-title" data-statement="">
      <style nonce={nonce}>{PRINT_CSS}</style>
      <p data-no-print="" className="mb-4 text-xl">
        <Link href={`/me/contributions${historySearch(same)}`} className="inline-flex min-h-11 items-center">
          {t('contributions.backToHistory')}
        </Link>
      </p>
      <p data-no-print="" className="mb-4 text-lg">
        {t('contributions.printButton')}
      </p>
      <h1 id="statement-title" className="mb-2 text-3xl font-bold">
        {t('contributions.printTitle')}
      </h1>
      {summary ? <p className="text-xl">{t('contributions.printFor', { name: summary.name, id: summary.idMasked })}</p> : null}
      <p className="text-xl" data-testid="range">
        {t('contributions.range', { from: String(page.fromYear), to: String(page.toYear) })}
        {page.tier === 'all' ? '' : ` · ${label(RECORD_TIER_LABELS[page.tier], locale)}`}
      </p>
      <p className="mb-4 text-lg">{t('contributions.printMade', { date: format.date(today()) })}</p>
      {page.years.length === 0 ? <Notice kind="info">{t('contributions.none')}</Notice> : null}
      {[...page.years].reverse().map((y) => (
        <section key={y.year} className="mb-6" data-testid={`year-${y.year}`}>
          <YearTable year={y} i18n={i18n} caption={String(y.year)} />
        </section>
      ))}
      <p className="mt-4 text-2xl font-bold" data-testid="range-total">
        {t('contributions.rangeTotals')}: <Money value={page.totals.total} locale={locale} />
      </p>
      <p className="mt-4 text-lg">{t('contributions.printNote')}</p>
    </article>
  );
}
