/**
 * Properties of a hospital stay (RULES.md §6) over generated valid requests (fast-check):
 * the parts add up exactly, nothing is negative, no layer exceeds its remaining annual cap,
 * more in-scope cost never lowers what the funds pay, and the explanation states the very
 * figures of the result.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Dec } from '../../core';
import { inpatientCommand } from '../../commands';
import { estimateInpatient } from './inpatient';
import { inpatientRequestSchema, type InpatientRequest, type InpatientRequestInput } from './schema';

/** The function's decimals as the command's response gives them (2-decimal strings). */
const estimate = (req: InpatientRequest) => inpatientCommand.encode(estimateInpatient(req));

const cents = (max: number) => fc.integer({ min: 0, max }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`);
const bigAmount = fc.oneof(cents(2_000_000), cents(60_000_000), cents(99_999_999_999));

const personArb = fc.oneof(
  fc.record({
    identity: fc.constant('resident' as const),
    category: fc.constantFrom('resident' as const, 'student' as const),
    assistance: fc.constantFrom('none' as const, 'wubao' as const, 'poverty' as const, 'dibao' as const, 'tekun' as const, 'low_income' as const),
    continuousMonths: fc.integer({ min: 0, max: 400 }),
  }),
  fc.record({
    identity: fc.constant('employee' as const),
    category: fc.constantFrom('employee' as const, 'retiree' as const, 'unemployed' as const, 'flexible' as const, 'self_employed' as const),
    assistance: fc.constantFrom('none' as const, 'poverty' as const, 'dibao' as const, 'tekun' as const, 'low_income' as const),
    continuousMonths: fc.integer({ min: 0, max: 400 }),
  }),
);

const stayArb = fc
  .record({
    level: fc.constantFrom('level1' as const, 'level2' as const, 'level3' as const, 'non_designated' as const),
    inScope: bigAmount,
    outOfScope: cents(10_000_000),
    transfer: fc.constantFrom('none' as const, 'referral' as const, 'medical_community' as const, 'family_bed' as const),
    referringDeductible: cents(200_000),
    outOfTown: fc.constantFrom('none' as const, 'registered' as const, 'unregistered' as const),
    maternity: fc.boolean(),
  })
  .map((s) => {
    const local = s.transfer === 'family_bed' || s.transfer === 'medical_community';
    return {
      ...s,
      level: local && s.level === 'non_designated' ? ('level2' as const) : s.level,
      outOfTown: local ? ('none' as const) : s.outOfTown,
      referringDeductible: s.transfer === 'referral' ? s.referringDeductible : '0',
    };
  });

const ytdArb = fc.record({
  tier1Paid: fc.oneof(fc.constant('0'), cents(30_000_000)),
  criticalBase: fc.oneof(fc.constant('0'), cents(50_000_000)),
  criticalPaid: fc.oneof(fc.constant('0'), cents(30_000_000)),
  tier2Base: fc.oneof(fc.constant('0'), cents(50_000_000)),
  tier2Paid: fc.oneof(fc.constant('0'), cents(30_000_000)),
  assistancePaid: fc.oneof(fc.constant('0'), cents(10_000_000)),
});

const dateArb = fc
  .record({ y: fc.integer({ min: 2018, max: 2027 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const requestArb = fc
  .record({ date: dateArb, person: personArb, stay: stayArb, yearToDate: ytdArb })
  .map((r): InpatientRequest => inpatientRequestSchema.parse({ region: 'jiangmen', ...r } satisfies InpatientRequestInput));

const D = (s: string) => new Dec(s);
const factorOf = (months: number) => (months <= 12 ? D('0.5') : months <= 24 ? D('0.7') : D('1'));
const room = (cap: Dec, paid: string) => Dec.max(0, cap.minus(D(paid)));

const RUNS = { numRuns: 400 };

describe('inpatient properties', () => {
  it('the parts add up exactly to the total cost', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const r = estimate(req);
        const sum = D(r.tier1).plus(r.critical).plus(r.tier2).plus(r.assistance).plus(r.outOfPocket);
        expect(sum.eq(D(req.stay.inScope).plus(req.stay.outOfScope))).toBe(true);
      }),
      RUNS,
    );
  });

  it('nothing is negative, and the deductible borne is at most the in-scope cost', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const r = estimate(req);
        for (const v of [r.deductible, r.tier1, r.critical, r.tier2, r.assistance, r.outOfPocket, ...Object.values(r.yearToDate)])
          expect(D(v).isNeg()).toBe(false);
        expect(D(r.deductible).lte(req.stay.inScope)).toBe(true);
        // the out-of-scope part is never paid: out-of-pocket covers at least it
        expect(D(r.outOfPocket).gte(req.stay.outOfScope)).toBe(true);
      }),
      RUNS,
    );
  });

  it('no layer exceeds its remaining annual cap (maternity floor included)', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const r = estimate(req);
        const f = factorOf(req.person.continuousMonths);
        const y = req.yearToDate;
        expect(D(r.tier1).lte(room(D('200000').times(f), y.tier1Paid))).toBe(true);
        if (!['poverty', 'dibao', 'tekun'].includes(req.person.assistance)) expect(D(r.critical).lte(room(D('240000').times(f), y.criticalPaid))).toBe(true);
        expect(D(r.tier2).lte(room(D('200000').times(f), y.tier2Paid))).toBe(true);
        expect(D(r.assistance).lte(room(D('80000'), y.assistancePaid))).toBe(true);
        if (req.person.identity === 'resident') expect(r.tier2).toBe('0.00');
        if (!['dibao', 'tekun', 'low_income'].includes(req.person.assistance)) expect(r.assistance).toBe('0.00');
      }),
      RUNS,
    );
  });

  it('more in-scope cost never lowers what the funds pay in total', () => {
    fc.assert(
      fc.property(requestArb, cents(5_000_000), (req, extra) => {
        const more: InpatientRequest = { ...req, stay: { ...req.stay, inScope: D(req.stay.inScope).plus(extra).toString() } };
        const paid = (x: ReturnType<typeof estimate>) => D(x.tier1).plus(x.critical).plus(x.tier2).plus(x.assistance);
        expect(paid(estimate(more)).gte(paid(estimate(req)))).toBe(true);
      }),
      RUNS,
    );
  });

  it('the explanation states the same figures as the result', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const r = estimate(req);
        const total = r.explanation!.steps.find((s) => s.key === 'inpatient.total')!;
        expect(total.amounts).toMatchObject({ tier1: r.tier1, critical: r.critical, tier2: r.tier2, assistance: r.assistance, outOfPocket: r.outOfPocket });
        // the last step that states a layer states the result's figure
        for (const k of ['tier1', 'critical', 'tier2', 'assistance'] as const) {
          const last = [...r.explanation!.steps].reverse().find((s) => s.key !== 'inpatient.total' && s.amounts[k] !== undefined);
          if (last) expect(last.amounts[k]).toBe(r[k]);
        }
        const t1 = r.explanation!.steps.find((s) => s.key === 'inpatient.tier1.payment')!;
        if (!req.stay.maternity) expect(t1.amounts.tier1).toBe(r.tier1);
        const crit = r.explanation!.steps.find((s) => s.key === 'inpatient.critical.payment')!;
        expect(crit.amounts.critical).toBe(r.critical);
      }),
      RUNS,
    );
  });

  it('the year-to-date totals grow by exactly this stay', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const r = estimate(req);
        const y = req.yearToDate;
        expect(D(r.yearToDate.tier1Paid).eq(D(y.tier1Paid).plus(r.tier1))).toBe(true);
        expect(D(r.yearToDate.criticalPaid).eq(D(y.criticalPaid).plus(r.critical))).toBe(true);
        expect(D(r.yearToDate.tier2Paid).eq(D(y.tier2Paid).plus(r.tier2))).toBe(true);
        expect(D(r.yearToDate.assistancePaid).eq(D(y.assistancePaid).plus(r.assistance))).toBe(true);
        // critical base grows by in-scope − deductible borne − tier 1
        expect(D(r.yearToDate.criticalBase).eq(D(y.criticalBase).plus(req.stay.inScope).minus(r.deductible).minus(r.tier1))).toBe(true);
      }),
      RUNS,
    );
  });
});
