/** The annual caps after the factor and the one-line cover status (RULES §3, §4, §13). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { money, monthIndex, monthOfIndex, parseInput } from '../../core';
import { ASSISTANCE_STATUSES, IDENTITIES } from '../insured-person';
import { annualCaps, continuity, continuityRequestSchema, coverStatus } from './index';
import type { MonthlyRecord } from './records';

function employee(from: string, to: string, status: MonthlyRecord['status'] = 'paid'): MonthlyRecord[] {
  const out: MonthlyRecord[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i += 1)
    for (const tier of ['tier1', 'tier2'] as const) out.push({ month: monthOfIndex(i), months: 1, tier, identity: 'employee', status });
  return out;
}
const read = (asOf: string, records: MonthlyRecord[], category?: 'flexible') =>
  continuity(parseInput(continuityRequestSchema, { asOf, records, ...(category ? { category } : {}) }));

describe('annual caps after the factor', () => {
  it('an employee with 18 months: every cap at 70 %', () => {
    const c = annualCaps({ date: '2025-06-10', identity: 'employee', assistance: 'none', continuousMonths: 18 });
    expect([money(c.tier1), money(c.critical!), money(c.tier2!)]).toEqual(['140000.00', '168000.00', '140000.00']);
  });
  it('a resident has no tier-2 cap; 低保 and 特困 have no critical-illness cap', () => {
    const c = annualCaps({ date: '2025-06-10', identity: 'resident', assistance: 'dibao', continuousMonths: 36 });
    expect(c.tier2).toBeNull();
    expect(c.critical).toBeNull();
    expect(money(c.tier1)).toBe('200000.00');
  });
  it('a short employee run lowers the tier-2 cap alone', () => {
    const c = annualCaps({ date: '2025-06-10', identity: 'employee', assistance: 'none', continuousMonths: 40, tier2ContinuousMonths: 6 });
    expect([money(c.tier1), money(c.tier2!)]).toEqual(['200000.00', '100000.00']);
  });
  it('property: never negative, never above the full cap, and more months never lower a cap', () => {
    fc.assert(
      fc.property(fc.nat(60), fc.nat(60), fc.constantFrom(...IDENTITIES), fc.constantFrom(...ASSISTANCE_STATUSES), (a, b, identity, assistance) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = annualCaps({ date: '2025-06-10', identity, assistance, continuousMonths: lo });
        const y = annualCaps({ date: '2025-06-10', identity, assistance, continuousMonths: hi });
        expect(x.tier1.gte(0) && x.tier1.lte(200000)).toBe(true);
        expect(y.tier1.gte(x.tier1)).toBe(true);
        if (x.critical && y.critical) expect(y.critical.gte(x.critical)).toBe(true);
      }),
    );
  });
});

describe('cover status', () => {
  it('normal', () => expect(coverStatus(read('2025-06-30', employee('2020-01', '2025-06')), 'employee').kind).toBe('normal'));
  it('arrears of 2 months', () => {
    const s = coverStatus(read('2025-06-30', [...employee('2020-01', '2025-04'), ...employee('2025-05', '2025-06', 'arrears')]), 'employee');
    expect(s).toMatchObject({ kind: 'arrears', months: 2, from: '2025-05' });
  });
  it('interrupted since the gap began', () => {
    const s = coverStatus(read('2025-06-30', employee('2020-01', '2025-01')), 'employee');
    expect(s).toMatchObject({ kind: 'interrupted', since: '2025-02' });
  });
  it('a flexible worker re-paying after an interruption waits until the 4th month', () => {
    const s = coverStatus(read('2025-06-30', [...employee('2020-01', '2024-12'), ...employee('2025-06', '2025-06')], 'flexible'), 'flexible');
    expect(s).toMatchObject({ kind: 'waiting', until: '2025-08-31', resumeOn: '2025-09-01' });
  });
  it('a long run that began before the benefit-start rules is simply normal', () => {
    expect(coverStatus(read('2025-06-30', [...employee('2017-07', '2025-06')]), 'flexible').kind).toBe('normal');
  });
  it('a first payment as a flexible worker waits too (benefit-start)', () => {
    const s = coverStatus(read('2025-06-30', employee('2025-05', '2025-06'), 'flexible'), 'flexible');
    expect(s).toMatchObject({ kind: 'waiting', resumeOn: '2025-08-01' });
    expect(s.explanation.map((x) => x.key)).toContain('continuity.status_waiting');
  });
});
