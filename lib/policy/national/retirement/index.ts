/**
 * Statutory retirement age under the gradual delay (RULES §5; national law, outside the seeds:
 * decision of the NPC Standing Committee of 2024-09-13, in force 2025-01-01, and the State
 * Council's 渐进式延迟法定退休年龄的办法 it approved).
 *
 * > 从2025年1月1日起，男职工和原法定退休年龄为五十五周岁的女职工，法定退休年龄每四个月延迟一个月，
 * > 分别逐步延迟至六十三周岁和五十八周岁；原法定退休年龄为五十周岁的女职工，法定退休年龄每二个月延迟
 * > 一个月，逐步延迟至五十五周岁。……职工达到最低缴费年限，可以自愿选择弹性提前退休，提前时间最长不超过
 * > 三年，且退休年龄不得低于女职工五十周岁、五十五周岁及男职工六十周岁的原法定退休年龄。……经协商一致，
 * > 可以弹性延迟退休，延迟时间最长不超过三年。
 *
 * Months of delay = min(cap, ceil(m / step)), m = (birth year − base year) × 12 + birth month;
 * base year 1965 / 1970 / 1975, step 4 / 4 / 2, cap 36 / 36 / 60 (RULES §5).
 *
 * DECISION — what "retirement date" means: `retirementDate` is the day the person reaches the
 * statutory retirement age (birth date + the age in years and months; when that day does not
 * exist, the month's last day). Why: JM-UR ties lifetime benefits to "达到法定退休年龄"
 * (reaching the statutory age), and the State Council's comparison table gives the
 * "改革后退休时间" as the month of that day (men born 1965-01 → 2025-02). Pension payment
 * customarily starts the month after, which is outside the seeds. For medical-insurance
 * years (RULES §5) the month of `retirementDate` is still a month of contributions, and the
 * person is a retiree from `firstMonthAsRetiree`, the month after.
 */
import {
  addMonths,
  defineValueParameter,
  message,
  monthIndex,
  monthOfIndex,
  PolicyError,
  step,
  type Step,
  type Parameter,
  isIsoDate,
  type Bilingual,
} from '../../core';

export const RETIREMENT_CITATION = 'RULES §5 national retirement age';

/** The original statutory retirement-age groups: men 60, women cadres 55, women workers 50. */
export const RETIREMENT_GROUPS = ['male', 'female_55', 'female_50'] as const;
export type RetirementGroup = (typeof RETIREMENT_GROUPS)[number];

export type RetirementRule =
  /** Before 2025: the original ages, no delay. */
  | { kind: 'original'; originalYears: Readonly<Record<RetirementGroup, number>> }
  /** From 2025-01-01: the gradual delay. */
  | {
      kind: 'gradual';
      groups: Readonly<Record<RetirementGroup, { originalYears: number; baseYear: number; stepMonths: number; capMonths: number }>>;
      earlierMonths: number;
      laterMonths: number;
    };

export const retirementRule = defineValueParameter<RetirementRule>({
  key: 'national.retirement.statutory_age',
  label: { zh: '法定退休年龄', en: 'Statutory retirement age' },
  unit: 'table',
  citation: RETIREMENT_CITATION,
  source: 'RULES §5: 全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定 (2024-09-13, in force 2025-01-01)',
  values: {
    // The original ages (men 60, women cadres 55, women workers 50), from the State Council's
    // 1978 interim rules on the retirement of workers.
    '1978-06-02': {
      value: { kind: 'original', originalYears: { male: 60, female_55: 55, female_50: 50 } },
      source: '国务院关于工人退休、退职的暂行办法 (1978)',
    },
    '2025-01-01': {
      kind: 'gradual',
      groups: {
        male: { originalYears: 60, baseYear: 1965, stepMonths: 4, capMonths: 36 },
        female_55: { originalYears: 55, baseYear: 1970, stepMonths: 4, capMonths: 36 },
        female_50: { originalYears: 50, baseYear: 1975, stepMonths: 2, capMonths: 60 },
      },
      earlierMonths: 36,
      laterMonths: 36,
    },
  },
});

export const retirementParameters: readonly Parameter<unknown>[] = [retirementRule] as readonly Parameter<unknown>[];

export interface RetirementInput {
  birthDate: string;
  group: RetirementGroup;
  /** A date the person would like to retire on, checked against the flexible window. */
  plannedDate?: string;
}

export interface AgeYM {
  years: number;
  months: number;
}

export interface Retirement {
  birthDate: string;
  group: RetirementGroup;
  originalAge: AgeYM;
  delayMonths: number;
  statutoryAge: AgeYM;
  /** The day the original (pre-2025) statutory age is reached. */
  originalRetirementDate: string;
  /** The day the statutory age is reached (see the DECISION above). */
  retirementDate: string;
  /** The month of `retirementDate` (the comparison table's "退休时间"). */
  retirementMonth: string;
  /** The first month as a retiree: the month after `retirementMonth`. */
  firstMonthAsRetiree: string;
  /** Earliest flexible early retirement: up to 3 years earlier, never before the original age. */
  earliestDate: string;
  /** Latest flexible late retirement: up to 3 years later. */
  latestDate: string;
  planned: { date: string; allowed: boolean; monthsFromStatutory: number } | null;
  illustrative: boolean;
  explanation: Step[];
}

export const RETIREMENT_GROUP_LABELS = {
  male: { zh: '男职工', en: 'men' },
  female_55: { zh: '原法定退休年龄 55 周岁的女职工', en: 'women whose original retirement age is 55' },
  female_50: { zh: '原法定退休年龄 50 周岁的女职工', en: 'women whose original retirement age is 50' },
} as const satisfies Record<RetirementGroup, Bilingual>;

function ageText(a: AgeYM): { zh: string; en: string } {
  return a.months === 0
    ? { zh: `${a.years} 周岁`, en: `${a.years} years` }
    : { zh: `${a.years} 周岁 ${a.months} 个月`, en: `${a.years} years ${a.months} month${a.months === 1 ? '' : 's'}` };
}

const messages = {
  original: message<{ group: string; groupEn: string; age: string; ageEn: string; date: string }>(
    'retirement.original',
    RETIREMENT_CITATION,
    (a) => `${a.group}在 2025 年以前达到原法定退休年龄 ${a.age}，不延迟：${a.date} 达到法定退休年龄。`,
    (a) => `For ${a.groupEn} reaching the original retirement age of ${a.ageEn} before 2025 there is no delay: the statutory age is reached on ${a.date}.`,
  ),
  delay: message<{
    group: string;
    groupEn: string;
    base: string;
    before: string;
    m: string;
    step: string;
    cap: string;
    delay: string;
    age: string;
    ageEn: string;
    date: string;
  }>(
    'retirement.delay',
    RETIREMENT_CITATION,
    (a) =>
      `${a.group}：出生月份在 ${a.before} 年 12 月之后第 ${a.m} 个月，每 ${a.step} 个月延迟 1 个月（最多 ${a.cap} 个月），延迟 ${a.delay} 个月；法定退休年龄 ${a.age}，在 ${a.date} 达到。`,
    (a) =>
      `${a.groupEn}: the birth month is ${a.m} months after December ${a.before}; one month of delay for every ${a.step} months (at most ${a.cap}): ${a.delay} months of delay; statutory retirement age ${a.ageEn}, reached on ${a.date}.`,
  ),
  window: message<{ earliest: string; latest: string; original: string }>(
    'retirement.window',
    RETIREMENT_CITATION,
    (a) =>
      `可以选择弹性退休：最早 ${a.earliest}（提前最多 3 年，且不早于原法定退休年龄的 ${a.original}；须达到养老保险最低缴费年限），最晚 ${a.latest}（经单位同意，延迟最多 3 年）。`,
    (a) =>
      `Flexible retirement: at the earliest on ${a.earliest} (up to 3 years earlier, never before the original age, reached on ${a.original}; requires the minimum pension contribution years), at the latest on ${a.latest} (up to 3 years later, by agreement with the employer).`,
  ),
  plannedOk: message<{ date: string; months: string }>(
    'retirement.planned_ok',
    RETIREMENT_CITATION,
    (a) => `计划退休日期 ${a.date} 在可选范围内（与法定退休日期相差 ${a.months} 个月）。`,
    (a) => `The planned date ${a.date} is within the allowed range (${a.months} months from the statutory date).`,
  ),
  plannedOut: message<{ date: string; earliest: string; latest: string }>(
    'retirement.planned_out',
    RETIREMENT_CITATION,
    (a) => `计划退休日期 ${a.date} 不在可选范围 ${a.earliest} 至 ${a.latest} 内。`,
    (a) => `The planned date ${a.date} is outside the allowed range, ${a.earliest} to ${a.latest}.`,
  ),
  month: message<{ month: string; retiree: string }>(
    'retirement.month',
    RETIREMENT_CITATION,
    (a) => `退休月份 ${a.month}（医保按当月仍缴费计算），从 ${a.retiree} 起按退休人员计。`,
    (a) => `Retirement month ${a.month} (still a contribution month for medical insurance); a retiree from ${a.retiree}.`,
  ),
};

function invalid(path: string, zh: string, en: string): PolicyError {
  return new PolicyError('invalid_input', [{ path, message: { zh, en } }]);
}

/** Whole months from `a` to `b`, counting a month only once its day is reached. */
function monthsBetween(a: string, b: string): number {
  let n = monthIndex(b) - monthIndex(a);
  if (n > 0 && addMonths(a, n) > b) n -= 1;
  if (n < 0 && addMonths(a, n) < b) n += 1;
  return n;
}

/** Statutory retirement date and the flexible window for a person. */
export function retirement(input: RetirementInput): Retirement {
  const { birthDate, group } = input;
  if (!isIsoDate(birthDate)) throw invalid('birthDate', '请填写出生日期，例如 1965-01-20。', 'Enter the birth date, e.g. 1965-01-20.');
  if (input.plannedDate !== undefined && !isIsoDate(input.plannedDate)) {
    throw invalid('plannedDate', '请填写日期，格式为 年-月-日。', 'Enter a date as year-month-day.');
  }
  const explanation: Step[] = [];
  const name = RETIREMENT_GROUP_LABELS[group];
  // The rule in force when the original age is reached decides whether the delay applies.
  const originalYearsGuess = { male: 60, female_55: 55, female_50: 50 }[group];
  const originalRetirementDate = addMonths(birthDate, originalYearsGuess * 12);
  const use = retirementRule.at(originalRetirementDate, 'birthDate');
  const rule = use.value;

  let originalYears: number;
  let delayMonths = 0;
  let earlierMonths = 0;
  let laterMonths = 0;
  if (rule.kind === 'original') {
    originalYears = rule.originalYears[group];
  } else {
    const g = rule.groups[group];
    originalYears = g.originalYears;
    const birthYear = Number.parseInt(birthDate.slice(0, 4), 10);
    const birthMonth = Number.parseInt(birthDate.slice(5, 7), 10);
    const m = (birthYear - g.baseYear) * 12 + birthMonth;
    delayMonths = m <= 0 ? 0 : Math.min(g.capMonths, Math.ceil(m / g.stepMonths));
    earlierMonths = rule.earlierMonths;
    laterMonths = rule.laterMonths;
  }
  const originalAge: AgeYM = { years: originalYears, months: 0 };
  const total = originalYears * 12 + delayMonths;
  const statutoryAge: AgeYM = { years: Math.floor(total / 12), months: total % 12 };
  const retirementDate = addMonths(birthDate, total);
  const age = ageText(statutoryAge);
  if (rule.kind === 'original') {
    explanation.push(step(messages.original, { group: name.zh, groupEn: name.en, age: age.zh, ageEn: age.en, date: retirementDate }, [use]));
  } else {
    const g = rule.groups[group];
    const birthYear = Number.parseInt(birthDate.slice(0, 4), 10);
    const m = (birthYear - g.baseYear) * 12 + Number.parseInt(birthDate.slice(5, 7), 10);
    explanation.push(
      step(
        messages.delay,
        {
          group: name.zh,
          groupEn: name.en,
          base: String(g.baseYear),
          before: String(g.baseYear - 1),
          m: String(m),
          step: String(g.stepMonths),
          cap: String(g.capMonths),
          delay: String(delayMonths),
          age: age.zh,
          ageEn: age.en,
          date: retirementDate,
        },
        [use],
      ),
    );
  }

  const earliestCandidate = addMonths(birthDate, total - earlierMonths);
  const earliestDate = earliestCandidate < originalRetirementDate ? originalRetirementDate : earliestCandidate;
  const latestDate = addMonths(birthDate, total + laterMonths);
  if (rule.kind === 'gradual') explanation.push(step(messages.window, { earliest: earliestDate, latest: latestDate, original: originalRetirementDate }, [use]));

  const retirementMonth = retirementDate.slice(0, 7);
  const firstMonthAsRetiree = monthOfIndex(monthIndex(retirementDate) + 1);
  explanation.push(step(messages.month, { month: retirementMonth, retiree: firstMonthAsRetiree }));

  let planned: Retirement['planned'] = null;
  if (input.plannedDate !== undefined) {
    const date = input.plannedDate;
    const allowed = date >= earliestDate && date <= latestDate;
    const monthsFromStatutory = monthsBetween(retirementDate, date);
    planned = { date, allowed, monthsFromStatutory };
    explanation.push(
      allowed
        ? step(messages.plannedOk, { date, months: String(monthsFromStatutory) })
        : step(messages.plannedOut, { date, earliest: earliestDate, latest: latestDate }),
    );
  }

  return {
    birthDate,
    group,
    originalAge,
    delayMonths,
    statutoryAge,
    originalRetirementDate,
    retirementDate,
    retirementMonth,
    firstMonthAsRetiree,
    earliestDate,
    latestDate,
    planned,
    illustrative: false,
    explanation,
  };
}
