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
 * RULINGS recorded here (see lib/policy/README.md):
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
 * - Cross-region workers: accumulated months are shown; the minimum, shortfall (null) and
 *   top-up follow national and provincial rules and are not computed (RULES §13).
 * - Who may top up (RULES §13): people with an employee-identity month on record (any status)
 *   or entitled to a Jiangmen pension (`jiangmenPension`); for anyone else `topUp` stays null
 *   and a step says why. With resident identity today (the latest month on record) no years
 *   accrue and nothing is projected; `continueContributing: false` is the "stop now" what-if.
 */
import { monthIndex, monthOfIndex, step, type Step, unsupportedDate, usesIllustrative } from '../../core';
import { isCovered, isEmployeeRow, readMonths } from '../continuity/records';
import { retirement } from '../../national/retirement/retirement';
import { yearsMessages as messages } from './messages';
import { minimumYearsRule } from './parameters';
import type { Projection, TopUp, TopUpEligibility, Years, YearsRequest } from './schema';
import { topUp } from './topup';

const WHAT = { zh: '累计缴费年限', en: 'accumulated contribution years' };

/** A result without its steps (they are part of this explanation). */
function withoutSteps<T extends { explanation: Step[] }>(r: T): Omit<T, 'explanation'> {
  const { explanation: _steps, ...rest } = r;
  return rest;
}

function ym(months: number): { years: number; months: number } {
  return { years: Math.floor(months / 12), months: months % 12 };
}
function ymText(months: number): { zh: string; en: string } {
  const { years, months: m } = ym(months);
  return { zh: `${years} 年 ${m} 个月`, en: `${years} years ${m} months` };
}

/** Accumulated years, the minimum that applies and the shortfall, as of `asOf`. */
export function accumulatedYears(input: YearsRequest): Years {
  const { asOf, records } = input;
  if (asOf < minimumYearsRule.firstDate) throw unsupportedDate('asOf', asOf, minimumYearsRule.firstDate, WHAT);
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
  const transfers: Years['transfers'] = [];
  const taken = new Set(countedSet);
  for (const p of input.transferredIn ?? []) {
    let overlap = 0;
    if (p.from !== undefined && p.to !== undefined) {
      for (let k = monthIndex(p.from); k <= monthIndex(p.to); k += 1) {
        if (taken.has(k)) overlap += 1;
        else taken.add(k);
      }
    }
    const countedMonths = Math.max(0, p.months - overlap);
    transferredMonths += countedMonths;
    transfers.push({ origin: p.origin, months: p.months, counted: countedMonths });
    explanation.push(step(messages.transferred, { origin: p.origin, months: String(p.months), counted: String(countedMonths) }));
  }

  const veteranMonths = input.veteranDeemed?.months ?? 0;
  if (input.veteranDeemed !== undefined) {
    explanation.push(step(messages.veteran, { months: String(veteranMonths), basis: input.veteranDeemed.basis }));
  }

  const accumulatedMonths = localMonths + transferredMonths + veteranMonths;
  const tt = ymText(accumulatedMonths);
  explanation.push(step(messages.total, { months: String(accumulatedMonths), text: tt.zh, textEn: tt.en }));

  const base = {
    asOf,
    localMonths,
    legacyMonths,
    nonCountingMonths: residentOnly,
    transfers,
    transferredMonths,
    veteranMonths,
    accumulatedMonths,
    accumulated: ym(accumulatedMonths),
  };
  const plannedRetirement = input.retirement === undefined ? null : retirement(input.retirement);
  // Its steps join this explanation; the result gives the retirement fields alone.
  const retirementFields = plannedRetirement === null ? null : withoutSteps(plannedRetirement);

  // Who may top up (RULES §13): employee identity on record (any status), or a Jiangmen pension.
  const topUpEligibility: TopUpEligibility =
    input.crossRegion === true
      ? 'cross_region'
      : employee.size > 0
        ? 'employee_identity'
        : input.jiangmenPension === true
          ? 'jiangmen_pension'
          : 'never_employee';
  // Today's identity is that of the latest month on record up to asOf: with resident identity no
  // years accrue, so nothing is projected (RULES §13).
  const latestIndex = all.size === 0 ? null : Math.max(...all.keys());
  const residentToday = latestIndex === null || !all.get(latestIndex)!.identities.has('employee');
  const projection: Projection = residentToday ? 'resident_identity' : input.continueContributing === false ? 'stopped' : 'continue';

  if (input.crossRegion === true) {
    explanation.push(step(messages.crossRegion, {}));
    return {
      ...base,
      status: 'cross_region',
      minimum: null,
      localMinimumMonths: null,
      shortfallNow: null,
      topUpEligibility,
      projection,
      minimumMetInMonth: null,
      atRetirement: null,
      retirement: retirementFields,
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
      topUpEligibility,
      projection,
      minimumMetInMonth: null,
      atRetirement: null,
      retirement: retirementFields,
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
  } else if (projection === 'continue') {
    minimumMetInMonth = monthOfIndex(nextIndex + shortfallNow - 1);
    explanation.push(step(messages.short, { shortfall: String(shortfallNow), metIn: minimumMetInMonth }));
  } else {
    explanation.push(step(projection === 'stopped' ? messages.stopped : messages.residentToday, { shortfall: String(shortfallNow) }));
  }

  let atRetirement: Years['atRetirement'] = null;
  let topUpResult: TopUp | null = null;
  if (plannedRetirement !== null) {
    explanation.push(...plannedRetirement.explanation);
    const useDate = plannedRetirement.planned?.allowed === true ? plannedRetirement.planned.date : plannedRetirement.retirementDate;
    const retirementIndex = monthIndex(useDate);
    const projectedMonths = projection === 'continue' ? Math.max(0, retirementIndex - nextIndex + 1) : 0;
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
    if (shortfallMonths > 0 && topUpEligibility === 'never_employee') {
      explanation.push(step(messages.topUpNotOffered, {}));
    } else if (shortfallMonths > 0) {
      if (topUpEligibility === 'jiangmen_pension') explanation.push(step(messages.pensionEligible, {}));
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
    topUpEligibility,
    projection,
    minimumMetInMonth,
    atRetirement,
    retirement: retirementFields,
    topUp: topUpResult === null ? null : withoutSteps(topUpResult),
    illustrative: usesIllustrative(explanation),
    explanation,
  };
}
