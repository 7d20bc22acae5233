/**
 * The care pages' figures from rows (lib/dal/care.ts), pure: approvals in force on the day, this
 * month's caps and use, the estimate through the library's schema; the personal account's
 * totals, balances and each credit recomputed by the library.
 */
import { describe, expect, it } from 'vitest';
import { personalAccountFigures, specialDiseaseFigures, type ApprovalRow } from './care';

const approval = (code: string, cls: number, from: string, to: string | null = null): ApprovalRow => ({
  diseaseCode: code,
  diseaseClass: cls,
  approvedFrom: from,
  approvedTo: to,
  institutionId: 'X',
  institutionName: 'X 医院',
  institutionLevel: 'level2',
  institutionDesignated: true,
});
const EMPLOYEE = { identity: 'employee', category: 'employee', assistance: 'none', region: 'jiangmen' } as const;
const claim = (serviceFrom: string, tier1: string, tier2: string) => ({
  kind: 'special_disease' as const,
  serviceFrom,
  inScope: '400.00',
  tier1,
  tier2,
  outOfPocket: '0.00',
});

describe('specialDiseaseFigures', () => {
  it('takes the approvals in force, the two-disease cap, this month’s use and what is left', () => {
    const f = specialDiseaseFigures(
      {
        approvals: [
          approval('diabetes', 4, '2020-01-01'),
          approval('hypertension_stage2_plus', 4, '2021-05-01'),
          approval('haemophilia', 2, '2010-01-01', '2015-12-31'),
        ],
        enrolment: EMPLOYEE,
        claims: [claim('2025-06-01', '100.00', '50.00'), claim('2025-05-01', '180.00', '132.00')],
      },
      '2025-06-10',
    );
    expect(f.inForce).toEqual(['diabetes', 'hypertension_stage2_plus']);
    expect(f.approvals.map((a) => a.inForce)).toEqual([true, true, false]);
    expect(f.caps?.tier1?.toFixed(2)).toBe('240.00'); // 180 + 60
    expect(f.caps?.tier2Uncapped).toBe(true);
    expect([f.used.tier1.toFixed(2), f.used.tier2.toFixed(2), f.used.claims]).toEqual(['100.00', '50.00', 1]);
    expect(f.left.tier1?.toFixed(2)).toBe('140.00');
    expect(f.defaultLevel).toBe('level2');
    expect(f.estimate).toBeNull();
  });

  it('estimates a month (RULES.md worked example 8) and refuses bad input with the library’s error', () => {
    const rows = { approvals: [approval('diabetes', 4, '2020-01-01')], enrolment: EMPLOYEE, claims: [] };
    const ok = specialDiseaseFigures(rows, '2025-06-10', { inScope: '400', level: 'level2' });
    expect(
      ok.estimate && 'result' in ok.estimate
        ? [ok.estimate.result.tier1, ok.estimate.result.tier2, ok.estimate.result.outOfPocket].map((d) => d.toFixed(2))
        : null,
    ).toEqual(['180.00', '132.00', '88.00']);
    const resident = specialDiseaseFigures({ ...rows, approvals: [approval('childhood_autism', 4, '2020-01-01')], enrolment: EMPLOYEE }, '2025-06-10', {
      inScope: '400',
      level: 'level1',
    });
    expect(resident.estimate && 'error' in resident.estimate ? resident.estimate.error.error.code : null).toBe('invalid_input');
  });

  it('works out nothing outside Jiangmen or without an approval in force', () => {
    expect(
      specialDiseaseFigures({ approvals: [approval('diabetes', 4, '2020-01-01')], enrolment: { ...EMPLOYEE, region: 'shaoyang' }, claims: [] }, '2025-06-10')
        .caps,
    ).toBeNull();
    expect(specialDiseaseFigures({ approvals: [approval('diabetes', 4, '2026-01-01')], enrolment: EMPLOYEE, claims: [] }, '2025-06-10').caps).toBeNull();
  });
});

describe('personalAccountFigures', () => {
  const entry = (postedOn: string, kind: 'credit' | 'payment' | 'adjustment', amount: string, balanceAfter: string, month: string | null = null) => ({
    postedOn,
    kind,
    amount,
    balanceAfter,
    month,
    description: 'x',
  });
  it('sums this year, keeps month-end balances and recomputes each credit with the library', () => {
    const f = personalAccountFigures(
      {
        facts: { birthDate: '1990-03-01', retiredOn: null, personalAccountDec2016: null, personalAccountRetireeMonthly: null },
        firstEmployeeMonth: '2019-07-01',
        ledger: [
          entry('2024-12-15', 'credit', '60.20', '1000.00', '2024-12-01'),
          entry('2025-01-15', 'credit', '60.20', '1060.20', '2025-01-01'),
          entry('2025-01-20', 'payment', '-30.00', '1030.20'),
          entry('2025-02-15', 'credit', '60.20', '1090.40', '2025-02-01'),
        ],
        contributions: [],
      },
      '2025-06-10',
    );
    expect([f.balance.toFixed(2), f.yearCredits.toFixed(2), f.yearSpending.toFixed(2)]).toEqual(['1090.40', '120.40', '30.00']);
    expect(f.balances.map((b) => [b.month, b.balance.toFixed(2)])).toEqual([
      ['2024-12', '1000.00'],
      ['2025-01', '1030.20'],
      ['2025-02', '1090.40'],
    ]);
    expect(f.credits.map((c) => c.month)).toEqual(['2025-02', '2025-01', '2024-12']);
    for (const c of f.credits) {
      expect(c.computed?.basis).toBe('age_minimum');
      expect(c.computed?.credit.toFixed(2)).toBe('60.20');
      expect(c.computed?.explanation.length).toBeGreaterThan(0);
    }
  });
  it('no entries: no account', () => {
    expect(personalAccountFigures({ facts: null, firstEmployeeMonth: null, ledger: [], contributions: [] }, '2025-06-10').hasAccount).toBe(false);
  });
});
