/**
 * Monthly contributions of employee-identity insured (tiers 1 and 2), JM-UR 二(三)1–2,
 * from 2017-07-01.
 *
 * > 职工同时参加一档、二档分别由用人单位和个人共同缴费；失业人员同时参加一档、二档的费用从失业
 * > 保险基金中支付；以职工身份参保的灵活就业人员和无雇工的个体工商户同时参加一档、二档费用由个人
 * > 全额负担。（二(三)1）
 *
 * RULINGS recorded here (see ENROLMENT.md):
 * - Rounding. An employee's contribution has two payers, so the employer's part and the
 *   employee's part are each rounded to 0.01 half-up and the tier total is their sum. Where one
 *   payer pays everything (unemployed: the unemployment fund; flexible and self-employed: the
 *   person), the tier total is rounded once (base × full rate), the part at the personal rate
 *   is rounded, and the part at the employer rate is the difference; parts always add up.
 * - Split for one-payer categories. They pay "最低缴费基数的3.5%" (tier 1) and "对应年度的……缴费
 *   费率" (tier 2): the same rates as employees. The result keeps the employer-rate / personal-rate
 *   split (so the personal account can compare "个人缴费部分（一档的0.5%和二档的1.5%部分）", 二(四)2(4));
 *   `payer` says who actually pays both parts.
 * - Retirees. JM-UR has no monthly contribution for retirees: those who reached the minimum
 *   years pay nothing, those short of it top up (二(三)4, see `topUp`). A monthly figure has no
 *   meaning, so `category: 'retiree'` is refused with `invalid_input`.
 */
import type { ContributionPayer } from './payers';
import type { EmployeeCategory } from '../insured-person';
import {
  type Dec,
  type Bilingual,
  type Message,
  type ParamUse,
  message,
  money,
  percent,
  round2,
  step,
  type Step,
  usesIllustrative,
  unsupportedDate,
} from '../../core';
import { baseCeilingMultiple, tier1Rates, tier2Rates, UNIFIED_FROM, type RateSplit } from './parameters';
import { minimumBaseOn } from './minimum-base';
import { amountOf, checkMonth, refuse } from '../../core';

export type MonthlyCategory = EmployeeCategory;
/** Who pays an employee-identity month (a resident's subsidy is the fourth payer, `government`). */
export type Payer = Exclude<ContributionPayer, 'government'>;

export interface MonthlyContributionInput {
  /** The month contributed for, "YYYY-MM". */
  month: string;
  category: MonthlyCategory;
  /** Monthly wage, employees only (amount string). */
  wage?: string;
}

export interface TierContribution {
  employerRate: Dec;
  personalRate: Dec;
  /** The part at the employer rate (paid by the employer for employees; see `payer`). */
  employer: Dec;
  /** The part at the personal rate (paid by the employee for employees; see `payer`). */
  personal: Dec;
  /** employer + personal. */
  total: Dec;
}

export interface MonthlyContribution {
  month: string;
  category: Exclude<MonthlyCategory, 'retiree'>;
  /** The contribution base used (yuan a month). */
  base: Dec;
  /** The minimum base of that month (yuan a month). */
  minimumBase: Dec;
  tier1: TierContribution;
  tier2: TierContribution;
  /** tier1.total + tier2.total. */
  total: Dec;
  payer: Payer;
  illustrative: boolean;
  explanation: Step[];
}

const CATEGORY_NAME: Record<Exclude<MonthlyCategory, 'retiree'>, Bilingual> = {
  employee: { zh: '职工', en: 'employee' },
  unemployed: { zh: '领取失业保险金的失业人员', en: 'unemployed person receiving unemployment benefit' },
  flexible: { zh: '灵活就业人员', en: 'flexible worker' },
  self_employed: { zh: '无雇工的个体工商户', en: 'self-employed person without employees' },
};

const WHAT: Bilingual = { zh: '职工身份缴费', en: 'employee-identity contributions' };

type BaseAmounts = { wage: string; minimum: string; ceiling: string; base: string };

const employeeBaseMessages = {
  within: message<BaseAmounts>(
    'contributions.base.employee',
    'JM-UR 二(三)2(1)',
    (a) => `本人工资 ${a.wage} 元，在最低缴费基数 ${a.minimum} 元和它的 3 倍 ${a.ceiling} 元之间：缴费基数就是工资 ${a.base} 元。`,
    (a) =>
      `Own wage ${a.wage} yuan lies between the minimum base ${a.minimum} yuan and three times it, ${a.ceiling} yuan: the base is the wage, ${a.base} yuan.`,
  ),
  below: message<BaseAmounts>(
    'contributions.base.employee_floor',
    'JM-UR 二(三)2(1)',
    (a) => `本人工资 ${a.wage} 元低于最低缴费基数 ${a.minimum} 元，按最低缴费基数计：缴费基数 ${a.base} 元。`,
    (a) => `Own wage ${a.wage} yuan is below the minimum base ${a.minimum} yuan, so the minimum base is used: base ${a.base} yuan.`,
  ),
  above: message<BaseAmounts>(
    'contributions.base.employee_ceiling',
    'JM-UR 二(三)2(1)',
    (a) => `本人工资 ${a.wage} 元超过最低缴费基数的 3 倍 ${a.ceiling} 元，超出部分不计：缴费基数 ${a.base} 元。`,
    (a) => `Own wage ${a.wage} yuan is above three times the minimum base, ${a.ceiling} yuan; the part above is not charged: base ${a.base} yuan.`,
  ),
};

const minimumBaseUsedMessage = message<{ who: string; whoEn: string; base: string }>(
  'contributions.base.minimum',
  'JM-UR 二(三)2(1)',
  (a) => `${a.who}按最低缴费基数缴费：缴费基数 ${a.base} 元。`,
  (a) => `A ${a.whoEn} contributes on the minimum base: base ${a.base} yuan.`,
);

const tierMessage = message<{
  tier: string;
  tierEn: string;
  base: string;
  rate: string;
  employerRate: string;
  personalRate: string;
  employer: string;
  personal: string;
  total: string;
}>(
  'contributions.tier',
  'JM-UR 二(三)2(1)',
  (a) =>
    `${a.tier}：${a.base} 元 × ${a.rate} = ${a.total} 元，其中按单位费率 ${a.employerRate} 的部分 ${a.employer} 元，按个人费率 ${a.personalRate} 的部分 ${a.personal} 元。`,
  (a) =>
    `${a.tierEn}: ${a.base} yuan × ${a.rate} = ${a.total} yuan: ${a.employer} yuan at the employer rate ${a.employerRate} and ${a.personal} yuan at the personal rate ${a.personalRate}.`,
);

const payerMessages: Record<Payer, Message<{ total: string }>> = {
  employer_and_person: message<{ total: string }>(
    'contributions.payer.employer_and_person',
    'JM-UR 二(三)1',
    (a) => `每月合计 ${a.total} 元：单位缴单位部分，个人部分由单位从工资中代扣代缴。`,
    (a) => `${a.total} yuan a month in all: the employer pays its part and deducts the employee's part from the wage.`,
  ),
  unemployment_fund: message<{ total: string }>(
    'contributions.payer.unemployment_fund',
    'JM-UR 二(三)1',
    (a) => `每月合计 ${a.total} 元，全部由失业保险基金支付，本人不用缴。`,
    (a) => `${a.total} yuan a month in all, paid entirely by the unemployment insurance fund; the person pays nothing.`,
  ),
  person: message<{ total: string }>(
    'contributions.payer.person',
    'JM-UR 二(三)1',
    (a) => `每月合计 ${a.total} 元（两部分），全部由本人缴纳。`,
    (a) => `${a.total} yuan a month in all (both parts), paid entirely by the person.`,
  ),
};

function tierContribution(base: Dec, rates: Readonly<Record<RateSplit, Dec>>, onePayer: boolean): TierContribution {
  const employerRate = rates.employer;
  const personalRate = rates.personal;
  const personal = round2(base.times(personalRate));
  if (onePayer) {
    const total = round2(base.times(employerRate.plus(personalRate)));
    return { employerRate, personalRate, employer: total.minus(personal), personal, total };
  }
  const employer = round2(base.times(employerRate));
  return { employerRate, personalRate, employer, personal, total: employer.plus(personal) };
}

function tierStep(tier: 1 | 2, base: Dec, t: TierContribution, use: ParamUse): Step {
  return step(
    tierMessage,
    {
      tier: tier === 1 ? '一档' : '二档',
      tierEn: tier === 1 ? 'Tier 1' : 'Tier 2',
      base: money(base),
      rate: percent(t.employerRate.plus(t.personalRate)),
      employerRate: percent(t.employerRate),
      personalRate: percent(t.personalRate),
      employer: money(t.employer),
      personal: money(t.personal),
      total: money(t.total),
    },
    [use],
    tier === 1 ? 'JM-UR 二(三)2(1)' : 'JM-UR 二(三)2(2)',
  );
}

/**
 * One month's contribution for an employee-identity insured person (tiers 1 and 2 together).
 * Throws `unsupported_date` before 2017-07 and `invalid_input` for a retiree (see the ruling).
 */
export function monthlyContribution(input: MonthlyContributionInput): MonthlyContribution {
  const { month, category, wage } = input;
  checkMonth(month, 'month');
  const date = `${month}-01`;
  if (date < UNIFIED_FROM) throw unsupportedDate('month', month, UNIFIED_FROM, WHAT);
  if (category === 'retiree') {
    throw refuse('category', {
      zh: '退休人员不按月缴费：累计缴费年限已达到最低年限的，退休后不再缴费；未达到的，一次性或按月补缴差额年限（用补缴计算 topup）。（JM-UR 二(三)4）',
      en: 'Retirees pay no monthly contribution: those with the minimum contribution years pay nothing after retiring; those short of it top up the missing years in one payment or monthly (use the top-up calculation, topup). (JM-UR 二(三)4)',
    });
  }
  if (category === 'employee' && wage === undefined) {
    throw refuse('wage', { zh: '职工请填写本人月工资。', en: 'For an employee, enter the monthly wage.' });
  }
  if (category !== 'employee' && wage !== undefined) {
    throw refuse('wage', {
      zh: '只有职工按本人工资缴费；失业人员、灵活就业人员和无雇工的个体工商户按最低缴费基数缴费，不用填工资。',
      en: 'Only employees contribute on their own wage; the unemployed, flexible workers and the self-employed contribute on the minimum base: leave the wage out.',
    });
  }

  const explanation: Step[] = [];
  const minimum = minimumBaseOn(date, 'month');
  explanation.push(minimum.step);

  let base: Dec;
  if (category === 'employee') {
    // > 职工以本人工资为缴费基数。参保职工本人工资超过最低缴费基数300%以上部分不计征；低于最低缴费
    // > 基数的，按最低缴费基数计征。
    const ownWage = amountOf(wage!, 'wage');
    const multipleUse = baseCeilingMultiple.at(date, 'month');
    const ceiling = round2(minimum.amount.times(multipleUse.value));
    const where = ownWage.lt(minimum.amount) ? 'below' : ownWage.gt(ceiling) ? 'above' : 'within';
    base = where === 'below' ? minimum.amount : where === 'above' ? ceiling : ownWage;
    explanation.push(
      step(employeeBaseMessages[where], { wage: money(ownWage), minimum: money(minimum.amount), ceiling: money(ceiling), base: money(base) }, [multipleUse]),
    );
  } else {
    // > 失业人员、灵活就业人员和无雇工的个体工商户均统一按最低缴费基数的3.5%缴纳。……按对应年度的最低
    // > 缴费基数和缴费费率缴纳。
    base = minimum.amount;
    explanation.push(step(minimumBaseUsedMessage, { who: CATEGORY_NAME[category].zh, whoEn: CATEGORY_NAME[category].en, base: money(base) }));
  }

  const onePayer = category !== 'employee';
  const t1Use = tier1Rates.at(date, 'month');
  const t2Use = tier2Rates.at(date, 'month');
  const tier1 = tierContribution(base, t1Use.value, onePayer);
  explanation.push(tierStep(1, base, tier1, t1Use));
  const tier2 = tierContribution(base, t2Use.value, onePayer);
  explanation.push(tierStep(2, base, tier2, t2Use));

  const total = tier1.total.plus(tier2.total);
  const payer: Payer = category === 'employee' ? 'employer_and_person' : category === 'unemployed' ? 'unemployment_fund' : 'person';
  explanation.push(step(payerMessages[payer], { total: money(total) }));

  return {
    month,
    category,
    base,
    minimumBase: minimum.amount,
    tier1,
    tier2,
    total,
    payer,
    illustrative: usesIllustrative(explanation),
    explanation,
  };
}

/** JSON form: amounts as 2-decimal strings, rates as decimal strings. */
export function monthlyContributionJson(r: MonthlyContribution) {
  const tier = (t: TierContribution) => ({
    employerRate: t.employerRate.toString(),
    personalRate: t.personalRate.toString(),
    employer: money(t.employer),
    personal: money(t.personal),
    total: money(t.total),
  });
  return {
    month: r.month,
    category: r.category,
    base: money(r.base),
    minimumBase: money(r.minimumBase),
    tier1: tier(r.tier1),
    tier2: tier(r.tier2),
    total: money(r.total),
    payer: r.payer,
    illustrative: r.illustrative,
    explanation: r.explanation,
  };
}
