/** Worked examples for accumulated years (RULES §5; JM-UR 二(三)4, 三(一)2–3). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { money, monthIndex, monthOfIndex, parseInput } from '../../core';
import type { MonthlyRecord } from '../continuity/records';
import { accumulatedYears as accumulatedYearsOf, yearsRequestSchema } from './index';

// Direct callers parse first (README: "Calling the functions"): the functions trust their schema.
const accumulatedYears = (input: z.input<typeof yearsRequestSchema>) => accumulatedYearsOf(parseInput(yearsRequestSchema, input));

/** Employee-identity months from..to: old 职工医保 before 2017-07, tier1 + tier2 rows after. */
function employee(from: string, to: string, status: MonthlyRecord['status'] = 'paid'): MonthlyRecord[] {
  const out: MonthlyRecord[] = [];
  const paid = status === 'back_paid' ? { paidOn: '2020-12-20' } : {};
  for (let i = monthIndex(from); i <= monthIndex(to); i += 1) {
    const month = monthOfIndex(i);
    if (month < '2017-07') out.push({ month, months: 1, tier: 'legacy_employee', identity: 'employee', status, ...paid });
    else for (const tier of ['tier1', 'tier2'] as const) out.push({ month, months: 1, tier, identity: 'employee', status, ...paid });
  }
  return out;
}
function resident(year: number, tier: MonthlyRecord['tier'] = 'tier1'): MonthlyRecord {
  return { month: `${year}-01`, months: 12, tier, identity: 'resident', status: 'paid' };
}

describe('which months accumulate', () => {
  it('legacy employee months count, legacy resident and tier-1-only months do not', () => {
    const records = [
      ...[2010, 2011, 2012, 2013, 2014, 2015, 2016].map((y) => resident(y, 'legacy_resident')),
      ...employee('2017-01', '2025-12'), // 6 legacy employee + 102 tier months = 108
      resident(2026),
    ];
    const r = accumulatedYears({ asOf: '2026-06-30', records });
    expect(r.localMonths).toBe(108);
    expect(r.accumulated).toEqual({ years: 9, months: 0 });
    expect(r.minimum).toMatchObject({ years: 20, reason: 'insured_before_2018', firstEmployeeMonth: '2017-01' });
    expect(r.explanation.map((s) => s.citation)).toContain('JM-UR 三(一)3');
  });
  it('an employee month with two rows counts once; arrears do not count, back-paid months do', () => {
    const records = [...employee('2020-01', '2020-06'), ...employee('2020-07', '2020-08', 'arrears'), ...employee('2020-09', '2020-12', 'back_paid')];
    expect(accumulatedYears({ asOf: '2020-12-31', records }).localMonths).toBe(10); // 6 + 4
  });
});

describe('20 or 25 years: first tier 2 on 2017-12 vs 2018-01', () => {
  it.each([
    ['2017-12', 20, 'insured_before_2018'],
    ['2018-01', 25, 'first_tier2_from_2018'],
  ] as const)('first employee month %s → %i years', (first, years, reason) => {
    const r = accumulatedYears({ asOf: '2026-06-30', records: employee(first, '2026-06') });
    expect(r.minimum).toMatchObject({ years, months: years * 12, reason, firstEmployeeMonth: first });
  });
  it('no employee months yet → 25', () => {
    expect(accumulatedYears({ asOf: '2026-06-30', records: [resident(2026)] }).minimum).toMatchObject({ years: 25, reason: 'no_employee_months_yet' });
  });
});

describe('transferred-in: also 10 years actually paid in Jiangmen (119 vs 120 months)', () => {
  const transferredIn = [{ origin: '广州市', months: 181 }];
  it('119 local months: 300 in all but not 10 local years → 1 month short', () => {
    // 2018-01..2027-11 = 119 months; 119 + 181 = 300 = 25 years, local 119 < 120
    const r = accumulatedYears({ asOf: '2027-11-30', records: employee('2018-01', '2027-11'), transferredIn });
    expect([r.accumulatedMonths, r.localMonths, r.localMinimumMonths, r.status, r.shortfallNow, r.minimumMetInMonth]).toEqual([
      300,
      119,
      120,
      'not_met',
      1,
      '2027-12',
    ]);
  });
  it('120 local months → met', () => {
    const r = accumulatedYears({ asOf: '2027-12-31', records: employee('2018-01', '2027-12'), transferredIn });
    expect([r.accumulatedMonths, r.status, r.shortfallNow, r.minimumMetInMonth]).toEqual([301, 'met', 0, null]);
  });
  it('a transferred span overlapping Jiangmen months counts once', () => {
    const r = accumulatedYears({
      asOf: '2020-12-31',
      records: employee('2020-01', '2020-12'),
      transferredIn: [{ origin: '佛山市', months: 24, from: '2019-01', to: '2020-12' }],
    });
    expect(r.transferredMonths).toBe(12); // 24 − 12 overlapping
  });
});

describe('veterans and those entitled before the reform', () => {
  it('veteran deemed years count toward the total', () => {
    // 2018-01..2025-12 = 96 months + 204 deemed = 300 = 25 years
    const r = accumulatedYears({ asOf: '2025-12-31', records: employee('2018-01', '2025-12'), veteranDeemed: { months: 204, basis: '粤劳社发〔2007〕13号' } });
    expect([r.localMonths, r.veteranMonths, r.accumulatedMonths, r.status]).toEqual([96, 204, 300, 'met']);
  });
  it('lifetime benefits on 2017-06-30 are kept', () => {
    const r = accumulatedYears({ asOf: '2026-01-31', records: employee('2005-01', '2012-12'), lifetimeEntitledOn20170630: true });
    expect([r.status, r.shortfallNow]).toEqual(['lifetime_kept', 0]);
  });
  it('cross-region workers: say so, do not compute', () => {
    const r = accumulatedYears({ asOf: '2026-01-31', records: employee('2020-01', '2025-12'), crossRegion: true });
    expect([r.status, r.minimum, r.topUp]).toEqual(['cross_region', null, null]);
    expect(r.localMonths).toBe(72);
  });
});

describe('shortfall at retirement and the top-up', () => {
  it('man born 1966-03-10 (60 years 4 months → 2026-07-10), paid 2008-01..2026-06', () => {
    // m = 1×12+3 = 15 → ceil(15/4) = 4 months of delay. Paid 2008-01..2026-06 = 222 months;
    // July 2026 still a contribution month → 223 at retirement; minimum 20 years = 240 → 17 short.
    const r = accumulatedYears({ asOf: '2026-06-15', records: employee('2008-01', '2026-06'), retirement: { birthDate: '1966-03-10', group: 'male' } });
    expect(r.localMonths).toBe(222);
    expect(r.atRetirement).toEqual({
      retirementDate: '2026-07-10',
      retirementMonth: '2026-07',
      projectedMonths: 1,
      accumulatedMonths: 223,
      shortfallMonths: 17,
    });
    // top-up in 2026-08: 17 × 6040 × 5.5 % = 5647.40 (illustrative minimum base)
    expect(money(r.topUp!.lumpSum!.amount)).toBe('5647.40');
    // monthly: 2026-08..2026-12 5 × 332.20 = 1661.00; 2027 12 × 343.20 = 4118.40; total 5779.40
    expect(money(r.topUp!.monthly!.total)).toBe('5779.40');
    expect(r.illustrative).toBe(true);
  });
  it('met before retirement → no top-up', () => {
    const r = accumulatedYears({ asOf: '2026-06-15', records: employee('2000-01', '2026-06'), retirement: { birthDate: '1966-03-10', group: 'male' } });
    expect([r.status, r.atRetirement?.shortfallMonths, r.topUp]).toEqual(['met', 0, null]);
  });
});

describe('properties', () => {
  const history = fc.record({
    start: fc.integer({ min: monthIndex('2012-01'), max: monthIndex('2024-01') }),
    paid: fc.array(fc.boolean(), { minLength: 1, maxLength: 120 }),
    extra: fc.integer({ min: 0, max: 150 }),
    transferred: fc.integer({ min: 0, max: 200 }),
  });
  function records(start: number, paid: boolean[]): MonthlyRecord[] {
    return paid.flatMap((p, k) => (p ? employee(monthOfIndex(start + k), monthOfIndex(start + k)) : []));
  }
  it('adding a paid month never lowers the accumulated months; the shortfall is ≥ 0 and 0 once met', () => {
    fc.assert(
      fc.property(history, ({ start, paid, extra, transferred }) => {
        const asOf = '2027-12-31';
        const transferredIn = transferred > 0 ? [{ origin: 'X', months: transferred }] : [];
        const a = accumulatedYears({ asOf, records: records(start, paid), transferredIn });
        const extraMonth = monthOfIndex(start + (extra % (paid.length + 5)));
        const b = accumulatedYears({ asOf, records: [...records(start, paid), ...employee(extraMonth, extraMonth)], transferredIn });
        expect(b.accumulatedMonths).toBeGreaterThanOrEqual(a.accumulatedMonths);
        expect(b.accumulatedMonths - a.accumulatedMonths).toBeLessThanOrEqual(1);
        for (const r of [a, b]) {
          expect(r.shortfallNow).toBeGreaterThanOrEqual(0);
          if (r.status === 'met') expect(r.shortfallNow).toBe(0);
          if (r.accumulatedMonths >= r.minimum!.months && (r.localMinimumMonths === null || r.localMonths >= r.localMinimumMonths))
            expect(r.shortfallNow).toBe(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
