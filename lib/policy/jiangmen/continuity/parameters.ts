/**
 * Continuity parameters (RULES §4; JM-UR 二(四)4): the arrears tolerated, when flexible workers
 * regain benefits, and the cap factor by continuous months.
 */
import { defineValueParameter } from '../../core';
import { JM_UR } from '../../core/documents';

/** > 连续欠费3个月（含第3个月）以内补缴欠费……的，计入连续缴费时间 */
export const arrearsToleranceMonths = defineValueParameter<number>({
  key: 'jiangmen.continuity.arrears_tolerance_months',
  label: { zh: '补缴后仍计连续缴费的最长欠费月数', en: 'Longest arrears that still count as continuous once back-paid (months)' },
  unit: 'months',
  citation: 'JM-UR 二(四)4',
  source: `${JM_UR.short} 二(四)4`,
  values: { '2017-07-01': 3 },
});

/** > 灵活就业人员和无雇工的个体工商户……从重新缴费当月起第4个月1日起重新享受待遇 */
export const flexibleRegainMonth = defineValueParameter<number>({
  key: 'jiangmen.continuity.flexible_regain_nth_month',
  label: {
    zh: '灵活就业人员中断后重新享受待遇的月份（重新缴费当月为第1个月）',
    en: 'Month in which flexible workers regain benefits after an interruption (re-payment month = 1st)',
  },
  unit: 'months',
  citation: 'JM-UR 二(四)4',
  source: `${JM_UR.short} 二(四)4`,
  values: { '2017-07-01': 4 },
});

/**
 * JM-UR 二(四)4 — the annual caps of hospital benefits scale with continuous contribution.
 *
 * > 连续缴费1年（含第12个月）以内的……降低为原标准的50%；连续缴费1年以上、2年（含第24个月）以内的
 * > ……降低为原标准的70%；连续缴费2年以上的……全额享受。
 *
 * It applies to tier-1 pooling (critical illness included: "含大病保险待遇") and, for people
 * in both tiers, to tier 2. In force with the unified benefits from 2018-01-01 (JM-UR 二(四)).
 */
export interface CapFactorBand {
  /** Continuous months up to and including this count get `factor`; null = no upper bound. */
  upToMonths: number | null;
  factor: string;
}

export const capFactorBands = defineValueParameter<readonly CapFactorBand[]>({
  key: 'jiangmen.continuity.cap_factor',
  label: { zh: '连续缴费时间对应的最高支付限额比例', en: 'Share of the annual caps by continuous contribution time' },
  unit: 'table',
  citation: 'JM-UR 二(四)4',
  source: `${JM_UR.short} 二(四)4`,
  values: {
    '2018-01-01': [
      { upToMonths: 12, factor: '0.5' },
      { upToMonths: 24, factor: '0.7' },
      { upToMonths: null, factor: '1' },
    ],
  },
});
