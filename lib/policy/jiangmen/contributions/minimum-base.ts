/**
 * The minimum contribution base 最低缴费基数 (monthly), JM-UR 二(三)2(1):
 *
 * > 最低缴费基数分三年达到省、市公布的我市上上年度在岗职工月平均工资的80%，分别为：2018年65%、
 * > 2019年75%，从2020年起为80%（2017年最低缴费基数为2906元）
 *
 * RULING (rounding): the derived base is rounded to 0.01 half-up; with a whole-yuan wage and
 * these shares (65 %, 75 %, 80 %) the product never has more than two decimals anyway.
 */
import { type Dec, message, money, percent, round2, step, type Step, type ParamUse } from '../../core';
import { minimumBaseRule, referenceMonthlyWage } from './parameters';
import { yearOf } from '../../core';

export interface MinimumBase {
  amount: Dec;
  /** True when a figure used is illustrative. */
  illustrative: boolean;
  step: Step;
}

const fixedMessage = message<{ year: string; base: string }>(
  'contributions.minimum_base.fixed',
  'JM-UR 二(三)2(1)',
  (a) => `${a.year} 年的最低缴费基数是每月 ${a.base} 元（文件直接规定）。`,
  (a) => `The minimum contribution base for ${a.year} is ${a.base} yuan a month (set by the document).`,
);

const derivedMessage = message<{ year: string; refYear: string; wage: string; share: string; base: string }>(
  'contributions.minimum_base.derived',
  'JM-UR 二(三)2(1)',
  (a) => `${a.year} 年的最低缴费基数 = ${a.refYear} 年（上上年度）在岗职工月平均工资 ${a.wage} 元 × ${a.share} = 每月 ${a.base} 元。`,
  (a) =>
    `The minimum contribution base for ${a.year} = the ${a.refYear} (year before last) average monthly wage of on-post employees, ${a.wage} yuan, × ${a.share} = ${a.base} yuan a month.`,
);

/** The minimum base in force on `date` (a date in the month contributed for). */
export function minimumBaseOn(date: string, path = 'month'): MinimumBase {
  const ruleUse = minimumBaseRule.at(date, path);
  const rule = ruleUse.value;
  const year = yearOf(date);
  if (rule.kind === 'fixed') {
    const s = step(fixedMessage, { year: String(year), base: money(rule.amount) }, [ruleUse]);
    return { amount: rule.amount, illustrative: s.illustrative === true, step: s };
  }
  const wageUse = referenceMonthlyWage.at(date, path);
  const amount = round2(wageUse.value.times(rule.rate));
  const uses: ParamUse[] = [ruleUse, wageUse];
  const s = step(
    derivedMessage,
    { year: String(year), refYear: String(year - 2), wage: money(wageUse.value), share: percent(rule.rate), base: money(amount) },
    uses,
  );
  return { amount, illustrative: s.illustrative === true, step: s };
}
