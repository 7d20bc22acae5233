/** Explanation texts of accumulated years and the top-up (RULES §5; JM-UR 二(三)4, 三(一)2–3), zh first. */
import { message } from '../../core';

/** Accumulated years, the minimum and the shortfall. */
export const yearsMessages = {
  local: message<{ months: string; text: string; textEn: string; legacy: string; residentMonths: string }>(
    'years.local',
    'JM-UR 二(三)4',
    (a) =>
      `在江门以职工身份（一档 + 二档）实际缴费 ${a.months} 个月（${a.text}），其中原职工医保 ${a.legacy} 个月。只参加一档（城乡居民身份）的 ${a.residentMonths} 个月不计算累计缴费年限。`,
    (a) =>
      `${a.months} months (${a.textEn}) actually paid in Jiangmen with employee identity (tier 1 + tier 2), ${a.legacy} of them in the old employee scheme. ${a.residentMonths} months with tier 1 only (resident identity) do not count.`,
  ),
  legacyResident: message<{ months: string }>(
    'years.legacy_resident',
    'JM-UR 三(一)3',
    (a) => `原城乡医保的 ${a.months} 个月不计算累计缴费年限；原职工医保的年限并入计算。`,
    (a) => `${a.months} months in the old resident scheme do not count; old employee-scheme years do.`,
  ),
  transferred: message<{ origin: string; months: string; counted: string }>(
    'years.transferred',
    'JM-UR 二(三)4',
    (a) => `从 ${a.origin} 转入 ${a.months} 个月，计入 ${a.counted} 个月（与江门缴费重叠的月份只算一次）。`,
    (a) => `Transferred in from ${a.origin}: ${a.months} months, ${a.counted} counted (months overlapping Jiangmen payments count once).`,
  ),
  veteran: message<{ months: string; basis: string }>(
    'years.veteran',
    'JM-UR 二(三)4',
    (a) => `退役军人视同缴费年限 ${a.months} 个月（依据：${a.basis}），计入累计缴费年限。`,
    (a) => `Veteran's deemed contribution time: ${a.months} months (basis: ${a.basis}), counted.`,
  ),
  total: message<{ months: string; text: string; textEn: string }>(
    'years.total',
    'JM-UR 二(三)4',
    (a) => `累计缴费年限合计 ${a.months} 个月（${a.text}）。`,
    (a) => `Accumulated contribution time: ${a.months} months (${a.textEn}).`,
  ),
  minimumBefore: message<{ first: string; years: string }>(
    'years.minimum_20',
    'JM-UR 二(三)4',
    (a) => `${a.first} 已参加江门职工医保或二档（2018 年 1 月 1 日前）：最低累计缴费年限为 ${a.years} 年。`,
    (a) => `In the Jiangmen employee scheme or tier 2 already in ${a.first} (before 1 January 2018): the minimum is ${a.years} years.`,
  ),
  minimumFrom: message<{ first: string; years: string }>(
    'years.minimum_25',
    'JM-UR 二(三)4',
    (a) => `${a.first} 首次在江门参加二档（2018 年 1 月 1 日或以后）：最低累计缴费年限为 ${a.years} 年。`,
    (a) => `First in tier 2 in Jiangmen in ${a.first} (on or after 1 January 2018): the minimum is ${a.years} years.`,
  ),
  minimumNone: message<{ years: string }>(
    'years.minimum_none_yet',
    'JM-UR 二(三)4',
    (a) => `还没有职工身份的缴费记录：今后首次参加二档的，最低累计缴费年限为 ${a.years} 年。`,
    (a) => `No employee-identity months yet: anyone first joining tier 2 from now needs ${a.years} years.`,
  ),
  localRequirement: message<{ local: string; required: string }>(
    'years.local_requirement',
    'JM-UR 二(三)4',
    (a) => `有转入年限的，还须在江门实际缴费满 ${a.required} 个月（10 年）；现在江门实际缴费 ${a.local} 个月。`,
    (a) => `With transferred-in time, at least ${a.required} months (10 years) must also be actually paid in Jiangmen; ${a.local} months so far.`,
  ),
  met: message<{ months: string; minimum: string }>(
    'years.met',
    'JM-UR 二(三)4',
    (a) => `已达到最低累计缴费年限（${a.months} / ${a.minimum} 个月）：退休后不再缴费，可终身享受待遇。`,
    (a) => `The minimum is met (${a.months} of ${a.minimum} months): after retiring, lifetime benefits without further contributions.`,
  ),
  short: message<{ shortfall: string; metIn: string }>(
    'years.short',
    'JM-UR 二(三)4',
    (a) => `现在还差 ${a.shortfall} 个月。如果每月继续缴费，到 ${a.metIn} 缴费后达到最低年限。`,
    (a) => `${a.shortfall} months are still missing. Paying every month from now, the minimum is reached with the contribution for ${a.metIn}.`,
  ),
  atRetirement: message<{ date: string; month: string; projected: string; total: string; shortfall: string }>(
    'years.at_retirement',
    'JM-UR 二(三)4',
    (a) => `按 ${a.date} 退休（${a.month} 仍缴费）：继续缴费 ${a.projected} 个月，退休时累计 ${a.total} 个月，差额 ${a.shortfall} 个月。`,
    (a) => `Retiring on ${a.date} (${a.month} still paid): ${a.projected} more months, ${a.total} months at retirement, ${a.shortfall} months short.`,
  ),
  lifetime: message<Record<string, never>>(
    'years.lifetime_kept',
    'JM-UR 三(一)2',
    () => '截至 2017 年 6 月 30 日已经终身享受职工医保待遇：继续终身享受一档、二档待遇，不用补缴。',
    () => 'Already entitled to lifetime employee-scheme benefits on 30 June 2017: lifetime tier-1 and tier-2 benefits continue, nothing to top up.',
  ),
  residentToday: message<{ shortfall: string }>(
    'years.resident_today',
    'JM-UR 二(三)4',
    (a) => `现在是城乡居民身份（只参加一档）：不计算累计缴费年限，所以不按每月继续缴费推算；现在还差 ${a.shortfall} 个月。`,
    (a) =>
      `Resident identity today (tier 1 only): no contribution years accrue, so nothing is projected from paying on; ${a.shortfall} months are still missing.`,
  ),
  stopped: message<{ shortfall: string }>(
    'years.stopped',
    'JM-UR 二(三)4',
    (a) => `假如从现在起停止缴费：累计缴费年限不再增加，现在还差 ${a.shortfall} 个月。`,
    (a) => `If contributions stop now, the accumulated time stops growing: ${a.shortfall} months are still missing.`,
  ),
  topUpNotOffered: message<Record<string, never>>(
    'years.top_up_not_offered',
    'JM-UR 二(三)4',
    () =>
      '补缴只适用于以职工身份（一档 + 二档，或原职工医保）参过保、或者在江门领取基本养老金的人。您没有职工身份的参保记录，所以不提供补缴测算；只参加一档的，不计算累计缴费年限。',
    () =>
      'Topping up is for people who were insured with employee identity (tier 1 + tier 2, or the old employee scheme) or who draw a Jiangmen basic pension. You have no employee-identity months, so no top-up is offered; tier-1-only time does not count towards the years.',
  ),
  pensionEligible: message<Record<string, never>>(
    'years.top_up_pension',
    'JM-UR 二(三)4',
    () => '在江门领取基本养老金的人，退休时缴费年限不足的，可以补缴。',
    () => 'People who draw a Jiangmen basic pension may top up years missing at retirement.',
  ),
  crossRegion: message<Record<string, never>>(
    'years.cross_region',
    'JM-UR 二(三)4',
    () => '跨统筹地区就业的参保人按国家和省规定的办法缴费：这里只列出江门的缴费记录，不计算最低年限、差额和补缴金额。',
    () =>
      'People who worked across regions follow national and provincial rules: only the Jiangmen record is shown here; the minimum, shortfall and top-up are not computed.',
  ),
};

/** The lump sum and the monthly deduction. */
export const topUpMessages = {
  crossRegion: message<Record<string, never>>(
    'topup.cross_region',
    'JM-UR 二(三)4',
    () => '跨统筹地区就业的参保人，差额年限按国家和省规定的办法缴费，这里不计算金额，请向医保经办机构咨询。',
    () =>
      'For people who worked across regions the missing years are paid under national and provincial rules; no amount is computed here — ask the medical-insurance office.',
  ),
  none: message<Record<string, never>>(
    'topup.none',
    'JM-UR 二(三)4',
    () => '没有差额年限，不需要补缴。',
    () => 'No missing years: nothing to top up.',
  ),
  figures: message<{ year: string; base: string; employer1: string; employer2: string; rate: string; monthly: string }>(
    'topup.year_figures',
    'JM-UR 二(三)4',
    (a) => `${a.year} 年：最低缴费基数 ${a.base} 元 × 用人单位一档、二档合计费率（${a.employer1} + ${a.employer2} = ${a.rate}）= 每月 ${a.monthly} 元。`,
    (a) =>
      `${a.year}: minimum base ${a.base} yuan × the employer's tier-1 and tier-2 rates together (${a.employer1} + ${a.employer2} = ${a.rate}) = ${a.monthly} yuan a month.`,
  ),
  projected: message<{ year: string; basedOn: string }>(
    'topup.projected',
    'JM-UR 二(三)4',
    (a) => `${a.year} 年的最低缴费基数还没有公布，暂按 ${a.basedOn} 年的数字估算，仅供参考。`,
    (a) => `The ${a.year} minimum base is not published yet; the ${a.basedOn} figures are used as an estimate only.`,
  ),
  lumpSum: message<{ months: string; year: string; base: string; rate: string; amount: string }>(
    'topup.lump_sum',
    'JM-UR 二(三)4',
    (a) => `一次性补缴：差额 ${a.months} 个月 × ${a.year} 年最低缴费基数 ${a.base} 元 × ${a.rate} = ${a.amount} 元；补足后按规定享受待遇。`,
    (a) => `One-off top-up: ${a.months} missing months × the ${a.year} minimum base ${a.base} yuan × ${a.rate} = ${a.amount} yuan; benefits follow once paid.`,
  ),
  monthlyYear: message<{ year: string; months: string; monthly: string; amount: string }>(
    'topup.monthly_year',
    'JM-UR 二(三)4',
    (a) => `按月代扣：${a.year} 年 ${a.months} 个月 × ${a.monthly} 元 = ${a.amount} 元。`,
    (a) => `Monthly deduction: ${a.year}, ${a.months} months × ${a.monthly} yuan = ${a.amount} yuan.`,
  ),
  monthlyProjected: message<{ from: string; to: string; basedOn: string; months: string; monthly: string; amount: string }>(
    'topup.monthly_projected',
    'JM-UR 二(三)4',
    (a) =>
      `按月代扣：${a.from} 至 ${a.to} 年的最低缴费基数还没有公布，暂按 ${a.basedOn} 年每月 ${a.monthly} 元估算，共 ${a.months} 个月，约 ${a.amount} 元，仅供参考。`,
    (a) =>
      `Monthly deduction: the minimum bases for ${a.from} to ${a.to} are not published yet; estimated at the ${a.basedOn} figure, ${a.monthly} yuan a month, for ${a.months} months: about ${a.amount} yuan (estimate only).`,
  ),
  monthlyTotal: message<{ first: string; last: string; months: string; total: string }>(
    'topup.monthly_total',
    'JM-UR 二(三)4',
    (a) =>
      `一次性补缴确有困难的，可选择从本人在江门的职工基本养老保险个人养老金账户按月代扣：从 ${a.first} 到 ${a.last} 共 ${a.months} 个月，合计约 ${a.total} 元，直到年限补足。`,
    (a) =>
      `If a one-off payment is hard, the person may choose a monthly deduction from their Jiangmen basic pension personal account: ${a.months} months from ${a.first} to ${a.last}, about ${a.total} yuan in all, until the minimum is reached.`,
  ),
};
