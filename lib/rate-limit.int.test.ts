import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { freshDatabase, type TestDatabase } from '../db/testing';
import { rateLimits } from '../db/schema';
import { maintain } from '../db/maintain';
import { consume, decide, peek, retryAfterSeconds, windowStartOf, type RateLimitRule } from './rate-limit';

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(async () => {
  await t.cleanup();
});

const MIN = 60_000;
/** A window boundary (a whole minute) and moments inside it. */
const T0 = new Date('2026-06-10T04:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const rule = (scope: string, limit = 5, windowMs = MIN): RateLimitRule => ({ scope, limit, windowMs });

const rowsFor = (scope: string) => t.db.select().from(rateLimits).where(eq(rateLimits.scope, scope));

describe('the sliding-window decision (pure)', () => {
  it('weighs the previous window by the part of it still inside the sliding window', () => {
    const r = rule('x', 10);
    // 40 % through the window: 10 × 0.6 + 4 = 10 → allowed (at the limit); one more is not.
    expect(decide(r, 10, 4, at(0.4 * MIN))).toMatchObject({ allowed: true, count: 10, remaining: 0 });
    expect(decide(r, 10, 5, at(0.4 * MIN))).toMatchObject({ allowed: false, remaining: 0 });
    // At the window's start the previous one counts whole; at its end not at all.
    expect(decide(r, 10, 1, at(0)).allowed).toBe(false);
    expect(decide(r, 10, 1, at(MIN - 1)).allowed).toBe(true);
  });

  it('says when a refused client may come back, and that is when a hit is allowed again', () => {
    const r = rule('x', 10);
    for (const [previous, current, elapsed] of [
      [10, 5, 0.4 * MIN],
      [0, 11, 0.5 * MIN],
      [20, 20, 0.1 * MIN],
      [3, 10, 0.9 * MIN],
    ] as const) {
      const now = at(elapsed);
      const d = decide(r, previous, current, now);
      expect(d.allowed).toBe(false);
      expect(d.retryAfterMs).toBeGreaterThan(0);
      // Replaying the counters at the moment given: one more hit fits then, and not 1 s before.
      const later = new Date(now.getTime() + d.retryAfterMs);
      const sameWindow = windowStartOf(later, r.windowMs).getTime() === windowStartOf(now, r.windowMs).getTime();
      const [p, c] = sameWindow ? [previous, current] : [current, 0];
      expect(decide(r, p, c + 1, later).allowed, `${previous}/${current} at ${elapsed}`).toBe(true);
      const before = new Date(later.getTime() - 1000);
      const sameAsNow = windowStartOf(before, r.windowMs).getTime() === windowStartOf(now, r.windowMs).getTime();
      const [pb, cb] = sameAsNow ? [previous, current] : [current, 0];
      expect(decide(r, pb, cb + 1, before).allowed, `${previous}/${current} at ${elapsed}, 1 s early`).toBe(false);
      expect(retryAfterSeconds(d)).toBe(Math.ceil(d.retryAfterMs / 1000));
    }
  });
});

describe('rate limits in the database', () => {
  it('allows up to the limit in a window, then refuses with a time to come back', async () => {
    const r = rule('test.sequential', 3);
    const seen = [];
    for (let i = 0; i < 5; i += 1) seen.push(await consume(t.db, r, '192.0.2.1', at(1000 + i)));
    expect(seen.map((d) => d.allowed)).toEqual([true, true, true, false, false]);
    expect(seen.map((d) => d.remaining)).toEqual([2, 1, 0, 0, 0]);
    expect(seen[3]!.retryAfterMs).toBeGreaterThan(0);
    // Another key is counted apart.
    expect((await consume(t.db, r, '192.0.2.2', at(2000))).allowed).toBe(true);
    // peek counts nothing.
    const before = await rowsFor('test.sequential');
    expect((await peek(t.db, r, '192.0.2.2', at(2000))).allowed).toBe(true);
    expect((await peek(t.db, r, '192.0.2.1', at(2000))).allowed).toBe(false);
    expect(await rowsFor('test.sequential')).toEqual(before);
  });

  it('slides: the previous window fades out', async () => {
    const r = rule('test.sliding', 4);
    for (let i = 0; i < 4; i += 1) await consume(t.db, r, 'k', at(50_000 + i));
    // 20 s into the next window: 4 × (40/60) = 2.67, + 1 ≤ 4 → allowed; + 2 > 4: the next one is not.
    expect((await consume(t.db, r, 'k', at(MIN + 20_000))).allowed).toBe(true);
    expect((await consume(t.db, r, 'k', at(MIN + 20_001))).allowed).toBe(false);
    // Two windows later nothing of it counts.
    expect((await consume(t.db, r, 'k', at(3 * MIN + 1))).allowed).toBe(true);
  });

  it('counts every one of many simultaneous hits: exactly `limit` are allowed', async () => {
    const r = rule('test.concurrent', 10);
    const decisions = await Promise.all(Array.from({ length: 40 }, () => consume(t.db, r, '198.51.100.7', at(5000))));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
    const [row] = await t.db
      .select({ hits: rateLimits.hits })
      .from(rateLimits)
      .where(and(eq(rateLimits.scope, r.scope), eq(rateLimits.key, '198.51.100.7')));
    expect(row?.hits).toBe(40);
  });

  it('refuses malformed rules and keys instead of storing them', async () => {
    await expect(consume(t.db, rule('Bad Scope'), 'k', T0)).rejects.toThrow(/scope/);
    await expect(consume(t.db, rule('x', 0), 'k', T0)).rejects.toThrow(/limit/);
    await expect(consume(t.db, rule('x'), 'k'.repeat(129), T0)).rejects.toThrow(/key/);
    await expect(consume(t.db, rule('x'), '', T0)).rejects.toThrow(/key/);
  });

  it('db:maintain removes the rows whose windows no longer count, and only those', async () => {
    const r = rule('test.purge', 5);
    await consume(t.db, r, 'old', at(0));
    await consume(t.db, r, 'recent', at(2 * MIN));
    // At T0 + 2 min + 1 ms the "old" row (window T0, counted until T0 + 2 min) has expired.
    const report = await maintain(t.db, { now: at(2 * MIN + 1) });
    expect(report.rateLimits).toBeGreaterThanOrEqual(1);
    expect((await rowsFor('test.purge')).map((x) => x.key)).toEqual(['recent']);
  });
});
