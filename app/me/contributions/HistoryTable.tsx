import { Money } from '@/components/Money';
import type { HistoryYear } from '@/lib/dal';
import type { I18n } from '@/lib/i18n';
import { recordText, recordTotal, type COLUMNS } from './records';

/** One year's records as a table, with the year's totals in its footer (page and print view). */
export function YearTable({ year, i18n, caption }: { year: HistoryYear; i18n: I18n; caption?: string }) {
  const { t, locale } = i18n;
  const c = (key: (typeof COLUMNS)[number]) => t(`contributions.columns.${key}`);
  return (
    // A region that scrolls sideways on a phone must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption ?? t('contributions.yearTotals', { year: String(year.year) })}>
      <table className="w-full border-collapse text-left text-lg" data-year={year.year}>
        {caption ? <caption className="mb-2 text-left text-xl font-bold">{caption}</caption> : null}
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">
              {c('month')}
            </th>
            <th scope="col" className="p-2">
              {c('tier')}
            </th>
            <th scope="col" className="p-2 text-right">
              {c('base')}
            </th>
            <th scope="col" className="p-2">
              {c('rates')}
            </th>
            <th scope="col" className="p-2 text-right">
              {c('employer')}
            </th>
            <th scope="col" className="p-2 text-right">
              {c('personal')}
            </th>
            <th scope="col" className="p-2 text-right">
              {c('total')}
            </th>
            <th scope="col" className="p-2">
              {c('payer')}
            </th>
            <th scope="col" className="p-2">
              {c('status')}
            </th>
            <th scope="col" className="p-2">
              {c('dates')}
            </th>
          </tr>
        </thead>
        <tbody>
          {year.records.map((r) => {
            const text = recordText(r, i18n);
            return (
              <tr key={`${r.month}-${r.tier}`} className="border-b border-gray-300 align-top" data-status={r.status} data-tier={r.tier}>
                <th scope="row" className="p-2 font-normal whitespace-nowrap">
                  {text.month}
                </th>
                <td className="p-2">{text.tier}</td>
                <td className="p-2 text-right whitespace-nowrap tabular-nums">{text.base}</td>
                <td className="p-2 whitespace-nowrap">{text.rates}</td>
                <td className="p-2 text-right">
                  <Money value={r.employerAmount} locale={locale} />
                </td>
                <td className="p-2 text-right">
                  <Money value={r.personalAmount} locale={locale} />
                </td>
                <td className="p-2 text-right">
                  <Money value={recordTotal(r)} locale={locale} />
                </td>
                <td className="p-2">{text.payer}</td>
                <td className={`p-2 ${r.status === 'paid' ? '' : 'font-bold'}`}>{text.status}</td>
                <td className="p-2">{text.dates}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-ink font-bold" data-testid={`year-totals-${year.year}`}>
            <th scope="row" colSpan={4} className="p-2 text-left">
              {t('contributions.yearTotals', { year: String(year.year) })}
            </th>
            <td className="p-2 text-right" data-total="employer">
              <Money value={year.totals.employer} locale={locale} />
            </td>
            <td className="p-2 text-right" data-total="personal">
              <Money value={year.totals.personal} locale={locale} />
            </td>
            <td className="p-2 text-right" data-total="total">
              <Money value={year.totals.total} locale={locale} />
            </td>
            <td colSpan={3} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
