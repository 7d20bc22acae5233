/**
 * 缴费记录 as a CSV file: the same range and filter as the page (at most HISTORY_MAX_YEARS
 * years), streamed one year at a time; UTF-8 with a byte-order mark so that Excel opens it with
 * the right characters; column names in the reader's language; amounts as plain decimal text;
 * a total line per year and one for the range, equal to the page's totals.
 */
import { NO_STORE, myContributionYearsStream, signedInRoute, type ContributionTotals } from '@/lib/dal';
import { CSV_BOM, csvHeaders, csvLine } from '@/lib/csv';
import { i18nFor } from '@/lib/i18n';
import { getLocale } from '@/lib/i18n/server';
import { Dec } from '@/lib/policy/core';
import { parseHistoryQuery } from '@/lib/validation/history';
import { recordText, recordTotal, type COLUMNS } from '../records';

const line = csvLine;

export const GET = signedInRoute(async (request: Request) => {
  const query = parseHistoryQuery(new URL(request.url).searchParams);
  const { fromYear, toYear, years } = await myContributionYearsStream(query);
  const i18n = i18nFor(await getLocale());
  const { t } = i18n;
  const c = (key: (typeof COLUMNS)[number]) => t(`contributions.columns.${key}`);
  const header = [c('year'), c('month'), c('tier'), c('base'), c('rates'), c('employer'), c('personal'), c('total'), c('payer'), c('status'), c('dates')];
  const totalLine = (name: string, x: ContributionTotals) =>
    line([name, '', '', '', '', x.employer.toFixed(2), x.personal.toFixed(2), x.total.toFixed(2), '', '', '']);
  const encoder = new TextEncoder();
  const iterator = years[Symbol.asyncIterator]();
  let employer = new Dec(0);
  let personal = new Dec(0);
  let count = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${CSV_BOM}${line(header)}`));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) {
        const total = { employer, personal, total: employer.plus(personal), records: count };
        controller.enqueue(encoder.encode(totalLine(t('contributions.rangeTotals'), total)));
        controller.close();
        return;
      }
      const y = next.value;
      let chunk = '';
      for (const r of y.records) {
        const text = recordText(r, i18n);
        chunk += line([
          String(y.year),
          text.month,
          text.tier,
          r.base ?? '',
          text.rates,
          new Dec(r.employerAmount).toFixed(2),
          new Dec(r.personalAmount).toFixed(2),
          recordTotal(r).toFixed(2),
          text.payer,
          text.status,
          text.dates,
        ]);
      }
      chunk += totalLine(t('contributions.yearTotals', { year: String(y.year) }), y.totals);
      employer = employer.plus(y.totals.employer);
      personal = personal.plus(y.totals.personal);
      count += y.totals.records;
      controller.enqueue(encoder.encode(chunk));
    },
  });
  const name = `${t('contributions.csv.file')}-${fromYear}-${toYear}.csv`;
  return new Response(stream, {
    headers: {
      ...NO_STORE,
      ...csvHeaders(`contributions-${fromYear}-${toYear}.csv`, name),
    },
  });
});
