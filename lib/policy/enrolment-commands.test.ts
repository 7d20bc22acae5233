/**
 * The enrolment commands end to end (schema → run → JSON), and the date sweep: every month
 * from each enrolment parameter's first date to 2027-12 finds exactly one value (Catala's
 * tests_couverture_temporelle).
 */
import { describe, expect, it } from 'vitest';
import { addDays, firstOfMonthAfter, monthIndex, runCommand, type Parameter, type Step } from './core';
import { enrolmentCommands } from './enrolment-commands';
import { contributionParameters } from './jiangmen/contributions';
import { benefitDateParameters } from './jiangmen/benefit-dates';
import { continuityParameters } from './jiangmen/continuity';
import { yearsParameters } from './jiangmen/years';
import { personalAccountParameters } from './jiangmen/personal-account';
import { retirementParameters } from './national/retirement';

const SWEEP_END = '2027-12';

const parameters: readonly Parameter<unknown>[] = [
  ...contributionParameters,
  ...benefitDateParameters,
  ...continuityParameters,
  ...yearsParameters,
  ...personalAccountParameters,
  ...retirementParameters,
];

describe('date sweep: one value for every month up to 2027-12', () => {
  it.each(parameters.map((p) => [p.key, p] as const))('%s', (_key, p) => {
    const gaps: string[] = [];
    // The first date itself, then the first and last day of every later month.
    const days = [p.firstDate];
    for (let i = monthIndex(p.firstDate) + 1; i <= monthIndex(SWEEP_END); i += 1) {
      const first = firstOfMonthAfter(p.firstDate, i - monthIndex(p.firstDate));
      days.push(first, addDays(firstOfMonthAfter(first), -1));
    }
    for (const day of days) {
      const found = p.find(day);
      if (found === undefined) gaps.push(day);
      else expect(() => p.at(day)).not.toThrow();
    }
    expect(gaps).toEqual([]);
    expect(p.citation.length).toBeGreaterThan(0);
    expect(p.source.length).toBeGreaterThan(0);
  });
  it('keys are unique', () => {
    expect(new Set(parameters.map((p) => p.key)).size).toBe(parameters.length);
  });
});

const records = [
  { month: '2024-01', months: 12, tier: 'tier1', identity: 'resident', status: 'paid', paidOn: '2023-12-20' },
  ...['2025-01', '2025-02', '2025-03'].flatMap((month) => [
    { month, months: 1, tier: 'tier1', identity: 'employee', status: 'paid' },
    { month, months: 1, tier: 'tier2', identity: 'employee', status: 'paid' },
  ]),
];

const requests: Record<string, unknown> = {
  contribution: { month: '2026-11', category: 'employee', wage: '9000' },
  'resident-contribution': { year: 2027, category: 'resident', assistance: 'low_income', lowIncomeQualifies: true },
  'benefit-start': { kind: 'newborn', birthDate: '2026-10-15', enrolledOn: '2027-01-20' },
  continuity: { asOf: '2025-03-31', records },
  years: { asOf: '2025-03-31', records, retirement: { birthDate: '1970-05-10', group: 'male' } },
  retirement: { birthDate: '1970-05-10', group: 'female_55', plannedDate: '2026-01-01' },
  topup: { date: '2026-11-20', shortfallMonths: 14 },
  'personal-account': { month: '2026-11', birthDate: '1990-05-01', status: 'in_service', firstEmployeeInsuranceMonth: '2019-03', base: '9000' },
};

function checkSteps(steps: Step[]) {
  expect(steps.length).toBeGreaterThan(0);
  for (const s of steps) {
    expect(s.key).toMatch(/^[a-z_.0-9]+$/);
    expect(s.text.zh.length).toBeGreaterThan(0);
    expect(s.text.en.length).toBeGreaterThan(0);
    expect(s.citation).toMatch(/^(JM-UR |RULES §5)/);
    for (const v of Object.values(s.amounts)) expect(typeof v).toBe('string');
  }
}

describe('commands', () => {
  it('registers one command per function', () => {
    expect(enrolmentCommands.map((c) => c.name).sort()).toEqual(Object.keys(requests).sort());
  });
  it.each(enrolmentCommands.map((c) => [c.name, c] as const))('%s runs and returns plain JSON with its explanation', (name, command) => {
    const r = runCommand(command, requests[name]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const json = JSON.parse(JSON.stringify(r.output)) as { explanation: Step[]; illustrative: boolean };
    // Outside the explanation everything is plain JSON already (amounts are strings); decimal
    // parameter values inside `explanation[].params` serialise through their toJSON.
    const body = { ...(r.output as object), explanation: [] };
    expect(JSON.parse(JSON.stringify(body))).toEqual(body);
    checkSteps(json.explanation);
    expect(typeof json.illustrative).toBe('boolean');
    expect(json.illustrative).toBe(json.explanation.some((s) => s.illustrative === true));
  });
  it('refuses unknown fields and bad amounts with field paths', () => {
    const c = enrolmentCommands.find((x) => x.name === 'contribution')!;
    const r = runCommand(c, { month: '2026-11', category: 'employee', wage: '9000.001', extra: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.error.issues.map((i) => i.path).sort()).toEqual(['extra', 'wage']);
  });
  it('turns an unsupported date into an error result', () => {
    const c = enrolmentCommands.find((x) => x.name === 'resident-contribution')!;
    const r = runCommand(c, { year: 2016, category: 'resident', assistance: 'none' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.error.code).toBe('unsupported_date');
  });
});
