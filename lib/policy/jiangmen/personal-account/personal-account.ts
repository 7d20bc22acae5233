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
 * RULINGS recorded here (see lib/policy/README.md):
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
import { type Dec, ZERO, ageOn, dec, maxDec, money, refuse, round2, step, type Step, unsupportedDate, usesIllustrative } from '../../core';
import { tier1Rates, tier2Rates } from '../contributions/parameters';
import { BAND_NAME, messages } from './messages';
import { ageMinimumCredits, personalAccountCutoffs } from './parameters';
import type { CreditBasis, PersonalAccount, PersonalAccountRequest } from './schema';

const WHAT = { zh: '个人账户划入', en: 'personal-account credits' };

/** The monthly personal-account credit, from a validated `personal-account` request. */
export function personalAccountCredit(input: PersonalAccountRequest): PersonalAccount {
  const { month, birthDate, status, firstEmployeeInsuranceMonth: first } = input;
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
    const amount = dec(input.retireeMonthlyAmount);
    explanation.push(step(messages.retiree, { amount: money(amount) }));
    return done(amount, 'retiree_amount');
  }

  const bandsUse = ageMinimumCredits.at(date, 'month');
  const bandIndex = bandsUse.value.findIndex((b) => b.upToAge === null || age <= b.upToAge);
  const minimum = dec(bandsUse.value[bandIndex]!.amount);
  const band = BAND_NAME[bandIndex]!;
  const base = input.base === undefined ? null : dec(input.base);

  let credit: Dec;
  let basis: CreditBasis;
  if (`${first}-01` >= cutoffs.value.ageMinimumIfFirstFrom) {
    credit = minimum;
    basis = 'age_minimum';
    explanation.push(step(messages.ageMinimum, { age: String(age), band: band.zh, bandEn: band.en, amount: money(minimum), first }, [bandsUse, cutoffs]));
  } else if (input.dec2016 !== undefined) {
    const own2016 = dec(input.dec2016.credit);
    credit = own2016;
    basis = 'dec2016_credit';
    explanation.push(step(messages.dec2016, { amount: money(own2016) }));
    if (input.dec2016.base !== undefined && base !== null) {
      const base2016 = dec(input.dec2016.base);
      if (base.lt(base2016) && base2016.gt(0)) {
        credit = round2(own2016.times(base).dividedBy(base2016));
        basis = 'dec2016_recomputed';
        // RULES §13: the age-group rate table is not in the seeds; the person's own Dec-2016 rate stands in, marked illustrative.
        explanation.push({
          ...step(messages.dec2016Recomputed, { credit: money(own2016), base2016: money(base2016), base: money(base), amount: money(credit) }),
          illustrative: true,
        });
      }
    }
  } else {
    const highest = input.highestHistoricalCredit === undefined ? ZERO : dec(input.highestHistoricalCredit);
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
