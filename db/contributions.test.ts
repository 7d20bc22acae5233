import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contributionMonthsOf, monthlyRecordsOf, tierRecordsOf, type TierRecord } from './contributions';

const amount = fc.integer({ min: 0, max: 9_999_999 }).map((c) => (c / 100).toFixed(2));
const rate = fc.integer({ min: 0, max: 1200 }).map((r) => (r / 10_000).toFixed(4));
const monthDay = fc.integer({ min: 0, max: 12 * 30 - 1 }).map((i) => `${1996 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`);

const paid = fc.oneof(
  fc.constant({ status: 'arrears' as const, paidOn: null }),
  fc.record({ status: fc.constantFrom('paid' as const, 'back_paid' as const), paidOn: fc.constant('2030-01-05') }),
);

/** One stored period's tier records, of any of the four kinds. */
const period = (month: string) =>
  fc.oneof(
    // unified employee month: tier 1 and tier 2, shared fields equal
    fc
      .record({
        base: amount,
        r: fc.tuple(rate, rate, rate, rate),
        a: fc.tuple(amount, amount, amount, amount),
        p: paid,
        category: fc.constantFrom('employee' as const, 'flexible' as const),
      })
      .map(({ base, r, a, p, category }): TierRecord[] => {
        const shared = { month, months: 1, identity: 'employee' as const, category, base, payer: 'employer_and_person' as const, dueOn: '2030-01-31', ...p };
        return [
          { ...shared, tier: 'tier1', employerRate: r[0], personalRate: r[1], employerAmount: a[0], personalAmount: a[1] },
          { ...shared, tier: 'tier2', employerRate: r[2], personalRate: r[3], employerAmount: a[2], personalAmount: a[3] },
        ];
      }),
    // a resident's year, or an old-scheme record
    fc
      .record({ months: fc.integer({ min: 1, max: 12 }), a: fc.tuple(amount, amount), kind: fc.constantFrom('tier1', 'legacy_resident', 'legacy_employee') })
      .map(({ months, a, kind }): TierRecord[] => {
        const employee = kind === 'legacy_employee';
        return [
          {
            month,
            tier: kind,
            months: employee ? 1 : months,
            identity: employee ? 'employee' : 'resident',
            category: employee ? 'employee' : 'resident',
            base: employee ? '3000.00' : null,
            employerRate: employee ? '0.0650' : null,
            personalRate: employee ? '0.0200' : null,
            employerAmount: a[0],
            personalAmount: a[1],
            payer: employee ? 'employer_and_person' : 'person',
            status: 'paid',
            dueOn: '2030-01-31',
            paidOn: '2030-01-05',
          },
        ];
      }),
  );

const history = fc.uniqueArray(monthDay, { maxLength: 30 }).chain((months) => fc.tuple(...months.map(period)).map((ps) => ps.flat()));

const canonical = (records: TierRecord[]) => records.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort();

describe('contribution months ⇄ tier records', () => {
  it('stores a history in fewer rows and reads every record back, unchanged', () => {
    fc.assert(
      fc.property(history, (records) => {
        const rows = contributionMonthsOf(records);
        expect(rows.length).toBe(new Set(records.map((r) => r.month)).size);
        expect(canonical(rows.flatMap(tierRecordsOf))).toEqual(canonical(records));
        expect(monthlyRecordsOf(rows).length).toBe(records.length);
      }),
    );
  });

  it('puts tier 2 in the same row as tier 1 of its month', () => {
    const [tier1, tier2] = fc.sample(
      period('2024-03-01').filter((p) => p.length === 2),
      { numRuns: 1, seed: 7 },
    )[0]!;
    const [row] = contributionMonthsOf([tier2!, tier1!]);
    expect(row).toMatchObject({ month: '2024-03-01', legacy: false, employerAmount: tier1!.employerAmount, tier2PersonalAmount: tier2!.personalAmount });
    expect(monthlyRecordsOf([row!]).map((r) => [r.month, r.tier])).toEqual([
      ['2024-03', 'tier1'],
      ['2024-03', 'tier2'],
    ]);
  });

  it('refuses records that would lose something in one row', () => {
    const employee = fc.sample(
      period('2024-03-01').filter((p) => p.length === 2),
      { numRuns: 1, seed: 3 },
    )[0]!;
    const [t1, t2] = employee as [TierRecord, TierRecord];
    expect(() => contributionMonthsOf([t2])).toThrow(/2024-03-01: a tier-2 record without its tier-1 record/);
    expect(() => contributionMonthsOf([t1])).toThrow(/tier 2 belongs to exactly/);
    expect(() => contributionMonthsOf([t1, { ...t2, base: '1.00' }])).toThrow(/differ in a shared field/);
    expect(() => contributionMonthsOf([t1, t2, { ...t1, tier: 'legacy_employee' }])).toThrow(/two records of different schemes/);
    expect(() => contributionMonthsOf([{ ...t1, tier: 'legacy_resident' }])).toThrow(/does not match its identity/);
  });
});
