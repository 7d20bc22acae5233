/**
 * When benefits start and stop, RULES §3 (JM-UR 二(三)3), for payments from 2017-07-01.
 *
 * > 以自然年度（每年1月1日至12月31日）为一个基本医疗保险年度。
 *
 * RULINGS recorded here (see ENROLMENT.md):
 * - Newborns: "新生儿从出生次月1日起，三个月内参加一档的" — the three months run from the 1st of
 *   the month after birth to the day before the 1st of the fourth month after that (born
 *   2025-10-15 → window to 2026-01-31); enrolling before the window opens (in the birth month)
 *   is also "within". Enrolment = successful payment (`enrolledOn`).
 * - A newborn covered from birth pays every insurance year from the birth year to the year of
 *   enrolment ("须同时缴纳两年的医疗保险费"); the next year is then paid by 31 Dec as usual.
 * - Employees: "从缴费次月1日起" counts from the month in which the first contribution is paid
 *   (`paidIn`), as for flexible workers ("缴费的3个月后（即第4个月1日起）": paid in January →
 *   benefits from 1 April, the payment month being month 1).
 * - A resident's yearly payment made after 31 December of the year before is not the annual
 *   route: the result has no start date and says so (only the mid-year categories may enrol
 *   during the year).
 */
import { addDays, defineValueParameter, firstOfMonthAfter, message, step, type Step, unsupportedDate, type Parameter } from '../../core';
import { checkDate, checkMonth, refuse, yearOf } from '../../core';
import { UNIFIED_FROM } from '../contributions/parameters';

/** > 新生儿从出生次月1日起，三个月内参加一档的，从其出生之日起享受待遇 */
export const newbornWindowMonths = defineValueParameter<number>({
  key: 'jiangmen.benefit_dates.newborn_window_months',
  label: { zh: '新生儿参保期限（月）', en: 'Months in which a newborn is covered from birth' },
  unit: 'months',
  citation: 'JM-UR 二(三)3',
  source: '江府办〔2017〕20号 二(三)3',
  values: { '2017-07-01': 3 },
});

/** > 灵活就业人员、无雇工的个体工商户从缴费的3个月后（即第4个月1日起）按规定享受待遇 */
export const flexibleWaitMonths = defineValueParameter<number>({
  key: 'jiangmen.benefit_dates.flexible_wait_months',
  label: {
    zh: '灵活就业人员、无雇工个体工商户的等待期（月，缴费当月为第1个月）',
    en: 'Waiting months of flexible workers and the self-employed (payment month = month 1)',
  },
  unit: 'months',
  citation: 'JM-UR 二(三)3',
  source: '江府办〔2017〕20号 二(三)3',
  values: { '2017-07-01': 3 },
});

export const benefitDateParameters: readonly Parameter<unknown>[] = [newbornWindowMonths, flexibleWaitMonths] as readonly Parameter<unknown>[];

export type MidYearReason = 'new_student' | 'newly_unemployed' | 'new_retiree' | 'veteran' | 'released_prisoner' | 'new_resident' | 'difficult_resident';

export type BenefitDatesInput =
  /** A resident's yearly payment for insurance year `year`. */
  | { kind: 'resident_year'; year: number; paidOn: string }
  /** A newborn: birth date and the date of successful enrolment (payment). */
  | { kind: 'newborn'; birthDate: string; enrolledOn: string }
  /** Mid-year enrolment of the special resident categories (newborns: use `newborn`). */
  | { kind: 'mid_year'; reason: MidYearReason; paidOn: string }
  /** Employee (and employer): the month of the first contribution. */
  | { kind: 'employee'; paidIn: string }
  /** Unemployed: the date of applying for unemployment insurance benefit. */
  | { kind: 'unemployed'; appliedOn: string }
  /** Flexible worker or self-employed without employees: the month of the first contribution. */
  | { kind: 'flexible' | 'self_employed'; paidIn: string }
  /** Employee identity stopping: the last month contributed for. */
  | { kind: 'employee_stop'; lastPaidMonth: string };

export interface BenefitDates {
  kind: BenefitDatesInput['kind'];
  /** First day with benefits (null: no benefits by this route). */
  start: string | null;
  /** Last day covered, where the payment fixes it (a resident's paid year); else null. */
  lastDay: string | null;
  /** Employee identity stopping: the first day without benefits. */
  stopsOn: string | null;
  /** Insurance years the person must pay for (residents and newborns). */
  yearsToPay: number[];
  illustrative: boolean;
  explanation: Step[];
}

const WHAT = { zh: '待遇享受时间', en: 'when benefits start' };

const messages = {
  residentYear: message<{ year: string; paidOn: string; start: string; end: string }>(
    'benefit_dates.resident_year',
    'JM-UR 二(三)3',
    (a) => `${a.paidOn} 已缴 ${a.year} 年度的费用（在上一年 12 月 31 日前）：${a.start} 至 ${a.end} 享受待遇，中途不退费。`,
    (a) => `Paid for ${a.year} on ${a.paidOn} (by 31 December of the year before): benefits from ${a.start} to ${a.end}; no refund during the year.`,
  ),
  residentLate: message<{ year: string; paidOn: string; deadline: string }>(
    'benefit_dates.resident_late',
    'JM-UR 二(三)3',
    (a) =>
      `${a.year} 年度的费用应在 ${a.deadline} 前缴纳；${a.paidOn} 缴费已过期限，不能按年度参保。只有新生儿、新入学学生、新失业人员、新退休人员、退伍军人、刑释人员、新迁入户籍人员和困难居民可以年中参保。`,
    (a) =>
      `The ${a.year} contribution is due by ${a.deadline}; a payment on ${a.paidOn} is too late for the yearly enrolment. Only newborns, new students, the newly unemployed, new retirees, veterans, released prisoners, new residents and difficult residents may enrol during the year.`,
  ),
  newbornWithin: message<{ birth: string; windowEnd: string; enrolledOn: string; years: string; yearsEn: string; yearEnd: string }>(
    'benefit_dates.newborn_within',
    'JM-UR 二(三)3',
    (a) =>
      `出生 ${a.birth}，${a.enrolledOn} 参保，在出生次月 1 日起三个月内（至 ${a.windowEnd}）：从出生当天 ${a.birth} 起享受待遇，需缴纳 ${a.years} 年度的费用（跨年的须缴两年），保障到 ${a.yearEnd}。`,
    (a) =>
      `Born ${a.birth} and enrolled ${a.enrolledOn}, within three months from the 1st of the month after birth (until ${a.windowEnd}): benefits from the birth date ${a.birth}; pay for ${a.yearsEn} (both years when the cover crosses a year end); covered to ${a.yearEnd}.`,
  ),
  newbornLater: message<{ birth: string; windowEnd: string; enrolledOn: string; start: string; year: string }>(
    'benefit_dates.newborn_later',
    'JM-UR 二(三)3',
    (a) =>
      `出生 ${a.birth}，${a.enrolledOn} 才参保，已超过三个月期限（${a.windowEnd}）：从缴费成功次月 1 日 ${a.start} 起享受待遇，缴纳 ${a.year} 年全年费用。`,
    (a) =>
      `Born ${a.birth} but enrolled only on ${a.enrolledOn}, after the three-month window (${a.windowEnd}): benefits from the 1st of the month after payment, ${a.start}; pay the full ${a.year} amount.`,
  ),
  midYear: message<{ paidOn: string; start: string; year: string; yearEnd: string }>(
    'benefit_dates.mid_year',
    'JM-UR 二(三)3',
    (a) => `年中参保：${a.paidOn} 缴纳 ${a.year} 年全年费用，从缴费成功次月 1 日 ${a.start} 起享受待遇，至 ${a.yearEnd}。`,
    (a) => `Mid-year enrolment: the full ${a.year} amount paid on ${a.paidOn}; benefits from the 1st of the next month, ${a.start}, to ${a.yearEnd}.`,
  ),
  employee: message<{ paidIn: string; start: string }>(
    'benefit_dates.employee',
    'JM-UR 二(三)3',
    (a) => `职工（和用人单位）${a.paidIn} 缴费，从缴费次月 1 日 ${a.start} 起享受待遇。`,
    (a) => `Employee (and employer) paid in ${a.paidIn}: benefits from the 1st of the next month, ${a.start}.`,
  ),
  unemployed: message<{ appliedOn: string; start: string }>(
    'benefit_dates.unemployed',
    'JM-UR 二(三)3',
    (a) => `失业人员 ${a.appliedOn} 申请领取失业保险金，从当月 1 日 ${a.start} 起享受待遇。`,
    (a) => `Unemployed person who applied for unemployment benefit on ${a.appliedOn}: benefits from the 1st of that month, ${a.start}.`,
  ),
  flexible: message<{ paidIn: string; wait: string; nth: string; start: string }>(
    'benefit_dates.flexible',
    'JM-UR 二(三)3',
    (a) =>
      `灵活就业人员、无雇工的个体工商户 ${a.paidIn} 缴费：缴费当月算第 1 个月，${a.wait} 个月后，即第 ${a.nth} 个月的 1 日 ${a.start} 起享受待遇（个人账户按月划入）。`,
    (a) =>
      `Flexible worker / self-employed who paid in ${a.paidIn}: the payment month counts as month 1; benefits start after ${a.wait} months, on the 1st of the next month, ${a.start} (the personal account is credited month by month).`,
  ),
  stop: message<{ lastPaidMonth: string; stopsOn: string; lastDay: string }>(
    'benefit_dates.employee_stop',
    'JM-UR 二(三)3',
    (a) => `最后缴费月份 ${a.lastPaidMonth}：从停止缴费次月 1 日 ${a.stopsOn} 起停止享受职工身份待遇，最后一天是 ${a.lastDay}。`,
    (a) =>
      `Last month paid ${a.lastPaidMonth}: employee-identity benefits stop from the 1st of the month after, ${a.stopsOn}; the last covered day is ${a.lastDay}.`,
  ),
};

function result(kind: BenefitDates['kind'], fields: Partial<Omit<BenefitDates, 'kind' | 'explanation' | 'illustrative'>>, explanation: Step[]): BenefitDates {
  return {
    kind,
    start: fields.start ?? null,
    lastDay: fields.lastDay ?? null,
    stopsOn: fields.stopsOn ?? null,
    yearsToPay: fields.yearsToPay ?? [],
    illustrative: false,
    explanation,
  };
}

function yearEnd(year: number): string {
  return `${year}-12-31`;
}

/** When benefits start (or, for `employee_stop`, stop). */
export function benefitDates(input: BenefitDatesInput): BenefitDates {
  switch (input.kind) {
    case 'resident_year': {
      checkDate(input.paidOn, 'paidOn');
      if (input.paidOn < UNIFIED_FROM) throw unsupportedDate('paidOn', input.paidOn, UNIFIED_FROM, WHAT);
      // > 城乡居民身份参保人每年12月31日前……一次性缴纳下一年度全年的医疗保险费……中途不退费，并享受缴费对应年度的待遇。
      const deadline = yearEnd(input.year - 1);
      if (input.paidOn > deadline) {
        return result(input.kind, { yearsToPay: [] }, [step(messages.residentLate, { year: String(input.year), paidOn: input.paidOn, deadline })]);
      }
      const start = `${input.year}-01-01`;
      return result(input.kind, { start, lastDay: yearEnd(input.year), yearsToPay: [input.year] }, [
        step(messages.residentYear, { year: String(input.year), paidOn: input.paidOn, start, end: yearEnd(input.year) }),
      ]);
    }
    case 'newborn': {
      checkDate(input.birthDate, 'birthDate');
      checkDate(input.enrolledOn, 'enrolledOn');
      if (input.enrolledOn < input.birthDate) {
        throw refuse('enrolledOn', { zh: '参保日期不能早于出生日期。', en: 'The enrolment date cannot be before the birth date.' });
      }
      if (input.enrolledOn < UNIFIED_FROM) throw unsupportedDate('enrolledOn', input.enrolledOn, UNIFIED_FROM, WHAT);
      const windowUse = newbornWindowMonths.at(input.enrolledOn, 'enrolledOn');
      // The window opens on the 1st of the month after birth and lasts `windowUse.value` months.
      const windowEnd = addDays(firstOfMonthAfter(input.birthDate, 1 + windowUse.value), -1);
      const enrolledYear = yearOf(input.enrolledOn);
      if (input.enrolledOn <= windowEnd) {
        const years: number[] = [];
        for (let y = yearOf(input.birthDate); y <= enrolledYear; y += 1) years.push(y);
        return result(input.kind, { start: input.birthDate, lastDay: yearEnd(enrolledYear), yearsToPay: years }, [
          step(
            messages.newbornWithin,
            {
              birth: input.birthDate,
              windowEnd,
              enrolledOn: input.enrolledOn,
              years: years.join('、'),
              yearsEn: years.join(' and '),
              yearEnd: yearEnd(enrolledYear),
            },
            [windowUse],
          ),
        ]);
      }
      const start = firstOfMonthAfter(input.enrolledOn);
      return result(input.kind, { start, lastDay: yearEnd(enrolledYear), yearsToPay: [enrolledYear] }, [
        step(messages.newbornLater, { birth: input.birthDate, windowEnd, enrolledOn: input.enrolledOn, start, year: String(enrolledYear) }, [windowUse]),
      ]);
    }
    case 'mid_year': {
      checkDate(input.paidOn, 'paidOn');
      if (input.paidOn < UNIFIED_FROM) throw unsupportedDate('paidOn', input.paidOn, UNIFIED_FROM, WHAT);
      // > 以下特定城乡居民，可年度内中途参加一档，并按规定的全年缴费标准缴费，从参保缴费成功次月1日起享受待遇
      const start = firstOfMonthAfter(input.paidOn);
      // The full-year amount of the year in which the cover starts (paid in December → next year).
      const coverYear = yearOf(start);
      return result(input.kind, { start, lastDay: yearEnd(coverYear), yearsToPay: [coverYear] }, [
        step(messages.midYear, { paidOn: input.paidOn, start, year: String(coverYear), yearEnd: yearEnd(coverYear) }),
      ]);
    }
    case 'employee': {
      checkMonth(input.paidIn, 'paidIn');
      if (`${input.paidIn}-01` < UNIFIED_FROM) throw unsupportedDate('paidIn', input.paidIn, UNIFIED_FROM, WHAT);
      const start = firstOfMonthAfter(input.paidIn);
      return result(input.kind, { start }, [step(messages.employee, { paidIn: input.paidIn, start })]);
    }
    case 'unemployed': {
      checkDate(input.appliedOn, 'appliedOn');
      if (input.appliedOn < UNIFIED_FROM) throw unsupportedDate('appliedOn', input.appliedOn, UNIFIED_FROM, WHAT);
      const start = firstOfMonthAfter(input.appliedOn, 0);
      return result(input.kind, { start }, [step(messages.unemployed, { appliedOn: input.appliedOn, start })]);
    }
    case 'flexible':
    case 'self_employed': {
      checkMonth(input.paidIn, 'paidIn');
      if (`${input.paidIn}-01` < UNIFIED_FROM) throw unsupportedDate('paidIn', input.paidIn, UNIFIED_FROM, WHAT);
      const waitUse = flexibleWaitMonths.at(`${input.paidIn}-01`, 'paidIn');
      // Payment month = month 1, so benefits start on the 1st of (payment month + wait).
      const start = firstOfMonthAfter(input.paidIn, waitUse.value);
      return result(input.kind, { start }, [
        step(messages.flexible, { paidIn: input.paidIn, wait: String(waitUse.value), nth: String(waitUse.value + 1), start }, [waitUse]),
      ]);
    }
    case 'employee_stop': {
      checkMonth(input.lastPaidMonth, 'lastPaidMonth');
      if (`${input.lastPaidMonth}-01` < UNIFIED_FROM) throw unsupportedDate('lastPaidMonth', input.lastPaidMonth, UNIFIED_FROM, WHAT);
      // > 同时参加一档、二档的参保人从停止缴费次月1日起停止享受待遇。
      const stopsOn = firstOfMonthAfter(input.lastPaidMonth);
      const lastDay = addDays(stopsOn, -1);
      return result(input.kind, { stopsOn, lastDay }, [step(messages.stop, { lastPaidMonth: input.lastPaidMonth, stopsOn, lastDay })]);
    }
  }
}
