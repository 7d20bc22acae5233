/** The one mapper between stored rows and the policy library's enrolment requests. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseInput } from '../lib/policy/core';
import { continuityRequestSchema } from '../lib/policy/jiangmen/continuity';
import { yearsRequestSchema } from '../lib/policy/jiangmen/years';
import type { ContributionMonthRow } from './contributions';
import { continuityInput, dbMonth, policyMonth, yearsInput, type EnrolmentRows } from './policy-inputs';

const month = (m: string, over: Partial<ContributionMonthRow> = {}): ContributionMonthRow => ({
  month: `${m}-01`,
  dueOn: `${m}-28`,
  paidOn: `${m}-15`,
  identity: 'employee',
  category: 'employee',
  payer: 'employer_and_person',
  status: 'paid',
  months: 1,
  legacy: false,
  base: '6000.00',
  employerRate: '0.0300',
  personalRate: '0.0050',
  employerAmount: '180.00',
  personalAmount: '30.00',
  tier2EmployerRate: '0.0250',
  tier2PersonalRate: '0.0150',
  tier2EmployerAmount: '150.00',
  tier2PersonalAmount: '90.00',
  ...over,
});

const rows: EnrolmentRows = {
  person: { birthDate: '1970-03-14', retirementGroup: 'male', retiredOn: null, lifetimeEntitled2017: false, crossRegionWorker: false },
  enrolment: { category: 'flexible', identity: 'employee' },
  contributions: [
    month('2016-12', { legacy: true, tier2EmployerAmount: null, tier2PersonalAmount: null, tier2EmployerRate: null, tier2PersonalRate: null }),
    month('2024-01'),
  ],
  transferredIn: [{ fromMonth: '2005-01-01', toMonth: '2009-12-01', months: 60, origin: '广州市', originCode: '440100', acceptedOn: '2012-03-01' }],
  veteran: { deemedMonths: 96, basis: '粤劳社发〔2007〕13号', serviceFrom: '1993-12-01', serviceTo: '2001-11-30', approvedOn: '2002-01-10' },
};

describe('months: YYYY-MM-01 ↔ YYYY-MM', () => {
  it('each way, and back again', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const stored = `${y}-${String(m).padStart(2, '0')}-01`;
        expect(dbMonth(policyMonth(stored))).toBe(stored);
      }),
    );
  });
  it('refuses what is not a month', () => {
    expect(() => policyMonth('2024-01-15')).toThrow();
    expect(() => dbMonth('2024-1')).toThrow();
  });
});

describe('rows → requests', () => {
  it('the years request carries every source and passes its schema', () => {
    const input = yearsInput(rows, '2025-06-30', { plannedDate: '2031-01-01', continueContributing: false });
    const parsed = parseInput(yearsRequestSchema, input);
    expect(parsed.records.map((r) => [r.month, r.tier])).toEqual([
      ['2016-12', 'legacy_employee'],
      ['2024-01', 'tier1'],
      ['2024-01', 'tier2'],
    ]);
    expect(parsed.transferredIn).toEqual([{ origin: '广州市', months: 60, from: '2005-01', to: '2009-12' }]);
    expect(parsed.veteranDeemed).toEqual({ months: 96, basis: '粤劳社发〔2007〕13号' });
    expect(parsed.retirement).toEqual({ birthDate: '1970-03-14', group: 'male', plannedDate: '2031-01-01' });
    expect(parsed.continueContributing).toBe(false);
    expect(parsed.crossRegion).toBeUndefined();
  });
  it('the continuity request: the category of the enrolment, the retirement date only for lifetime retirees', () => {
    expect(parseInput(continuityRequestSchema, continuityInput(rows, '2025-06-30', false))).toMatchObject({ category: 'flexible' });
    const retired = {
      ...rows,
      person: { ...rows.person, retiredOn: '2024-02-01' },
      enrolment: { category: 'retiree' as const, identity: 'employee' as const },
    };
    const c = parseInput(continuityRequestSchema, continuityInput(retired, '2025-06-30', true));
    expect(c.retiredOn).toBe('2024-02-01');
    expect(c.category).toBeUndefined();
    expect(continuityInput(retired, '2025-06-30', false).retiredOn).toBeUndefined();
  });
});
