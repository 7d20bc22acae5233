/** Worked examples for RULES §4 (JM-UR 二(四)4, 三(一)4). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { PolicyError, monthIndex, monthOfIndex, parseInput } from '../../core';
import { continuity as continuityOf, continuityRequestSchema, type MonthlyRecord, type RecordStatus } from './index';

// Direct callers parse first (README: "Calling the functions"): the functions trust their schema.
const continuity = (input: z.input<typeof continuityRequestSchema>) => continuityOf(parseInput(continuityRequestSchema, input));

/** Employee-identity months from..to, two rows each (tier1 + tier2). */
export function employeeMonths(from: string, to: string, status: RecordStatus = 'paid', paidOn?: string): MonthlyRecord[] {
  const out: MonthlyRecord[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i += 1) {
    for (const tier of ['tier1', 'tier2'] as const) {
      out.push({ month: monthOfIndex(i), months: 1, tier, identity: 'employee', status, ...(paidOn === undefined ? {} : { paidOn }) });
    }
  }
  return out;
}

/** A resident's yearly payment covering `months` months from `month`. */
export function residentYear(month: string, months = 12, status: RecordStatus = 'paid'): MonthlyRecord {
  return { month, months, tier: 'tier1', identity: 'resident', status };
}

describe('12/13 and 24/25 continuous months → cap factor (JM-UR 二(四)4)', () => {
  it.each([
    ['2024-12', 12, '0.5'],
    ['2025-01', 13, '0.7'],
    ['2025-12', 24, '0.7'],
    ['2026-01', 25, '1'],
  ])('paid 2024-01 to %s → %i months, factor %s', (to, months, factor) => {
    const r = continuity({ asOf: `${to}-15`, records: employeeMonths('2024-01', to) });
    expect(r.continuousMonths).toBe(months);
    expect(r.capFactor?.toString()).toBe(factor);
    expect(r.runStart).toBe('2024-01');
  });
  it('counts up to the month of the as-of date only (a resident year paid ahead)', () => {
    // 2026 paid in advance; on 2026-11-20 the months Jan..Nov count: 11
    const r = continuity({ asOf: '2026-11-20', records: [residentYear('2026-01')] });
    expect(r.continuousMonths).toBe(11);
    expect(r.capFactor?.toString()).toBe('0.5');
  });
});

describe('arrears: exactly 3 months back-paid vs 4 months', () => {
  const before = employeeMonths('2023-01', '2023-12');
  it('3 months back-paid → continuous, benefits during the arrears paid', () => {
    const r = continuity({
      asOf: '2024-12-31',
      records: [...before, ...employeeMonths('2024-01', '2024-03', 'back_paid', '2024-04-10'), ...employeeMonths('2024-04', '2024-12')],
    });
    // 12 + 3 + 9 = 24 months, one run from 2023-01
    expect(r.continuousMonths).toBe(24);
    expect(r.capFactor?.toString()).toBe('0.7');
    expect(r.interruptions).toEqual([]);
    expect(r.keptArrears).toEqual([{ from: '2024-01', to: '2024-03', months: 3, backPaidMonths: 3 }]);
  });
  it('4 months back-paid → interruption; restart from the re-payment month (employee: benefits from the next month)', () => {
    const r = continuity({
      asOf: '2024-12-31',
      records: [...before, ...employeeMonths('2024-01', '2024-04', 'back_paid', '2024-05-10'), ...employeeMonths('2024-05', '2024-12')],
    });
    // run restarts 2024-05: May..Dec = 8 months
    expect(r.continuousMonths).toBe(8);
    expect(r.runStart).toBe('2024-05');
    expect(r.capFactor?.toString()).toBe('0.5');
    expect(r.coveredMonths).toBe(24);
    expect(r.interruptions).toHaveLength(1);
    expect(r.interruptions[0]).toMatchObject({
      from: '2024-01',
      to: '2024-04',
      months: 4,
      restartMonth: '2024-05',
      noBenefitsFrom: '2024-01-01',
      noBenefitsTo: '2024-05-31',
      benefitsResumeOn: '2024-06-01',
    });
  });
  it('flexible worker re-paying in May: benefits from the 1st of the 4th month (May = 1st) → 1 August', () => {
    const r = continuity({
      asOf: '2024-12-31',
      category: 'flexible',
      records: [...before, ...employeeMonths('2024-01', '2024-04', 'arrears'), ...employeeMonths('2024-05', '2024-12')],
    });
    expect(r.interruptions[0]).toMatchObject({ restartMonth: '2024-05', benefitsResumeOn: '2024-08-01', noBenefitsTo: '2024-07-31', backPaidMonths: 0 });
  });
  it('a short gap not back-paid, followed by paid months → interruption that back-paying would undo', () => {
    const r = continuity({
      asOf: '2024-12-31',
      records: [...before, ...employeeMonths('2024-01', '2024-02', 'arrears'), ...employeeMonths('2024-03', '2024-12')],
    });
    expect(r.continuousMonths).toBe(10);
    expect(r.interruptions[0]).toMatchObject({ months: 2, backPayWouldRestore: true, benefitsResumeOn: '2024-04-01' });
  });
  it('arrears still running at the as-of date: ≤ 3 months pending, > 3 months interrupted', () => {
    const records = [...before, ...employeeMonths('2024-01', '2024-09'), ...employeeMonths('2024-10', '2024-12', 'arrears')];
    const pending = continuity({ asOf: '2024-12-15', records });
    expect(pending.continuousMonths).toBe(21); // 2023-01..2024-09
    expect(pending.pendingArrears).toEqual({ from: '2024-10', to: '2024-12', months: 3, backPaidMonths: 0 });
    const broken = continuity({ asOf: '2025-01-15', records });
    expect(broken.continuousMonths).toBe(0);
    expect(broken.runStart).toBeNull();
    expect(broken.interruptions[0]).toMatchObject({ from: '2024-10', to: '2025-01', months: 4, ongoing: true, benefitsResumeOn: null });
  });
  it('a back payment dated after the as-of date has not happened yet', () => {
    const records = [...before, ...employeeMonths('2024-01', '2024-02', 'back_paid', '2024-03-20'), ...employeeMonths('2024-03', '2024-03')];
    expect(continuity({ asOf: '2024-03-10', records }).interruptions[0]).toMatchObject({ months: 2, backPayWouldRestore: true });
    expect(continuity({ asOf: '2024-03-31', records }).continuousMonths).toBe(15);
  });
});

describe('identity switch, overlap, legacy schemes', () => {
  it('resident 2023 then employee from 2024-01 without a gap: tier-1 time carries on, tier 2 starts afresh', () => {
    const r = continuity({ asOf: '2024-06-30', records: [residentYear('2023-01'), ...employeeMonths('2024-01', '2024-06')] });
    expect(r.continuousMonths).toBe(18); // 12 + 6
    expect(r.capFactor?.toString()).toBe('0.7');
    expect(r.tier2).toMatchObject({ continuousMonths: 6, runStart: '2024-01' });
    expect(r.tier2?.capFactor?.toString()).toBe('0.5');
    expect(r.explanation.map((s) => s.key)).toContain('continuity.identity_switch');
  });
  it('employee until 2023-12, resident from 2024 (no gap): continuous', () => {
    const r = continuity({ asOf: '2024-03-31', records: [...employeeMonths('2023-01', '2023-12'), residentYear('2024-01')] });
    expect(r.continuousMonths).toBe(15);
    expect(r.tier2).toBeNull(); // resident identity now: no tier 2 to cap
  });
  it('resident 2022, then employee from 2023-06: a 5-month gap interrupts', () => {
    const r = continuity({ asOf: '2023-12-31', records: [residentYear('2022-01'), ...employeeMonths('2023-06', '2023-12')] });
    expect(r.continuousMonths).toBe(7);
    expect(r.interruptions[0]).toMatchObject({ from: '2023-01', to: '2023-05', identityAfter: 'employee', benefitsResumeOn: '2023-07-01' });
  });
  it('overlapping months are counted once', () => {
    // resident year 2024 and employee months 2024-07..2024-12: 12 calendar months, not 18
    const r = continuity({ asOf: '2024-12-31', records: [residentYear('2024-01'), ...employeeMonths('2024-07', '2024-12')] });
    expect(r.continuousMonths).toBe(12);
    expect(r.coveredMonths).toBe(12);
    expect(r.explanation.find((s) => s.key === 'continuity.overlap')?.amounts).toEqual({ months: '6' });
  });
  it('old 职工医保 and old 城乡医保 time counts (JM-UR 三(一)4); the cap link applies from 2018', () => {
    const legacy: MonthlyRecord[] = [
      { month: '2015-07', months: 6, tier: 'legacy_resident', identity: 'resident', status: 'paid' },
      { month: '2016-01', months: 12, tier: 'legacy_resident', identity: 'resident', status: 'paid' },
      ...Array.from({ length: 6 }, (_, k) => ({
        month: `2017-0${k + 1}`,
        months: 1,
        tier: 'legacy_employee' as const,
        identity: 'employee' as const,
        status: 'paid' as const,
      })),
    ];
    const records = [...legacy, ...employeeMonths('2017-07', '2018-01')];
    const in2017 = continuity({ asOf: '2017-12-31', records });
    expect(in2017.continuousMonths).toBe(30); // 6 + 12 + 6 + 6
    expect(in2017.capFactor).toBeNull();
    const in2018 = continuity({ asOf: '2018-01-31', records });
    expect(in2018.continuousMonths).toBe(31);
    expect(in2018.capFactor?.toString()).toBe('1');
    expect(in2018.tier2?.continuousMonths).toBe(13); // 2017-01..2018-01 employee identity
    expect(in2018.explanation.map((s) => s.citation)).toContain('JM-UR 三(一)4');
  });
  it('a missed resident year is an interruption', () => {
    const r = continuity({ asOf: '2025-03-31', records: [residentYear('2023-01'), residentYear('2025-01')] });
    expect(r.continuousMonths).toBe(3);
    expect(r.interruptions[0]).toMatchObject({ from: '2024-01', to: '2024-12', months: 12, identityAfter: 'resident', benefitsResumeOn: '2025-01-01' });
  });
  it('refuses an as-of date before 2017-07-01', () => {
    expect(() => continuity({ asOf: '2017-06-30', records: [] })).toThrow(PolicyError);
  });
});

describe('properties', () => {
  const statuses = fc.constantFrom<RecordStatus | 'none'>('paid', 'paid', 'paid', 'arrears', 'back_paid', 'none');
  const history = fc.record({
    start: fc.integer({ min: monthIndex('2017-07'), max: monthIndex('2024-01') }),
    states: fc.array(statuses, { minLength: 1, maxLength: 60 }),
    resident: fc.array(fc.integer({ min: 2018, max: 2027 }), { maxLength: 4 }),
    asOf: fc.integer({ min: monthIndex('2017-07'), max: monthIndex('2027-12') }),
  });
  function build(h: { start: number; states: (RecordStatus | 'none')[]; resident: number[] }): MonthlyRecord[] {
    const out: MonthlyRecord[] = [];
    h.states.forEach((s, k) => {
      if (s !== 'none') out.push(...employeeMonths(monthOfIndex(h.start + k), monthOfIndex(h.start + k), s, s === 'back_paid' ? '2017-07-01' : undefined));
    });
    for (const y of h.resident) out.push(residentYear(`${y}-01`));
    return out;
  }
  it('continuous months are never negative and never exceed the calendar months covered', () => {
    fc.assert(
      fc.property(history, (h) => {
        const asOf = `${monthOfIndex(h.asOf)}-28`;
        const r = continuity({ asOf, records: build(h) });
        expect(r.continuousMonths).toBeGreaterThanOrEqual(0);
        expect(r.continuousMonths).toBeLessThanOrEqual(r.coveredMonths);
        if (r.runStart !== null) expect(r.continuousMonths).toBeLessThanOrEqual(h.asOf - monthIndex(r.runStart) + 1);
        if (r.tier2 !== null) expect(r.tier2.continuousMonths).toBeLessThanOrEqual(r.coveredMonths);
      }),
      { numRuns: 300 },
    );
  });
});
