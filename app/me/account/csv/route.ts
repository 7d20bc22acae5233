/**
 * 个人账户 money in and out of this year as a CSV file: UTF-8 with a byte-order mark, column
 * names in the reader's language (the helpers of lib/csv.ts, as the contributions CSV), amounts
 * as plain decimal text, and the year's credits and spending as total lines — the page's totals.
 */
import { CSV_BOM, csvHeaders, csvLine } from '@/lib/csv';
import { NO_STORE, signedInRoute } from '@/lib/dal';
import { myPersonalAccount } from '@/lib/dal/care';
import { i18nFor } from '@/lib/i18n';
import { getLocale } from '@/lib/i18n/server';

export const GET = signedInRoute(async () => {
  const f = await myPersonalAccount();
  const { t, format } = i18nFor(await getLocale());
  const rows = f.entries.filter((e) => Number(e.postedOn.slice(0, 4)) === f.year);
  let body = `${CSV_BOM}${csvLine([t('account.date'), t('account.kind'), t('account.month'), t('account.amount'), t('account.balanceAfter'), t('account.description')])}`;
  for (const e of rows) {
    body += csvLine([
      e.postedOn,
      t(`account.kinds.${e.kind}`),
      e.month ? format.month(e.month) : '',
      e.amount.toFixed(2),
      e.balanceAfter.toFixed(2),
      e.description,
    ]);
  }
  body += csvLine([t('account.yearCredits', { year: String(f.year) }), '', '', f.yearCredits.toFixed(2), '', '']);
  body += csvLine([t('account.yearSpending', { year: String(f.year) }), '', '', f.yearSpending.negated().toFixed(2), '', '']);
  return new Response(body, { headers: { ...NO_STORE, ...csvHeaders(`personal-account-${f.year}.csv`, `${t('account.csvFile')}-${f.year}.csv`) } });
});
