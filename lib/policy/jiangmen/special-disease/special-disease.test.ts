/**
 * Special-disease outpatient months (RULES.md §10; JM-UR 附表) as worked examples.
 * 2025, Jiangmen, one month's in-scope cost.
 */
import { describe, expect, it } from 'vitest';
import { PolicyError, runCommand } from '../../core';
import { specialDiseaseCommand } from '../../commands';
import { estimateSpecialDisease as estimateDecimals } from './special-disease';
import {
  specialDiseaseRequestSchema,
  type SpecialDiseaseRequest,
  type SpecialDiseaseRequestInput,
  type SpecialDiseaseResponse as SpecialDiseaseResult,
} from './schema';

/** The function's decimals as the command's response gives them (2-decimal strings). */
const estimateSpecialDisease = (req: SpecialDiseaseRequest): SpecialDiseaseResult => specialDiseaseCommand.encode(estimateDecimals(req));

type Person = SpecialDiseaseRequestInput['person'];
const RESIDENT: Person = { identity: 'resident', category: 'resident', assistance: 'none' };
const EMPLOYEE: Person = { identity: 'employee', category: 'employee', assistance: 'none' };
const WUBAO: Person = { ...RESIDENT, assistance: 'wubao' };

function month(
  person: Person,
  diseases: string[],
  level: 'level1' | 'level2' | 'level3' | 'non_designated',
  inScope: string,
  date = '2025-06-10',
): SpecialDiseaseResult {
  return estimateSpecialDisease(specialDiseaseRequestSchema.parse({ region: 'jiangmen', date, person, month: { diseases, level, inScope } }));
}
const pay = (r: SpecialDiseaseResult) => [r.tier1, r.tier2, r.outOfPocket];

describe('RULES.md worked example 8', () => {
  it('class 4 (diabetes), tier 2, level2, in-scope 400', () => {
    // tier 1: 400 × 50 % = 200, capped at 180; tier 2: (400 − 180) × 60 % = 132; 400 − 180 − 132 = 88
    expect(pay(month(EMPLOYEE, ['diabetes'], 'level2', '400'))).toEqual(['180.00', '132.00', '88.00']);
  });
  it('the same through the command', () => {
    const r = runCommand(specialDiseaseCommand, {
      region: 'jiangmen',
      date: '2025-06-10',
      person: EMPLOYEE,
      month: { diseases: ['diabetes'], level: 'level2', inScope: '400.00' },
    });
    expect(r).toMatchObject({ ok: true, output: { tier1: '180.00', tier2: '132.00', outOfPocket: '88.00', diseaseClasses: [4] } });
  });
});

describe('tier-1 ratios by level: 60 / 50 / 30 %', () => {
  it.each([
    ['level1', '120.00'], // 200 × 60 %
    ['level2', '100.00'], // 200 × 50 %
    ['level3', '100.00'], // 200 × 50 %
    ['non_designated', '60.00'], // 200 × 30 %
  ] as const)('%s → %s', (level, tier1) => {
    expect(month(RESIDENT, ['diabetes'], level, '200').tier1).toBe(tier1);
  });
});

describe('class 2 (1500 / +900 a month)', () => {
  it('resident: capped at 1500', () => {
    expect(pay(month(RESIDENT, ['haemophilia'], 'level1', '3000'))).toEqual(['1500.00', '0.00', '1500.00']); // 3000 × 60 % = 1800 → 1500
  });
  it('employee: tier 2 pays 60 % of the rest up to 900', () => {
    expect(pay(month(EMPLOYEE, ['haemophilia'], 'level1', '3000'))).toEqual(['1500.00', '900.00', '600.00']); // (3000 − 1500) × 60 % = 900
    expect(pay(month(EMPLOYEE, ['haemophilia'], 'level1', '2000'))).toEqual(['1200.00', '480.00', '320.00']); // 2000 × 60 %; 800 × 60 %
    expect(pay(month(EMPLOYEE, ['haemophilia'], 'level1', '5000'))).toEqual(['1500.00', '900.00', '2600.00']); // 3500 × 60 % = 2100 → 900
  });
  it('names the other reading of the merged cells', () => {
    const r = month(EMPLOYEE, ['haemophilia'], 'level1', '3000');
    expect(r.explanation!.steps.find((s) => s.key === 'special_disease.tier2.reading')!.text.zh).toContain('一档的分级比例');
  });
});

describe('class 3 (240 / +960 a month)', () => {
  it('resident: capped at 240', () => {
    expect(pay(month(RESIDENT, ['aids'], 'level3', '1000'))).toEqual(['240.00', '0.00', '760.00']); // 500 → 240
  });
  it('employee: 60 % of the rest, up to 960', () => {
    expect(pay(month(EMPLOYEE, ['aids'], 'level3', '1000'))).toEqual(['240.00', '456.00', '304.00']); // 760 × 60 %
    expect(pay(month(EMPLOYEE, ['aids'], 'level3', '3000'))).toEqual(['240.00', '960.00', '1800.00']); // 2760 × 60 % = 1656 → 960
  });
});

describe('class 4 (180 a month; tier 2 60 % with no cap — RULING)', () => {
  it('tier 2 is not capped', () => {
    expect(pay(month(EMPLOYEE, ['coronary_heart_disease'], 'level1', '5000'))).toEqual(['180.00', '2892.00', '1928.00']); // 4820 × 60 %
  });
  it('names the 960 alternative', () => {
    const r = month(EMPLOYEE, ['diabetes'], 'level2', '400');
    expect(r.explanation!.steps.find((s) => s.key === 'special_disease.tier2.reading')!.text.zh).toContain('960');
  });
});

describe('two or more diseases: the highest monthly cap + 60 (说明2)', () => {
  it('two class-4 diseases: 180 + 60', () => {
    expect(month(RESIDENT, ['diabetes', 'hypertension_stage2_plus'], 'level1', '1000').tier1).toBe('240.00'); // 600 → 240
  });
  it('class 2 + class 3: tier 1 1500 + 60, tier 2 960 + 60', () => {
    // tier 1: 5000 × 60 % = 3000 → 1560; tier 2: (5000 − 1560) × 60 % = 2064 → 1020
    expect(pay(month(EMPLOYEE, ['haemophilia', 'aids'], 'level1', '5000'))).toEqual(['1560.00', '1020.00', '2420.00']);
  });
  it('class 2 + class 4: tier 2 has no cap (class 4 has none)', () => {
    expect(pay(month(EMPLOYEE, ['haemophilia', 'diabetes'], 'level1', '5000'))).toEqual(['1560.00', '2064.00', '1376.00']); // 3440 × 60 %
  });
  it('monthly caps do not carry over: each month starts again', () => {
    expect(month(RESIDENT, ['diabetes'], 'level1', '1000', '2025-07-01').tier1).toBe('180.00');
  });
});

describe('五保: ratios +10 points (说明4)', () => {
  it('level1: 60 % + 10', () => {
    expect(month(WUBAO, ['diabetes'], 'level1', '200').tier1).toBe('140.00'); // 200 × 70 %
  });
  it('non-designated: 30 % + 10', () => {
    expect(month(WUBAO, ['haemophilia'], 'non_designated', '1000').tier1).toBe('400.00'); // 1000 × 40 %
  });
});

describe('class 1: settled like a hospital stay with no deductible', () => {
  it('resident, dialysis, level2, 8 000', () => {
    const r = estimateSpecialDisease(
      specialDiseaseRequestSchema.parse({
        region: 'jiangmen',
        date: '2025-06-10',
        person: { ...RESIDENT, continuousMonths: 36 },
        month: { diseases: ['ckd_dialysis'], level: 'level2', inScope: '8000' },
      }),
    );
    expect([r.tier1, r.critical, r.tier2, r.outOfPocket]).toEqual(['6400.00', '0.00', '0.00', '1600.00']); // 8000 × 80 %, no deductible
    expect(r.yearToDate).toMatchObject({ tier1Paid: '6400.00', criticalBase: '1600.00' });
    expect(r.explanation!.steps.some((s) => s.key === 'special_disease.class1')).toBe(true);
  });
  it('employee: tier 2 on top', () => {
    const r = estimateSpecialDisease(
      specialDiseaseRequestSchema.parse({
        region: 'jiangmen',
        date: '2025-06-10',
        person: { ...EMPLOYEE, continuousMonths: 36 },
        month: { diseases: ['cancer_radio_chemo'], level: 'level3', inScope: '10000' },
      }),
    );
    // tier 1 10000 × 55 % = 5500; base 4500 < 10000; tier 2 4500 × 50 % = 2250
    expect([r.tier1, r.tier2, r.outOfPocket]).toEqual(['5500.00', '2250.00', '2250.00']);
  });
});

describe('validation', () => {
  const paths = (req: unknown) => {
    const r = runCommand(specialDiseaseCommand, req);
    return r.ok ? [] : r.error.error.issues.map((i) => i.path);
  };
  const base = { region: 'jiangmen', date: '2025-06-10', person: EMPLOYEE };
  it('cerebral palsy and autism: resident identity only', () => {
    expect(paths({ ...base, month: { diseases: ['childhood_autism'], level: 'level1', inScope: '1' } })).toEqual(['month.diseases.0']);
  });
  it('class 1 cannot be mixed with other classes', () => {
    expect(
      paths({ ...base, person: { ...EMPLOYEE, continuousMonths: 36 }, month: { diseases: ['ckd_dialysis', 'diabetes'], level: 'level1', inScope: '1' } }),
    ).toEqual(['month.diseases']);
  });
  it('class 1 needs continuous months', () => {
    expect(paths({ ...base, month: { diseases: ['ckd_dialysis'], level: 'level1', inScope: '1' } })).toEqual(['person.continuousMonths']);
  });
  it('a disease once only; unknown diseases refused', () => {
    expect(paths({ ...base, month: { diseases: ['diabetes', 'diabetes'], level: 'level1', inScope: '1' } })).toEqual(['month.diseases.1']);
    expect(paths({ ...base, month: { diseases: ['flu'], level: 'level1', inScope: '1' } })).toEqual(['month.diseases.0']);
  });
  it('2017-12-31 is unsupported', () => {
    expect(() => month(RESIDENT, ['diabetes'], 'level1', '1', '2017-12-31')).toThrow(PolicyError);
    expect(month(RESIDENT, ['diabetes'], 'level1', '100', '2018-01-01').tier1).toBe('60.00');
  });
});
