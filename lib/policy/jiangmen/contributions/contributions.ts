/**
 * Contributions, RULES §1–2 (JM-UR 二(三)1–2), from 2017-07-01: the monthly contribution of
 * employee-identity insured (tiers 1 and 2), the yearly contribution of residents (tier 1), and
 * the minimum base they both use.
 *
 * > 职工同时参加一档、二档分别由用人单位和个人共同缴费；失业人员同时参加一档、二档的费用从失业
 * > 保险基金中支付；以职工身份参保的灵活就业人员和无雇工的个体工商户同时参加一档、二档费用由个人
 * > 全额负担。（二(三)1）
 *
 * RULINGS recorded here (see lib/policy/README.md):
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
 *
 * The yearly individual contribution of resident-identity insured (tier 1 only), JM-UR 二(三)1
 * and 二(三)2(1), from insurance year 2017:
 *
 * > 城乡居民身份参保人参加一档，实行个人缴费和政府财政补助相结合；本市户籍的特困供养人员、低保对象、
 * > 建档立卡贫困人口以及低收入家庭的60周岁以上老年人、未成年人、重度残疾人和重病患者等困难城乡居民
 * > ……其个人缴费部分由各市、区财政、城乡基本医疗救助金、残疾人就业保障基金按规定给予全额补助，个人免缴费。
 *
 * RULINGS recorded here (see lib/policy/README.md):
 * - Rounding: income × rate is rounded to 0.01 half-up.
 * - 农村五保 `wubao`: JM-UR 二(三)1 names 特困供养人员, not 农村五保; national policy since 2016 folds
 *   农村五保 into 特困供养 (RULES §1), so `wubao` is exempt like `tekun`.
 * - `localHukou` left out is taken as true (local household registration), and the step says so;
 *   students and migrant workers' children from elsewhere must pass `localHukou: false`.
 * - `lowIncomeQualifies` left out is taken as false: the low-income member pays, and the step
 *   says who would not.
 *
 * The minimum contribution base 最低缴费基数 (monthly), JM-UR 二(三)2(1):
 *
 * > 最低缴费基数分三年达到省、市公布的我市上上年度在岗职工月平均工资的80%，分别为：2018年65%、
 * > 2019年75%，从2020年起为80%（2017年最低缴费基数为2906元）
 *
 * RULING (rounding): the derived base is rounded to 0.01 half-up; with a whole-yuan wage and
 * these shares (65 %, 75 %, 80 %) the product never has more than two decimals anyway.
 */
import { type Dec, dec, maxDec, money, percent, round2, step, type Step, type ParamUse, usesIllustrative, ZERO, unsupportedDate, yearOf } from '../../core';
import { ASSISTANCE_LABELS, CATEGORY_LABELS, type ContributingCategory } from '../insured-person';
import * as m from './messages';
import {
  baseCeilingMultiple,
  insuranceYearDate,
  minimumBaseRule,
  nationalMinimumResident,
  referenceMonthlyWage,
  residentReferenceIncome,
  residentRule,
  tier1Rates,
  tier2Rates,
  UNIFIED_FROM,
  type RateSplit,
} from './parameters';
import type { MonthlyPayer } from './payers';
import type { MonthlyContribution, MonthlyContributionRequest, ResidentContribution, ResidentContributionRequest, TierContribution } from './schema';

const MONTHLY = { zh: '职工身份缴费', en: 'employee-identity contributions' };
const RESIDENT = { zh: '城乡居民个人缴费', en: 'the resident individual contribution' };

// ---- the minimum base ----------------------------------------------------------------------

export interface MinimumBase {
  amount: Dec;
  /** True when a figure used is illustrative. */
  illustrative: boolean;
  step: Step;
}

/** The minimum base in force on `date` (a date in the month contributed for). */
export function minimumBaseOn(date: string, path = 'month'): MinimumBase {
  const ruleUse = minimumBaseRule.at(date, path);
  const rule = ruleUse.value;
  const year = yearOf(date);
  if (rule.kind === 'fixed') {
    const s = step(m.minimumBaseFixedMessage, { year: String(year), base: money(rule.amount) }, [ruleUse]);
    return { amount: rule.amount, illustrative: s.illustrative === true, step: s };
  }
  const wageUse = referenceMonthlyWage.at(date, path);
  const amount = round2(wageUse.value.times(rule.rate));
  const uses: ParamUse[] = [ruleUse, wageUse];
  const s = step(
    m.minimumBaseDerivedMessage,
    { year: String(year), refYear: String(year - 2), wage: money(wageUse.value), share: percent(rule.rate), base: money(amount) },
    uses,
  );
  return { amount, illustrative: s.illustrative === true, step: s };
}

// ---- a month with employee identity ----------------------------------------------------------

/** A `contribution` request after its schema: retirees are refused there, so the category contributes. */
export type MonthlyContributionInput = Omit<MonthlyContributionRequest, 'category'> & { category: ContributingCategory };

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
    m.tierMessage,
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
 * One month's contribution for an employee-identity insured person (tiers 1 and 2 together),
 * from a request `monthlyContributionRequestSchema` accepted (it refuses retirees and checks the
 * wage against the category). Throws `unsupported_date` before 2017-07 or after the figures end.
 */
export function monthlyContribution(input: MonthlyContributionInput): MonthlyContribution {
  const { month, category, wage } = input;
  const date = `${month}-01`;
  if (date < UNIFIED_FROM) throw unsupportedDate('month', month, UNIFIED_FROM, MONTHLY);
  const explanation: Step[] = [];
  const minimum = minimumBaseOn(date, 'month');
  explanation.push(minimum.step);

  let base: Dec;
  if (category === 'employee') {
    // > 职工以本人工资为缴费基数。参保职工本人工资超过最低缴费基数300%以上部分不计征；低于最低缴费
    // > 基数的，按最低缴费基数计征。
    const ownWage = dec(wage!);
    const multipleUse = baseCeilingMultiple.at(date, 'month');
    const ceiling = round2(minimum.amount.times(multipleUse.value));
    const where = ownWage.lt(minimum.amount) ? 'below' : ownWage.gt(ceiling) ? 'above' : 'within';
    base = where === 'below' ? minimum.amount : where === 'above' ? ceiling : ownWage;
    explanation.push(
      step(m.employeeBaseMessages[where], { wage: money(ownWage), minimum: money(minimum.amount), ceiling: money(ceiling), base: money(base) }, [multipleUse]),
    );
  } else {
    // > 失业人员、灵活就业人员和无雇工的个体工商户均统一按最低缴费基数的3.5%缴纳。……按对应年度的最低
    // > 缴费基数和缴费费率缴纳。
    base = minimum.amount;
    explanation.push(step(m.minimumBaseUsedMessage, { who: CATEGORY_LABELS[category].zh, whoEn: CATEGORY_LABELS[category].en, base: money(base) }));
  }

  const onePayer = category !== 'employee';
  const t1Use = tier1Rates.at(date, 'month');
  const t2Use = tier2Rates.at(date, 'month');
  const tier1 = tierContribution(base, t1Use.value, onePayer);
  explanation.push(tierStep(1, base, tier1, t1Use));
  const tier2 = tierContribution(base, t2Use.value, onePayer);
  explanation.push(tierStep(2, base, tier2, t2Use));

  const total = tier1.total.plus(tier2.total);
  const payer: MonthlyPayer = category === 'employee' ? 'employer_and_person' : category === 'unemployed' ? 'unemployment_fund' : 'person';
  explanation.push(step(m.payerMessages[payer], { total: money(total) }));

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

// ---- a resident's year ---------------------------------------------------------------------

/** Jiangmen's own yearly amount for `year` (before the national floor). */
function jiangmenStandard(year: number): { amount: Dec; step: Step } {
  const date = insuranceYearDate(year);
  const ruleUse = residentRule.at(date, 'year');
  const rule = ruleUse.value;
  if (rule.kind === 'fixed') {
    return { amount: rule.amount, step: step(m.residentFixedMessage, { year: String(year), amount: money(rule.amount) }, [ruleUse]) };
  }
  const incomeUse = residentReferenceIncome.at(date, 'year');
  const amount = round2(incomeUse.value.times(rule.rate));
  return {
    amount,
    step: step(
      m.incomeMessage,
      { year: String(year), refYear: String(year - 2), income: money(incomeUse.value), rate: percent(rule.rate), amount: money(amount) },
      [ruleUse, incomeUse],
    ),
  };
}

/**
 * > 国家和省规定的个人缴费高于我市规定的城乡居民个人缴费标准时，按国家和省规定执行
 * The higher of Jiangmen's amount and the national figure.
 */
export function applyNationalFloor(local: Dec, floorUse: ParamUse<Dec>): { amount: Dec; step: Step } {
  const amount = maxDec(local, floorUse.value);
  const which = floorUse.value.gt(local) ? m.floorMessages.national : m.floorMessages.local;
  return { amount, step: step(which, { local: money(local), floor: money(floorUse.value), amount: money(amount) }, [floorUse]) };
}

/** The yearly individual contribution of a resident-identity insured person (a validated request). */
export function residentContribution(input: ResidentContributionRequest): ResidentContribution {
  const { year, assistance } = input;
  if (year < 2017) throw unsupportedDate('year', String(year), UNIFIED_FROM, RESIDENT);
  const explanation: Step[] = [];
  const local = jiangmenStandard(year);
  explanation.push(local.step);
  const floor = applyNationalFloor(local.amount, nationalMinimumResident.at(insuranceYearDate(year), 'year'));
  explanation.push(floor.step);
  const full = floor.amount;

  let personal = full;
  let subsidisedBy: ResidentContribution['subsidisedBy'] = 'none';
  if (assistance === 'none') {
    explanation.push(step(m.assistanceMessages.none, { full: money(full), personal: money(personal) }));
  } else {
    const label = ASSISTANCE_LABELS[assistance];
    const name = assistance === 'wubao' ? { zh: `${label.zh}${m.WUBAO_FOLDED.zh}`, en: `${label.en}${m.WUBAO_FOLDED.en}` } : label;
    const local = input.localHukou !== false;
    if (input.localHukou === undefined) explanation.push(step(m.assistanceMessages.assumedLocal, {}));
    const qualifies = assistance !== 'low_income' || input.lowIncomeQualifies === true;
    if (!local) {
      explanation.push(step(m.assistanceMessages.notLocal, { full: money(full), personal: money(personal), status: name.zh, statusEn: name.en }));
    } else if (!qualifies) {
      explanation.push(step(m.assistanceMessages.lowIncomeNotQualifying, { full: money(full), personal: money(personal) }));
    } else {
      personal = ZERO;
      subsidisedBy = 'government';
      explanation.push(step(m.assistanceMessages.exempt, { full: money(full), personal: money(personal), status: name.zh, statusEn: name.en }));
    }
  }
  return { year, personal, fullAmount: full, subsidisedBy, illustrative: usesIllustrative(explanation), explanation };
}
