/**
 * JM-UR 二(四)4 — the annual caps of hospital benefits scale with continuous contribution.
 *
 * > 连续缴费1年（含第12个月）以内的……降低为原标准的50%；连续缴费1年以上、2年（含第24个月）以内的
 * > ……降低为原标准的70%；连续缴费2年以上的……全额享受。
 *
 * It applies to tier-1 pooling (critical illness included: "含大病保险待遇") and, for people
 * in both tiers, to tier 2. In force with the unified benefits from 2018-01-01 (JM-UR 二(四)).
 */
import { type Dec, defineValueParameter, message, step, type Step, type ParamUse, Dec as D } from '../../core';

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
  source: '江府办〔2017〕20号 二(四)4',
  values: {
    '2018-01-01': [
      { upToMonths: 12, factor: '0.5' },
      { upToMonths: 24, factor: '0.7' },
      { upToMonths: null, factor: '1' },
    ],
  },
});

export interface CapFactor {
  factor: Dec;
  /** The parameter lookup, for the explanation. */
  use: ParamUse<readonly CapFactorBand[]>;
}

/** The cap factor for `continuousMonths` on `date` (≤12 → 50 %, 13–24 → 70 %, >24 → 100 %). */
export function capFactor(continuousMonths: number, date: string, path = 'date'): CapFactor {
  const use = capFactorBands.at(date, path);
  const band = use.value.find((b) => b.upToMonths === null || continuousMonths <= b.upToMonths)!;
  return { factor: new D(band.factor), use };
}

const capFactorMessage = message<{ months: string; factor: string }>(
  'continuity.cap_factor',
  'JM-UR 二(四)4',
  (a) => `连续缴费 ${a.months} 个月：住院统筹（含大病保险）和二档住院的年度最高支付限额按 ${a.factor} 计算。`,
  (a) => `${a.months} continuous months of contribution: the annual caps of hospital pooling (critical illness included) and tier 2 apply at ${a.factor}.`,
);

/** The explanation step for a cap factor. */
export function capFactorStep(continuousMonths: number, cf: CapFactor): Step {
  return step(capFactorMessage, { months: String(continuousMonths), factor: `${cf.factor.times(100).toString()}%` }, [cf.use]);
}
