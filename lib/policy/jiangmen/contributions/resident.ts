/**
 * The yearly individual contribution of resident-identity insured (tier 1 only),
 * JM-UR 二(三)1 and 二(三)2(1), from insurance year 2017 (the unified rules start 2017-07-01).
 *
 * > 城乡居民身份参保人参加一档，实行个人缴费和政府财政补助相结合；本市户籍的特困供养人员、低保对象、
 * > 建档立卡贫困人口以及低收入家庭的60周岁以上老年人、未成年人、重度残疾人和重病患者等困难城乡居民
 * > ……其个人缴费部分由各市、区财政、城乡基本医疗救助金、残疾人就业保障基金按规定给予全额补助，个人免缴费。
 *
 * RULINGS recorded here (see ENROLMENT.md):
 * - Rounding: income × rate is rounded to 0.01 half-up.
 * - 农村五保 `wubao`: JM-UR 二(三)1 names 特困供养人员, not 农村五保; national policy since 2016 folds
 *   农村五保 into 特困供养 (RULES §1), so `wubao` is exempt like `tekun`.
 * - `localHukou` left out is taken as true (local household registration), and the step says so;
 *   students and migrant workers' children from elsewhere must pass `localHukou: false`.
 * - `lowIncomeQualifies` left out is taken as false: the low-income member pays, and the step
 *   says who would not.
 */
import { type Dec, maxDec, message, money, percent, round2, step, type Step, type ParamUse, usesIllustrative, ZERO, unsupportedDate } from '../../core';
import { insuranceYearDate, nationalMinimumResident, residentReferenceIncome, residentRule, UNIFIED_FROM } from './parameters';
import { refuse } from '../../core';
import type { AssistanceStatus, ResidentCategory } from '../insured-person';

export type { ResidentCategory } from '../insured-person';
export type Assistance = AssistanceStatus;

export interface ResidentContributionInput {
  /** The insurance year paid for (a calendar year, JM-UR 二(三)3). */
  year: number;
  category: ResidentCategory;
  assistance: Assistance;
  /** A low-income family member aged 60 or over, a minor, severely disabled or seriously ill. */
  lowIncomeQualifies?: boolean;
  /** Local household registration 本市户籍 (default true). */
  localHukou?: boolean;
}

export interface ResidentContribution {
  year: number;
  /** What the person pays. */
  personal: Dec;
  /** The standard amount for the year (after the national floor). */
  fullAmount: Dec;
  subsidisedBy: 'none' | 'government';
  illustrative: boolean;
  explanation: Step[];
}

const fixedMessage = message<{ year: string; amount: string }>(
  'contributions.resident.fixed',
  'JM-UR 二(三)2(1)',
  (a) => `${a.year} 年度城乡居民个人缴费标准是每人每年 ${a.amount} 元（文件直接规定）。`,
  (a) => `The ${a.year} resident contribution is ${a.amount} yuan per person for the year (set by the document).`,
);

const incomeMessage = message<{ year: string; refYear: string; income: string; rate: string; amount: string }>(
  'contributions.resident.income_share',
  'JM-UR 二(三)2(1)',
  (a) => `${a.year} 年度江门标准 = ${a.refYear} 年（上上年度）城乡居民人均可支配收入 ${a.income} 元 × ${a.rate} = 每人每年 ${a.amount} 元。`,
  (a) =>
    `Jiangmen's ${a.year} amount = the ${a.refYear} (year before last) per-capita disposable income of urban and rural residents, ${a.income} yuan, × ${a.rate} = ${a.amount} yuan per person for the year.`,
);

const floorMessages = {
  local: message<{ local: string; floor: string; amount: string }>(
    'contributions.resident.national_floor_below',
    'JM-UR 二(三)2(1)',
    (a) => `国家规定的个人缴费标准 ${a.floor} 元不高于江门标准 ${a.local} 元，按江门标准：${a.amount} 元。`,
    (a) => `The national individual contribution, ${a.floor} yuan, is not above Jiangmen's ${a.local} yuan, so Jiangmen's applies: ${a.amount} yuan.`,
  ),
  national: message<{ local: string; floor: string; amount: string }>(
    'contributions.resident.national_floor_applies',
    'JM-UR 二(三)2(1)',
    (a) => `国家规定的个人缴费标准 ${a.floor} 元高于江门标准 ${a.local} 元，按国家规定：${a.amount} 元。`,
    (a) => `The national individual contribution, ${a.floor} yuan, is above Jiangmen's ${a.local} yuan, so the national figure applies: ${a.amount} yuan.`,
  ),
};

type AssistAmounts = { full: string; personal: string };

const assistanceMessages = {
  none: message<AssistAmounts>(
    'contributions.resident.pays',
    'JM-UR 二(三)1',
    (a) => `本人缴纳全年 ${a.personal} 元（政府另有财政补助）。`,
    (a) => `The person pays ${a.personal} yuan for the year (the government adds its own subsidy).`,
  ),
  exempt: message<AssistAmounts & { status: string; statusEn: string }>(
    'contributions.resident.exempt',
    'JM-UR 二(三)1',
    (a) => `本市户籍的${a.status}属于困难城乡居民，个人缴费部分 ${a.full} 元由财政等全额补助，本人免缴：${a.personal} 元。`,
    (a) =>
      `A locally registered ${a.statusEn} is a difficult resident: the individual part, ${a.full} yuan, is fully paid by public funds and the person pays ${a.personal} yuan.`,
  ),
  assumedLocal: message<Record<string, never>>(
    'contributions.resident.assumed_local',
    'JM-UR 二(三)1',
    () => '未说明户籍，按本市户籍计算；非本市户籍的困难人员不享受全额资助。',
    () => 'Household registration not given: taken as Jiangmen. Difficult residents registered elsewhere do not get the full subsidy.',
  ),
  lowIncomeNotQualifying: message<AssistAmounts>(
    'contributions.resident.low_income_pays',
    'JM-UR 二(三)1',
    (a) => `低收入家庭成员中，只有 60 周岁以上老人、未成年人、重度残疾人和重病患者免缴；其他成员本人缴纳 ${a.personal} 元。`,
    (a) =>
      `Of low-income family members only those aged 60 or over, minors, the severely disabled and the seriously ill pay nothing; other members pay ${a.personal} yuan.`,
  ),
  notLocal: message<AssistAmounts & { status: string; statusEn: string }>(
    'contributions.resident.not_local',
    'JM-UR 二(三)1',
    (a) => `全额资助只适用于本市户籍的困难城乡居民；非本市户籍的${a.status}本人缴纳 ${a.personal} 元。`,
    (a) => `Full subsidy is only for difficult residents with Jiangmen household registration; a ${a.statusEn} registered elsewhere pays ${a.personal} yuan.`,
  ),
};

const STATUS_NAME: Record<Exclude<Assistance, 'none'>, { zh: string; en: string }> = {
  wubao: { zh: '农村五保供养对象（已并入特困供养人员）', en: 'rural "five guarantees" person (now part of the extremely poor supported persons)' },
  poverty: { zh: '建档立卡贫困人员', en: 'registered poor person' },
  dibao: { zh: '最低生活保障对象', en: 'minimum-living-allowance recipient' },
  tekun: { zh: '特困供养人员', en: 'extremely poor supported person' },
  low_income: { zh: '低收入家庭成员', en: 'low-income family member' },
};

const WHAT = { zh: '城乡居民个人缴费', en: 'the resident individual contribution' };

/** Jiangmen's own yearly amount for `year` (before the national floor). */
function jiangmenStandard(year: number): { amount: Dec; step: Step } {
  const date = insuranceYearDate(year);
  const ruleUse = residentRule.at(date, 'year');
  const rule = ruleUse.value;
  if (rule.kind === 'fixed') {
    return { amount: rule.amount, step: step(fixedMessage, { year: String(year), amount: money(rule.amount) }, [ruleUse]) };
  }
  const incomeUse = residentReferenceIncome.at(date, 'year');
  const amount = round2(incomeUse.value.times(rule.rate));
  return {
    amount,
    step: step(
      incomeMessage,
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
  const m = floorUse.value.gt(local) ? floorMessages.national : floorMessages.local;
  return { amount, step: step(m, { local: money(local), floor: money(floorUse.value), amount: money(amount) }, [floorUse]) };
}

/** The yearly individual contribution of a resident-identity insured person. */
export function residentContribution(input: ResidentContributionInput): ResidentContribution {
  const { year, assistance } = input;
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw refuse('year', { zh: '请填写年份，例如 2026。', en: 'Enter a year, e.g. 2026.' });
  }
  if (year < 2017) throw unsupportedDate('year', String(year), UNIFIED_FROM, WHAT);
  const explanation: Step[] = [];
  const local = jiangmenStandard(year);
  explanation.push(local.step);
  const floor = applyNationalFloor(local.amount, nationalMinimumResident.at(insuranceYearDate(year), 'year'));
  explanation.push(floor.step);
  const full = floor.amount;

  let personal = full;
  let subsidisedBy: ResidentContribution['subsidisedBy'] = 'none';
  if (assistance === 'none') {
    explanation.push(step(assistanceMessages.none, { full: money(full), personal: money(personal) }));
  } else {
    const name = STATUS_NAME[assistance];
    const local = input.localHukou !== false;
    if (input.localHukou === undefined) explanation.push(step(assistanceMessages.assumedLocal, {}));
    const qualifies = assistance !== 'low_income' || input.lowIncomeQualifies === true;
    if (!local) {
      explanation.push(step(assistanceMessages.notLocal, { full: money(full), personal: money(personal), status: name.zh, statusEn: name.en }));
    } else if (!qualifies) {
      explanation.push(step(assistanceMessages.lowIncomeNotQualifying, { full: money(full), personal: money(personal) }));
    } else {
      personal = ZERO;
      subsidisedBy = 'government';
      explanation.push(step(assistanceMessages.exempt, { full: money(full), personal: money(personal), status: name.zh, statusEn: name.en }));
    }
  }
  return { year, personal, fullAmount: full, subsidisedBy, illustrative: usesIllustrative(explanation), explanation };
}

export function residentContributionJson(r: ResidentContribution) {
  return {
    year: r.year,
    personal: money(r.personal),
    fullAmount: money(r.fullAmount),
    subsidisedBy: r.subsidisedBy,
    illustrative: r.illustrative,
    explanation: r.explanation,
  };
}
