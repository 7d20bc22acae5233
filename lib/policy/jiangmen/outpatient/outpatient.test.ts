/**
 * General outpatient pooling in Jiangmen (RULES.md §7; JM-UR 二(四)1(3), 二(四)2(3)) as worked
 * examples: pools, ratios 70/60/50, monthly accrual with carry-over, the year boundary, and
 * the quota status month by month.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Dec, PolicyError, encoder, parseInput, runCommand } from '../../core';
import { outpatientCommand, outpatientQuotaCommand } from '../../commands';
import { estimateJiangmenOutpatient } from './outpatient';
import { outpatientQuota } from './quota';
import {
  jiangmenOutpatientResultSchema,
  jiangmenOutpatientSchema,
  quotaRequestSchema,
  type JiangmenOutpatientResponse as JiangmenOutpatientResult,
  type QuotaResponse as QuotaResult,
} from './schema';

/** The functions' decimals as the responses give them (2-decimal strings). */
const encodeVisit = encoder(jiangmenOutpatientResultSchema);

type Clinic = 'primary' | 'other' | 'none';
interface Visit {
  date?: string;
  tier2?: boolean;
  from?: number;
  clinic?: Clinic;
  referred?: boolean;
  inScope: string;
  tier1Used?: string;
  tier2PrimaryUsed?: string;
  otherUsed?: string;
}

function visit(v: Visit): JiangmenOutpatientResult {
  return encodeVisit(
    estimateJiangmenOutpatient(
      parseInput(jiangmenOutpatientSchema, {
        region: 'jiangmen',
        date: v.date ?? '2025-04-15',
        person: { tier2: v.tier2 ?? true, ...(v.from !== undefined ? { tier2FromMonth: v.from } : {}) },
        visit: { clinic: v.clinic ?? 'primary', referredWithin30Days: v.referred ?? false, inScope: v.inScope },
        yearToDate: { tier1Used: v.tier1Used ?? '0', tier2PrimaryUsed: v.tier2PrimaryUsed ?? '0', otherUsed: v.otherUsed ?? '0' },
      }),
    ),
  );
}

describe('RULES.md worked example 7', () => {
  it('tier 2, April, tier-1 180 used, tier-2 primary used 50, primary clinic, in-scope 200', () => {
    const r = visit({ tier1Used: '180.00', tier2PrimaryUsed: '50.00', inScope: '200.00' });
    expect(r.fund).toBe('90.00'); // 200 × 70 % = 140, but only 35 × 4 − 50 = 90 left
    expect(r.outOfPocket).toBe('110.00'); // 200 − 90
    expect(r.remaining).toEqual({ tier1: '0.00', tier2Primary: '0.00', other: '160.00' }); // other: 40 × 4
  });
  it('the same through the command', () => {
    const r = runCommand(outpatientCommand, {
      region: 'jiangmen',
      date: '2025-04-15',
      person: { tier2: true, tier2FromMonth: 1 },
      visit: { clinic: 'primary', referredWithin30Days: false, inScope: '200.00' },
      yearToDate: { tier1Used: '180.00', tier2PrimaryUsed: '50.00', otherUsed: '0.00' },
    });
    expect(r).toMatchObject({ ok: true, output: { fund: '90.00', outOfPocket: '110.00' } });
  });
});

describe('tier 1 at the chosen primary clinic: 70 %, 180 a year (JM-UR 二(四)1(3))', () => {
  it.each([
    ['0', '200', '140.00', '40.00'], // 200 × 70 %, 180 − 140 left
    ['100', '200', '80.00', '0.00'], // only 180 − 100 left
    ['180', '200', '0.00', '0.00'], // used up
    ['0', '257.15', '180.00', '0.00'], // 257.15 × 70 % = 180.005 → 180.01, capped at 180
    ['0', '0.01', '0.01', '179.99'], // 0.007 → 0.01 (half-up)
  ])('tier 1 used %s, in-scope %s → fund %s, left %s', (tier1Used, inScope, fund, left) => {
    const r = visit({ tier2: false, tier1Used, inScope });
    expect([r.fund, r.remaining.tier1]).toEqual([fund, left]);
    expect(r.remaining.tier2Primary).toBe('0.00');
  });
  it('tier 1 only: the other institution pays nothing', () => {
    expect(visit({ tier2: false, clinic: 'other', inScope: '100' }).fund).toBe('0.00');
  });
  it('anywhere else pays nothing', () => {
    expect(visit({ clinic: 'none', inScope: '100' })).toMatchObject({ fund: '0.00', outOfPocket: '100.00' });
  });
});

describe('tier 2 at the primary clinic: 35 a month after the tier-1 180 (JM-UR 二(四)2(3))', () => {
  it('splits one visit: the rest of tier 1 first, then tier 2', () => {
    const r = visit({ tier1Used: '150', inScope: '100' }); // 100 × 70 % = 70: 30 from tier 1, 40 from tier 2
    expect(r.fund).toBe('70.00');
    expect(r.remaining).toMatchObject({ tier1: '0.00', tier2Primary: '100.00' }); // 35 × 4 − 40
  });
  it.each([
    ['2025-03-31', '105.00'], // 35 × 3
    ['2025-04-01', '140.00'], // 35 × 4
    ['2025-12-31', '420.00'], // 35 × 12
    ['2026-01-01', '35.00'], // a new year: nothing carries across (35 × 1)
  ])('carry-over within the year: on %s at most %s', (date, fund) => {
    expect(visit({ date, tier1Used: '180', inScope: '1000' }).fund).toBe(fund);
  });
  it.each([
    [5, '2025-04-15', '0.00'], // tier 2 from May: nothing accrued in April
    [5, '2025-05-01', '35.00'], // 35 × 1
    [5, '2025-07-15', '105.00'], // 35 × 3 (May, June, July)
  ])('tier 2 from month %i, visit %s → at most %s', (from, date, fund) => {
    expect(visit({ date, from, tier1Used: '180', inScope: '1000' }).fund).toBe(fund);
  });
});

describe('the other chosen institution: 60 % referred / 50 % direct, 40 a month (JM-UR 二(四)2(3))', () => {
  it.each([
    [true, '100', '60.00'], // 100 × 60 %
    [false, '100', '50.00'], // 100 × 50 %
    [true, '500', '160.00'], // 300, capped at 40 × 4
    [false, '500', '160.00'], // 250, capped at 40 × 4
  ])('referred %s, in-scope %s → %s', (referred, inScope, fund) => {
    expect(visit({ clinic: 'other', referred, inScope }).fund).toBe(fund);
  });
  it('uses only the other pool', () => {
    expect(visit({ clinic: 'other', inScope: '100', otherUsed: '150' })).toMatchObject({
      fund: '10.00',
      remaining: { tier1: '180.00', tier2Primary: '140.00', other: '0.00' },
    });
  });
  it('refuses a referral flag at the primary clinic', () => {
    expect(() => visit({ referred: true, inScope: '1' })).toThrow(PolicyError);
  });
});

describe('dates', () => {
  it('2017-12-31 is unsupported, 2018-01-01 works', () => {
    expect(() => visit({ date: '2017-12-31', inScope: '100' })).toThrow(/unsupported_date/);
    expect(visit({ date: '2018-01-01', inScope: '100' }).fund).toBe('70.00');
  });
});

describe('outpatient properties', () => {
  const money = fc.integer({ min: 0, max: 10_000_000 }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`);
  const arb = fc.record({
    month: fc.integer({ min: 1, max: 12 }),
    tier2: fc.boolean(),
    from: fc.integer({ min: 1, max: 12 }),
    clinic: fc.constantFrom<Clinic>('primary', 'other', 'none'),
    referred: fc.boolean(),
    inScope: money,
    tier1Used: money,
    tier2PrimaryUsed: money,
    otherUsed: money,
  });
  type ArbValue = typeof arb extends fc.Arbitrary<infer T> ? T : never;
  const toVisit = (a: ArbValue, inScope = a.inScope): Visit => ({
    ...a,
    inScope,
    referred: a.clinic === 'other' && a.referred,
    date: `2025-${String(a.month).padStart(2, '0')}-10`,
  });
  it('fund + out-of-pocket = in-scope; nothing negative; fund within the pools and the ratio', () => {
    fc.assert(
      fc.property(arb, (a) => {
        const v = toVisit(a);
        const r = visit(v);
        const fund = new Dec(r.fund);
        expect(fund.plus(r.outOfPocket).eq(a.inScope)).toBe(true);
        for (const x of [r.fund, r.outOfPocket, r.remaining.tier1, r.remaining.tier2Primary, r.remaining.other]) expect(new Dec(x).isNeg()).toBe(false);
        expect(fund.lte(new Dec(a.inScope).times('0.7').toDecimalPlaces(2))).toBe(true);
        const before = visit({ ...v, clinic: 'none', referred: false, inScope: '0' }).remaining;
        const pools = new Dec(before.tier1).plus(before.tier2Primary).plus(before.other);
        expect(fund.lte(pools)).toBe(true);
        // what the pools lose is what the fund paid
        const after = new Dec(r.remaining.tier1).plus(r.remaining.tier2Primary).plus(r.remaining.other);
        expect(pools.minus(after).eq(fund)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('more in-scope cost never lowers the fund payment', () => {
    fc.assert(
      fc.property(arb, money, (a, extra) => {
        const more = new Dec(a.inScope).plus(extra).toString();
        expect(new Dec(visit(toVisit(a, more)).fund).gte(visit(toVisit(a)).fund)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------
// Quota status at a date
// ---------------------------------------------------------------------------------------

function quota(
  date: string,
  tier2: boolean,
  used: { month: string; tier1?: string; tier2Primary?: string; other?: string }[] = [],
  from?: number,
): QuotaResult {
  return outpatientQuotaCommand.encode(
    outpatientQuota(parseInput(quotaRequestSchema, { region: 'jiangmen', date, person: { tier2, ...(from ? { tier2FromMonth: from } : {}) }, used })),
  );
}

describe('outpatient quota status (JM-UR 二(四)2(3): carry to later months, never across years)', () => {
  it('nothing used by April: 180 / 35 × 4 / 40 × 4', () => {
    const q = quota('2025-04-15', true);
    expect([q.tier1.remaining, q.tier2Primary.remaining, q.other.remaining]).toEqual(['180.00', '140.00', '160.00']);
    expect(q.months.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
  });
  it('carries unused amounts month by month', () => {
    const q = quota('2025-04-15', true, [
      { month: '2025-02', tier1: '100', other: '30' },
      { month: '2025-03', tier1: '80', tier2Primary: '50' },
    ]);
    // tier 2 primary: Jan 35, Feb 70, Mar 105 − 50 = 55, Apr 90; other: Jan 40, Feb 80 − 30 = 50, Mar 90, Apr 130
    expect(q.months.map((m) => m.tier2Primary.carried)).toEqual(['35.00', '70.00', '55.00', '90.00']);
    expect(q.months.map((m) => m.other.carried)).toEqual(['40.00', '50.00', '90.00', '130.00']);
    expect(q.tier1).toEqual({ limit: '180.00', used: '180.00', remaining: '0.00' });
    expect(q.tier2Primary).toEqual({ limit: '140.00', used: '50.00', remaining: '90.00' });
  });
  it('December holds the whole year; January starts again', () => {
    expect(quota('2025-12-31', true).tier2Primary.remaining).toBe('420.00'); // 35 × 12
    expect(quota('2025-12-31', true).other.remaining).toBe('480.00'); // 40 × 12
    expect(quota('2026-01-01', true).tier2Primary.remaining).toBe('35.00');
  });
  it('tier 2 from month 3', () => {
    const q = quota('2025-04-15', true, [], 3);
    expect(q.months.map((m) => m.tier2Primary.accrual)).toEqual(['0.00', '0.00', '35.00', '35.00']);
    expect(q.tier2Primary.remaining).toBe('70.00');
  });
  it('tier 1 only: no tier-2 pools', () => {
    const q = quota('2025-04-15', false, [{ month: '2025-01', tier1: '20' }]);
    expect([q.tier1.remaining, q.tier2Primary.remaining, q.other.remaining]).toEqual(['160.00', '0.00', '0.00']);
  });
  it('refuses usage from another year or a later month', () => {
    for (const month of ['2024-12', '2025-05']) {
      try {
        quota('2025-04-15', true, [{ month, tier1: '1' }]);
        expect.unreachable();
      } catch (e) {
        expect((e as PolicyError).issues[0]!.path).toBe('used.0.month');
      }
    }
  });
  it('flags usage above what was available', () => {
    const q = quota('2025-04-15', true, [{ month: '2025-01', tier2Primary: '50' }]);
    expect(q.explanation!.steps.some((s) => s.key === 'outpatient_quota.overused')).toBe(true);
    expect(q.months[0]!.tier2Primary.carried).toBe('0.00');
  });
  it('agrees with the visit estimate on what is left', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.tuple(fc.nat(100), fc.nat(100), fc.nat(100)), { minLength: 12, maxLength: 12 }),
        (month, shares) => {
          // use a share (0–100 %) of what is available in each month
          let t1 = new Dec(180);
          let t2 = new Dec(0);
          let ot = new Dec(0);
          const used = [];
          const totals = [new Dec(0), new Dec(0), new Dec(0)];
          for (let m = 1; m <= month; m += 1) {
            const [a, b, c] = shares[m - 1]!;
            t2 = t2.plus(35);
            ot = ot.plus(40);
            const u = [
              t1.times(a).div(100).toDecimalPlaces(2, Dec.ROUND_DOWN),
              t2.times(b).div(100).toDecimalPlaces(2, Dec.ROUND_DOWN),
              ot.times(c).div(100).toDecimalPlaces(2, Dec.ROUND_DOWN),
            ];
            t1 = t1.minus(u[0]!);
            t2 = t2.minus(u[1]!);
            ot = ot.minus(u[2]!);
            u.forEach((x, i) => (totals[i] = totals[i]!.plus(x)));
            used.push({ month: `2025-${String(m).padStart(2, '0')}`, tier1: u[0]!.toString(), tier2Primary: u[1]!.toString(), other: u[2]!.toString() });
          }
          const date = `2025-${String(month).padStart(2, '0')}-20`;
          const q = quota(date, true, used);
          const v = visit({
            date,
            clinic: 'none',
            inScope: '0',
            tier1Used: totals[0]!.toString(),
            tier2PrimaryUsed: totals[1]!.toString(),
            otherUsed: totals[2]!.toString(),
          });
          expect(v.remaining).toEqual({ tier1: q.tier1.remaining, tier2Primary: q.tier2Primary.remaining, other: q.other.remaining });
        },
      ),
      { numRuns: 200 },
    );
  });
  it('runs as the outpatient-quota command', () => {
    const r = runCommand(outpatientQuotaCommand, { region: 'jiangmen', date: '2025-04-15', person: { tier2: true } });
    expect(r).toMatchObject({ ok: true, output: { tier2Primary: { remaining: '140.00' } } });
  });
});
