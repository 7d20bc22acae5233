/**
 * Worked examples for the top-up (JM-UR 二(三)4(1)–(2)). Minimum bases: 2017: 2906 (given);
 * from 2018 the illustrative wages × share (2018: 3185, 2019: 3937.50, 2020: 4480, 2025: 5840,
 * 2026: 6040, 2027: 6240).
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PolicyError, money, parseInput } from '../../core';
import { topUpRequestSchema } from './schema';
import { topUp as topUpOf } from './topup';

// Direct callers parse first (README: "Calling the functions"): the functions trust their schema.
const topUp = (input: z.input<typeof topUpRequestSchema>) => topUpOf(parseInput(topUpRequestSchema, input));

describe('lump sum = shortfall months × minimum base of the year × employer tier-1 + tier-2 rate', () => {
  it.each([
    ['2017-09-15', 12, '0.06', '2092.32'], // 12 × 2906 × (3.0 % + 3.0 %) = 2092.32
    ['2018-03-01', 12, '0.058', '2216.76'], // 12 × 3185 × (3.0 % + 2.8 %) = 2216.76
    ['2019-06-01', 12, '0.055', '2598.75'], // 12 × 3937.50 × (3.0 % + 2.5 %) = 2598.75 (not 12 × 216.56)
    ['2025-01-10', 60, '0.055', '19272.00'], // 60 × 5840 × 5.5 % = 19272
  ])('on %s, %i months → rate %s, %s yuan', (date, months, rate, amount) => {
    const r = topUp({ date, shortfallMonths: months });
    expect(r.lumpSum?.rate.toString()).toBe(rate);
    expect(money(r.lumpSum!.amount)).toBe(amount);
    expect(r.computed).toBe(true);
  });
  it('before 2017-07 → unsupported_date', () => {
    expect(() => topUp({ date: '2017-06-30', shortfallMonths: 1 })).toThrow(PolicyError);
  });
});

describe('the monthly deduction alternative, each year at its own figures', () => {
  it('2019-06, 12 months: Jun–Dec 2019 and Jan–May 2020', () => {
    const r = topUp({ date: '2019-06-01', shortfallMonths: 12 });
    const m = r.monthly!;
    // 2019: 3937.50 × 5.5 % = 216.5625 → 216.56 a month, × 7 = 1515.92
    // 2020: 4480 × 5.5 % = 246.40 a month, × 5 = 1232.00; total 2747.92
    expect(m.schedule.map((s) => [s.year, s.months, money(s.monthlyAmount), money(s.amount)])).toEqual([
      [2019, 7, '216.56', '1515.92'],
      [2020, 5, '246.40', '1232.00'],
    ]);
    expect([m.firstMonth, m.lastMonth, money(m.total)]).toEqual(['2019-06', '2020-05', '2747.92']);
  });
  it('years after the published-or-illustrative figures are projected from the last year, and marked', () => {
    const r = topUp({ date: '2027-06-01', shortfallMonths: 24 });
    // 2027: 6240 × 5.5 % = 343.20; 2028 and 2029 assumed the same
    expect(r.monthly!.schedule.map((s) => [s.year, s.months, money(s.amount), s.projected, s.basedOn])).toEqual([
      [2027, 7, '2402.40', false, 2027],
      [2028, 12, '4118.40', true, 2027],
      [2029, 5, '1716.00', true, 2027],
    ]);
    expect(money(r.monthly!.total)).toBe('8236.80');
    expect(r.illustrative).toBe(true);
    // 2028–2029: 17 months × 343.20 = 5834.40, in one step marked illustrative
    const step = r.explanation.find((s) => s.key === 'topup.monthly_projected');
    expect(step?.amounts).toMatchObject({ from: '2028', to: '2029', basedOn: '2027', months: '17', amount: '5834.40' });
    expect(step?.illustrative).toBe(true);
  });
  it('a top-up in a year without figures yet uses the last year with figures, marked', () => {
    const r = topUp({ date: '2031-11-01', shortfallMonths: 10 });
    // 10 × 6240 × 5.5 % = 3432.00
    expect(money(r.lumpSum!.amount)).toBe('3432.00');
    expect(r.lumpSum!.illustrative).toBe(true);
    expect(r.explanation.find((s) => s.key === 'topup.projected')?.amounts).toEqual({ year: '2031', basedOn: '2027' });
  });
  it('nothing to pay when nothing is missing; cross-region workers are not computed', () => {
    expect(topUp({ date: '2026-01-01', shortfallMonths: 0 }).lumpSum).toBeNull();
    const x = topUp({ date: '2026-01-01', shortfallMonths: 10, crossRegion: true });
    expect([x.computed, x.lumpSum, x.monthly]).toEqual([false, null, null]);
    expect(x.explanation[0]!.key).toBe('topup.cross_region');
  });
});
