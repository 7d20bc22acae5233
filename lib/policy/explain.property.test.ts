/**
 * `explain: "none"` computes the same figures as `explain: "full"` (fast-check): for random
 * hospital stays, outpatient visits (Jiangmen and Shaoyang), special-disease months and quota
 * requests, the response without explanation is the full response less its `explanation` —
 * refusals included (dates before the rules, bad combinations) — and an explanation that was not
 * asked for is not built at all.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NO_EXPLANATION, parseInput, runCommand, type PolicyCommand } from './core';
import { inpatientCommand, outpatientCommand, outpatientQuotaCommand, specialDiseaseCommand } from './commands';
import { DISEASES } from './jiangmen/special-disease/diseases';

const cents = (max: number) => fc.integer({ min: 0, max }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`);
const amount = fc.oneof(cents(100_000), cents(2_000_000), cents(60_000_000), cents(99_999_999_999));
const often0 = (max: number) => fc.oneof(fc.constant('0'), cents(max));
// mostly dates with rules in force; some before them (refused the same way with or without explanation)
const dateArb = fc
  .record({ y: fc.integer({ min: 2016, max: 2027 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const RESIDENT = ['resident', 'student'];
const EMPLOYEE = ['employee', 'retiree', 'unemployed', 'flexible', 'self_employed'];
/** A person whose category fits the identity, and 五保 only with resident identity (the schema's rules across fields). */
const personArb = fc
  .record({
    employee: fc.boolean(),
    category: fc.nat(),
    assistance: fc.constantFrom('none', 'none', 'wubao', 'poverty', 'dibao', 'tekun', 'low_income'),
    continuousMonths: fc.integer({ min: 0, max: 400 }),
  })
  .map(({ employee, category, assistance, continuousMonths }) => ({
    identity: employee ? 'employee' : 'resident',
    category: employee ? EMPLOYEE[category % EMPLOYEE.length]! : RESIDENT[category % RESIDENT.length]!,
    assistance: employee && assistance === 'wubao' ? 'none' : assistance,
    continuousMonths,
  }));

const inpatientArb = fc
  .record({
    region: fc.constant('jiangmen'),
    date: dateArb,
    person: personArb,
    stay: fc.record({
      level: fc.constantFrom('level1', 'level2', 'level3', 'non_designated'),
      inScope: amount,
      outOfScope: often0(10_000_000),
      transfer: fc.constantFrom('none', 'none', 'referral', 'medical_community', 'family_bed'),
      referringDeductible: often0(200_000),
      outOfTown: fc.constantFrom('none', 'none', 'registered', 'unregistered'),
      maternity: fc.boolean(),
    }),
    yearToDate: fc.record({
      tier1Paid: often0(30_000_000),
      criticalBase: often0(50_000_000),
      criticalPaid: often0(30_000_000),
      tier2Base: often0(50_000_000),
      tier2Paid: often0(30_000_000),
      assistancePaid: often0(10_000_000),
    }),
  })
  .map((r) => {
    // transfers inside Jiangmen only at designated institutions; the referring deductible only with a referral
    const local = r.stay.transfer === 'family_bed' || r.stay.transfer === 'medical_community';
    return {
      ...r,
      stay: {
        ...r.stay,
        level: local && r.stay.level === 'non_designated' ? 'level2' : r.stay.level,
        outOfTown: local ? 'none' : r.stay.outOfTown,
        referringDeductible: r.stay.transfer === 'referral' ? r.stay.referringDeductible : '0',
      },
    };
  });

const outpatientArb = fc.oneof(
  fc.record({
    region: fc.constant('jiangmen'),
    date: dateArb,
    person: fc.oneof(fc.record({ tier2: fc.boolean() }), fc.record({ tier2: fc.boolean(), tier2FromMonth: fc.integer({ min: 1, max: 12 }) })),
    visit: fc
      .record({ clinic: fc.constantFrom('primary', 'other', 'none'), referredWithin30Days: fc.boolean(), inScope: cents(500_000) })
      .map((v) => ({ ...v, referredWithin30Days: v.clinic === 'other' && v.referredWithin30Days })),
    yearToDate: fc.record({ tier1Used: often0(20_000), tier2PrimaryUsed: often0(50_000), otherUsed: often0(50_000) }),
  }),
  fc.record({
    region: fc.constant('shaoyang'),
    date: dateArb,
    visit: fc.record({ clinic: fc.constantFrom('primary', 'none'), inScope: cents(500_000) }),
    yearToDate: fc
      .record({ used: cents(70_000), today: cents(7_000) })
      .map(({ used, today }) => ({ used, usedToday: Number(today) <= Number(used) ? today : used })),
  }),
);

const specialDiseaseArb = fc.record({
  region: fc.constant('jiangmen'),
  date: dateArb,
  person: personArb,
  month: fc.record({
    diseases: fc.uniqueArray(fc.constantFrom(...DISEASES.map((d) => d.id)), { minLength: 1, maxLength: 3 }),
    level: fc.constantFrom('level1', 'level2', 'level3', 'non_designated'),
    inScope: amount,
  }),
  yearToDate: fc.record({ tier1Paid: often0(30_000_000), criticalBase: often0(50_000_000), tier2Base: often0(50_000_000) }),
});

const quotaArb = fc
  .record({
    date: dateArb,
    person: fc.record({ tier2: fc.boolean(), tier2FromMonth: fc.integer({ min: 1, max: 12 }) }),
    used: fc.array(fc.record({ m: fc.integer({ min: 1, max: 12 }), tier1: often0(20_000), tier2Primary: often0(5_000), other: often0(5_000) }), {
      maxLength: 4,
    }),
  })
  .map(({ date, person, used }) => ({
    region: 'jiangmen',
    date,
    person,
    // months of the date's year up to its month, each once
    used: [...new Map(used.map((u) => [1 + ((u.m - 1) % Number(date.slice(5, 7))), u])).entries()].map(([m, { m: _m, ...u }]) => ({
      month: `${date.slice(0, 4)}-${String(m).padStart(2, '0')}`,
      ...u,
    })),
  }));

/** The response with `explain` as given. */
function respond(command: PolicyCommand, request: object, explain: 'full' | 'none') {
  const r = runCommand(command, { ...request, explain });
  return r.ok ? { ok: true, output: r.output as Record<string, unknown> } : { ok: false, error: r.error };
}

function sameFigures(command: PolicyCommand, request: object): void {
  const full = respond(command, request, 'full');
  const none = respond(command, request, 'none');
  if (!full.ok) {
    expect(none).toEqual(full); // refused the same way
    return;
  }
  expect(none.ok).toBe(true);
  expect(none.output).not.toHaveProperty('explanation');
  const { explanation, ...figures } = full.output!;
  expect(explanation).toBeDefined();
  expect(JSON.stringify(none.output)).toBe(JSON.stringify(figures));
  // the function itself built no step
  expect((command.run(parseInput(command.request, { ...request, explain: 'none' })) as { explanation: unknown }).explanation).toBe(NO_EXPLANATION);
}

const RUNS = { numRuns: 500 };

describe('explain "none" gives the figures of explain "full"', () => {
  it('hospital stays', () => {
    fc.assert(
      fc.property(inpatientArb, (req) => sameFigures(inpatientCommand, req)),
      RUNS,
    );
  });
  it('outpatient visits, Jiangmen and Shaoyang', () => {
    fc.assert(
      fc.property(outpatientArb, (req) => sameFigures(outpatientCommand, req)),
      RUNS,
    );
  });
  it('special-disease months, class 1 (settled like a stay) and classes 2–4', () => {
    fc.assert(
      fc.property(specialDiseaseArb, (req) => sameFigures(specialDiseaseCommand, req)),
      RUNS,
    );
  });
  it('outpatient quotas', () => {
    fc.assert(
      fc.property(quotaArb, (req) => sameFigures(outpatientQuotaCommand, req)),
      RUNS,
    );
  });
  const cases: [string, PolicyCommand, fc.Arbitrary<object>][] = [
    ['hospital stays', inpatientCommand, inpatientArb],
    ['outpatient visits', outpatientCommand, outpatientArb],
    ['special-disease months', specialDiseaseCommand, specialDiseaseArb],
    ['quotas', outpatientQuotaCommand, quotaArb],
  ];
  it.each(cases)('most generated %s are valid (the property is not only about refusals)', (_name, command, arb) => {
    // a fixed seed: the share of valid requests is a property of the generators, not of a run
    const sample = fc.sample(arb, { numRuns: 400, seed: 20261206 });
    expect(sample.filter((r) => runCommand(command, r).ok).length).toBeGreaterThan(160);
  });
});
