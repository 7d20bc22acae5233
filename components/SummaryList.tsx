import { i18nFor, type Locale } from '@/lib/i18n';

export interface SummaryRow {
  /** What the row is (the <dt>). */
  key: string;
  value: React.ReactNode;
  /** `data-testid` of the value, for browser tests. */
  testId?: string;
  /** A link to change the answer ("check your answers" before a write). */
  change?: { href: string; text?: string; visuallyHiddenText?: string };
}

/**
 * Label–value rows (GOV.UK summary list): stacked on phones, side by side on wider screens,
 * long values wrap. A row's optional change link reads "修改 <key>" to a screen reader.
 */
export function SummaryList({ rows, locale }: { rows: readonly SummaryRow[]; locale: Locale }) {
  const { t } = i18nFor(locale);
  const withActions = rows.some((r) => r.change);
  return (
    <dl className="divide-y-2 divide-gray-200 border-y-2 border-gray-200">
      {rows.map((row) => (
        <div key={row.key} className={`py-3 sm:grid sm:gap-4 ${withActions ? 'sm:grid-cols-[2fr_3fr_auto]' : 'sm:grid-cols-3'}`}>
          <dt className="text-lg text-muted">{row.key}</dt>
          <dd className={`text-xl font-bold wrap-anywhere ${withActions ? '' : 'sm:col-span-2'}`} data-testid={row.testId}>
            {row.value}
          </dd>
          {row.change ? (
            <dd className="mt-1 sm:mt-0">
              <a href={row.change.href} className="inline-flex min-h-11 items-center text-lg">
                {row.change.text ?? t('common.change')}
                <span className="sr-only"> {row.change.visuallyHiddenText ?? row.key}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
