/**
 * Worked examples for the statutory retirement age (RULES §5, national law).
 * delay = min(cap, ceil(m / step)), m = (birth year − base year) × 12 + birth month.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { fromEpochDay, epochDay, monthIndex, parseInput } from '../../core';
import { ageReachedOn, retirement as retirementOf, retirementRequestSchema, type RetirementGroup } from './index';

// Direct callers parse first (README: "Calling the functions"): the functions trust their schema.
const retirement = (input: z.input<typeof retirementRequestSchema>) => retirementOf(parseInput(retirementRequestSchema, input));

describe('statutory retirement age and date', () => {
  it.each([
    // birth, group, expected age [years, months], date — with the arithmetic
    ['1964-12-15', 'male', [60, 0], '2024-12-15'], // m = −1×12+12 = 0 → no delay
    ['1965-01-20', 'male', [60, 1], '2025-02-20'], // m = 1 → ceil(1/4) = 1
    ['1965-01-31', 'male', [60, 1], '2025-02-28'], // 31 Feb does not exist → last day of February
    ['1970-05-10', 'male', [61, 5], '2031-10-10'], // m = 5×12+5 = 65 → ceil(65/4) = 17
    ['1970-05-10', 'female_55', [55, 2], '2025-07-10'], // m = 5 → ceil(5/4) = 2
    ['1970-05-10', 'female_50', [50, 0], '2020-05-10'], // reached 50 in 2020: before the reform
    ['1976-08-10', 'male', [62, 11], '2039-07-10'], // m = 11×12+8 = 140 → 35
    ['1976-09-01', 'male', [63, 0], '2039-09-01'], // m = 141 → ceil(141/4) = 36 = cap
    ['1980-03-15', 'male', [63, 0], '2043-03-15'], // capped at 36
    ['1980-03-15', 'female_55', [57, 7], '2037-10-15'], // m = 10×12+3 = 123 → ceil(123/4) = 31
    ['1980-03-15', 'female_50', [52, 8], '2032-11-15'], // m = 5×12+3 = 63 → ceil(63/2) = 32
    ['1974-12-20', 'female_50', [50, 0], '2024-12-20'], // m = 0
    ['1975-01-20', 'female_50', [50, 1], '2025-02-20'], // m = 1 → ceil(1/2) = 1
    ['1984-12-01', 'female_50', [55, 0], '2039-12-01'], // m = 9×12+12 = 120 → 60 = cap
  ] as const)('%s %s → %j on %s', (birthDate, group, [years, months], date) => {
    const r = retirement({ birthDate, group });
    expect(r.statutoryAge).toEqual({ years, months });
    expect(r.retirementDate).toBe(date);
    expect(r.retirementMonth).toBe(date.slice(0, 7));
    expect(r.explanation[0]!.citation).toBe('RULES §5 national retirement age');
  });

  it('the first month as a retiree is the month after the retirement month', () => {
    expect(retirement({ birthDate: '1965-12-05', group: 'male' }).firstMonthAsRetiree).toBe('2026-04'); // m = 12 → 3 → 60y3m → 2026-03-05
  });
});

describe('the flexible window: up to 3 years earlier (never before the original age), up to 3 years later', () => {
  it.each([
    // statutory 2031-10-10; 3 years earlier 2028-10-10 is before the original 60 (2030-05-10)
    ['1970-05-10', 'male', '2030-05-10', '2034-10-10'],
    // statutory 2039-09-01 = original 2036-09-01 + 36 months: earliest exactly the original age
    ['1976-09-01', 'male', '2036-09-01', '2042-09-01'],
    // statutory 2032-11-15; 3 years earlier 2029-11-15 is before the original 50 (2030-03-15)
    ['1980-03-15', 'female_50', '2030-03-15', '2035-11-15'],
    // statutory 2037-10-15; 3 years earlier 2034-10-15 is before the original 55 (2035-03-15)
    ['1980-03-15', 'female_55', '2035-03-15', '2040-10-15'],
    // before the reform: no window
    ['1964-12-15', 'male', '2024-12-15', '2024-12-15'],
  ] as const)('%s %s → %s … %s', (birthDate, group, earliest, latest) => {
    const r = retirement({ birthDate, group });
    expect([r.earliestDate, r.latestDate]).toEqual([earliest, latest]);
  });

  it('checks a planned date', () => {
    const inside = retirement({ birthDate: '1970-05-10', group: 'male', plannedDate: '2030-05-10' });
    expect(inside.planned).toEqual({ date: '2030-05-10', allowed: true, monthsFromStatutory: -17 });
    const early = retirement({ birthDate: '1970-05-10', group: 'male', plannedDate: '2030-05-09' });
    expect(early.planned?.allowed).toBe(false);
    const late = retirement({ birthDate: '1970-05-10', group: 'male', plannedDate: '2034-10-11' });
    expect(late.planned?.allowed).toBe(false);
    expect(retirement({ birthDate: '1970-05-10', group: 'male', plannedDate: '2034-10-10' }).planned).toEqual({
      date: '2034-10-10',
      allowed: true,
      monthsFromStatutory: 36,
    });
  });
});

describe('properties', () => {
  const births = fc.integer({ min: epochDay('1950-01-01'), max: epochDay('2005-12-31') }).map(fromEpochDay);
  const groups = fc.constantFrom<RetirementGroup>('male', 'female_55', 'female_50');
  it('never before the original age, never more than 36 / 60 months after it; the window brackets it', () => {
    fc.assert(
      fc.property(births, groups, (birthDate, group) => {
        const r = retirement({ birthDate, group });
        const cap = group === 'female_50' ? 60 : 36;
        expect(r.retirementDate >= r.originalRetirementDate).toBe(true);
        expect(monthIndex(r.retirementDate) - monthIndex(r.originalRetirementDate)).toBeLessThanOrEqual(cap);
        expect(r.delayMonths).toBeGreaterThanOrEqual(0);
        expect(r.delayMonths).toBeLessThanOrEqual(cap);
        expect(r.earliestDate >= r.originalRetirementDate).toBe(true);
        expect(r.earliestDate <= r.retirementDate && r.retirementDate <= r.latestDate).toBe(true);
        expect(r.latestDate <= ageReachedOn(birthDate, r.statutoryAge.years * 12 + r.statutoryAge.months + 36)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
