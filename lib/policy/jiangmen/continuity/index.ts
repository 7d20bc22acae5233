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
 * RULINGS recorded here (see ENROLMENT.md):
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
 */
import {
  type Dec,
  addDays,
  percent,
  defineValueParameter,
  firstDayOfIndex,
  message,
  monthIndex,
  monthOfIndex,
  step,
  type Step,
  unsupportedDate,
  type Parameter,
} from '../../core';
import { capFactor, capFactorBands, capFactorStep } from './cap-factor';
import { checkRecords, isCovered, isEmployeeRow, readMonths, type MonthInfo, type MonthlyRecord } from './records';
import { checkDate } from '../../core';

export { capFactor, capFactorStep, capFactorBands } from './cap-factor';
export * from './records';

/** > 连续欠费3个月（含第3个月）以内补缴欠费……的，计入连续缴费时间 */
export const arrearsToleranceMonths = defineValueParameter<number>({
  key: 'jiangmen.continuity.arrears_tolerance_months',
  label: { zh: '补缴后仍计连续缴费的最长欠费月数', en: 'Longest arrears that still count as continuous once back-paid (months)' },
  unit: 'months',
  citation: 'JM-UR 二(四)4',
  source: '江府办〔2017〕20号 二(四)4',
  values: { '2017-07-01': 3 },
});

/** > 灵活就业人员和无雇工的个体工商户……从重新缴费当月起第4个月1日起重新享受待遇 */
export const flexibleRegainMonth = defineValueParameter<number>({
  key: 'jiangmen.continuity.flexible_regain_nth_month',
  label: {
    zh: '灵活就业人员中断后重新享受待遇的月份（重新缴费当月为第1个月）',
    en: 'Month in which flexible workers regain benefits after an interruption (re-payment month = 1st)',
  },
  unit: 'months',
  citation: 'JM-UR 二(四)4',
  source: '江府办〔2017〕20号 二(四)4',
  values: { '2017-07-01': 4 },
});

export const continuityParameters: readonly Parameter<unknown>[] = [
  arrearsToleranceMonths,
  flexibleRegainMonth,
  capFactorBands,
] as readonly Parameter<unknown>[];

export type ContinuityCategory = 'employee' | 'unemployed' | 'flexible' | 'self_employed';

export interface ContinuityInput {
  asOf: string;
  records: readonly MonthlyRecord[];
  /** The employee-identity category at re-payment (default 'employee'). */
  category?: ContinuityCategory;
}

export interface Gap {
  from: string;
  to: string;
  months: number;
  backPaidMonths: number;
}

export interface Interruption extends Gap {
  /** The gap reaches the as-of month: nothing paid since. */
  ongoing: boolean;
  /** The month the run restarts (first month paid normally after the gap). */
  restartMonth: string | null;
  /** Identity of the re-payment. */
  identityAfter: 'employee' | 'resident' | null;
  /** First day without benefits (the 1st of the gap's first month). */
  noBenefitsFrom: string;
  /** Last day without benefits (null while ongoing). */
  noBenefitsTo: string | null;
  /** First day of benefits again (null while ongoing). */
  benefitsResumeOn: string | null;
  /** A short gap that back-paying would turn into continuous time. */
  backPayWouldRestore: boolean;
}

export interface Run {
  continuousMonths: number;
  runStart: string | null;
  capFactor: Dec | null;
}

export interface Continuity extends Run {
  asOf: string;
  /** Months covered (paid or back-paid) up to the as-of month, in all, each counted once. */
  coveredMonths: number;
  interruptions: Interruption[];
  /** Short arrears, back-paid: continuous, and benefits during them are paid. */
  keptArrears: Gap[];
  /** Arrears still running at `asOf`, short enough to keep continuity if back-paid. */
  pendingArrears: Gap | null;
  /** Employee-identity run for the tier-2 cap (null unless the latest covered month has employee identity). */
  tier2: Run | null;
  illustrative: boolean;
  explanation: Step[];
}

const WHAT = { zh: '连续缴费时间', en: 'continuous contribution time' };

const messages = {
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

type InterruptionAmounts = { from: string; to: string; months: string; restart: string; noFrom: string; noTo: string; resume: string };

interface Scan {
  runStart: number | null;
  continuousMonths: number;
  interruptions: Interruption[];
  keptArrears: Gap[];
  pendingArrears: Gap | null;
  steps: Step[];
}

/** Walks the months from the first covered one to the as-of month. */
function scan(months: Map<number, MonthInfo>, asOf: string, category: ContinuityCategory, withConsequences: boolean): Scan {
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

/** Continuous months as of `asOf`, the cap factor, and any interruptions with their consequences. */
export function continuity(input: ContinuityInput): Continuity {
  const { asOf, records } = input;
  const category = input.category ?? 'employee';
  checkDate(asOf, 'asOf');
  if (asOf < arrearsToleranceMonths.firstDate) throw unsupportedDate('asOf', asOf, arrearsToleranceMonths.firstDate, WHAT);
  checkRecords(records);

  const months = readMonths(records, asOf);
  const explanation: Step[] = [];
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
