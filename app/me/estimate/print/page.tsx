import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { Notice } from '@/components/Notice';
import { myEstimate, myInsurance, signedInPage } from '@/lib/dal';
import { today } from '@/lib/clock';
import { getI18n } from '@/lib/i18n/server';
import { myDirectoryEntry } from '@/lib/dal/institutions';
import { estimateQueryObject, estimateSearch, institutionIdField } from '@/lib/validation/estimate';
import { EstimateResult } from '../EstimateResult';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('estimate.printTitle') };
}

/** On paper: A4, no site header, menu or footer; the explanation unfolded; the chart kept whole. */
const PRINT_CSS = `@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body > a, header, nav, footer, [data-no-print] { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  [data-estimate-print] { font-size: 10pt; }
  [data-estimate-print] table { font-size: 10pt; }
  [data-estimate-print] tr, [data-estimate-print] figure { break-inside: avoid; }
  [data-estimate-print] h1 { font-size: 16pt; }
  [data-estimate-print] details > *:not(summary) { display: block !important; }
}`;

/** 住院费用估算, print view: the same estimate as the page's address, tidy on paper (the browser prints it or saves a PDF). */
export default async function EstimatePrintPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const query = estimateQueryObject(params);
  const institutionId = institutionIdField.parse(typeof params.institution === 'string' ? params.institution : undefined);
  const [summary, outcome, chosen] = await signedInPage(() =>
    Promise.all([myInsurance(), query ? myEstimate(query) : Promise.resolve(null), institutionId ? myDirectoryEntry(institutionId) : Promise.resolve(null)]),
  );
  const i18n = await getI18n();
  const { t, format } = i18n;
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  const estimate = outcome?.ok ? outcome.estimate : null;
  return (
    <article aria-labelledby="print-title" data-estimate-print="">
      <style nonce={nonce}>{PRINT_CSS}</style>
      <p data-no-print="" className="mb-4 text-xl">
        <Link
          href={estimate ? `/me/estimate?${estimateSearch(estimate.request, chosen?.id)}#result` : '/me/estimate'}
          className="inline-flex min-h-11 items-center"
        >
          {t('estimate.backToEstimate')}
        </Link>
      </p>
      <p data-no-print="" className="mb-4 text-lg">
        {t('estimate.printButton')}
      </p>
      <h1 id="print-title" className="mb-2 text-3xl font-bold">
        {t('estimate.printTitle')}
      </h1>
      {summary ? <p className="text-xl">{t('estimate.printFor', { name: summary.name, id: summary.idMasked })}</p> : null}
      <p className="mb-4 text-lg">{t('estimate.printMade', { date: format.date(today()) })}</p>
      {chosen ? (
        <p className="mb-2 text-xl" data-testid="result-institution">
          {t('estimate.resultAt', { name: chosen.name })}
        </p>
      ) : null}
      {estimate ? <EstimateResult estimate={estimate} i18n={i18n} print /> : <Notice kind="info">{t('estimate.none')}</Notice>}
    </article>
  );
}
