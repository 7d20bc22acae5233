/**
 * The personal account 个人账户 of tier 2, RULES §11 (JM-UR 二(四)2(4), 三(一)1).
 *
 * > 2017年1月1日起，在职年龄段参保人按我市职工医保2016年12月实际划账标准和对应的个人实际缴费基数计算
 * > 划账金额划入个人账户。其中，2016年12月有个人账户划账记录的职工医保参保人，按2016年12月实际个人账户
 * > 划账金额进行划入；2016年12月无个人账户划账记录，以参保人历史个人账户最高划账金额与2016年12月对应
 * > 年龄段个人账户最低划入金额进行比较，按就高的划账金额进行划入。
 * > 2017年1月1日起，首次参加我市职工医保或二档的，按2016年12月对应年龄段个人账户最低划账金额划入个人账户。
 * > 2016年12月个人账户对应在职年龄段最低划入金额分别为：35周岁以下（含35周岁）为60.20元；35周岁以上
 * > 至45周岁（含45周岁）为72.24元；45周岁以上至退休为84.28元。
 * > 与上述划账金额对应的实际缴费基数比较，参保人个人实际缴费基数有提高的，仍按上述划账金额标准划入个人
 * > 账户；有降低的，按降低后实际缴费基数和2016年12月职工医保对应年龄段实际划账标准重新计算的划账金额
 * > 划入个人账户。当参保人个人缴费部分（一档的0.5%和二档的1.5%部分）实际缴费金额高于划账金额时，按个人
 * > 缴费部分实际缴费金额划入个人账户。
 * > 退休参保人划入办法。享受个人账户待遇的参保职工退休人员，不作调整，仍按原职工医保办法划入个人账户。
 * > ……2018年1月1日后（含1月1日）在我市首次参加二档（2018年1月1日前从未参加过我市职工医保或二档）的
 * > 参保人，退休后不享受个人账户待遇。
 * > 困难企业职工退休人员按原政策规定不设个人账户待遇。（三(一)1）
 *
 * RULINGS recorded here (see ENROLMENT.md):
 * - Age = completed years on the 1st of the credited month; "35周岁以下（含35周岁）" = age ≤ 35,
 *   "35周岁以上至45周岁（含45周岁）" = 36–45, "45周岁以上" = 46 and over.
 * - The original has two rules the digest (RULES §11) leaves out, implemented here: insured
 *   before 2017 without a Dec-2016 credit get the higher of their highest historical credit
 *   and the age minimum; and a Dec-2016 credit is recomputed when the base has fallen. The
 *   Dec-2016 "划账标准" (rate by age group) is not in the seeds, so the recomputation uses the
 *   person's own Dec-2016 rate, credit ÷ base (needs `dec2016.base`).
 * - "Own contribution" = round2(base × 0.5 %) + round2(base × 1.5 %), the two personal parts
 *   as `monthlyContribution` rounds them; without `base` the comparison is not made (and the
 *   step says so).
 */
import {
  type Dec,
  ZERO,
  ageOn,
  defineValueParameter,
  maxDec,
  message,
  money,
  round2,
  step,
  type Step,
  type Parameter,
  unsupportedDate,
  usesIllustrative,
} from '../../core';
import { tier1Rates, tier2Rates } from '../contributions/parameters';
import { amountOf, checkDate, checkMonth, refuse } from '../../core';

export interface AgeBand {
  /** Ages in completed years up to and including this one; null = no upper bound. */
  upToAge: number | null;
  amount: string;
}

/** The Dec-2016 minimum monthly credits by age group. */
export const ageMinimumCredits = defineValueParameter<readonly AgeBand[]>({
  key: 'jiangmen.personal_account.age_minimum',
  label: { zh: '在职年龄段个人账户最低划入金额（2016年12月）', en: 'Minimum monthly personal-account credit by age (December 2016)' },
  unit: 'table',
  citation: 'JM-UR 二(四)2(4)',
  source: '江府办〔2017〕20号 二(四)2(4)',
  values: {
    '2017-01-01': [
      { upToAge: 35, amount: '60.20' },
      { upToAge: 45, amount: '72.24' },
      { upToAge: null, amount: '84.28' },
    ],
  },
});

export const personalAccountCutoffs = defineValueParameter<{ ageMinimumIfFirstFrom: string; noRetireeAccountIfFirstFrom: string }>({
  key: 'jiangmen.personal_account.cutoffs',
  label: { zh: '个人账户划入办法的分界日期', en: 'Dates that decide the personal-account method' },
  unit: 'table',
  citation: 'JM-UR 二(四)2(4)',
  source: '江府办〔2017〕20号 二(四)2(4)',
  values: { '2017-01-01': { ageMinimumIfFirstFrom: '2017-01-01', noRetireeAccountIfFirstFrom: '2018-01-01' } },
});

export const personalAccountParameters: readonly Parameter<unknown>[] = [ageMinimumCredits, personalAccountCutoffs] as readonly Parameter<unknown>[];

export interface PersonalAccountInput {
  /** The month credited, "YYYY-MM". */
  month: string;
  birthDate: string;
  status: 'in_service' | 'retired';
  /** First month in Jiangmen 职工医保 or tier 2. */
  firstEmployeeInsuranceMonth: string;
  /** This month's contribution base (in service), to compare the own 2 % contribution. */
  base?: string;
  /** Own December-2016 credit (insured before 2017), with that month's base if known. */
  dec2016?: { credit: string; base?: string };
  /** Insured before 2017 without a Dec-2016 credit: the highest credit ever made. */
  highestHistoricalCredit?: string;
  /** Retirees: the per-person amount under the old employee-scheme method (data). */
  retireeMonthlyAmount?: string;
  /** Retiree of a difficult enterprise: no personal account (JM-UR 三(一)1). */
  difficultEnterpriseRetiree?: boolean;
}

export type CreditBasis = 'age_minimum' | 'dec2016_credit' | 'dec2016_recomputed' | 'historical_highest' | 'own_contribution' | 'retiree_amount' | 'none';

export interface PersonalAccount {
  month: string;
  credit: Dec;
  basis: CreditBasis;
  /** Age in completed years on the 1st of the month. */
  age: number;
  illustrative: boolean;
  explanation: Step[];
}

const WHAT = { zh: '个人账户划入', en: 'personal-account credits' };

const messages = {
  ageMinimum: message<{ age: string; band: string; bandEn: string; amount: string; first: string }>(
    'personal_account.age_minimum',
    'JM-UR 二(四)2(4)',
    (a) => `${a.first} 首次参加江门职工医保或二档（2017 年起）：按年龄段最低划入金额；本月 1 日 ${a.age} 周岁（${a.band}），每月 ${a.amount} 元。`,
    (a) =>
      `First in the Jiangmen employee scheme or tier 2 in ${a.first} (2017 or later): the minimum credit for the age group; aged ${a.age} on the 1st of the month (${a.bandEn}): ${a.amount} yuan a month.`,
  ),
  dec2016: message<{ amount: string }>(
    'personal_account.dec2016',
    'JM-UR 二(四)2(4)',
    (a) => `2016 年 12 月有个人账户划账记录：按当时的实际划账金额 ${a.amount} 元划入。`,
    (a) => `A credit was made in December 2016: the same amount, ${a.amount} yuan, is credited.`,
  ),
  dec2016Recomputed: message<{ credit: string; base2016: string; base: string; amount: string }>(
    'personal_account.dec2016_recomputed',
    'JM-UR 二(四)2(4)',
    (a) => `缴费基数从 2016 年 12 月的 ${a.base2016} 元降到 ${a.base} 元：按降低后的基数重新计算，${a.credit} × ${a.base} ÷ ${a.base2016} = ${a.amount} 元。`,
    (a) =>
      `The base fell from ${a.base2016} yuan (December 2016) to ${a.base} yuan: recomputed on the lower base, ${a.credit} × ${a.base} ÷ ${a.base2016} = ${a.amount} yuan.`,
  ),
  historical: message<{ highest: string; minimum: string; amount: string }>(
    'personal_account.historical_highest',
    'JM-UR 二(四)2(4)',
    (a) => `2016 年 12 月没有划账记录：历史最高划账金额 ${a.highest} 元与年龄段最低划入金额 ${a.minimum} 元比较，取较高的 ${a.amount} 元。`,
    (a) =>
      `No credit in December 2016: the highest credit ever, ${a.highest} yuan, against the age-group minimum ${a.minimum} yuan; the higher, ${a.amount} yuan, is credited.`,
  ),
  own: message<{ base: string; own: string; credit: string; amount: string }>(
    'personal_account.own_contribution',
    'JM-UR 二(四)2(4)',
    (a) => `本人缴费部分（基数 ${a.base} 元 × 一档 0.5% + 二档 1.5%）为 ${a.own} 元，与划账金额 ${a.credit} 元比较，按较高的 ${a.amount} 元划入。`,
    (a) =>
      `The person's own contribution (base ${a.base} yuan × 0.5 % tier 1 + 1.5 % tier 2) is ${a.own} yuan; against the credit of ${a.credit} yuan, the higher, ${a.amount} yuan, is credited.`,
  ),
  noBase: message<Record<string, never>>(
    'personal_account.no_base',
    'JM-UR 二(四)2(4)',
    () => '没有提供本月缴费基数：如果本人缴费部分（基数 × 2%）更高，按本人缴费部分划入。',
    () => 'No contribution base given: if the own contribution (base × 2 %) is higher, that is credited instead.',
  ),
  retiree: message<{ amount: string }>(
    'personal_account.retiree',
    'JM-UR 二(四)2(4)',
    (a) => `退休人员按原职工医保办法划入，不作调整：每月 ${a.amount} 元。`,
    (a) => `Retirees are credited by the old employee-scheme method, unchanged: ${a.amount} yuan a month.`,
  ),
  retireeNone: message<{ first: string }>(
    'personal_account.retiree_none',
    'JM-UR 二(四)2(4)',
    (a) => `${a.first} 才首次在江门参加二档（2018 年 1 月 1 日或以后）：退休后不享受个人账户待遇。`,
    (a) => `First in tier 2 in Jiangmen in ${a.first} (on or after 1 January 2018): no personal account after retirement.`,
  ),
  difficult: message<Record<string, never>>(
    'personal_account.difficult_enterprise',
    'JM-UR 三(一)1',
    () => '困难企业职工退休人员按原政策不设个人账户。',
    () => 'Retirees of difficult enterprises have no personal account, as under the old rules.',
  ),
};

const BAND_NAME = [
  { zh: '35 周岁及以下', en: '35 or under' },
  { zh: '36 至 45 周岁', en: '36 to 45' },
  { zh: '46 周岁及以上', en: '46 and over' },
];

/** The monthly personal-account credit. */
export function personalAccountCredit(input: PersonalAccountInput): PersonalAccount {
  const { month, birthDate, status, firstEmployeeInsuranceMonth: first } = input;
  checkMonth(month, 'month');
  checkDate(birthDate, 'birthDate');
  checkMonth(first, 'firstEmployeeInsuranceMonth');
  const date = `${month}-01`;
  if (date < ageMinimumCredits.firstDate) throw unsupportedDate('month', month, ageMinimumCredits.firstDate, WHAT);
  const cutoffs = personalAccountCutoffs.at(date, 'month');
  const age = ageOn(birthDate, date);
  const explanation: Step[] = [];
  const done = (credit: Dec, basis: CreditBasis): PersonalAccount => ({ month, credit, basis, age, illustrative: usesIllustrative(explanation), explanation });

  if (status === 'retired') {
    if (input.difficultEnterpriseRetiree === true) {
      explanation.push(step(messages.difficult, {}));
      return done(ZERO, 'none');
    }
    if (`${first}-01` >= cutoffs.value.noRetireeAccountIfFirstFrom) {
      explanation.push(step(messages.retireeNone, { first }, [cutoffs]));
      return done(ZERO, 'none');
    }
    if (input.retireeMonthlyAmount === undefined) {
      throw refuse('retireeMonthlyAmount', {
        zh: '退休人员请填写按原职工医保办法每月划入的金额。',
        en: 'For a retiree, enter the monthly amount credited under the old employee-scheme method.',
      });
    }
    const amount = amountOf(input.retireeMonthlyAmount, 'retireeMonthlyAmount');
    explanation.push(step(messages.retiree, { amount: money(amount) }));
    return done(amount, 'retiree_amount');
  }

  const bandsUse = ageMinimumCredits.at(date, 'month');
  const bandIndex = bandsUse.value.findIndex((b) => b.upToAge === null || age <= b.upToAge);
  const minimum = amountOf(bandsUse.value[bandIndex]!.amount, 'month');
  const band = BAND_NAME[bandIndex]!;
  const base = input.base === undefined ? null : amountOf(input.base, 'base');

  let credit: Dec;
  let basis: CreditBasis;
  if (`${first}-01` >= cutoffs.value.ageMinimumIfFirstFrom) {
    credit = minimum;
    basis = 'age_minimum';
    explanation.push(step(messages.ageMinimum, { age: String(age), band: band.zh, bandEn: band.en, amount: money(minimum), first }, [bandsUse, cutoffs]));
  } else if (input.dec2016 !== undefined) {
    const own2016 = amountOf(input.dec2016.credit, 'dec2016.credit');
    credit = own2016;
    basis = 'dec2016_credit';
    explanation.push(step(messages.dec2016, { amount: money(own2016) }));
    if (input.dec2016.base !== undefined && base !== null) {
      const base2016 = amountOf(input.dec2016.base, 'dec2016.base');
      if (base.lt(base2016) && base2016.gt(0)) {
        credit = round2(own2016.times(base).dividedBy(base2016));
        basis = 'dec2016_recomputed';
        explanation.push(step(messages.dec2016Recomputed, { credit: money(own2016), base2016: money(base2016), base: money(base), amount: money(credit) }));
      }
    }
  } else {
    const highest = input.highestHistoricalCredit === undefined ? ZERO : amountOf(input.highestHistoricalCredit, 'highestHistoricalCredit');
    credit = maxDec(highest, minimum);
    basis = highest.gt(minimum) ? 'historical_highest' : 'age_minimum';
    explanation.push(step(messages.historical, { highest: money(highest), minimum: money(minimum), amount: money(credit) }, [bandsUse]));
  }

  if (base === null) {
    explanation.push(step(messages.noBase, {}));
  } else {
    // > 当参保人个人缴费部分（一档的0.5%和二档的1.5%部分）实际缴费金额高于划账金额时，按个人缴费部分实际缴费金额划入
    const t1 = tier1Rates.at(date, 'month');
    const t2 = tier2Rates.at(date, 'month');
    const own = round2(base.times(t1.value.personal)).plus(round2(base.times(t2.value.personal)));
    const before = credit;
    if (own.gt(credit)) {
      credit = own;
      basis = 'own_contribution';
    }
    explanation.push(step(messages.own, { base: money(base), own: money(own), credit: money(before), amount: money(credit) }, [t1, t2]));
  }
  return done(credit, basis);
}

export function personalAccountJson(r: PersonalAccount) {
  return { month: r.month, credit: money(r.credit), basis: r.basis, age: r.age, illustrative: r.illustrative, explanation: r.explanation };
}
