/**
 * Accumulated contribution years and what they mean at retirement, RULES §5
 * (JM-UR 二(三)4, 三(一)2–3).
 *
 * > 只参加一档的参保人，不计算累计缴费年限。同时参加一、二档的参保人，计算累计缴费年限，其累计缴费年限
 * > 达到最低累计缴费年限（符合关系转移条件的参保职工需同时在我市实际累计缴费年限满10年）并退休的，
 * > 可终身享受待遇。
 * > 符合国家和省规定的退役军人（……粤劳社发〔2007〕13号……）的视同缴费年限计算累计缴费年限。
 * > 截至2017年6月30日，原已经终身享受职工医保待遇的参保人，可按规定终身享受一档、二档相应待遇。（三(一)2）
 * > 原职工医保的累计缴费年限并入医保城乡一体化累计缴费年限，原城乡医保的缴费年限不计算累计缴费年限。（三(一)3）
 *
 * RULINGS recorded here (see ENROLMENT.md):
 * - A month accumulates when it has an employee-identity row (tier 1 + tier 2, old 职工医保)
 *   paid or back-paid by `asOf`; months are counted once. Back-paid months count even where
 *   the arrears broke continuity (RULES §4 is about continuity, not about years).
 * - 20 or 25 years: 20 when the records show an employee-identity row (any status) for a
 *   month before 2018-01; otherwise 25 (also for someone with no employee-identity month yet).
 * - Transferred-in periods count as given; where `from`/`to` are given, months inside that
 *   span that are also Jiangmen employee months are counted once. Veteran deemed months count
 *   toward the total, not toward the 10 years actually paid in Jiangmen.
 * - Top-up months count as paid in Jiangmen, so the shortfall is the larger of the total
 *   shortfall and the shortfall in local years.
 * - "If contributions continue": one month a month from the month after the last counted
 *   month, or from the as-of month if that is later; the month of the retirement date still
 *   counts, the person is a retiree from the next month (see national/retirement).
 * - The top-up estimate uses the figures of the first month as a retiree, or of the as-of
 *   month if the person has already retired.
 * - Cross-region workers: accumulated months are shown; the minimum, shortfall and top-up
 *   follow national and provincial rules and are not computed.
 */
import { message, monthIndex, monthOfIndex, step, type Step, unsupportedDate, usesIllustrative } from '../../core';
import { checkDate, checkMonth, refuse } from '../../core';
import { checkRecords, isCovered, isEmployeeRow, readMonths, type MonthlyRecord } from '../continuity/records';
import { retirement, type Retirement, type RetirementGroup } from '../../national/retirement';
import { minimumYearsRule } from './parameters';
import { topUp, type TopUp } from './topup';

export { topUp, topUpJson, topUpFigures } from './topup';
export type { TopUp, TopUpInput, TopUpYear, YearFigures } from './topup';
export { minimumYearsRule, yearsParameters } from './parameters';

export interface TransferredIn {
  origin: string;
  months: number;
  from?: string;
  to?: string;
}

export interface VeteranDeemed {
  months: number;
  basis: string;
}

export interface YearsInput {
  asOf: string;
  records: readonly MonthlyRecord[];
  transferredIn?: readonly TransferredIn[];
  veteranDeemed?: VeteranDeemed;
  /** For the shortfall at retirement: birth date, group, and optionally a planned date. */
  retirement?: { birthDate: string; group: RetirementGroup; plannedDate?: string };
  /** Already entitled to lifetime 职工医保 benefits on 2017-06-30 (JM-UR 三(一)2). */
  lifetimeEntitledOn20170630?: boolean;
  /** Worked across regions (JM-UR 二(三)4(2)). */
  crossRegion?: boolean;
}

export type YearsStatus = 'met' | 'not_met' | 'lifetime_kept' | 'cross_region';

export interface Years {
  asOf: string;
  /** Employee-identity months actually paid in Jiangmen (old 职工医保 included). */
  localMonths: number;
  transferredMonths: number;
  veteranMonths: number;
  accumulatedMonths: number;
  accumulated: { years: number; months: number };
  status: YearsStatus;
  minimum: {
    years: number;
    months: number;
    reason: 'insured_before_2018' | 'first_tier2_from_2018' | 'no_employee_months_yet';
    firstEmployeeMonth: string | null;
  } | null;
  /** Months actually paid in Jiangmen that transferred-in insured need (null if none transferred). */
  localMinimumMonths: number | null;
  shortfallNow: number;
  /** The month whose contribution completes the minimum if contributions continue (null if met). */
  minimumMetInMonth: string | null;
  atRetirement: {
    retirementDate: string;
    retirementMonth: string;
    projectedMonths: number;
    accumulatedMonths: number;
    shortfallMonths: number;
  } | null;
  retirement: Retirement | null;
  topUp: TopUp | null;
  illustrative: boolean;
  explanation: Step[];
}

const WHAT = { zh: '累计缴费年限', en: 'accumulated contribution years' };

function ym(months: number): { years: number; months: number } {
  return { years: Math.floor(months / 12), months: months % 12 };
}
function ymText(months: number): { zh: string; en: string } {
  const { years, months: m } = ym(months);
  return { zh: `${years} 年 ${m} 个月`, en: `${years} years ${m} months` };
}

const messages = {
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
  crossRegion: message<Record<string, never>>(
    'years.cross_region',
    'JM-UR 二(三)4',
    () => '跨统筹地区就业的参保人按国家和省规定的办法缴费：这里只列出江门的缴费记录，不计算最低年限、差额和补缴金额。',
    () =>
      'People who worked across regions follow national and provincial rules: only the Jiangmen record is shown here; the minimum, shortfall and top-up are not computed.',
  ),
};

/** Accumulated years, the minimum that applies and the shortfall, as of `asOf`. */
export function accumulatedYears(input: YearsInput): Years {
  const { asOf, records } = input;
  checkDate(asOf, 'asOf');
  if (asOf < minimumYearsRule.firstDate) throw unsupportedDate('asOf', asOf, minimumYearsRule.firstDate, WHAT);
  checkRecords(records);
  const rule = minimumYearsRule.at(asOf, 'asOf');
  const explanation: Step[] = [];

  // > 只参加一档的参保人，不计算累计缴费年限。同时参加一、二档的参保人，计算累计缴费年限
  const employee = readMonths(records, asOf, isEmployeeRow);
  const counted = [...employee.values()].filter((m) => isCovered(m));
  const countedSet = new Set(counted.map((m) => m.index));
  const localMonths = counted.length;
  const legacyMonths = counted.filter((m) => m.legacy).length;
  const all = readMonths(records, asOf);
  const residentOnly = [...all.values()].filter((m) => isCovered(m) && !countedSet.has(m.index)).length;
  const t = ymText(localMonths);
  explanation.push(
    step(messages.local, { months: String(localMonths), text: t.zh, textEn: t.en, legacy: String(legacyMonths), residentMonths: String(residentOnly) }),
  );
  // > 原城乡医保的缴费年限不计算累计缴费年限（三(一)3）
  const legacyResident = readMonths(records, asOf, (r) => r.tier === 'legacy_resident');
  const legacyResidentMonths = [...legacyResident.values()].filter((m) => isCovered(m)).length;
  if (legacyResidentMonths > 0) explanation.push(step(messages.legacyResident, { months: String(legacyResidentMonths) }));

  // Transferred-in periods, counted once against Jiangmen months where their span is known.
  let transferredMonths = 0;
  const taken = new Set(countedSet);
  (input.transferredIn ?? []).forEach((p, i) => {
    if (!Number.isInteger(p.months) || p.months < 0) {
      throw refuse(`transferredIn.${i}.months`, { zh: '月数应为 0 或正整数。', en: 'months must be 0 or a whole positive number.' });
    }
    let overlap = 0;
    if (p.from !== undefined && p.to !== undefined) {
      checkMonth(p.from, `transferredIn.${i}.from`);
      checkMonth(p.to, `transferredIn.${i}.to`);
      for (let k = monthIndex(p.from); k <= monthIndex(p.to); k += 1) {
        if (taken.has(k)) overlap += 1;
        else taken.add(k);
      }
    }
    const countedMonths = Math.max(0, p.months - overlap);
    transferredMonths += countedMonths;
    explanation.push(step(messages.transferred, { origin: p.origin, months: String(p.months), counted: String(countedMonths) }));
  });

  const veteranMonths = input.veteranDeemed?.months ?? 0;
  if (input.veteranDeemed !== undefined) {
    if (!Number.isInteger(veteranMonths) || veteranMonths < 0) {
      throw refuse('veteranDeemed.months', { zh: '月数应为 0 或正整数。', en: 'months must be 0 or a whole positive number.' });
    }
    explanation.push(step(messages.veteran, { months: String(veteranMonths), basis: input.veteranDeemed.basis }));
  }

  const accumulatedMonths = localMonths + transferredMonths + veteranMonths;
  const tt = ymText(accumulatedMonths);
  explanation.push(step(messages.total, { months: String(accumulatedMonths), text: tt.zh, textEn: tt.en }));

  const base = {
    asOf,
    localMonths,
    transferredMonths,
    veteranMonths,
    accumulatedMonths,
    accumulated: ym(accumulatedMonths),
  };
  const plannedRetirement = input.retirement === undefined ? null : retirement(input.retirement);

  if (input.crossRegion === true) {
    explanation.push(step(messages.crossRegion, {}));
    return {
      ...base,
      status: 'cross_region',
      minimum: null,
      localMinimumMonths: null,
      shortfallNow: 0,
      minimumMetInMonth: null,
      atRetirement: null,
      retirement: plannedRetirement,
      topUp: null,
      illustrative: false,
      explanation,
    };
  }

  // > 2018年1月1日前参加过我市职工医保或二档的参保人……为20年；2018年1月1日后（含1月1日）在我市首次参加二档的参保人……为25年
  // Any employee-identity row counts as having been insured ("参加过"), paid or not.
  const firstIndex = employee.size === 0 ? null : Math.min(...employee.keys());
  const firstEmployeeMonth = firstIndex === null ? null : monthOfIndex(firstIndex);
  const before = firstEmployeeMonth !== null && `${firstEmployeeMonth}-01` < rule.value.cutoff;
  const minYears = before ? rule.value.beforeYears : rule.value.fromYears;
  const minimumMonths = minYears * 12;
  const reason = before ? 'insured_before_2018' : firstEmployeeMonth === null ? 'no_employee_months_yet' : 'first_tier2_from_2018';
  if (reason === 'insured_before_2018') explanation.push(step(messages.minimumBefore, { first: firstEmployeeMonth!, years: String(minYears) }, [rule]));
  else if (reason === 'first_tier2_from_2018') explanation.push(step(messages.minimumFrom, { first: firstEmployeeMonth!, years: String(minYears) }, [rule]));
  else explanation.push(step(messages.minimumNone, { years: String(minYears) }, [rule]));
  const minimum = { years: minYears, months: minimumMonths, reason, firstEmployeeMonth } as const;

  const transferred = (input.transferredIn ?? []).some((p) => p.months > 0);
  const localMinimumMonths = transferred ? rule.value.localYearsIfTransferred * 12 : null;
  if (localMinimumMonths !== null)
    explanation.push(step(messages.localRequirement, { local: String(localMonths), required: String(localMinimumMonths) }, [rule]));

  const shortOf = (total: number, local: number) => Math.max(0, minimumMonths - total, localMinimumMonths === null ? 0 : localMinimumMonths - local);

  if (input.lifetimeEntitledOn20170630 === true) {
    explanation.push(step(messages.lifetime, {}));
    return {
      ...base,
      status: 'lifetime_kept',
      minimum,
      localMinimumMonths,
      shortfallNow: 0,
      minimumMetInMonth: null,
      atRetirement: null,
      retirement: plannedRetirement,
      topUp: null,
      illustrative: false,
      explanation,
    };
  }

  const shortfallNow = shortOf(accumulatedMonths, localMonths);
  // Contributions continuing: from the month after the last counted one, or the as-of month.
  const lastCounted = counted.length === 0 ? null : Math.max(...counted.map((m) => m.index));
  const nextIndex = Math.max(lastCounted === null ? 0 : lastCounted + 1, monthIndex(asOf));
  let minimumMetInMonth: string | null = null;
  if (shortfallNow === 0) {
    explanation.push(step(messages.met, { months: String(accumulatedMonths), minimum: String(minimumMonths) }));
  } else {
    minimumMetInMonth = monthOfIndex(nextIndex + shortfallNow - 1);
    explanation.push(step(messages.short, { shortfall: String(shortfallNow), metIn: minimumMetInMonth }));
  }

  let atRetirement: Years['atRetirement'] = null;
  let topUpResult: TopUp | null = null;
  if (plannedRetirement !== null) {
    explanation.push(...plannedRetirement.explanation);
    const useDate = plannedRetirement.planned?.allowed === true ? plannedRetirement.planned.date : plannedRetirement.retirementDate;
    const retirementIndex = monthIndex(useDate);
    const projectedMonths = Math.max(0, retirementIndex - nextIndex + 1);
    const total = accumulatedMonths + projectedMonths;
    const shortfallMonths = shortOf(total, localMonths + projectedMonths);
    atRetirement = { retirementDate: useDate, retirementMonth: monthOfIndex(retirementIndex), projectedMonths, accumulatedMonths: total, shortfallMonths };
    explanation.push(
      step(messages.atRetirement, {
        date: useDate,
        month: monthOfIndex(retirementIndex),
        projected: String(projectedMonths),
        total: String(total),
        shortfall: String(shortfallMonths),
      }),
    );
    if (shortfallMonths > 0) {
      // The top-up is made on retiring (figures of the first month as a retiree), or now if
      // the person has already retired.
      const topUpIndex = Math.max(retirementIndex + 1, monthIndex(asOf));
      topUpResult = topUp({ date: `${monthOfIndex(topUpIndex)}-01`, shortfallMonths });
      explanation.push(...topUpResult.explanation);
    }
  }

  return {
    ...base,
    status: shortfallNow === 0 ? 'met' : 'not_met',
    minimum,
    localMinimumMonths,
    shortfallNow,
    minimumMetInMonth,
    atRetirement,
    retirement: plannedRetirement,
    topUp: topUpResult,
    illustrative: usesIllustrative(explanation),
    explanation,
  };
}
