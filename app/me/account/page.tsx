import type { Metadata } from 'next';
import { BarChart } from '@/components/charts/BarChart';
import { Explanation } from '@/components/Explanation';
import { Money } from '@/components/Money';
import { Notice } from '@/components/Notice';
import { PageHeading } from '@/components/PageHeading';
import { SummaryList } from '@/components/SummaryList';
import { signedInPage } from '@/lib/dal';
import { myPersonalAccount } from '@/lib/dal/care';
import { amountParts } from '@/lib/i18n';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('account.title') };
}

/** How many month-end balances the chart shows. */
const CHART_MONTHS = 24;

/** 个人账户 (tier 2): the balance, this year's credits and spending, the balance over time, each recent credit with how it was worked out, and this year's entries (CSV). */
export default async function AccountPage() {
  const f = await signedInPage(myPersonalAccount);
  const { locale, t, format } = await getI18n();
  const money = (v: Parameters<typeof Money>[0]['value']) => <Money value={v} locale={locale} />;
  const cell = 'border-b-2 border-gray-200 px-2 py-2 text-left align-top';
  const num = `${cell} text-right tabular-nums whitespace-nowrap`;
  const year = String(f.year);
  if (!f.hasAccount) {
    return (
      <article aria-labelledby="account-title">
        <PageHeading id="account-title" title={t('account.title')} locale={locale} back={{ href: '/me' }} />
        <p className="mb-6 text-xl">{t('account.intro')}</p>
        <Notice kind="info">{t('account.none')}</Notice>
      </article>
    );
  }
  const balances = f.balances.slice(-CHART_MONTHS);
  const entries = f.entries.filter((e) => Number(e.postedOn.slice(0, 4)) === f.year);
  return (
    <article aria-labelledby="account-title">
      <PageHeading id="account-title" title={t('account.title')} locale={locale} back={{ href: '/me' }} />
      <p className="mb-6 text-xl">{t('account.intro')}</p>
      <SummaryList
        locale={locale}
        rows={[
          { key: t('account.balance'), value: money(f.balance), testId: 'balance' },
          { key: t('account.yearCredits', { year }), value: money(f.yearCredits), testId: 'year-credits' },
          { key: t('account.yearSpending', { year }), value: money(f.yearSpending), testId: 'year-spending' },
        ]}
      />

      <h2 className="mt-10 mb-2 text-2xl font-bold">{t('account.chartTitle')}</h2>
      <BarChart
        testId="balance-chart"
        caption={t('account.chartCaption', { count: balances.length })}
        describedBy="balance-table"
        formatTick={(v) => amountParts(locale, v.toFixed(2)).digits}
        bars={balances.map((b) => ({
          label: String(Number(b.month.slice(5, 7))),
          value: b.balance.toFixed(2),
          title: t('account.chartBar', { month: format.month(b.month), amount: amountParts(locale, b.balance).text }),
        }))}
      />
      <details className="mb-6 text-lg">
        <summary className="min-h-11 cursor-pointer text-xl">{t('account.chartTable')}</summary>
        <table id="balance-table" className="mt-2 border-collapse">
          <thead>
            <tr>
              <th scope="col" className={cell}>
                {t('account.month')}
              </th>
              <th scope="col" className={num}>
                {t('account.balanceAfter')}
              </th>
            </tr>
          </thead>
          <tbody>
            {balances.map((b) => (
              <tr key={b.month}>
                <th scope="row" className={cell}>
                  {format.month(b.month)}
                </th>
                <td className={num}>{money(b.balance)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>

      <h2 className="mt-10 mb-2 text-2xl font-bold">{t('account.creditsTitle')}</h2>
      <p className="mb-4 text-xl">{t('account.creditsIntro', { count: f.credits.length })}</p>
      <ul className="space-y-4">
        {f.credits.map((c) => (
          <li key={`${c.month}-${c.postedOn}`} className="border-l-4 border-gray-300 pl-4" data-testid={`credit-${c.month}`}>
            <p className="text-xl">
              <span className="font-bold">{format.month(c.month)}</span>
              {' · '}
              {t('account.credited')} <span data-testid="credit-amount">{money(c.amount)}</span>
              {c.computed ? (
                <>
                  {' · '}
                  {t('account.computed')} <span data-testid="credit-computed">{money(c.computed.credit)}</span>
                  {' · '}
                  {t('account.basis')}: {t(`account.bases.${c.computed.basis}`)}
                </>
              ) : null}
            </p>
            {c.computed && !c.computed.credit.eq(c.amount) ? <Notice kind="info">{t('account.differs')}</Notice> : null}
            {c.error ? (
              <Notice kind="error">
                {t('account.notComputed')} {c.error.error.issues.map((i) => (locale === 'en' ? i.message.en : i.message.zh)).join(' ')}
              </Notice>
            ) : null}
            {c.computed ? (
              <Explanation steps={c.computed.explanation} locale={locale} summary={t('account.howTitle', { month: format.month(c.month) })} />
            ) : null}
          </li>
        ))}
      </ul>

      <h2 className="mt-10 mb-2 text-2xl font-bold">{t('account.entriesTitle', { year })}</h2>
      {entries.length === 0 ? (
        <p className="text-xl">{t('account.noEntries')}</p>
      ) : (
        // A region that scrolls sideways on a phone must be reachable by keyboard (axe scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('account.entriesTitle', { year })}>
          <table className="w-full border-collapse text-lg" data-testid="entries">
            <thead>
              <tr>
                <th scope="col" className={cell}>
                  {t('account.date')}
                </th>
                <th scope="col" className={cell}>
                  {t('account.kind')}
                </th>
                <th scope="col" className={num}>
                  {t('account.amount')}
                </th>
                <th scope="col" className={num}>
                  {t('account.balanceAfter')}
                </th>
                <th scope="col" className={cell}>
                  {t('account.description')}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={i}>
                  <td className={`${cell} whitespace-nowrap`}>{format.date(e.postedOn)}</td>
                  <td className={cell}>{t(`account.kinds.${e.kind}`)}</td>
                  <td className={num}>{money(e.amount)}</td>
                  <td className={num}>{money(e.balanceAfter)}</td>
                  <td className={cell}>{e.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="mt-6 text-xl">
        <a href="/me/account/csv" download data-testid="csv-link">
          {t('account.csv', { year })}
        </a>
      </p>
    </article>
  );
}
