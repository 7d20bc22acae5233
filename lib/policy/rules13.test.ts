/**
 * RULES §13, the rulings added after the first engine, one block each: contradictory records
 * refused, lifetime retirees' continuity, tier-2 continuous months, the retirement date of a
 * month-end birth and the notes beside the window, who can top up (and cross-region `null`),
 * and the personal account's recomputed Dec-2016 rate marked illustrative.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { isoDate, money, monthIndex, monthOfIndex, parseInput, safeParseInput } from './core';
import { continuity as continuityOf, continuityRequestSchema } from './jiangmen/continuity';
import type { MonthlyRecord } from './jiangmen/continuity/records';
import { estimateInpatient, inpatientRequestSchema } from './jiangmen/inpatient';
import { personalAccountCredit, personalAccountRequestSchema } from './jiangmen/personal-account';
import { accumulatedYears as accumulatedYearsOf, yearsRequestSchema } from './jiangmen/years';
import { ageReachedOn, retirement as retirementOf, retirementRequestSchema } from './national/retirement';

const continuity = (input: z.input<typeof continuityRequestSchema>) => continuityOf(parseInput(continuityRequestSchema, input));
const years = (input: z.input<typeof yearsRequestSchema>) => accumulatedYearsOf(parseInput(yearsRequestSchema, input));
const retirement = (input: z.input<typeof retirementRequestSchema>) => retirementOf(parseInput(retirementRequestSchema, input));

function employee(from: string, to: string): MonthlyRecord[] {
  const out: MonthlyRecord[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i += 1) {
    const month = monthOfIndex(i);
    if (month < '2017-07') out.push({ month, months: 1, tier: 'legacy_employee', identity: 'employee', status: 'paid' });
    else for (const tier of ['tier1', 'tier2'] as const) out.push({ month, months: 1, tier, identity: 'employee', status: 'paid' });
  }
  return out;
}
const residentYear = (year: number): MonthlyRecord => ({ month: `${year}-01`, months: 12, tier: 'tier1', identity: 'resident', status: 'paid' });

describe('records that contradict themselves are refused, naming the field', () => {
  const refused = (record: MonthlyRecord) => {
    const r = safeParseInput(continuityRequestSchema, { asOf: '2025-06-30', records: [employee('2025-01', '2025-01')[0]!, record] });
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.error.issues.map((i) => i.path);
  };
  it.each([
    ['a tier-2 month with resident identity', { month: '2025-02', months: 1, tier: 'tier2', identity: 'resident', status: 'paid' }, 'records.1.identity'],
    [
      'an old employee-scheme month with resident identity',
      { month: '2016-02', months: 1, tier: 'legacy_employee', identity: 'resident', status: 'paid' },
      'records.1.identity',
    ],
    [
      'an old resident-scheme month with employee identity',
      { month: '2016-02', months: 1, tier: 'legacy_resident', identity: 'employee', status: 'paid' },
      'records.1.identity',
    ],
    ['a tier-1 month before 2017-07', { month: '2017-06', months: 1, tier: 'tier1', identity: 'employee', status: 'paid' }, 'records.1.month'],
    ['a tier-2 month before 2017-07', { month: '2016-12', months: 1, tier: 'tier2', identity: 'employee', status: 'paid' }, 'records.1.month'],
    ['an old-scheme month after 2017-06', { month: '2017-07', months: 1, tier: 'legacy_employee', identity: 'employee', status: 'paid' }, 'records.1.month'],
    [
      'an old-scheme year reaching July 2017',
      { month: '2017-01', months: 12, tier: 'legacy_resident', identity: 'resident', status: 'paid' },
      'records.1.month',
    ],
    ['a back-paid month without its date', { month: '2025-02', months: 1, tier: 'tier1', identity: 'employee', status: 'back_paid' }, 'records.1.paidOn'],
  ] as const)('%s', (_what, record, path) => {
    expect(refused(record as MonthlyRecord)).toContain(path);
  });
  it('the messages are in both languages, and consistent records pass', () => {
    const r = safeParseInput(yearsRequestSchema, {
      asOf: '2025-06-30',
      records: [{ month: '2025-02', months: 1, tier: 'tier2', identity: 'resident', status: 'back_paid' }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) for (const i of r.error.issues) expect(i.message.zh.length * i.message.en.length).toBeGreaterThan(0);
    const ok = [
      { month: '2016-01', months: 12, tier: 'legacy_resident', identity: 'resident', status: 'paid' },
      { month: '2017-01', months: 6, tier: 'legacy_resident', identity: 'resident', status: 'paid' },
      { month: '2017-07', months: 6, tier: 'tier1', identity: 'resident', status: 'paid' },
      { month: '2018-01', months: 1, tier: 'tier1', identity: 'employee', status: 'back_paid', paidOn: '2018-03-01' },
    ];
    expect(safeParseInput(continuityRequestSchema, { asOf: '2025-06-30', records: ok }).ok).toBe(true);
  });
});

describe('retirees with lifetime benefits: the months at retirement plus every month since', () => {
  const records = employee('2010-01', '2018-05');
  it('is not interrupted after retiring, and counts every month since', () => {
    const without = continuity({ asOf: '2025-06-30', records });
    expect(without.continuousMonths).toBe(0);
    expect(without.interruptions).toHaveLength(1);
    const before = continuity({ asOf: '2018-05-31', records }).continuousMonths;
    const r = continuity({ asOf: '2025-06-30', records, retiredOn: '2018-06-01' });
    expect(r.interruptions).toEqual([]);
    expect(r.continuousMonths).toBe(before + monthIndex('2025-06') - monthIndex('2018-06') + 1);
    expect(r.capFactor?.toString()).toBe('1');
    expect(r.explanation.map((s) => s.key)).toContain('continuity.retired');
  });
  it('before the retirement date nothing changes', () => {
    expect(continuity({ asOf: '2018-05-31', records, retiredOn: '2018-06-01' })).toEqual(continuity({ asOf: '2018-05-31', records }));
  });
});

describe('tier-2 continuous months set the tier-2 cap when given', () => {
  const request = (person: Record<string, unknown>) =>
    parseInput(inpatientRequestSchema, {
      region: 'jiangmen',
      date: '2025-06-10',
      person: { identity: 'employee', category: 'employee', assistance: 'none', continuousMonths: 36, ...person },
      stay: { level: 'level3', inScope: '900000' },
      yearToDate: { tier2Paid: '90000', tier2Base: '200000' },
    });
  it('a short employee run halves the tier-2 cap only', () => {
    const full = estimateInpatient(request({}));
    const same = estimateInpatient(request({ tier2ContinuousMonths: 36 }));
    const short = estimateInpatient(request({ tier2ContinuousMonths: 10 }));
    expect(money(same.tier2)).toBe(money(full.tier2));
    expect(money(full.tier2)).toBe('110000.00'); // 200 000 cap − 90 000 paid
    expect(money(short.tier2)).toBe('10000.00'); // 200 000 × 50 % − 90 000
    expect(money(short.tier1)).toBe(money(full.tier1));
    expect(money(short.critical)).toBe(money(full.critical));
    expect(short.explanation.map((s) => s.key)).toContain('continuity.cap_factor_tier2');
  });
});

describe('statutory retirement date: month-end births, the window notes, refusals say why', () => {
  it('a birth on the last day of a month reaches the age on the last day of the target month', () => {
    expect(ageReachedOn('1970-04-30', 1)).toBe('1970-05-31');
    expect(ageReachedOn('1970-02-28', 12)).toBe('1971-02-28');
    expect(ageReachedOn('1972-02-29', 12)).toBe('1973-02-28');
    expect(ageReachedOn('1972-01-31', 1)).toBe('1972-02-29');
    expect(ageReachedOn('1970-04-29', 1)).toBe('1970-05-29');
    // men born 1966-04-30: m = 16, delay 4 months → 60 years 4 months, on 2026-08-31 (not the 30th)
    expect(retirement({ birthDate: '1966-04-30', group: 'male' }).retirementDate).toBe('2026-08-31');
  });
  it('property: the retirement date is in the month the age is reached and never before the birthday day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1960, max: 1990 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const day = Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate());
        const birthDate = isoDate(y, m, day);
        const r = retirement({ birthDate, group: 'male' });
        const months = r.statutoryAge.years * 12 + r.statutoryAge.months;
        expect(monthIndex(r.retirementDate) - monthIndex(birthDate)).toBe(months);
        expect(r.earliestDate >= r.originalRetirementDate).toBe(true);
      }),
    );
  });
  it('the window says that early retirement needs the pension years and national rules prevail', () => {
    const r = retirement({ birthDate: '1970-03-14', group: 'male' });
    const keys = r.explanation.map((s) => s.key);
    expect(keys.indexOf('retirement.conditions')).toBe(keys.indexOf('retirement.window') + 1);
  });
  it.each([
    ['female_50', '1985-01-14', '2036-01-01', '最多提前 3 年'], // 55 years, earliest 52: two years too early
    ['male', '1970-03-14', '2040-01-01', '延迟退休最多 3 年'],
  ] as const)('a planned date outside the window (%s, born %s, planned %s) says which limit it breaks', (group, birthDate, plannedDate, zh) => {
    const r = retirement({ birthDate, group, plannedDate });
    expect(r.planned?.allowed).toBe(false);
    const out = r.explanation.find((s) => s.key === 'retirement.planned_out')!;
    expect(out.text.zh).toContain(zh);
  });
  it('before the original age the refusal names the original age', () => {
    // born 1966-01: delay 4 months, the 3-year window would reach below 60
    const r = retirement({ birthDate: '1966-01-14', group: 'male', plannedDate: '2025-06-01' });
    const out = r.explanation.find((s) => s.key === 'retirement.planned_out')!;
    expect(out.text.en).toContain('original statutory age');
  });
});

describe('who can top up', () => {
  const near = { birthDate: '1967-08-14', group: 'male' as const };
  it('employee identity: offered, with the top-up at retirement', () => {
    const r = years({ asOf: '2025-06-30', records: employee('2012-01', '2025-06'), retirement: near });
    expect(r.topUpEligibility).toBe('employee_identity');
    expect(r.projection).toBe('continue');
    expect(r.atRetirement!.shortfallMonths).toBeGreaterThan(0);
    expect(r.topUp).not.toBeNull();
  });
  it('never insured with employee identity: no top-up, said why; resident months are not projected', () => {
    const records = [2019, 2020, 2021, 2022, 2023, 2024, 2025].map(residentYear);
    const r = years({ asOf: '2025-06-30', records, retirement: near });
    expect(r.topUpEligibility).toBe('never_employee');
    expect(r.projection).toBe('resident_identity');
    expect(r.minimumMetInMonth).toBeNull();
    expect(r.atRetirement).toMatchObject({ projectedMonths: 0, accumulatedMonths: 0, shortfallMonths: 300 });
    expect(r.topUp).toBeNull();
    expect(r.explanation.map((s) => s.key)).toEqual(expect.arrayContaining(['years.resident_today', 'years.top_up_not_offered']));
  });
  it('a Jiangmen pension makes the top-up available without employee months', () => {
    const records = [2024, 2025].map(residentYear);
    const r = years({ asOf: '2025-06-30', records, retirement: near, jiangmenPension: true });
    expect(r.topUpEligibility).toBe('jiangmen_pension');
    expect(r.topUp?.shortfallMonths).toBe(300);
  });
  it('an employee who later switched to resident identity is offered the top-up but not projected as an employee', () => {
    const records = [...employee('2015-01', '2023-12'), residentYear(2024), residentYear(2025)];
    const r = years({ asOf: '2025-06-30', records, retirement: near });
    expect(r.topUpEligibility).toBe('employee_identity');
    expect(r.projection).toBe('resident_identity');
    expect(r.atRetirement!.projectedMonths).toBe(0);
    expect(r.topUp?.shortfallMonths).toBe(r.atRetirement!.shortfallMonths);
  });
  it('"if I stop now" projects nothing; "if I keep paying" projects to retirement', () => {
    const records = employee('2012-01', '2025-06');
    const on = years({ asOf: '2025-06-30', records, retirement: near });
    const off = years({ asOf: '2025-06-30', records, retirement: near, continueContributing: false });
    expect(off.projection).toBe('stopped');
    expect(off.atRetirement!.projectedMonths).toBe(0);
    expect(off.atRetirement!.shortfallMonths - on.atRetirement!.shortfallMonths).toBe(on.atRetirement!.projectedMonths);
    expect(off.minimumMetInMonth).toBeNull();
  });
  it('cross-region workers: shortfall null (national and provincial rules), not 0', () => {
    const r = years({ asOf: '2025-06-30', records: employee('2012-01', '2025-06'), retirement: near, crossRegion: true });
    expect(r.shortfallNow).toBeNull();
    expect(r.topUpEligibility).toBe('cross_region');
    expect(r.topUp).toBeNull();
  });
});

describe('personal account: the recomputed Dec-2016 rate is marked illustrative', () => {
  it('the step and the result say so', () => {
    const r = personalAccountCredit(
      parseInput(personalAccountRequestSchema, {
        month: '2025-06',
        birthDate: '1975-01-01',
        status: 'in_service',
        firstEmployeeInsuranceMonth: '2009-03',
        dec2016: { credit: '150', base: '7500' },
        base: '6000',
      }),
    );
    expect(r.basis).toBe('dec2016_recomputed');
    expect(r.illustrative).toBe(true);
    expect(r.explanation.find((s) => s.key.includes('recomputed'))?.illustrative).toBe(true);
  });
  it('a plain Dec-2016 credit is not', () => {
    const r = personalAccountCredit(
      parseInput(personalAccountRequestSchema, {
        month: '2025-06',
        birthDate: '1975-01-01',
        status: 'in_service',
        firstEmployeeInsuranceMonth: '2009-03',
        dec2016: { credit: '150' },
      }),
    );
    expect(r.basis).toBe('dec2016_credit');
    expect(r.illustrative).toBe(false);
  });
});
