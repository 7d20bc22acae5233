/**
 * A resident's cover today in one line (RULES §3, §4; JM-UR 二(三)3, 二(四)4), read from the
 * `continuity` result and the `benefit-start` rules: 正常参保 (normal), 欠费 n 个月 (arrears still
 * within the 3-month tolerance), 中断 since a month (arrears beyond it, nothing paid since), or
 * 待遇等待期 until a date (after a first payment or a re-payment, before benefits start).
 */
import { addDays, monthIndex, step, type Step } from '../../core';
import { benefitDates } from '../benefit-dates/benefit-dates';
import type { ContributingCategory } from '../insured-person';
import { messages } from './messages';
import type { Continuity } from './schema';

export const COVER_STATUSES = ['normal', 'arrears', 'interrupted', 'waiting'] as const;
export type CoverStatusKind = (typeof COVER_STATUSES)[number];

export type CoverStatus = (
  | { kind: 'normal' }
  | { kind: 'arrears'; months: number; from: string }
  | { kind: 'interrupted'; since: string }
  | { kind: 'waiting'; until: string; resumeOn: string }
) & { explanation: Step[] };

/**
 * The status on `c.asOf`. `category`: the employee-identity category of the person's current
 * enrolment (null for resident identity or a retiree): decides the waiting period of a first
 * payment (employees: the month after; flexible and self-employed: the 4th month).
 */
export function coverStatus(c: Continuity, category: ContributingCategory | null): CoverStatus {
  const asOf = c.asOf;
  const last = c.interruptions[c.interruptions.length - 1];
  if (last?.ongoing) {
    return { kind: 'interrupted', since: last.from, explanation: [step(messages.statusInterrupted, { since: last.from, asOf })] };
  }
  if (last?.benefitsResumeOn && last.benefitsResumeOn > asOf) {
    const until = addDays(last.benefitsResumeOn, -1);
    return { kind: 'waiting', until, resumeOn: last.benefitsResumeOn, explanation: [step(messages.statusWaiting, { until, resume: last.benefitsResumeOn })] };
  }
  // A first payment (a run with no interruption before it) waits as benefit-start says.
  // (Only a run that began within the last few months can still be waiting; benefit-start's rules begin 2017-07.)
  if (
    c.runStart !== null &&
    c.runStart >= '2017-07' &&
    monthIndex(asOf) - monthIndex(c.runStart) < 12 &&
    c.interruptions.length === 0 &&
    category !== null &&
    category !== 'unemployed'
  ) {
    const kind = category === 'flexible' || category === 'self_employed' ? category : 'employee';
    const bd = benefitDates({ kind, paidIn: c.runStart });
    if (bd.start !== null && bd.start > asOf) {
      const until = addDays(bd.start, -1);
      return { kind: 'waiting', until, resumeOn: bd.start, explanation: [...bd.explanation, step(messages.statusWaiting, { until, resume: bd.start })] };
    }
  }
  if (c.pendingArrears !== null) {
    const months = c.pendingArrears.months - c.pendingArrears.backPaidMonths;
    if (months > 0) {
      return {
        kind: 'arrears',
        months,
        from: c.pendingArrears.from,
        explanation: [step(messages.statusArrears, { months: String(months), from: c.pendingArrears.from })],
      };
    }
  }
  return { kind: 'normal', explanation: [step(messages.statusNormal, { asOf })] };
}
