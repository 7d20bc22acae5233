/** Explanation texts of a Jiangmen general outpatient visit and of the quota status (RULES.md §7), zh first. */
import { message } from '../../core';

export const personMessage = message<{ date: string; tier2: string; fromMonth: string }>(
  'outpatient.person',
  'JM-UR 二(四)1(3)',
  (a) =>
    a.tier2 === 'yes'
      ? `按 ${a.date} 计算。您参加一档和二档（二档从今年 ${a.fromMonth} 月起），普通门诊有三个额度：一档每年的额度、二档基层选定医疗机构每月的额度、二档其他选定医疗机构每月的额度。`
      : `按 ${a.date} 计算。您只参加一档：普通门诊只能在选定的基层定点医疗机构报销，有每年的一档额度。`,
  (a) =>
    a.tier2 === 'yes'
      ? `Worked out for ${a.date}. You are in tier 1 and tier 2 (tier 2 from month ${a.fromMonth} of this year), so outpatient care has three pools: the yearly tier-1 amount, the monthly tier-2 amount at your primary clinic, and the monthly tier-2 amount at your other chosen institution.`
      : `Worked out for ${a.date}. You are in tier 1 only: outpatient care is paid only at your chosen primary clinic, from the yearly tier-1 amount.`,
);

export const tier1PoolMessage = message<{ annual: string; used: string; left: string }>(
  'outpatient.tier1.pool',
  'JM-UR 二(四)1(3)',
  (a) => `一档普通门诊每年最多支付 ${a.annual} 元，今年已用 ${a.used} 元，还剩 ${a.left} 元；用不完不能转到明年。`,
  (a) => `Tier-1 outpatient pays at most ${a.annual} yuan a year; ${a.used} used this year, ${a.left} left. What is unused does not carry into next year.`,
);

export const accrualMessage = (key: string, zhPlace: string, enPlace: string) =>
  message<{ months: string; monthly: string; accrued: string; used: string; left: string }>(
    key,
    'JM-UR 二(四)2(3)',
    (a) =>
      `二档${zhPlace}：每月 ${a.monthly} 元，当月没用完的可以转到下个月，但不能转到明年。今年到本月共 ${a.months} 个月，累计 ${a.accrued} 元，已用 ${a.used} 元，还剩 ${a.left} 元。`,
    (a) =>
      `Tier 2 ${enPlace}: ${a.monthly} yuan a month; what is unused carries to later months, never into next year. ${a.months} months so far this year give ${a.accrued} yuan; ${a.used} used, ${a.left} left.`,
  );

export const tier2PrimaryPoolMessage = accrualMessage(
  'outpatient.tier2_primary.pool',
  '在基层选定医疗机构（先用完一档的额度后才用）',
  'at the primary clinic (used only after the tier-1 amount is used up)',
);
export const otherPoolMessage = accrualMessage('outpatient.other.pool', '在其他选定医疗机构', 'at the other chosen institution');

export const tier2NotYetMessage = message<{ fromMonth: string }>(
  'outpatient.tier2.not_yet',
  'JM-UR 二(四)2(3)',
  (a) => `您的二档待遇从 ${a.fromMonth} 月才开始，这次看病时二档的每月额度还没有开始累计。`,
  (a) => `Your tier-2 benefits start in month ${a.fromMonth}, so at this visit the tier-2 monthly amounts have not started to build up.`,
);

export const notCoveredMessage = message<{ inScope: string; fund: string }>(
  'outpatient.not_covered',
  'JM-UR 二(四)1(3)',
  (a) => `这次不是在您选定的医疗机构看普通门诊，普通门诊统筹不支付：${a.inScope} 元中基金支付 ${a.fund} 元。`,
  (a) => `This visit is not at an institution you chose, so outpatient pooling pays nothing: of ${a.inScope} yuan the fund pays ${a.fund} yuan.`,
);

export const otherNotTier2Message = message<{ inScope: string; fund: string }>(
  'outpatient.other.not_tier2',
  'JM-UR 二(四)2(3)',
  (a) => `“其他选定医疗机构”只有参加二档的人才能选；您没有这一待遇，${a.inScope} 元中基金支付 ${a.fund} 元。`,
  (a) => `Only people in tier 2 can choose an "other institution"; you do not have it, so of ${a.inScope} yuan the fund pays ${a.fund} yuan.`,
);

export const primaryComputedMessage = message<{ inScope: string; ratio: string; computed: string }>(
  'outpatient.primary.computed',
  'JM-UR 二(四)1(3)',
  (a) => `在选定的基层定点医疗机构看普通门诊，基金支付 ${a.ratio}：${a.inScope} × ${a.ratio} = ${a.computed} 元（再看额度还剩多少）。`,
  (a) => `At your chosen primary clinic the fund pays ${a.ratio}: ${a.inScope} × ${a.ratio} = ${a.computed} yuan (then limited by what is left in the pools).`,
);

export const primaryTier1Message = message<{ left: string; tier1: string }>(
  'outpatient.primary.tier1',
  'JM-UR 二(四)1(3)',
  (a) => `先从一档额度支付：还剩 ${a.left} 元，这次用 ${a.tier1} 元。`,
  (a) => `First from the tier-1 amount: ${a.left} yuan left, ${a.tier1} yuan used now.`,
);

export const primaryTier2Message = message<{ rest: string; ratio: string; left: string; tier2: string }>(
  'outpatient.primary.tier2',
  'JM-UR 二(四)2(3)',
  (a) => `一档额度不够的 ${a.rest} 元，由二档基层额度支付（比例同为 ${a.ratio}）：还剩 ${a.left} 元，这次用 ${a.tier2} 元。`,
  (a) =>
    `The ${a.rest} yuan the tier-1 amount cannot cover come from the tier-2 primary-clinic amount (also ${a.ratio}): ${a.left} yuan left, ${a.tier2} yuan used now.`,
);

export const otherComputedMessage = message<{ referred: string; inScope: string; ratio: string; computed: string; left: string; fund: string }>(
  'outpatient.other.payment',
  'JM-UR 二(四)2(3)',
  (a) =>
    `在其他选定医疗机构看病，${a.referred === 'yes' ? '经基层选定医疗机构转诊后 30 日内就医' : '没有经过基层选定医疗机构转诊（或超过 30 日）'}，基金支付 ${a.ratio}：${a.inScope} × ${a.ratio} = ${a.computed} 元；这个额度还剩 ${a.left} 元，这次支付 ${a.fund} 元。`,
  (a) =>
    `At your other chosen institution, ${a.referred === 'yes' ? 'within 30 days of a referral by your primary clinic' : 'without a referral by your primary clinic within 30 days'}, the fund pays ${a.ratio}: ${a.inScope} × ${a.ratio} = ${a.computed} yuan; ${a.left} yuan are left in that pool, so it pays ${a.fund} yuan.`,
);

export const totalMessage = message<{ inScope: string; fund: string; outOfPocket: string; tier1: string; tier2Primary: string; other: string }>(
  'outpatient.total',
  'JM-UR 二(四)1(3)',
  (a) =>
    `合计：${a.inScope} 元中基金支付 ${a.fund} 元，您自己付 ${a.outOfPocket} 元。之后还剩：一档 ${a.tier1} 元，二档基层 ${a.tier2Primary} 元，其他选定医疗机构 ${a.other} 元。`,
  (a) =>
    `In all: of ${a.inScope} yuan the fund pays ${a.fund} and you pay ${a.outOfPocket} yuan. Left afterwards: tier 1 ${a.tier1}, tier-2 primary ${a.tier2Primary}, other institution ${a.other} yuan.`,
);

// --- quota status ------------------------------------------------------------------------

export const quotaMonthMessage = message<{
  month: string;
  tier1Used: string;
  tier1Left: string;
  t2Accrual: string;
  t2Used: string;
  t2Carried: string;
  otherAccrual: string;
  otherUsed: string;
  otherCarried: string;
  tier2: string;
}>(
  'outpatient_quota.month',
  'JM-UR 二(四)2(3)',
  (a) =>
    a.tier2 === 'yes'
      ? `${a.month}：一档用了 ${a.tier1Used} 元（还剩 ${a.tier1Left} 元）；二档基层本月增加 ${a.t2Accrual} 元、用了 ${a.t2Used} 元，月底结余 ${a.t2Carried} 元；其他选定医疗机构本月增加 ${a.otherAccrual} 元、用了 ${a.otherUsed} 元，月底结余 ${a.otherCarried} 元。`
      : `${a.month}：一档用了 ${a.tier1Used} 元（还剩 ${a.tier1Left} 元）。`,
  (a) =>
    a.tier2 === 'yes'
      ? `${a.month}: tier 1 used ${a.tier1Used} (${a.tier1Left} left); tier-2 primary +${a.t2Accrual}, used ${a.t2Used}, ${a.t2Carried} carried at month end; other institution +${a.otherAccrual}, used ${a.otherUsed}, ${a.otherCarried} carried at month end.`
      : `${a.month}: tier 1 used ${a.tier1Used} (${a.tier1Left} left).`,
);

export const quotaOverusedMessage = message<{ month: string; pool: string }>(
  'outpatient_quota.overused',
  'JM-UR 二(四)2(3)',
  (a) =>
    `请核对：${a.month} 记录的${a.pool === 'tier1' ? '一档' : a.pool === 'tier2Primary' ? '二档基层' : '其他选定医疗机构'}支付超过了当时可用的额度；结余按 0 计算。`,
  (a) =>
    `Please check: the ${a.pool === 'tier1' ? 'tier-1' : a.pool === 'tier2Primary' ? 'tier-2 primary' : 'other-institution'} payments recorded for ${a.month} exceed what was available then; the balance is taken as 0.`,
);

export const quotaYearEndMessage = message<{ year: string }>(
  'outpatient_quota.year_end',
  'JM-UR 二(四)2(3)',
  (a) => `所有额度只在 ${a.year} 年内有效：没用完的可以转到以后的月份，但 12 月底清零，不能转到下一年。`,
  (a) => `All amounts are valid only within ${a.year}: unused amounts carry to later months but lapse at the end of December, never into the next year.`,
);

export const quotaSummaryMessage = message<{ tier1: string; tier2Primary: string; other: string }>(
  'outpatient_quota.remaining',
  'JM-UR 二(四)2(3)',
  (a) => `现在还剩：一档 ${a.tier1} 元，二档基层 ${a.tier2Primary} 元（一档用完后才用），其他选定医疗机构 ${a.other} 元。`,
  (a) => `Left now: tier 1 ${a.tier1}, tier-2 primary ${a.tier2Primary} (used after tier 1 is used up), other institution ${a.other} yuan.`,
);
