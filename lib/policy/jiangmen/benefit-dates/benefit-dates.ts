/**
 * When benefits start and stop, RULES §3 (JM-UR 二(三)3), for payments from 2017-07-01.
 *
 * > 以自然年度（每年1月1日至12月31日）为一个基本医疗保险年度。
 *
 * RULINGS recorded here (see lib/policy/README.md):
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
import { addDays, firstOfMonthAfter, step, type Step, unsupportedDate, yearOf } from '../../core';
import { UNIFIED_FROM } from '../contributions/parameters';
import { messages } from './messages';
import { flexibleWaitMonths, newbornWindowMonths } from './parameters';
import type { BenefitDates, BenefitStartRequest } from './schema';

const WHAT = { zh: '待遇享受时间', en: 'when benefits start' };

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

/** When benefits start (or, for `employee_stop`, stop), from a validated `benefit-start` request. */
export function benefitDates(input: BenefitStartRequest): BenefitDates {
  switch (input.kind) {
    case 'resident_year': {
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
      if (`${input.paidIn}-01` < UNIFIED_FROM) throw unsupportedDate('paidIn', input.paidIn, UNIFIED_FROM, WHAT);
      const start = firstOfMonthAfter(input.paidIn);
      return result(input.kind, { start }, [step(messages.employee, { paidIn: input.paidIn, start })]);
    }
    case 'unemployed': {
      if (input.appliedOn < UNIFIED_FROM) throw unsupportedDate('appliedOn', input.appliedOn, UNIFIED_FROM, WHAT);
      const start = firstOfMonthAfter(input.appliedOn, 0);
      return result(input.kind, { start }, [step(messages.unemployed, { appliedOn: input.appliedOn, start })]);
    }
    case 'flexible':
    case 'self_employed': {
      if (`${input.paidIn}-01` < UNIFIED_FROM) throw unsupportedDate('paidIn', input.paidIn, UNIFIED_FROM, WHAT);
      const waitUse = flexibleWaitMonths.at(`${input.paidIn}-01`, 'paidIn');
      // Payment month = month 1, so benefits start on the 1st of (payment month + wait).
      const start = firstOfMonthAfter(input.paidIn, waitUse.value);
      return result(input.kind, { start }, [
        step(messages.flexible, { paidIn: input.paidIn, wait: String(waitUse.value), nth: String(waitUse.value + 1), start }, [waitUse]),
      ]);
    }
    case 'employee_stop': {
      if (`${input.lastPaidMonth}-01` < UNIFIED_FROM) throw unsupportedDate('lastPaidMonth', input.lastPaidMonth, UNIFIED_FROM, WHAT);
      // > 同时参加一档、二档的参保人从停止缴费次月1日起停止享受待遇。
      const stopsOn = firstOfMonthAfter(input.lastPaidMonth);
      const lastDay = addDays(stopsOn, -1);
      return result(input.kind, { stopsOn, lastDay }, [step(messages.stop, { lastPaidMonth: input.lastPaidMonth, stopsOn, lastDay })]);
    }
  }
}
