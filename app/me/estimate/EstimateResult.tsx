/**
 * The estimate on the page and on paper: what the resident would pay, who pays each part (a
 * stacked bar drawn on the server, and the same figures in a table), what would change the
 * result most (the library run again on each alternative), and the explanation with its
 * citations. Every figure is `estimateInpatient`'s.
 */
import { StackedBar, type Segment, type StackedColumn } from '@/components/charts/StackedBar';
import { Explanation } from '@/components/Explanation';
import { Money } from '@/components/Money';
import type { Alternative, Estimate } from '@/lib/dal';
import { label, type I18n } from '@/lib/i18n';
import { Dec, minDec } from '@/lib/policy/core';
import type { InpatientResult } from '@/lib/policy/jiangmen/inpatient';
import { LEVEL_LABELS } from '@/lib/policy/jiangmen/inpatient/parameters';

export const LAYERS = ['deductible', 'tier1', 'critical', 'tier2', 'assistance', 'outOfPocket'] as const;

const FILL = {
  tier1: '#1d4f91',
  critical: '#0b6e4f',
  tier2: '#5b2a86',
  assistance: '#7a4a00',
  deductible: '#a4262c',
  selfOther: '#5c1a1e',
} as const;

/** The stacked column of one result: the funds bottom up, then what the resident pays (the deductible part hatched). */
function column(r: InpatientResult, name: string, i18n: I18n): StackedColumn {
  const { t, format } = i18n;
  const ownDeductible = minDec(r.deductible, r.outOfPocket);
  const part = (key: keyof typeof FILL, value: Dec, text: string, hatched = false): Segment => ({
    key,
    label: text,
    value: value.toFixed(2),
    title: `${text}: ${format.money(value)}`,
    fill: FILL[key],
    hatched,
  });
  return {
    label: name,
    segments: [
      part('tier1', r.tier1, t('estimate.layers.tier1')),
      part('critical', r.critical, t('estimate.layers.critical')),
      part('tier2', r.tier2, t('estimate.layers.tier2')),
      part('assistance', r.assistance, t('estimate.layers.assistance')),
      part('deductible', ownDeductible, t('estimate.layers.deductible'), true),
      part('selfOther', r.outOfPocket.minus(ownDeductible), t('estimate.layers.selfOther')),
    ],
  };
}

function alternativeText(a: Alternative, i18n: I18n): string {
  const { t, format, locale } = i18n;
  const pay = format.money(a.result.outOfPocket);
  const amount = format.money(a.difference.abs());
  const diff = a.difference.isNegative() ? t('estimate.less', { amount }) : t('estimate.more', { amount });
  if (a.kind === 'level' && a.level) return t('estimate.changeLevel', { level: label(LEVEL_LABELS[a.level], locale), pay, diff });
  if (a.kind === 'filed') return t('estimate.changeFiled', { pay, diff });
  return t('estimate.changeInJiangmen', { pay, diff });
}

export function EstimateResult({ estimate, i18n, print = false }: { estimate: Estimate; i18n: I18n; print?: boolean }) {
  const { t, locale, format } = i18n;
  const { result: r, request } = estimate;
  const total = new Dec(request.stay.inScope).plus(request.stay.outOfScope);
  const funds = r.tier1.plus(r.critical).plus(r.tier2).plus(r.assistance);
  const columns = [column(r, t('estimate.chartThis'), i18n), ...estimate.alternatives.slice(0, 2).map((a) => column(a.result, altLabel(a, i18n), i18n))];
  return (
    <div data-testid="estimate-result">
      <p className="text-xl">
        {t('estimate.resultFor', {
          level: label(LEVEL_LABELS[request.stay.level], locale),
          inScope: format.money(request.stay.inScope),
          outOfScope: format.money(request.stay.outOfScope),
        })}
      </p>
      <p className="mt-4 text-2xl">
        {t('estimate.youPay')}{' '}
        <strong className="text-3xl" data-testid="you-pay">
          <Money value={r.outOfPocket} locale={locale} />
        </strong>
      </p>
      <p className="mt-2 text-xl">
        {t('estimate.fundPays')}{' '}
        <strong data-testid="funds-pay">
          <Money value={funds} locale={locale} />
        </strong>
      </p>

      <StackedBar
        columns={columns}
        caption={t('estimate.chartCaption')}
        describedBy="estimate-table"
        formatTick={(v) => format.number(v)}
        testId="estimate-chart"
      />

      <table id="estimate-table" className="w-full max-w-2xl border-collapse text-left text-xl" data-testid="estimate-table">
        <caption className="mb-2 text-left text-xl font-bold">{t('estimate.tableCaption')}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              {t('estimate.layer')}
            </th>
            <th scope="col" className="py-2 text-right">
              {t('estimate.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {LAYERS.map((k) => (
            <tr key={k} className={`border-b border-gray-300 ${k === 'outOfPocket' ? 'font-bold' : ''}`}>
              <th scope="row" className="py-2 pr-4 font-normal">
                {t(`estimate.layers.${k}`)}
              </th>
              <td className="py-2 text-right" data-layer={k}>
                <Money value={r[k]} locale={locale} />
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row" className="py-2 pr-4 font-normal">
              {t('estimate.layers.total')}
            </th>
            <td className="py-2 text-right" data-layer="total">
              <Money value={total} locale={locale} />
            </td>
          </tr>
        </tbody>
      </table>
      <p className="mt-2 text-lg">{t('estimate.deductibleNote')}</p>

      <section aria-labelledby="change-title" className="mt-8">
        <h3 id="change-title" className="mb-2 text-2xl font-bold">
          {t('estimate.changeTitle')}
        </h3>
        {estimate.alternatives.length === 0 ? (
          <p className="text-xl">{t('estimate.changeNone')}</p>
        ) : (
          <>
            <p className="mb-2 text-xl">{t('estimate.changeIntro')}</p>
            <ul className="list-disc space-y-2 pl-8 text-xl" data-testid="alternatives">
              {estimate.alternatives.map((a, i) => (
                <li key={i} data-kind={a.kind} data-level={a.level} data-pay={a.result.outOfPocket.toFixed(2)}>
                  {alternativeText(a, i18n)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="how-title" className="mt-8">
        <h3 id="how-title" className="mb-2 text-2xl font-bold">
          {t('estimate.explanationTitle')}
        </h3>
        <Explanation steps={r.explanation} locale={locale} {...(print ? { open: true } : {})} />
      </section>
      <p className="mt-6 text-lg">{t('estimate.note')}</p>
    </div>
  );
}

function altLabel(a: Alternative, i18n: I18n): string {
  const { t } = i18n;
  if (a.kind === 'level' && a.level) return t(`estimate.levelShort.${a.level}`);
  if (a.kind === 'filed') return t('estimate.chartFiled');
  return t('estimate.outOfTownNone');
}
