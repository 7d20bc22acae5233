/**
 * The enrolment pages' data layer on the demo residents: every resident's rows map to requests
 * the policy library accepts (no contradictory record, RULES §13), and the figures hold each
 * persona's case (db/seed/DEMO.md): 20 and 25 years, transferred in short of 10 local years, a
 * veteran's deemed months, a flexible worker's interruption, a lifetime retiree, the top-up case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../db/testing';
import { personIdHashes } from '../../db/schema';
import { DEMO_ACCOUNTS, seedDemo } from '../../db/seed';
import { idNumberHash } from '../hashing';
import { enrolmentFiguresOf, enrolmentRows, historyRange, HISTORY_MAX_YEARS, recordsOfTier, totalsOf, type EnrolmentFigures } from './enrolment';
import { contributionHistory } from './queries';

const TODAY = '2025-11-15';
let t: TestDatabase;
const idOf = new Map<string, number>();
const figures = new Map<string, EnrolmentFigures>();

beforeAll(async () => {
  t = await freshDatabase();
  await seedDemo(t.db, { today: TODAY });
  const hashes = new Map((await t.db.select().from(personIdHashes)).map((h) => [h.idHash, h.personId]));
  for (const a of DEMO_ACCOUNTS) idOf.set(a.key, hashes.get(idNumberHash(a.idNumber))!);
  for (const a of DEMO_ACCOUNTS) {
    const rows = await enrolmentRows(t.db, idOf.get(a.key)!, TODAY);
    figures.set(a.key, enrolmentFiguresOf(rows!, TODAY));
  }
}, 240_000);
afterAll(async () => {
  await t.cleanup();
});

const f = (key: string) => figures.get(key)!;

describe('every demo resident', () => {
  it('maps to requests the library accepts, with an explanation for every figure', () => {
    expect(figures.size).toBe(DEMO_ACCOUNTS.length);
    for (const [key, x] of figures) {
      expect(x.years.explanation.length, key).toBeGreaterThan(0);
      expect(x.continuity.explanation.length, key).toBeGreaterThan(0);
      expect(x.status.explanation.length, key).toBeGreaterThan(0);
    }
  });
});

describe("the personas' cases", () => {
  it('20 years for the employee insured before 2018, 25 for the one first insured in 2019', () => {
    expect(f('employee_legacy').years.minimum).toMatchObject({ years: 20, reason: 'insured_before_2018' });
    expect(f('employee_2019').years.minimum).toMatchObject({ years: 25, reason: 'first_tier2_from_2018' });
  });
  it('transferred in with fewer than 10 local years: the local check is short', () => {
    const y = f('transferred_in').years;
    expect(y.transfers.length).toBeGreaterThan(0);
    expect(y.localMinimumMonths).toBe(120);
    expect(y.localMonths).toBeLessThan(120);
  });
  it("the veteran's 96 deemed months count", () => {
    expect(f('veteran').years.veteranMonths).toBe(96);
  });
  it('the flexible worker: interrupted once, caps at 70 % now', () => {
    const x = f('flexible');
    expect(x.continuity.interruptions.length).toBeGreaterThan(0);
    expect(x.continuity.capFactor?.toString()).toBe('0.7');
    expect(x.caps?.factor.toString()).toBe('0.7');
  });
  it('the retiree: minimum met, cover carried through retirement, full caps', () => {
    const x = f('retiree');
    expect(x.years.status).toBe('met');
    expect(x.status.kind).toBe('normal');
    expect(x.continuity.interruptions).toEqual([]);
    expect(x.continuity.capFactor?.toString()).toBe('1');
  });
  it('near retirement: short at retirement, offered the top-up with both ways of paying', () => {
    const y = f('near_retirement').years;
    expect(y.topUpEligibility).toBe('employee_identity');
    expect(y.atRetirement!.shortfallMonths).toBeGreaterThan(0);
    expect(y.topUp?.lumpSum?.amount.gt(0)).toBe(true);
    expect(y.topUp?.monthly?.months).toBe(y.atRetirement!.shortfallMonths);
  });
  it('a resident who never had employee identity is not offered a top-up and is not projected', () => {
    const y = f('resident').years;
    expect(y.topUpEligibility).toBe('never_employee');
    expect(y.projection).toBe('resident_identity');
    expect(y.topUp).toBeNull();
  });
  it('"stop now" projects nothing', () => {
    const id = idOf.get('near_retirement')!;
    return enrolmentRows(t.db, id, TODAY).then((rows) => {
      const stopped = enrolmentFiguresOf(rows!, TODAY, { continueContributing: false });
      expect(stopped.years.atRetirement!.projectedMonths).toBe(0);
      expect(stopped.years.atRetirement!.shortfallMonths).toBeGreaterThan(f('near_retirement').years.atRetirement!.shortfallMonths);
    });
  });
});

describe('the history pages', () => {
  it('ranges: the newest ten years by default, clamped to the record, never more than ten', () => {
    const span = { first: 2009, last: 2025 };
    expect(historyRange(span, undefined, undefined)).toEqual({ fromYear: 2016, toYear: 2025 });
    expect(historyRange(span, 2000, 2030)).toEqual({ fromYear: 2016, toYear: 2025 });
    expect(historyRange(span, 2010, undefined)).toEqual({ fromYear: 2010, toYear: 2019 });
    expect(historyRange(span, 2012, 2013)).toEqual({ fromYear: 2012, toYear: 2013 });
    expect(historyRange(span, 2020, 2015)).toEqual({ fromYear: 2015, toYear: 2015 });
    const r = historyRange({ first: 1990, last: 2025 }, undefined, undefined);
    expect(r.toYear - r.fromYear + 1).toBe(HISTORY_MAX_YEARS);
  });
  it('a range read at once and year by year (the CSV) give the same totals', async () => {
    const id = idOf.get('employee_legacy')!;
    const whole = recordsOfTier(await contributionHistory(t.db, id, 2016, 2025), 'tier2');
    let yearly = totalsOf([]).total;
    for (let y = 2016; y <= 2025; y += 1) yearly = yearly.plus(totalsOf(recordsOfTier(await contributionHistory(t.db, id, y, y), 'tier2')).total);
    expect(totalsOf(whole).total.toFixed(2)).toBe(yearly.toFixed(2));
    expect(whole.every((r) => r.tier === 'tier2')).toBe(true);
    expect(totalsOf(whole).total.gt(0)).toBe(true);
  });
});
