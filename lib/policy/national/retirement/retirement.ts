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
 * exist, the month's last day, and a birth on a month's last day gives the target month's last
 * day: RULES §13, `ageReachedOn`). Why: JM-UR ties lifetime benefits to "达到法定退休年龄"
 * (reaching the statutory age), and the State Council's comparison table gives the
 * "改革后退休时间" as the month of that day (men born 1965-01 → 2025-02). Pension payment
 * customarily starts the month after, which is outside the seeds. For medical-insurance
 * years (RULES §5) the month of `retirementDate` is still a month of contributions, and the
 * person is a retiree from `firstMonthAsRetiree`, the month after.
 */
import { addMonths as addCalendarMonths, daysInMonth, isoDate, monthIndex, monthOfIndex, parts, step, type Step } from '../../core';
import { messages } from './messages';
import { RETIREMENT_GROUP_LABELS, retirementRule } from './parameters';
import type { AgeYM, Retirement, RetirementRequest } from './schema';

/**
 * The day an age of `n` months is reached from `birthDate` (RULES §13): the same day of the
 * month, and for a birth on the last day of its month the last day of the target month (born
 * 30 April → 31 May); a day that does not exist becomes the month's last day.
 */
export function ageReachedOn(birthDate: string, n: number): string {
  const { year, month, day } = parts(birthDate);
  const reached = addCalendarMonths(birthDate, n);
  if (day !== daysInMonth(year, month)) return reached;
  const r = parts(reached);
  return isoDate(r.year, r.month, daysInMonth(r.year, r.month));
}
const addMonths = ageReachedOn;

function ageText(a: AgeYM): { zh: string; en: string } {
  return a.months === 0
    ? { zh: `${a.years} 周岁`, en: `${a.years} years` }
    : { zh: `${a.years} 周岁 ${a.months} 个月`, en: `${a.years} years ${a.months} month${a.months === 1 ? '' : 's'}` };
}

/** Whole months from `a` to `b`, counting a month only once its day is reached. */
function monthsBetween(a: string, b: string): number {
  let n = monthIndex(b) - monthIndex(a);
  if (n > 0 && addMonths(a, n) > b) n -= 1;
  if (n < 0 && addMonths(a, n) < b) n += 1;
  return n;
}

/** Statutory retirement date and the flexible window for a person. */
export function retirement(input: RetirementRequest): Retirement {
  const { birthDate, group } = input;
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
  if (rule.kind === 'gradual') {
    explanation.push(step(messages.window, { earliest: earliestDate, latest: latestDate, original: originalRetirementDate }, [use]));
    // RULES §13: early retirement's other condition and "国家另有规定的，从其规定" are said, not computed.
    explanation.push(step(messages.conditions, {}));
  }

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
        : step(messages.plannedOut, {
            date,
            earliest: earliestDate,
            latest: latestDate,
            original: originalRetirementDate,
            side: date > latestDate ? 'late' : earliestDate === originalRetirementDate ? 'original' : 'early',
          }),
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
