/**
 * Continuous contribution 连续缴费 and its consequences, RULES §4 (JM-UR 二(四)4, 三(一)4).
 *
 * > 同时参加一档、二档的参保人，连续欠费3个月（含第3个月）以内补缴欠费或一次性缴费（含补缴欠费）的，
 * > 计入连续缴费时间，欠费期间发生的待遇……由基金按上述标准予以支付。连续欠费3个月以上的，视为中断，
 * > 补缴欠费后，连续缴费月数从重新缴费当月起计算，欠费期间发生的待遇（含大病保险待遇，不含个人账户
 * > 待遇），基金不予支付；用人单位、职工和失业人员参保的，从重新缴费的次月1日起按规定享受待遇；灵活
 * > 就业人员和无雇工的个体工商户参保的，视为中断，并从重新缴费当月起第4个月1日起重新享受待遇。
 * >
 * > 参保人在职工身份与城乡居民身份之间互转身份连续参保的，可计算一档连续缴费时间（其中重复参加一档
 * > 缴费的时间不重复计算连续缴费时间）。
 * >
 * > 原职工医保的缴费时间和原城乡医保的缴费时间计算为连续缴费时间。（三(一)4）
 *
 * RULINGS recorded here (see lib/policy/README.md):
 * - Continuous months are counted month by month up to and including the month of `asOf`;
 *   only months paid (or back-paid) by `asOf` count; a month counted once however many rows.
 * - A gap = consecutive months, after the first covered month, that are not paid on time
 *   (arrears, back-paid, or no record at all). A gap of ≤ 3 months all back-paid is continuous
 *   (its months count). A gap of > 3 months is an interruption even if back-paid. A gap of ≤ 3
 *   months that is not wholly back-paid: still running at `asOf` → pending (continuity kept
 *   if back-paid); followed by paid months → an interruption (only back-paid arrears "计入连续
 *   缴费时间"), with a note that back-paying it would restore continuity.
 * - "重新缴费当月" = the first month after the gap that is paid in the normal way; the run
 *   restarts there. Benefits: none from the 1st of the gap's first month until they resume —
 *   employees and the unemployed on the 1st of the month after the re-payment month,
 *   flexible workers and the self-employed on the 1st of the 4th month counting the
 *   re-payment month as the 1st; a resident's cover resumes with the first month of the paid
 *   period. The personal account is not affected ("不含个人账户待遇").
 * - The tolerance is written for employee identity; a resident pays by the year, so a
 *   resident's missing year is a gap of 12 months, an interruption either way.
 * - Tier 2: the identity-switch clause carries over the **tier-1** continuous time only, so
 *   a second run counts employee-identity months alone (tier 1 + tier 2, old 职工医保) and gives
 *   the factor for the tier-2 cap (`tier2`); the headline `continuousMonths`/`capFactor` is
 *   the tier-1 one, which also applies to critical illness.
 * - Which employee category re-paid (for the regain date) is the input `category`
 *   (default 'employee'); records do not carry it.
 * - A retiree with lifetime benefits (`retiredOn`, RULES §13): the months from the retirement
 *   month to the as-of month count as paid months with employee identity, so the continuous
 *   months are those at retirement plus every month since (the demo seeder's reading).
 */
import { addDays, Dec, percent, percentOnce, firstDayOfIndex, monthIndex, monthOfIndex, step, type Step, unsupportedDate, type ParamUse } from '../../core';
import { arrearsToleranceMonths, capFactorBands, flexibleRegainMonth, type CapFactorBand } from './parameters';
import { capFactorMessage, messages } from './messages';
import { isCovered, isEmployeeRow, readMonths, type MonthInfo } from './records';
import type { Continuity, ContinuityRequest, Gap, Interruption, Run } from './schema';
import type { ContributingCategory } from '../insured-person';

const WHAT = { zh: '连续缴费时间', en: 'continuous contribution time' };

export interface CapFactor {
  factor: Dec;
  /** The parameter lookup, for the explanation. */
  use: ParamUse<readonly CapFactorBand[]>;
}

/** Each band's factor as a decimal, parsed once (bands are parameter values: they live as long as the library). */
const bandFactors = new WeakMap<CapFactorBand, Dec>();

/** The cap factor for `continuousMonths` on `date` (≤12 → 50 %, 13–24 → 70 %, >24 → 100 %). */
export function capFactor(continuousMonths: number, date: string, path = 'date'): CapFactor {
  const use = capFactorBands.at(date, path);
  const band = use.value.find((b) => b.upToMonths === null || continuousMonths <= b.upToMonths)!;
  let factor = bandFactors.get(band);
  if (factor === undefined) {
    factor = new Dec(band.factor);
    bandFactors.set(band, factor);
  }
  return { factor, use };
}

/** The explanation step for a cap factor. */
export function capFactorStep(continuousMonths: number, cf: CapFactor): Step {
  return step(capFactorMessage, { months: String(continuousMonths), factor: percentOnce(cf.factor) }, [cf.use]);
}

interface Scan {
  runStart: number | null;
  continuousMonths: number;
  interruptions: Interruption[];
  keptArrears: Gap[];
  pendingArrears: Gap | null;
  steps: Step[];
}

/** Walks the months from the first covered one to the as-of month. */
function scan(months: Map<number, MonthInfo>, asOf: string, category: ContributingCategory, withConsequences: boolean): Scan {
  const last = monthIndex(asOf);
  const out: Scan = { runStart: null, continuousMonths: 0, interruptions: [], keptArrears: [], pendingArrears: null, steps: [] };
  const coveredIndexes = [...months.values()].filter((m) => isCovered(m)).map((m) => m.index);
  if (coveredIndexes.length === 0) return out;
  const tolerance = arrearsToleranceMonths.at(asOf, 'asOf');
  const regainNth = flexibleRegainMonth.at(asOf, 'asOf');
  let runStart: number | null = Math.min(...coveredIndexes);
  // Back-paid months at the very start belong to the run: there is no earlier continuity
  // for them to interrupt.
  let i = runStart;
  while (i <= last && months.get(i)?.state === 'back_paid') i += 1;
  while (i <= last) {
    if (months.get(i)?.state === 'paid') {
      i += 1;
      continue;
    }
    let j = i;
    while (j + 1 <= last && months.get(j + 1)?.state !== 'paid') j += 1;
    const length = j - i + 1;
    let backPaid = 0;
    for (let k = i; k <= j; k += 1) if (months.get(k)?.state === 'back_paid') backPaid += 1;
    const gap: Gap = { from: monthOfIndex(i), to: monthOfIndex(j), months: length, backPaidMonths: backPaid };
    const amounts = { from: gap.from, to: gap.to, months: String(length) };
    const short = length <= tolerance.value;
    if (short && backPaid === length) {
      out.keptArrears.push(gap);
      if (withConsequences) out.steps.push(step(messages.kept, amounts, [tolerance]));
    } else if (short && j === last) {
      out.pendingArrears = gap;
      if (withConsequences) out.steps.push(step(messages.pending, amounts, [tolerance]));
    } else if (j === last) {
      runStart = null;
      const noBenefitsFrom = firstDayOfIndex(i);
      out.interruptions.push({
        ...gap,
        ongoing: true,
        restartMonth: null,
        identityAfter: null,
        noBenefitsFrom,
        noBenefitsTo: null,
        benefitsResumeOn: null,
        backPayWouldRestore: false,
      });
      if (withConsequences) out.steps.push(step(messages.ongoing, { from: gap.from, asOf, months: String(length) }, [tolerance]));
    } else {
      const restart = j + 1;
      runStart = restart;
      const after = months.get(restart)!;
      const identityAfter = after.identities.has('employee') ? 'employee' : 'resident';
      const flexible = identityAfter === 'employee' && (category === 'flexible' || category === 'self_employed');
      // Employees and the unemployed: the 1st of the month after re-payment; flexible and
      // self-employed: the 1st of the 4th month counting the re-payment month as the 1st;
      // residents: the cover of the paid period.
      const resumeIndex = identityAfter === 'resident' ? restart : flexible ? restart + regainNth.value - 1 : restart + 1;
      const benefitsResumeOn = firstDayOfIndex(resumeIndex);
      const noBenefitsFrom = firstDayOfIndex(i);
      const noBenefitsTo = addDays(benefitsResumeOn, -1);
      const interruption: Interruption = {
        ...gap,
        ongoing: false,
        restartMonth: monthOfIndex(restart),
        identityAfter,
        noBenefitsFrom,
        noBenefitsTo,
        benefitsResumeOn,
        backPayWouldRestore: short,
      };
      out.interruptions.push(interruption);
      if (withConsequences) {
        const m = identityAfter === 'resident' ? messages.interruption.resident : flexible ? messages.interruption.flexible : messages.interruption.employee;
        out.steps.push(
          step(
            m,
            { ...amounts, restart: monthOfIndex(restart), noFrom: noBenefitsFrom, noTo: noBenefitsTo, resume: benefitsResumeOn },
            flexible ? [tolerance, regainNth] : [tolerance],
          ),
        );
        if (short) out.steps.push(step(messages.shortNotBackPaid, amounts));
      }
    }
    i = j + 1;
  }
  out.runStart = runStart;
  if (runStart !== null) {
    for (let k = runStart; k <= last; k += 1) if (isCovered(months.get(k))) out.continuousMonths += 1;
  }
  return out;
}

/**
 * The cap factor on `asOf` (null before the link applies, 2018-01-01). `which` picks the
 * message: both tiers (the lead's step), or tier 1 / tier 2 alone when their counts differ.
 */
function factorFor(months: number, asOf: string, which: 'both' | 'tier1' | 'tier2', explanation: Step[]): Dec | null {
  if (asOf < capFactorBands.firstDate) return null;
  const cf = capFactor(months, asOf, 'asOf');
  if (which === 'both') explanation.push(capFactorStep(months, cf));
  else {
    const m = which === 'tier1' ? messages.capFactorTier1 : messages.capFactorTier2;
    explanation.push(step(m, { months: String(months), factor: percent(cf.factor) }, [cf.use]));
  }
  return cf.factor;
}

/** Marks the months from the month of `retiredOn` to the as-of month covered; returns how many were added. */
function carryThroughRetirement(months: Map<number, MonthInfo>, retiredOn: string, asOf: string): number {
  let added = 0;
  for (let k = monthIndex(retiredOn); k <= monthIndex(asOf); k += 1) {
    if (isCovered(months.get(k))) continue;
    months.set(k, { index: k, state: 'paid', identities: new Set(['employee']), legacy: false });
    added += 1;
  }
  return added;
}

/** Continuous months as of `asOf`, the cap factor, and any interruptions with their consequences. */
export function continuity(input: ContinuityRequest): Continuity {
  const { asOf, records } = input;
  const category = input.category ?? 'employee';
  if (asOf < arrearsToleranceMonths.firstDate) throw unsupportedDate('asOf', asOf, arrearsToleranceMonths.firstDate, WHAT);

  const months = readMonths(records, asOf);
  const explanation: Step[] = [];
  // RULES §13: a retiree with lifetime benefits no longer contributes and is not interrupted:
  // the months from the retirement month to the as-of month count as paid (with employee identity).
  const retiredMonths = input.retiredOn !== undefined && input.retiredOn <= asOf ? carryThroughRetirement(months, input.retiredOn, asOf) : 0;
  if (retiredMonths > 0) explanation.push(step(messages.retired, { retiredOn: input.retiredOn!, months: String(retiredMonths) }));
  const main = scan(months, asOf, category, true);
  explanation.push(...main.steps);

  const coveredMonths = [...months.values()].filter((m) => isCovered(m)).length;
  if (main.runStart === null) {
    explanation.push(step(messages.none, { asOf }));
  } else {
    explanation.push(step(messages.count, { asOf, start: monthOfIndex(main.runStart), months: String(main.continuousMonths) }));
    const inRun = [...months.values()].filter((m) => m.index >= main.runStart! && isCovered(m));
    const identities = new Set(inRun.flatMap((m) => [...m.identities]));
    if (identities.size > 1) explanation.push(step(messages.identitySwitch, {}));
    const overlap = inRun.filter((m) => m.identities.size > 1).length;
    if (overlap > 0) explanation.push(step(messages.overlap, { months: String(overlap) }));
    if (inRun.some((m) => m.legacy)) explanation.push(step(messages.legacy, {}));
  }
  // Tier 2: employee-identity months only (the identity switch carries tier-1 time only).
  // Reported only while the person's latest covered month has employee identity: after a
  // switch to resident identity there is no tier 2 to cap.
  const employeeMonths = readMonths(records, asOf, isEmployeeRow);
  if (retiredMonths > 0) carryThroughRetirement(employeeMonths, input.retiredOn!, asOf);
  const latest = [...months.values()].filter((m) => isCovered(m)).sort((a, b) => b.index - a.index)[0];
  const hasEmployeeMonths = latest !== undefined && latest.identities.has('employee');
  const t2 = hasEmployeeMonths ? scan(employeeMonths, asOf, category, false) : null;
  const sameAsTier1 = t2 !== null && t2.runStart === main.runStart && t2.continuousMonths === main.continuousMonths;

  // One step for both tiers when their counts agree; otherwise one per tier.
  const factor = factorFor(main.continuousMonths, asOf, sameAsTier1 ? 'both' : 'tier1', explanation);
  if (factor === null) explanation.push(step(messages.noCapFactor, { asOf }));
  let tier2: Run | null = null;
  if (t2 !== null) {
    const runStart = t2.runStart === null ? null : monthOfIndex(t2.runStart);
    if (!sameAsTier1 && runStart !== null) explanation.push(step(messages.tier2, { months: String(t2.continuousMonths), start: runStart }));
    const t2Factor = sameAsTier1 ? factor : factorFor(t2.continuousMonths, asOf, 'tier2', explanation);
    tier2 = { continuousMonths: t2.continuousMonths, runStart, capFactor: t2Factor };
  }

  return {
    asOf,
    continuousMonths: main.continuousMonths,
    runStart: main.runStart === null ? null : monthOfIndex(main.runStart),
    capFactor: factor,
    coveredMonths,
    interruptions: main.interruptions,
    keptArrears: main.keptArrears,
    pendingArrears: main.pendingArrears,
    tier2,
    illustrative: false,
    explanation,
  };
}
