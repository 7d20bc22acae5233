/**
 * Worked examples for RULES §2 (JM-UR 二(三)1–2). Expected values are worked out by hand in
 * the comments. Minimum bases from 2018 on use the illustrative wage figures of
 * parameters.ts (2018: 4900 × 65 % = 3185; 2019: 5250 × 75 % = 3937.50; 2020: 5600 × 80 % = 4480).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { Dec, PolicyError, money, monthOfIndex, monthIndex, parseInput } from '../../core';
import {
  monthlyContribution as monthlyContributionOf,
  residentContribution as residentContributionOf,
  applyNationalFloor,
  monthlyContributionRequestSchema,
  residentContributionRequestSchema,
  type MonthlyContribution,
  type MonthlyContributionInput,
} from './index';

// Direct callers parse first (README: "Calling the functions"): the functions trust their schema.
const monthlyContribution = (input: z.input<typeof monthlyContributionRequestSchema>) =>
  monthlyContributionOf(parseInput(monthlyContributionRequestSchema, input) as MonthlyContributionInput);
const residentContribution = (input: z.input<typeof residentContributionRequestSchema>) =>
  residentContributionOf(parseInput(residentContributionRequestSchema, input));
import { nationalMinimumResident } from './parameters';

function amounts(r: MonthlyContribution) {
  return {
    base: money(r.base),
    t1: [money(r.tier1.employer), money(r.tier1.personal), money(r.tier1.total)],
    t2: [money(r.tier2.employer), money(r.tier2.personal), money(r.tier2.total)],
    total: money(r.total),
  };
}

function codeOf(f: () => unknown): { code: string; path: string | undefined } {
  try {
    f();
  } catch (e) {
    if (e instanceof PolicyError) return { code: e.code, path: e.issues[0]?.path };
    throw e;
  }
  return { code: 'none', path: undefined };
}

describe('employee base clamping at the minimum and 3 × minimum (JM-UR 二(三)2(1))', () => {
  // 2017 H2: minimum base 2906 (given by the text), ceiling 3 × 2906 = 8718.
  it.each([
    ['2905.99', '2906.00', 'below the floor → the floor'],
    ['2906', '2906.00', 'exactly the floor'],
    ['5000', '5000.00', 'inside'],
    ['8718', '8718.00', 'exactly the ceiling'],
    ['8718.01', '8718.00', 'just above the ceiling → the ceiling'],
    ['0', '2906.00', 'no wage → the floor'],
  ])('2017-07, wage %s → base %s (%s)', (wage, base) => {
    expect(money(monthlyContribution({ month: '2017-07', category: 'employee', wage }).base)).toBe(base);
  });

  it('2018: floor 3185 (4900 × 65 %), ceiling 9555 (3 × 3185)', () => {
    expect(money(monthlyContribution({ month: '2018-01', category: 'employee', wage: '3184.99' }).base)).toBe('3185.00');
    expect(money(monthlyContribution({ month: '2018-06', category: 'employee', wage: '9555.01' }).base)).toBe('9555.00');
  });
});

describe('tier-1 and tier-2 rates: 2017 H2 / 2018 / 2019 (JM-UR 二(三)2)', () => {
  it.each([
    // month, wage, tier 1 [employer 3.0 %, personal 0.5 %], tier 2 [employer, personal 1.5 %]
    // 2017 H2 tier 2 = 3.0 + 1.5: 8718 × 3 % = 261.54; 8718 × 0.5 % = 43.59; 8718 × 1.5 % = 130.77
    ['2017-07', '8718', ['261.54', '43.59', '305.13'], ['261.54', '130.77', '392.31']],
    ['2017-12', '5000', ['150.00', '25.00', '175.00'], ['150.00', '75.00', '225.00']],
    // 2018 tier 2 = 2.8 + 1.5: 5000 × 2.8 % = 140
    ['2018-01', '5000', ['150.00', '25.00', '175.00'], ['140.00', '75.00', '215.00']],
    ['2018-12', '5000', ['150.00', '25.00', '175.00'], ['140.00', '75.00', '215.00']],
    // 2019 on tier 2 = 2.5 + 1.5: 5000 × 2.5 % = 125
    ['2019-01', '5000', ['150.00', '25.00', '175.00'], ['125.00', '75.00', '200.00']],
    ['2025-06', '8000', ['240.00', '40.00', '280.00'], ['200.00', '120.00', '320.00']],
  ])('%s, wage %s', (month, wage, t1, t2) => {
    const r = amounts(monthlyContribution({ month, category: 'employee', wage }));
    expect(r.t1).toEqual(t1);
    expect(r.t2).toEqual(t2);
    expect(monthlyContribution({ month, category: 'employee', wage }).payer).toBe('employer_and_person');
  });

  it('two payers round each part; one payer rounds the total (RULING)', () => {
    // 2019 base 3937.50: employee: 3937.50 × 3 % = 118.125 → 118.13, × 0.5 % = 19.6875 → 19.69; sum 137.82
    const employee = amounts(monthlyContribution({ month: '2019-03', category: 'employee', wage: '3000' }));
    expect(employee.base).toBe('3937.50');
    expect(employee.t1).toEqual(['118.13', '19.69', '137.82']);
    // flexible: 3937.50 × 3.5 % = 137.8125 → 137.81; personal part 19.69; employer-rate part 137.81 − 19.69 = 118.12
    // tier 2: 3937.50 × 4 % = 157.50; personal 59.0625 → 59.06; employer-rate part 98.44
    const flexible = amounts(monthlyContribution({ month: '2019-03', category: 'flexible' }));
    expect(flexible.t1).toEqual(['118.12', '19.69', '137.81']);
    expect(flexible.t2).toEqual(['98.44', '59.06', '157.50']);
    expect(flexible.total).toBe('295.31');
  });
});

describe('unemployed, flexible, self-employed pay on the minimum base (JM-UR 二(三)1–2)', () => {
  it('unemployed in 2017 H2: paid by the unemployment fund', () => {
    const r = monthlyContribution({ month: '2017-08', category: 'unemployed' });
    // 2906 × 3.5 % = 101.71; 2906 × 4.5 % = 130.77; total 232.48
    expect(amounts(r)).toEqual({ base: '2906.00', t1: ['87.18', '14.53', '101.71'], t2: ['87.18', '43.59', '130.77'], total: '232.48' });
    expect(r.payer).toBe('unemployment_fund');
    expect(r.illustrative).toBe(false);
  });
  it('self-employed in 2020: paid by the person', () => {
    const r = monthlyContribution({ month: '2020-05', category: 'self_employed' });
    // 4480 × 3.5 % = 156.80; 4480 × 4 % = 179.20
    expect(amounts(r).total).toBe('336.00');
    expect(r.payer).toBe('person');
    expect(r.illustrative).toBe(true);
    expect(r.explanation.some((s) => s.illustrative)).toBe(true);
  });
});

describe('refusals', () => {
  it('before 2017-07 → unsupported_date', () => {
    expect(codeOf(() => monthlyContribution({ month: '2017-06', category: 'flexible' }))).toEqual({ code: 'unsupported_date', path: 'month' });
  });
  it('after the last published-or-illustrative year (2027) → unsupported_date', () => {
    expect(codeOf(() => monthlyContribution({ month: '2027-12', category: 'flexible' })).code).toBe('none');
    expect(codeOf(() => monthlyContribution({ month: '2028-01', category: 'flexible' })).code).toBe('unsupported_date');
  });
  it('a retiree has no monthly contribution (RULING)', () => {
    expect(codeOf(() => monthlyContribution({ month: '2020-01', category: 'retiree' }))).toEqual({ code: 'invalid_input', path: 'category' });
  });
  it('an employee needs a wage; others must not give one', () => {
    expect(codeOf(() => monthlyContribution({ month: '2020-01', category: 'employee' }))).toEqual({ code: 'invalid_input', path: 'wage' });
    expect(codeOf(() => monthlyContribution({ month: '2020-01', category: 'flexible', wage: '5000' }))).toEqual({ code: 'invalid_input', path: 'wage' });
    expect(codeOf(() => monthlyContribution({ month: '2020-01', category: 'employee', wage: '5000.123' }))).toEqual({ code: 'invalid_input', path: 'wage' });
  });
});

describe('properties', () => {
  const months = fc.integer({ min: monthIndex('2017-07'), max: monthIndex('2027-12') }).map(monthOfIndex);
  const wages = fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 })).map(([y, c]) => `${y}.${String(c).padStart(2, '0')}`);
  it('parts add up and the base stays within [minimum, 3 × minimum]', () => {
    fc.assert(
      fc.property(months, wages, fc.constantFrom('employee', 'unemployed', 'flexible', 'self_employed' as const), (month, wage, category) => {
        const r = monthlyContribution(category === 'employee' ? { month, category, wage } : { month, category });
        for (const t of [r.tier1, r.tier2]) {
          expect(t.employer.plus(t.personal).eq(t.total)).toBe(true);
          expect(t.employer.isNeg() || t.personal.isNeg()).toBe(false);
        }
        expect(r.total.eq(r.tier1.total.plus(r.tier2.total))).toBe(true);
        expect(r.base.gte(r.minimumBase)).toBe(true);
        expect(r.base.lte(r.minimumBase.times(3))).toBe(true);
        if (category !== 'employee') expect(r.base.eq(r.minimumBase)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('resident amount vs the national floor (JM-UR 二(三)2(1))', () => {
  it.each([
    // year, Jiangmen amount (hand arithmetic), national floor (illustrative), expected
    [2017, 'fixed 200', '180', '200.00'],
    [2018, '25300 × 1.2 % = 303.60', '220', '303.60'],
    [2019, '27400 × 1.4 % = 383.60', '250', '383.60'],
    [2020, '29600 × 1.6 % = 473.60', '280', '473.60'],
    [2027, '42600 × 1.6 % = 681.60', '400', '681.60'],
  ])('%i: %s vs %s → %s', (year, _work, floor, expected) => {
    const r = residentContribution({ year, category: 'resident', assistance: 'none' });
    expect(money(r.fullAmount)).toBe(expected);
    expect(money(r.personal)).toBe(expected);
    expect(money(nationalMinimumResident.at(year === 2017 ? '2017-07-01' : `${year}-01-01`).value)).toBe(`${floor}.00`);
    expect(r.subsidisedBy).toBe('none');
    expect(r.illustrative).toBe(true); // the national floor is illustrative in every year
  });

  const floor = (value: string) => ({ ...nationalMinimumResident.at('2024-01-01'), value: new Dec(value) });
  it.each([
    ['300.00', '320', '320.00', 'floor above → national'],
    ['320.00', '320', '320.00', 'equal → Jiangmen (not higher)'],
    ['320.01', '320', '320.01', 'Jiangmen above → Jiangmen'],
  ])('local %s, national %s → %s (%s)', (local, national, expected) => {
    expect(money(applyNationalFloor(new Dec(local), floor(national)).amount)).toBe(expected);
  });

  it('before insurance year 2017 and after 2027 → unsupported_date', () => {
    expect(codeOf(() => residentContribution({ year: 2016, category: 'resident', assistance: 'none' })).code).toBe('unsupported_date');
    expect(codeOf(() => residentContribution({ year: 2028, category: 'resident', assistance: 'none' })).code).toBe('unsupported_date');
  });
  it('a student pays the same standard', () => {
    expect(money(residentContribution({ year: 2019, category: 'student', assistance: 'none' }).personal)).toBe('383.60');
  });
});

describe('difficult residents pay nothing (JM-UR 二(三)1, RULES §1)', () => {
  // 2020 full amount 473.60 (29600 × 1.6 %)
  it.each([
    ['none', undefined, undefined, '473.60', 'none'],
    ['tekun', undefined, true, '0.00', 'government'],
    ['dibao', undefined, true, '0.00', 'government'],
    ['poverty', undefined, true, '0.00', 'government'],
    ['wubao', undefined, true, '0.00', 'government'], // RULING: 农村五保 is part of 特困供养
    ['low_income', true, true, '0.00', 'government'], // aged ≥ 60, minor, severely disabled or seriously ill
    ['low_income', false, true, '473.60', 'none'],
    ['low_income', undefined, true, '473.60', 'none'],
    ['dibao', undefined, false, '473.60', 'none'], // not locally registered
    ['tekun', undefined, undefined, '0.00', 'government'], // household registration taken as local
  ] as const)('%s (qualifies %s, local %s) → pays %s', (assistance, lowIncomeQualifies, localHukou, personal, by) => {
    const r = residentContribution({
      year: 2020,
      category: 'resident',
      assistance,
      ...(lowIncomeQualifies === undefined ? {} : { lowIncomeQualifies }),
      ...(localHukou === undefined ? {} : { localHukou }),
    });
    expect(money(r.personal)).toBe(personal);
    expect(money(r.fullAmount)).toBe('473.60');
    expect(r.subsidisedBy).toBe(by);
    expect(r.explanation.at(-1)!.citation).toBe('JM-UR 二(三)1');
  });
});
