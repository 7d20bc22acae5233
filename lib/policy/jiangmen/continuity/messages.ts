/** Explanation texts of continuity and the cap factor (RULES §4; JM-UR 二(四)4, 三(一)4), zh first. */
import { message } from '../../core';

export type InterruptionAmounts = { from: string; to: string; months: string; restart: string; noFrom: string; noTo: string; resume: string };

export const messages = {
  statusNormal: message<{ asOf: string }>(
    'continuity.status_normal',
    'JM-UR 二(四)4',
    (a) => `到 ${a.asOf} 按时缴费，正常参保，可以享受待遇。`,
    (a) => `Contributions are up to date on ${a.asOf}: insured as normal, with benefits.`,
  ),
  statusArrears: message<{ months: string; from: string }>(
    'continuity.status_arrears',
    'JM-UR 二(四)4',
    (a) => `从 ${a.from} 起欠费 ${a.months} 个月：连续欠费 3 个月以内补缴，仍算连续缴费，欠费期间的待遇照常支付。`,
    (a) => `${a.months} months owed since ${a.from}: paid back while the arrears are 3 months or fewer, they still count as continuous and benefits are paid.`,
  ),
  statusInterrupted: message<{ since: string; asOf: string }>(
    'continuity.status_interrupted',
    'JM-UR 二(四)4',
    (a) => `从 ${a.since} 起连续欠费超过 3 个月，到 ${a.asOf} 仍未缴费：算中断，中断期间的待遇基金不支付。`,
    (a) => `More than 3 months unpaid since ${a.since}, still unpaid on ${a.asOf}: an interruption; the fund pays no benefits during it.`,
  ),
  statusWaiting: message<{ until: string; resume: string }>(
    'continuity.status_waiting',
    'JM-UR 二(三)3',
    (a) => `待遇等待期到 ${a.until}：从 ${a.resume} 起享受待遇。`,
    (a) => `Waiting period until ${a.until}: benefits from ${a.resume}.`,
  ),
  capTier1: message<{ cap: string; factor: string; amount: string }>(
    'continuity.cap_tier1',
    'JM-UR 二(四)1(1)',
    (a) => `一档住院统筹年度最高支付限额 ${a.cap} 元 × ${a.factor} = ${a.amount} 元。`,
    (a) => `Tier-1 hospital pooling annual cap: ${a.cap} yuan × ${a.factor} = ${a.amount} yuan.`,
  ),
  capCritical: message<{ cap: string; factor: string; amount: string }>(
    'continuity.cap_critical',
    'JM-UR 二(四)1(4)',
    (a) => `大病保险年度最高支付限额 ${a.cap} 元 × ${a.factor} = ${a.amount} 元。`,
    (a) => `Critical-illness insurance annual cap: ${a.cap} yuan × ${a.factor} = ${a.amount} yuan.`,
  ),
  capCriticalNone: message<Record<string, never>>(
    'continuity.cap_critical_none',
    'JM-UR 二(四)1(4)',
    () => '建档立卡贫困人员、低保对象和特困供养人员的大病保险不设年度最高支付限额。',
    () => 'Critical-illness insurance has no annual cap for registered poor households, 低保 and 特困 residents.',
  ),
  capTier2: message<{ cap: string; factor: string; amount: string }>(
    'continuity.cap_tier2',
    'JM-UR 二(四)2(1)',
    (a) => `二档住院年度最高支付限额 ${a.cap} 元 × ${a.factor} = ${a.amount} 元。`,
    (a) => `Tier-2 hospital annual cap: ${a.cap} yuan × ${a.factor} = ${a.amount} yuan.`,
  ),
  retired: message<{ retiredOn: string; months: string }>(
    'continuity.retired',
    'JM-UR 二(三)4',
    (a) => `${a.retiredOn} 退休并终身享受待遇：不再缴费，也不算中断；退休后的 ${a.months} 个月计入连续缴费时间。`,
    (a) =>
      `Retired on ${a.retiredOn} with lifetime benefits: no more contributions and no interruption; the ${a.months} months since retiring count as continuous.`,
  ),
  count: message<{ asOf: string; start: string; months: string }>(
    'continuity.count',
    'JM-UR 二(四)4',
    (a) => `从 ${a.start} 起连续参保缴费，到 ${a.asOf} 所在月份共 ${a.months} 个月（每个月只算一次）。`,
    (a) => `Continuous contribution from ${a.start}: ${a.months} months up to the month of ${a.asOf} (each month counted once).`,
  ),
  none: message<{ asOf: string }>(
    'continuity.none',
    'JM-UR 二(四)4',
    (a) => `到 ${a.asOf} 没有正在连续的缴费：连续缴费月数为 0。`,
    (a) => `No continuous contribution running on ${a.asOf}: 0 continuous months.`,
  ),
  kept: message<{ from: string; to: string; months: string }>(
    'continuity.arrears_kept',
    'JM-UR 二(四)4',
    (a) => `${a.from} 至 ${a.to} 欠费 ${a.months} 个月（不超过 3 个月）并已补缴：算连续缴费，欠费期间的待遇照常支付。`,
    (a) => `Arrears from ${a.from} to ${a.to}, ${a.months} months (3 or fewer), back-paid: counted as continuous; benefits during the arrears are paid.`,
  ),
  pending: message<{ from: string; to: string; months: string }>(
    'continuity.arrears_pending',
    'JM-UR 二(四)4',
    (a) => `${a.from} 至 ${a.to} 尚未缴费（${a.months} 个月）：连续欠费不超过 3 个月内补缴，仍算连续缴费；超过 3 个月就算中断。`,
    (a) =>
      `Not paid from ${a.from} to ${a.to} (${a.months} months): back-paid while the arrears are 3 months or fewer, it still counts as continuous; beyond 3 months it is an interruption.`,
  ),
  interruption: {
    employee: message<InterruptionAmounts>(
      'continuity.interruption',
      'JM-UR 二(四)4',
      (a) =>
        `${a.from} 至 ${a.to} 连续 ${a.months} 个月没有按时缴费，算中断：连续缴费月数从重新缴费的 ${a.restart} 起重新计算；${a.noFrom} 至 ${a.noTo} 的待遇（含大病保险，不含个人账户）基金不支付；职工、失业人员从重新缴费的次月 1 日 ${a.resume} 起重新享受待遇。`,
      (a) =>
        `${a.months} months without timely payment, ${a.from} to ${a.to}: an interruption. Continuous months restart from the re-payment month ${a.restart}; benefits (critical illness included, personal account excluded) are not paid from ${a.noFrom} to ${a.noTo}; an employee or unemployed person has benefits again from the 1st of the month after re-payment, ${a.resume}.`,
    ),
    flexible: message<InterruptionAmounts>(
      'continuity.interruption_flexible',
      'JM-UR 二(四)4',
      (a) =>
        `${a.from} 至 ${a.to} 连续 ${a.months} 个月没有按时缴费，算中断：连续缴费月数从重新缴费的 ${a.restart} 起重新计算；${a.noFrom} 至 ${a.noTo} 的待遇（含大病保险，不含个人账户）基金不支付；灵活就业人员、无雇工的个体工商户从重新缴费当月起第 4 个月的 1 日 ${a.resume} 起重新享受待遇。`,
      (a) =>
        `${a.months} months without timely payment, ${a.from} to ${a.to}: an interruption. Continuous months restart from the re-payment month ${a.restart}; benefits (critical illness included, personal account excluded) are not paid from ${a.noFrom} to ${a.noTo}; a flexible worker or self-employed person has benefits again from the 1st of the 4th month counting the re-payment month as the 1st, ${a.resume}.`,
    ),
    resident: message<InterruptionAmounts>(
      'continuity.interruption_resident',
      'JM-UR 二(四)4',
      (a) =>
        `${a.from} 至 ${a.to} 连续 ${a.months} 个月没有参保缴费，算中断：连续缴费月数从 ${a.restart} 起重新计算；${a.noFrom} 至 ${a.noTo} 没有待遇；城乡居民从缴费对应的期间 ${a.resume} 起享受待遇。`,
      (a) =>
        `${a.months} months not insured, ${a.from} to ${a.to}: an interruption. Continuous months restart from ${a.restart}; no benefits from ${a.noFrom} to ${a.noTo}; as a resident, benefits for the paid period from ${a.resume}.`,
    ),
  },
  shortNotBackPaid: message<{ from: string; to: string; months: string }>(
    'continuity.short_gap_not_back_paid',
    'JM-UR 二(四)4',
    (a) => `${a.from} 至 ${a.to} 只欠费 ${a.months} 个月，如补缴这几个月，可恢复为连续缴费。`,
    (a) => `The gap ${a.from} to ${a.to} is only ${a.months} months: back-paying those months would make the time continuous again.`,
  ),
  ongoing: message<{ from: string; asOf: string; months: string }>(
    'continuity.interruption_ongoing',
    'JM-UR 二(四)4',
    (a) =>
      `从 ${a.from} 起到 ${a.asOf} 已连续 ${a.months} 个月没有缴费，超过 3 个月，算中断；从 ${a.from} 1 日起不享受待遇，重新缴费后连续缴费月数从重新缴费当月算起。`,
    (a) =>
      `No payment for ${a.months} months, from ${a.from} to ${a.asOf}: more than 3, an interruption; no benefits from the 1st of ${a.from}; after paying again, continuous months count from the re-payment month.`,
  ),
  identitySwitch: message<Record<string, never>>(
    'continuity.identity_switch',
    'JM-UR 二(四)4',
    () => '职工身份和城乡居民身份之间互转、中间没有断开：一档连续缴费时间接着计算。',
    () => 'Switching between employee and resident identity without a gap: the tier-1 continuous time carries on.',
  ),
  overlap: message<{ months: string }>(
    'continuity.overlap',
    'JM-UR 二(四)4',
    (a) => `有 ${a.months} 个月同时以两种身份缴费，重复的时间只算一次。`,
    (a) => `${a.months} months were paid under both identities; the overlap is counted once.`,
  ),
  legacy: message<Record<string, never>>(
    'continuity.legacy',
    'JM-UR 三(一)4',
    () => '原职工医保和原城乡医保的缴费时间算作连续缴费时间。',
    () => 'Time paid in the old employee scheme and the old resident scheme counts as continuous time.',
  ),
  tier2: message<{ months: string; start: string }>(
    'continuity.tier2',
    'JM-UR 二(四)4',
    (a) => `二档（职工身份）连续缴费：从 ${a.start} 起 ${a.months} 个月。身份互转时接续计算的只是一档时间，所以二档住院限额按这个月数计算。`,
    (a) =>
      `Tier 2 (employee identity) continuous contribution: ${a.months} months from ${a.start}. Only tier-1 time carries over an identity switch, so the tier-2 hospital cap uses this count.`,
  ),
  capFactorTier1: message<{ months: string; factor: string }>(
    'continuity.cap_factor_tier1',
    'JM-UR 二(四)4',
    (a) => `一档连续缴费 ${a.months} 个月：一档住院统筹（含大病保险）的年度最高支付限额按 ${a.factor} 计算。`,
    (a) => `${a.months} continuous months in tier 1: the annual caps of tier-1 hospital pooling (critical illness included) apply at ${a.factor}.`,
  ),
  capFactorTier2: message<{ months: string; factor: string }>(
    'continuity.cap_factor_tier2',
    'JM-UR 二(四)4',
    (a) => `二档连续缴费 ${a.months} 个月：二档住院的年度最高支付限额按 ${a.factor} 计算。`,
    (a) => `${a.months} continuous months in tier 2: the annual cap of tier-2 hospital benefits applies at ${a.factor}.`,
  ),
  noCapFactor: message<{ asOf: string }>(
    'continuity.cap_factor_not_yet',
    'JM-UR 二(四)',
    (a) => `${a.asOf} 早于 2018-01-01：最高支付限额与连续缴费时间挂钩从 2018 年 1 月 1 日起执行。`,
    (a) => `${a.asOf} is before 2018-01-01: the link between the annual caps and continuous time applies from 1 January 2018.`,
  ),
};

/** The lead's step for the cap factor of both tiers (also used by hospital stays). */
export const capFactorMessage = message<{ months: string; factor: string }>(
  'continuity.cap_factor',
  'JM-UR 二(四)4',
  (a) => `连续缴费 ${a.months} 个月：住院统筹（含大病保险）和二档住院的年度最高支付限额按 ${a.factor} 计算。`,
  (a) => `${a.months} continuous months of contribution: the annual caps of hospital pooling (critical illness included) and tier 2 apply at ${a.factor}.`,
);
