/**
 * Hospital stays (RULES.md §6) as worked examples: each expected figure carries its
 * arithmetic; inputs sit on both sides of every threshold. All 2025, Jiangmen, cap factor
 * 100 % (36 continuous months) and first stay of the year unless stated.
 */
import { describe, expect, it } from 'vitest';
import { PolicyError, parseInput, runCommand } from '../../core';
import { inpatientCommand } from '../../commands';
import { estimateInpatient } from './inpatient';
import { inpatientRequestSchema, type InpatientRequestInput, type InpatientResponse as InpatientResult } from './schema';

type Person = InpatientRequestInput['person'];
type Stay = InpatientRequestInput['stay'];
type Ytd = NonNullable<InpatientRequestInput['yearToDate']>;

const RESIDENT: Person = { identity: 'resident', category: 'resident', assistance: 'none', continuousMonths: 36 };
const EMPLOYEE: Person = { identity: 'employee', category: 'employee', assistance: 'none', continuousMonths: 36 };
const RETIREE: Person = { identity: 'employee', category: 'retiree', assistance: 'none', continuousMonths: 36 };
const as = (p: Person, assistance: Person['assistance']): Person => ({ ...p, assistance });

function estimate(person: Person, stay: Stay, yearToDate?: Ytd, date = '2025-06-10'): InpatientResult {
  // the function's decimals, encoded as the command's response (2-decimal strings)
  return inpatientCommand.encode(
    estimateInpatient(parseInput(inpatientRequestSchema, { region: 'jiangmen', date, person, stay, ...(yearToDate ? { yearToDate } : {}) })),
  );
}

function figures(r: InpatientResult) {
  return { deductible: r.deductible, tier1: r.tier1, critical: r.critical, tier2: r.tier2, assistance: r.assistance, outOfPocket: r.outOfPocket };
}

describe('RULES.md worked examples 1–6', () => {
  it('1. resident, level2, in-scope 20 000, out-of-scope 2 000', () => {
    expect(figures(estimate(RESIDENT, { level: 'level2', inScope: '20000', outOfScope: '2000' }))).toEqual({
      deductible: '600.00',
      tier1: '15520.00', // (20000 − 600) × 80 %
      critical: '0.00', // base 20000 − 600 − 15520 = 3880 < 10000
      tier2: '0.00',
      assistance: '0.00',
      outOfPocket: '6480.00', // 22000 − 15520
    });
  });

  it('2. employee, level3, in-scope 100 000, out-of-scope 5 000', () => {
    expect(figures(estimate(EMPLOYEE, { level: 'level3', inScope: '100000', outOfScope: '5000' }))).toEqual({
      deductible: '900.00',
      tier1: '54505.00', // (100000 − 900) × 55 %
      critical: '20757.00', // (100000 − 900 − 54505 = 44595; − 10000) × 60 %
      tier2: '18512.30', // on 44595 − 20757 = 23838: 5000 × 50 % + 18838 × 85 % = 2500 + 16012.30
      assistance: '0.00',
      outOfPocket: '11225.70', // 105000 − 54505 − 20757 − 18512.30
    });
  });

  it('3. employee retiree, level1, in-scope 8 000', () => {
    expect(figures(estimate(RETIREE, { level: 'level1', inScope: '8000' }))).toEqual({
      deductible: '400.00', // 500 − 100
      tier1: '6840.00', // (8000 − 400) × (85 % + 5)
      critical: '0.00', // base 760 < 10000
      tier2: '380.00', // 760 × 50 %
      assistance: '0.00',
      outOfPocket: '780.00', // 8000 − 6840 − 380
    });
  });

  it('4. resident 五保, level1, in-scope 10 000', () => {
    expect(figures(estimate(as(RESIDENT, 'wubao'), { level: 'level1', inScope: '10000' }))).toMatchObject({
      deductible: '0.00',
      tier1: '9500.00', // 10000 × (85 % + 10)
      outOfPocket: '500.00',
    });
  });

  it('5. resident, 10 continuous months (factor 50 %), level3, in-scope 500 000', () => {
    const r = estimate({ ...RESIDENT, continuousMonths: 10 }, { level: 'level3', inScope: '500000' });
    expect(figures(r)).toMatchObject({
      tier1: '100000.00', // (500000 − 900) × 55 % = 274505, capped at 200000 × 50 %
      critical: '120000.00', // base 399100: 110000 × 60 % + 279100 × 70 % = 261370, capped at 240000 × 50 %
      outOfPocket: '280000.00', // 500000 − 100000 − 120000
    });
  });

  it('6. resident dibao, level2, in-scope 50 000', () => {
    expect(figures(estimate(as(RESIDENT, 'dibao'), { level: 'level2', inScope: '50000' }))).toEqual({
      deductible: '600.00',
      tier1: '39520.00', // (50000 − 600) × 80 %
      critical: '4816.00', // (9880 − 30 % × 10000) × 70 %
      tier2: '0.00',
      assistance: '3964.80', // 70 % × (600 + 5064)
      outOfPocket: '1699.20', // 5664 − 3964.80
    });
  });

  it('gives the same figures through the command (zod validation included)', () => {
    const r = runCommand(inpatientCommand, {
      region: 'jiangmen',
      date: '2025-06-10',
      person: EMPLOYEE,
      stay: { level: 'level3', inScope: '100000.00', outOfScope: '5000.00' },
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.output).toMatchObject({ tier1: '54505.00', critical: '20757.00', tier2: '18512.30', outOfPocket: '11225.70' });
  });
});

describe('dates (JM-UR 二(四): from 2018-01-01)', () => {
  it('refuses 2017-12-31 with unsupported_date on "date"', () => {
    try {
      estimate(RESIDENT, { level: 'level2', inScope: '20000' }, undefined, '2017-12-31');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyError);
      expect((e as PolicyError).code).toBe('unsupported_date');
      expect((e as PolicyError).issues[0]!.path).toBe('date');
    }
  });
  it('applies the unified rules on 2018-01-01', () => {
    expect(estimate(RESIDENT, { level: 'level2', inScope: '20000' }, undefined, '2018-01-01').tier1).toBe('15520.00'); // (20000 − 600) × 80 %
  });
  it('the command returns the error body', () => {
    const r = runCommand(inpatientCommand, { region: 'jiangmen', date: '2017-12-31', person: RESIDENT, stay: { level: 'level2', inScope: '1' } });
    expect(r).toMatchObject({ ok: false, error: { error: { code: 'unsupported_date' } } });
  });
});

describe('cap factor on the annual caps (JM-UR 二(四)4): 12/13 and 24/25 months', () => {
  // Resident, level3, in-scope 500 000: tier 1 by ratio (500000 − 900) × 55 % = 274505.
  it.each([
    // months, tier-1 cap 200000 × factor, critical
    [12, '100000.00', '120000.00'], // base 399100 → 261370, cap 240000 × 50 %
    [13, '140000.00', '168000.00'], // base 359100 → 66000 + 239100 × 70 % = 233370, cap 240000 × 70 %
    [24, '140000.00', '168000.00'],
    [25, '200000.00', '191370.00'], // base 299100 → 66000 + 179100 × 70 % = 191370 (under 240000)
  ])('%i months → tier 1 %s, critical %s', (months, tier1, critical) => {
    const r = estimate({ ...RESIDENT, continuousMonths: months }, { level: 'level3', inScope: '500000' });
    expect([r.tier1, r.critical]).toEqual([tier1, critical]);
  });
  it('also scales the tier-2 cap (200 000 × 70 % for 13 months)', () => {
    const r = estimate({ ...EMPLOYEE, continuousMonths: 13 }, { level: 'level1', inScope: '10500' }, { tier2Base: '0', tier2Paid: '139500' });
    expect(r.tier2).toBe('500.00'); // 1500 × 50 % = 750, only 140000 − 139500 = 500 left
  });
});

describe('layer A — deductible and ratio (JM-UR 二(四)1(1), 二(四)3; GD-MC 二(八))', () => {
  it.each([
    ['level1', '8500.00'], // (10500 − 500) × 85 %
    ['level2', '7920.00'], // (10500 − 600) × 80 %
    ['level3', '5280.00'], // (10500 − 900) × 55 %
    ['non_designated', '3600.00'], // (10500 − 1500) × 40 %
  ] as const)('%s: tier 1 %s', (level, tier1) => {
    expect(estimate(RESIDENT, { level, inScope: '10500' }).tier1).toBe(tier1);
  });
  it('in-scope at the deductible: nothing paid, all borne', () => {
    expect(figures(estimate(RESIDENT, { level: 'level2', inScope: '600' }))).toMatchObject({ deductible: '600.00', tier1: '0.00', outOfPocket: '600.00' });
  });
  it('in-scope below the deductible: the deductible borne is the cost', () => {
    expect(figures(estimate(RESIDENT, { level: 'level2', inScope: '400' }))).toMatchObject({ deductible: '400.00', tier1: '0.00', outOfPocket: '400.00' });
  });
  it('one cent above the deductible pays 80 % of a cent, rounded half-up', () => {
    expect(estimate(RESIDENT, { level: 'level2', inScope: '600.01' }).tier1).toBe('0.01'); // 0.01 × 80 % = 0.008 → 0.01
  });
  it('retiree at level3: deductible 900 − 100, ratio 55 % + 5', () => {
    expect(figures(estimate(RETIREE, { level: 'level3', inScope: '10000' }))).toMatchObject({ deductible: '800.00', tier1: '5520.00' }); // (10000 − 800) × 60 %
  });
  it('五保 at level2: deductible 0, no extra points outside level 1', () => {
    expect(figures(estimate(as(RESIDENT, 'wubao'), { level: 'level2', inScope: '10000' }))).toMatchObject({ deductible: '0.00', tier1: '8000.00' }); // 10000 × 80 %
  });
  it('referral: the deductible continues from the referring stay', () => {
    expect(figures(estimate(RESIDENT, { level: 'level3', inScope: '10000', transfer: 'referral', referringDeductible: '600' }))).toMatchObject({
      deductible: '300.00', // 900 − 600
      tier1: '5335.00', // (10000 − 300) × 55 %
    });
  });
  it('referral: never below 0', () => {
    expect(estimate(RESIDENT, { level: 'level3', inScope: '10000', transfer: 'referral', referringDeductible: '1000' }).tier1).toBe('5500.00'); // 10000 × 55 %
  });
  it('medical-community transfer: the later stay has no deductible', () => {
    expect(figures(estimate(RESIDENT, { level: 'level2', inScope: '10000', transfer: 'medical_community' }))).toMatchObject({
      deductible: '0.00',
      tier1: '8000.00',
    }); // 10000 × 80 %
  });
  it('family bed after a level-2/3 stay: no deductible', () => {
    expect(figures(estimate(RESIDENT, { level: 'level1', inScope: '3000', transfer: 'family_bed' }))).toMatchObject({ deductible: '0.00', tier1: '2550.00' }); // 3000 × 85 %
  });
  it('registered out-of-town care: same as the Jiangmen level', () => {
    expect(estimate(RESIDENT, { level: 'level2', inScope: '20000', outOfTown: 'registered' }).tier1).toBe('15520.00'); // (20000 − 600) × 80 %
  });
  it('unregistered out-of-town care: tier-1 and tier-2 ratios halved, critical unchanged', () => {
    expect(figures(estimate(RESIDENT, { level: 'level2', inScope: '20000', outOfTown: 'unregistered' }))).toMatchObject({ tier1: '7760.00' }); // 19400 × 40 %
    expect(figures(estimate(EMPLOYEE, { level: 'level2', inScope: '20000', outOfTown: 'unregistered' }))).toEqual({
      deductible: '600.00',
      tier1: '7760.00', // 19400 × (80 % × 50 %)
      critical: '984.00', // (20000 − 600 − 7760 = 11640; − 10000) × 60 %
      tier2: '3653.80', // on 11640 − 984 = 10656: 5000 × 25 % + 5656 × 42.5 % = 1250 + 2403.80
      assistance: '0.00',
      outOfPocket: '7602.20', // 20000 − 7760 − 984 − 3653.80
    });
  });
  it('non-designated: deductible 1500, 40 %, critical and tier-2 rates −10 points', () => {
    expect(figures(estimate(EMPLOYEE, { level: 'non_designated', inScope: '20000' }))).toEqual({
      deductible: '1500.00',
      tier1: '7400.00', // (20000 − 1500) × 40 %
      critical: '550.00', // (20000 − 1500 − 7400 = 11100; − 10000) × (60 % − 10)
      tier2: '6162.50', // on 11100 − 550 = 10550: 5000 × 40 % + 5550 × 75 % = 2000 + 4162.50
      assistance: '0.00',
      outOfPocket: '5887.50', // 20000 − 7400 − 550 − 6162.50
    });
  });
});

describe('layer A — annual cap 200 000 and the maternity floor (JM-UR 二(四)1(1))', () => {
  // level1, in-scope 10 500 → tier 1 by ratio (10500 − 500) × 85 % = 8500
  it('exactly the remaining cap', () => {
    expect(estimate(RESIDENT, { level: 'level1', inScope: '10500' }, { tier1Paid: '191500' }).tier1).toBe('8500.00'); // 200000 − 191500
  });
  it('one yuan less room than needed', () => {
    const r = estimate(RESIDENT, { level: 'level1', inScope: '10500' }, { tier1Paid: '191501' });
    expect(r.tier1).toBe('8499.00'); // 200000 − 191501
    expect(r.yearToDate.criticalBase).toBe('1501.00'); // 10500 − 500 − 8499: the part above the cap counts
  });
  it('cap already used up', () => {
    expect(estimate(RESIDENT, { level: 'level1', inScope: '10500' }, { tier1Paid: '250000' }).tier1).toBe('0.00');
  });
  it('delivery: a payment under 500 is raised to 500', () => {
    expect(figures(estimate(RESIDENT, { level: 'level2', inScope: '1000', maternity: true }))).toMatchObject({
      tier1: '500.00', // (1000 − 600) × 80 % = 320 → 500
      deductible: '500.00', // min(600, 1000 − 500)
      critical: '0.00', // base 1000 − 500 − 500 = 0
      outOfPocket: '500.00',
    });
  });
  it('delivery: never above the in-scope cost', () => {
    expect(figures(estimate(RESIDENT, { level: 'level2', inScope: '400', maternity: true }))).toMatchObject({
      tier1: '400.00',
      deductible: '0.00',
      outOfPocket: '0.00',
    });
  });
  it('delivery: never above the remaining annual cap', () => {
    const r = estimate(RESIDENT, { level: 'level2', inScope: '1000', maternity: true }, { tier1Paid: '199800' });
    expect(figures(r)).toMatchObject({ tier1: '200.00', deductible: '600.00' }); // room 200; min(600, 1000 − 200)
    expect(r.yearToDate.criticalBase).toBe('200.00'); // 1000 − 600 − 200
  });
  it('delivery: a payment of 500 or more is unchanged', () => {
    expect(estimate(RESIDENT, { level: 'level2', inScope: '2000', maternity: true }).tier1).toBe('1120.00'); // (2000 − 600) × 80 %
  });
});

describe('layer B — critical illness (JM-UR 二(四)1(4))', () => {
  // level1, in-scope 10 500: this stay adds 10500 − 500 − 8500 = 1500 to the base.
  const stay: Stay = { level: 'level1', inScope: '10500' };
  it.each([
    ['8500', '0.00'], // after 10000: not above the threshold
    ['8501', '0.60'], // (10001 − 10000) × 60 %
    ['118500', '900.00'], // (118500, 120000] × 60 %
    ['118501', '900.10'], // 1499 × 60 % + 1 × 70 % = 899.40 + 0.70
  ])('standard group, base before %s → %s', (criticalBase, critical) => {
    expect(estimate(RESIDENT, stay, { criticalBase }).critical).toBe(critical);
  });
  it.each([
    ['poverty', '1500', '0.00'], // after 3000 = 30 % × 10000
    ['poverty', '1501', '0.70'], // 1 × 70 %
    ['dibao', '1501', '0.70'],
    ['tekun', '500', '0.00'], // after 2000 = 20 % × 10000
    ['tekun', '501', '0.80'], // 1 × 80 %
    ['poverty', '118501', '1050.10'], // 1499 × 70 % + 1 × 80 % = 1049.30 + 0.80
    ['tekun', '118501', '1200.10'], // 1499 × 80 % + 1 × 90 % = 1199.20 + 0.90
  ] as const)('%s, base before %s → %s', (status, criticalBase, critical) => {
    expect(estimate(as(RESIDENT, status), stay, { criticalBase }).critical).toBe(critical);
  });
  it('standard cap: exactly the room left, then one yuan less', () => {
    expect(estimate(RESIDENT, stay, { criticalBase: '118500', criticalPaid: '239100' }).critical).toBe('900.00'); // 240000 − 239100
    expect(estimate(RESIDENT, stay, { criticalBase: '118500', criticalPaid: '239101' }).critical).toBe('899.00');
  });
  it('poverty, dibao and tekun have no cap', () => {
    expect(estimate(as(RESIDENT, 'poverty'), stay, { criticalBase: '118500', criticalPaid: '500000' }).critical).toBe('1050.00'); // 1500 × 70 %
  });
  it('五保 and low-income are in the standard group', () => {
    expect(estimate(as(RESIDENT, 'wubao'), { level: 'level2', inScope: '10000' }, { criticalBase: '10000' }).critical).toBe('1200.00'); // base +2000 (10000 − 0 − 8000) × 60 %
    expect(estimate(as(RESIDENT, 'low_income'), stay, { criticalBase: '8501' }).critical).toBe('0.60');
  });
});

describe('layer C — tier 2 (JM-UR 二(四)2(1)), employee identity', () => {
  // Employee, level1, in-scope 10 500: after tier 1 (8500) and critical (0) this stay adds 1500.
  const stay: Stay = { level: 'level1', inScope: '10500' };
  it.each([
    ['3500', '750.00'], // (3500, 5000] × 50 %
    ['3501', '750.35'], // 1499 × 50 % + 1 × 85 % = 749.50 + 0.85
    ['198500', '1275.00'], // (198500, 200000] × 85 %
    ['198501', '1275.05'], // 1499 × 85 % + 1 × 90 % = 1274.15 + 0.90
  ])('base before %s → %s', (tier2Base, tier2) => {
    expect(estimate(EMPLOYEE, stay, { tier2Base }).tier2).toBe(tier2);
  });
  it('annual cap 200 000: exactly the room left, then one yuan less', () => {
    expect(estimate(EMPLOYEE, stay, { tier2Base: '3500', tier2Paid: '199250' }).tier2).toBe('750.00');
    expect(estimate(EMPLOYEE, stay, { tier2Base: '3500', tier2Paid: '199251' }).tier2).toBe('749.00');
  });
  it('residents get no tier 2', () => {
    expect(estimate(RESIDENT, stay).tier2).toBe('0.00');
  });
});

describe('layer D — medical assistance (JM-14 一(一)), "at least" 70 % / 80 000', () => {
  it('low-income: 70 % of what is left, deductible included', () => {
    expect(figures(estimate(as(RESIDENT, 'low_income'), { level: 'level2', inScope: '50000' }))).toMatchObject({
      critical: '0.00', // 9880 < 10000
      assistance: '7336.00', // (50000 − 39520) × 70 %
      outOfPocket: '3144.00',
    });
  });
  it('tekun: lower critical threshold, then assistance', () => {
    expect(figures(estimate(as(RESIDENT, 'tekun'), { level: 'level2', inScope: '50000' }))).toMatchObject({
      critical: '6304.00', // (9880 − 2000) × 80 %
      assistance: '2923.20', // (50000 − 39520 − 6304 = 4176) × 70 %
      outOfPocket: '1252.80',
    });
  });
  it('assistance cap: only what is left of 80 000', () => {
    expect(figures(estimate(as(RESIDENT, 'dibao'), { level: 'level2', inScope: '50000' }, { assistancePaid: '79000' }))).toMatchObject({
      assistance: '1000.00', // 80000 − 79000 (70 % would be 3964.80)
      outOfPocket: '4664.00', // 50000 − 39520 − 4816 − 1000
    });
  });
  it('says "at least" and names the 80 % target and second-round assistance', () => {
    const r = estimate(as(RESIDENT, 'dibao'), { level: 'level2', inScope: '50000' });
    const pay = r.explanation!.steps.find((s) => s.key === 'inpatient.assistance.payment')!;
    expect(pay.text.zh).toContain('不低于');
    expect(pay.text.en).toContain('at least');
    const note = r.explanation!.steps.find((s) => s.key === 'inpatient.assistance.note')!;
    expect(note.text.zh).toContain('80%');
    expect(note.text.zh).toContain('二次医疗救助');
    expect(note.citation).toBe('JM-14 一(一)');
  });
  it('poverty (建档立卡) gets no computed assistance, only a note', () => {
    const r = estimate(as(RESIDENT, 'poverty'), { level: 'level2', inScope: '50000' });
    expect(r.assistance).toBe('0.00');
    expect(r.explanation!.steps.some((s) => s.key === 'inpatient.assistance.poverty_note')).toBe(true);
  });
});

describe('year to date after the stay', () => {
  it('adds this stay to every running total (example 2)', () => {
    expect(estimate(EMPLOYEE, { level: 'level3', inScope: '100000', outOfScope: '5000' }).yearToDate).toEqual({
      tier1Paid: '54505.00',
      criticalBase: '44595.00',
      criticalPaid: '20757.00',
      tier2Base: '23838.00',
      tier2Paid: '18512.30',
      assistancePaid: '0.00',
    });
  });
  it('a second stay continues the brackets: 5000 at 50 % is used once a year', () => {
    const first = estimate(EMPLOYEE, { level: 'level1', inScope: '10500' });
    expect(first.tier2).toBe('750.00'); // 1500 × 50 %
    const second = estimate(EMPLOYEE, { level: 'level1', inScope: '30500' }, first.yearToDate);
    // tier 1 (30500 − 500) × 85 % = 25500; adds 4500 to the critical base: 1500 + 4500 = 6000 < 10000;
    // tier 2 on (1500, 6000]: 3500 × 50 % + 1000 × 85 % = 1750 + 850
    expect(second.tier2).toBe('2600.00');
  });
});

describe('cross-field validation', () => {
  const bad = (person: Person, stay: Stay) => {
    try {
      estimate(person, stay);
    } catch (e) {
      return (e as PolicyError).issues.map((i) => i.path);
    }
    return [];
  };
  it('category must fit identity', () => {
    expect(bad({ ...RESIDENT, category: 'retiree' }, { level: 'level1', inScope: '1' })).toEqual(['person.category']);
    expect(bad({ ...EMPLOYEE, category: 'student' }, { level: 'level1', inScope: '1' })).toEqual(['person.category']);
  });
  it('五保 only with resident identity', () => {
    expect(bad(as(EMPLOYEE, 'wubao'), { level: 'level1', inScope: '1' })).toEqual(['person.assistance']);
  });
  it('referringDeductible only with a referral', () => {
    expect(bad(RESIDENT, { level: 'level1', inScope: '1', referringDeductible: '100' })).toEqual(['stay.referringDeductible']);
    expect(bad(RESIDENT, { level: 'level1', inScope: '1', referringDeductible: '0.00' })).toEqual([]);
  });
  it('family bed and medical community only between Jiangmen designated institutions', () => {
    expect(bad(RESIDENT, { level: 'non_designated', inScope: '1', transfer: 'family_bed' })).toEqual(['stay.transfer']);
    expect(bad(RESIDENT, { level: 'level2', inScope: '1', transfer: 'medical_community', outOfTown: 'registered' })).toEqual(['stay.transfer']);
  });
  it('schema errors name the field, with zh and en', () => {
    const r = runCommand(inpatientCommand, { region: 'jiangmen', date: '2025-06-10', person: RESIDENT, stay: { level: 'level2', inScope: '1.234' } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.error.code).toBe('invalid_input');
      expect(r.error.error.issues[0]).toMatchObject({ path: 'stay.inScope', message: { zh: expect.any(String), en: expect.any(String) } });
    }
  });
});

describe('explanation', () => {
  it('cites a RULES.md key on every step, zh and en on every step', () => {
    const r = estimate(as(EMPLOYEE, 'low_income'), { level: 'non_designated', inScope: '300000', outOfScope: '10', outOfTown: 'unregistered' });
    for (const s of r.explanation!.steps) {
      expect(s.citation).toMatch(/^(JM-UR|JM-14|GD-MC|SY-OP|JM-PAY) /);
      expect(s.text.zh.length).toBeGreaterThan(0);
      expect(s.text.en.length).toBeGreaterThan(0);
    }
  });
  it('records each parameter it looked up', () => {
    const r = estimate(EMPLOYEE, { level: 'level3', inScope: '100000' });
    const keys = new Set(r.explanation!.steps.flatMap((s) => s.params ?? []));
    for (const k of [
      'jiangmen.inpatient.tier1.deductible',
      'jiangmen.inpatient.tier1.ratio',
      'jiangmen.inpatient.critical.threshold',
      'jiangmen.inpatient.tier2.bands',
      'jiangmen.continuity.cap_factor',
    ]) {
      expect(keys).toContain(k);
    }
  });
});
