/** Worked examples for the personal account (RULES §11; JM-UR 二(四)2(4), 三(一)1). */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PolicyError, money, parseInput } from '../../core';
import { personalAccountCredit as personalAccountCreditOf, personalAccountRequestSchema } from './index';

// Direct callers parse first (README: "Calling the functions"): the functions trust their schema.
type PersonalAccountInput = z.input<typeof personalAccountRequestSchema>;
const personalAccountCredit = (input: PersonalAccountInput) => personalAccountCreditOf(parseInput(personalAccountRequestSchema, input));

const inService = (over: Partial<PersonalAccountInput>): PersonalAccountInput => ({
  month: '2025-06',
  birthDate: '1990-01-01',
  status: 'in_service',
  firstEmployeeInsuranceMonth: '2019-03',
  ...over,
});

describe('first insured from 2017: the age minimum (age on the 1st of the month)', () => {
  it.each([
    ['1989-06-01', '2025-05', 35, '60.20'], // 35 on 2025-05-01: "35周岁以下（含35周岁）"
    ['1989-06-01', '2025-06', 36, '72.24'], // 36 on 2025-06-01
    ['1989-06-02', '2025-06', 35, '60.20'], // birthday later in the month: still 35 on the 1st
    ['1979-06-01', '2025-05', 45, '72.24'], // "至45周岁（含45周岁）"
    ['1979-06-01', '2025-06', 46, '84.28'], // "45周岁以上至退休"
  ])('born %s, month %s → age %i, %s', (birthDate, month, age, credit) => {
    const r = personalAccountCredit(inService({ birthDate, month }));
    expect(r.age).toBe(age);
    expect(money(r.credit)).toBe(credit);
    expect(r.basis).toBe('age_minimum');
  });
});

describe('the own 2 % contribution when higher', () => {
  it.each([
    ['5000', '100.00', 'own_contribution'], // 5000 × 0.5 % = 25 + 5000 × 1.5 % = 75 → 100 > 60.20
    ['3010', '60.20', 'age_minimum'], // 15.05 + 45.15 = 60.20, not higher
    ['3011', '60.23', 'own_contribution'], // 15.055 → 15.06, 45.165 → 45.17: 60.23
  ])('age 35, base %s → %s (%s)', (base, credit, basis) => {
    const r = personalAccountCredit(inService({ birthDate: '1990-01-01', month: '2025-06', base }));
    expect(money(r.credit)).toBe(credit);
    expect(r.basis).toBe(basis);
  });
});

describe('insured before 2017', () => {
  const before = { firstEmployeeInsuranceMonth: '2005-01', birthDate: '1975-03-10' };
  it('own December-2016 credit, unless the own contribution is higher', () => {
    expect(money(personalAccountCredit(inService({ ...before, dec2016: { credit: '150' }, base: '6000' })).credit)).toBe('150.00'); // own 30 + 90 = 120
    expect(money(personalAccountCredit(inService({ ...before, dec2016: { credit: '150' }, base: '8000' })).credit)).toBe('160.00'); // own 40 + 120 = 160
  });
  it('a fallen base recomputes the December-2016 credit (RULING: own Dec-2016 rate)', () => {
    // 150 × 6000 ÷ 7500 = 120.00; own 30 + 90 = 120.00 is not higher
    const r = personalAccountCredit(inService({ ...before, dec2016: { credit: '150', base: '7500' }, base: '6000' }));
    expect([money(r.credit), r.basis]).toEqual(['120.00', 'dec2016_recomputed']);
  });
  it('no December-2016 credit: the higher of the highest credit ever and the age minimum', () => {
    // age 50 on 2025-06-01 → minimum 84.28
    expect(money(personalAccountCredit(inService({ ...before, highestHistoricalCredit: '90' })).credit)).toBe('90.00');
    expect(money(personalAccountCredit(inService({ ...before, highestHistoricalCredit: '80' })).credit)).toBe('84.28');
  });
});

describe('retirees', () => {
  const retiree = (first: string, over: Partial<PersonalAccountInput> = {}): PersonalAccountInput => ({
    month: '2026-03',
    birthDate: '1960-01-01',
    status: 'retired',
    firstEmployeeInsuranceMonth: first,
    retireeMonthlyAmount: '120.50',
    ...over,
  });
  it.each([
    ['2016-05', '120.50', 'retiree_amount'],
    ['2017-12', '120.50', 'retiree_amount'], // tier 2 before 2018-01-01
    ['2018-01', '0.00', 'none'], // first tier 2 on/after 2018-01-01: no account after retirement
  ])('first tier 2 in %s → %s', (first, credit, basis) => {
    const r = personalAccountCredit(retiree(first));
    expect([money(r.credit), r.basis]).toEqual([credit, basis]);
  });
  it('retirees of difficult enterprises have none (JM-UR 三(一)1)', () => {
    const r = personalAccountCredit(retiree('2000-01', { difficultEnterpriseRetiree: true }));
    expect(money(r.credit)).toBe('0.00');
    expect(r.explanation[0]!.citation).toBe('JM-UR 三(一)1');
  });
  it('a retiree needs the per-person amount', () => {
    expect(() => personalAccountCredit(retiree('2000-01', { retireeMonthlyAmount: undefined }))).toThrow(PolicyError);
  });
});

it('before 2017 → unsupported_date', () => {
  try {
    personalAccountCredit(inService({ month: '2016-12' }));
    expect.unreachable();
  } catch (e) {
    expect((e as PolicyError).code).toBe('unsupported_date');
  }
});
