/**
 * The estimator's year so far (db/policy-inputs.ts `hospitalYearToDateOf`): summed from settled
 * stays, it is exactly the running totals the library chains from one stay to the next — for any
 * sequence of stays (property test), employee and resident identity alike.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Dec, money, parseInput } from '../lib/policy/core';
import { estimateInpatient, inpatientRequestSchema } from '../lib/policy/jiangmen/inpatient';
import type { HospitalYearToDate } from '../lib/policy/jiangmen/inpatient/schema';
import { filingInForce, hospitalYearToDateOf, inpatientPrefill } from './policy-inputs';

const ZERO: HospitalYearToDate = { tier1Paid: '0', criticalBase: '0', criticalPaid: '0', tier2Base: '0', tier2Paid: '0', assistancePaid: '0' };
const ON = '2025-11-15';

const stay = fc.record({
  level: fc.constantFrom('level1' as const, 'level2' as const, 'level3' as const),
  inScope: fc.integer({ min: 100, max: 400_000 }),
  outOfScope: fc.integer({ min: 0, max: 5000 }),
  day: fc.integer({ min: 1, max: 28 }),
});

describe('hospitalYearToDateOf', () => {
  it('equals the running totals the library chains across the stays', () => {
    fc.assert(
      fc.property(
        fc.array(stay, { minLength: 0, maxLength: 5 }),
        fc.boolean(),
        fc.constantFrom('none' as const, 'dibao' as const, 'tekun' as const),
        (stays, employee, assistance) => {
          const person = employee
            ? {
                identity: 'employee' as const,
                category: 'employee' as const,
                assistance: assistance === 'tekun' ? ('none' as const) : assistance,
                continuousMonths: 60,
              }
            : { identity: 'resident' as const, category: 'resident' as const, assistance, continuousMonths: 60 };
          let ytd = ZERO;
          const claims = stays.map((s, i) => {
            const date = `2025-${String(1 + i).padStart(2, '0')}-${String(s.day).padStart(2, '0')}`;
            const r = estimateInpatient(
              parseInput(inpatientRequestSchema, {
                region: 'jiangmen',
                date,
                person,
                stay: { level: s.level, inScope: String(s.inScope), outOfScope: String(s.outOfScope) },
                yearToDate: ytd,
                explain: 'none',
              }),
            );
            ytd = Object.fromEntries(Object.entries(r.yearToDate).map(([k, v]) => [k, money(v)])) as HospitalYearToDate;
            return {
              kind: 'inpatient' as const,
              serviceFrom: date,
              settledOn: date,
              inScope: money(new Dec(s.inScope)),
              deductible: money(r.deductible),
              tier1: money(r.tier1),
              critical: money(r.critical),
              tier2: money(r.tier2),
              assistance: money(r.assistance),
            };
          });
          const sum = hospitalYearToDateOf(claims, ON, employee);
          expect(sum.stays).toBe(stays.length);
          // The library keeps a resident's tier-2 base at 0 (no tier 2).
          expect(sum.yearToDate).toEqual(Object.fromEntries(Object.entries(ytd).map(([k, v]) => [k, money(new Dec(v))])));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('counts only this year’s hospital stays settled by the day', () => {
    const claim = (kind: 'inpatient' | 'outpatient', serviceFrom: string, settledOn: string) => ({
      kind,
      serviceFrom,
      settledOn,
      inScope: '1000.00',
      deductible: '100.00',
      tier1: '500.00',
      critical: '0.00',
      tier2: '0.00',
      assistance: '0.00',
    });
    const sum = hospitalYearToDateOf(
      [
        claim('inpatient', '2024-12-20', '2025-01-03'),
        claim('outpatient', '2025-03-01', '2025-03-01'),
        claim('inpatient', '2025-11-10', '2025-11-20'),
        claim('inpatient', '2025-05-01', '2025-05-09'),
      ],
      ON,
      false,
    );
    expect(sum).toEqual({
      stays: 1,
      yearToDate: { tier1Paid: '500.00', criticalBase: '400.00', criticalPaid: '0.00', tier2Base: '0.00', tier2Paid: '0.00', assistancePaid: '0.00' },
    });
  });

  it('a filing counts on the days it is in force and active', () => {
    const f = { status: 'active' as const, validFrom: '2025-11-01', validTo: '2025-11-30' };
    expect(filingInForce([f], ON)).toBe(true);
    expect(filingInForce([f], '2025-12-01')).toBe(false);
    expect(filingInForce([{ ...f, status: 'revoked' as const }], ON)).toBe(false);
    expect(filingInForce([{ ...f, validTo: null }], '2030-01-01')).toBe(true);
    const pre = inpatientPrefill(
      { identity: 'employee', category: 'retiree', assistance: 'none' },
      { continuousMonths: 100, tier2ContinuousMonths: 40 },
      [],
      [f],
      ON,
    );
    expect(pre).toMatchObject({ person: { continuousMonths: 100, tier2ContinuousMonths: 40 }, outOfTown: 'registered', stays: 0 });
  });
});
