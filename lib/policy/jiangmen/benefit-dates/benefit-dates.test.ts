/** Worked examples for RULES §3 (JM-UR 二(三)3). */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PolicyError, parseInput } from '../../core';
import { benefitDates as benefitDatesOf, benefitStartRequestSchema } from './index';

// Direct callers parse first (README: "Calling the functions"): the functions trust their schema.
type BenefitDatesInput = z.input<typeof benefitStartRequestSchema>;
const benefitDates = (input: BenefitDatesInput) => benefitDatesOf(parseInput(benefitStartRequestSchema, input));

function codeOf(input: BenefitDatesInput): string {
  try {
    benefitDates(input);
  } catch (e) {
    if (e instanceof PolicyError) return `${e.code}:${e.issues[0]?.path ?? ''}`;
    throw e;
  }
  return 'none';
}

describe('newborns: within three months from the 1st of the month after birth, or later', () => {
  it.each([
    // birth, enrolled, start, years to pay — window = 1st of the month after birth + 3 months − 1 day
    ['2025-05-10', '2025-05-20', '2025-05-10', [2025], 'enrolled in the birth month: from birth'],
    ['2025-03-31', '2025-06-30', '2025-03-31', [2025], 'window Apr–Jun, last day 06-30: from birth'],
    ['2025-03-31', '2025-07-01', '2025-08-01', [2025], 'one day late: 1st of the month after payment'],
    ['2025-10-15', '2026-01-31', '2025-10-15', [2025, 2026], 'across the year end: from birth, pay both years'],
    ['2025-10-15', '2026-02-01', '2026-03-01', [2026], 'across the year end, too late: next month, this year only'],
    ['2024-12-31', '2025-03-31', '2024-12-31', [2024, 2025], 'born on 31 Dec: window Jan–Mar'],
  ])('born %s, enrolled %s → from %s, pays %j (%s)', (birthDate, enrolledOn, start, years) => {
    const r = benefitDates({ kind: 'newborn', birthDate, enrolledOn });
    expect(r.start).toBe(start);
    expect(r.yearsToPay).toEqual(years);
    expect(r.explanation[0]!.citation).toBe('JM-UR 二(三)3');
  });
  it('refuses an enrolment before birth', () => {
    expect(codeOf({ kind: 'newborn', birthDate: '2025-05-10', enrolledOn: '2025-05-09' })).toBe('invalid_input:enrolledOn');
  });
});

describe('residents: the paid year; mid-year enrolment from the 1st of the next month', () => {
  it('paid by 31 December → the whole next year', () => {
    const r = benefitDates({ kind: 'resident_year', year: 2026, paidOn: '2025-12-31' });
    expect([r.start, r.lastDay, r.yearsToPay]).toEqual(['2026-01-01', '2026-12-31', [2026]]);
  });
  it('paid on 1 January → not the yearly route', () => {
    const r = benefitDates({ kind: 'resident_year', year: 2026, paidOn: '2026-01-01' });
    expect(r.start).toBeNull();
    expect(r.explanation[0]!.key).toBe('benefit_dates.resident_late');
  });
  it.each([
    ['2025-06-15', '2025-07-01', 2025],
    ['2025-06-30', '2025-07-01', 2025],
    ['2025-07-01', '2025-08-01', 2025],
    ['2025-12-10', '2026-01-01', 2026],
  ])('mid-year, paid %s → from %s (full %i amount)', (paidOn, start, year) => {
    const r = benefitDates({ kind: 'mid_year', reason: 'new_resident', paidOn });
    expect(r.start).toBe(start);
    expect(r.yearsToPay).toEqual([year]);
  });
});

describe('employee identity', () => {
  it.each([
    ['employee', '2025-01', '2025-02-01'], // from the 1st of the month after contribution
    ['employee', '2025-12', '2026-01-01'],
    ['flexible', '2025-01', '2025-04-01'], // Jan = month 1, Feb 2, Mar 3 → 1 April
    ['self_employed', '2025-01', '2025-04-01'],
    ['flexible', '2025-11', '2026-02-01'], // Nov, Dec, Jan → 1 February
    ['flexible', '2017-07', '2017-10-01'],
  ] as const)('%s paid in %s → from %s', (kind, paidIn, start) => {
    expect(benefitDates({ kind, paidIn }).start).toBe(start);
  });
  it('unemployed: from the 1st of the month of applying', () => {
    expect(benefitDates({ kind: 'unemployed', appliedOn: '2025-06-20' }).start).toBe('2025-06-01');
    expect(benefitDates({ kind: 'unemployed', appliedOn: '2025-06-01' }).start).toBe('2025-06-01');
  });
  it('stopping: from the 1st of the month after the last contribution', () => {
    const r = benefitDates({ kind: 'employee_stop', lastPaidMonth: '2024-02' });
    expect([r.stopsOn, r.lastDay]).toEqual(['2024-03-01', '2024-02-29']);
  });
  it('before 2017-07 → unsupported_date', () => {
    expect(codeOf({ kind: 'employee', paidIn: '2017-06' })).toBe('unsupported_date:paidIn');
    expect(codeOf({ kind: 'employee', paidIn: '2017-07' })).toBe('none');
    expect(codeOf({ kind: 'unemployed', appliedOn: '2017-06-30' })).toBe('unsupported_date:appliedOn');
  });
});
