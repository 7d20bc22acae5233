/**
 * Rate limits shared by every server process and kept across restarts: their state is in the
 * database (`rate_limits`), never in memory, so the portal can run as many processes as it needs.
 *
 * A limit is a sliding window, estimated from two fixed windows (the "sliding window counter"):
 * at a moment `f` of the way through the current window, the count is
 *
 *   hits of the previous window × (1 − f) + hits of the current window
 *
 * which follows a true sliding window closely, needs one row per key and window, and is decided
 * in ONE statement: `consume` adds the hit and reads both windows atomically (an upsert), so
 * requests that arrive together can never all slip under the limit. A hit that is refused is
 * still counted: a client that keeps hammering stays refused.
 *
 *   const rule = { scope: 'api.estimates', limit: 60, windowMs: 60_000 };
 *   const d = await consume(db, rule, clientAddress, now);
 *   if (!d.allowed) return 429 with Retry-After: retryAfterSeconds(d)
 *
 * Keys must be bounded and validated by the caller (a validated IP address, `*` for a global
 * ceiling, a keyed hash), never raw request text. Rows past both windows are removed by
 * `npm run db:maintain` (db/maintain.ts). Not `server-only`: scripts and tests use it too.
 */
import { and, eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import { rateLimits } from '../db/schema';

export interface RateLimitRule {
  /** What is limited: `domain.name`, e.g. `api.estimates`, `sign_in.client`, `sign_in.global`. */
  scope: string;
  /** Hits allowed within any window of `windowMs`. */
  limit: number;
  windowMs: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** The sliding-window estimate, this hit included (for `consume`). */
  count: number;
  limit: number;
  /** Hits left before the limit (0 when refused). */
  remaining: number;
  /** How long until a hit would be allowed again, when refused; else 0. */
  retryAfterMs: number;
}

const SCOPE = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/;

function check(rule: RateLimitRule, key: string): void {
  if (!SCOPE.test(rule.scope) || rule.scope.length > 64) throw new Error(`rate limit scope ${JSON.stringify(rule.scope)}: lower-case dotted name`);
  if (!Number.isInteger(rule.limit) || rule.limit < 1) throw new Error(`rate limit ${rule.scope}: limit must be a whole number ≥ 1`);
  if (!Number.isInteger(rule.windowMs) || rule.windowMs < 1000) throw new Error(`rate limit ${rule.scope}: window must be whole milliseconds ≥ 1000`);
  if (key.length === 0 || key.length > 128) throw new Error(`rate limit ${rule.scope}: key must be 1–128 characters`);
}

/** The start of the fixed window `now` falls in (windows are aligned to the epoch). */
export function windowStartOf(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/**
 * The decision for `previous` and `current` hits at `now` (pure; exported for tests).
 * Allowed while the estimate is at most the limit.
 */
export function decide(rule: RateLimitRule, previous: number, current: number, now: Date): RateLimitDecision {
  const start = windowStartOf(now, rule.windowMs).getTime();
  const elapsed = (now.getTime() - start) / rule.windowMs;
  const count = previous * (1 - elapsed) + current;
  const allowed = count <= rule.limit;
  return {
    allowed,
    count,
    limit: rule.limit,
    remaining: allowed ? Math.max(0, Math.floor(rule.limit - count)) : 0,
    retryAfterMs: allowed ? 0 : retryAfter(rule, previous, current, now.getTime() - start),
  };
}

/**
 * With no further hits, the time until one more hit (counted, +1) would be allowed:
 *   in this window, while previous × (1 − f) + current + 1 > limit, f grows;
 *   once current + 1 > limit alone, only the next window helps: current × (1 − g) + 1 ≤ limit.
 */
function retryAfter(rule: RateLimitRule, previous: number, current: number, elapsedMs: number): number {
  const W = rule.windowMs;
  const room = rule.limit - current - 1;
  if (room >= 0 && previous > 0) {
    const f = 1 - room / previous; // the fraction of this window at which the estimate fits
    return Math.max(1, Math.ceil(f * W - elapsedMs));
  }
  const g = current > 0 ? Math.max(0, 1 - (rule.limit - 1) / current) : 0;
  return Math.max(1, Math.ceil(W - elapsedMs + g * W));
}

/** Counts one hit (or `cost` hits) for `key` and decides, atomically (one statement). */
export async function consume(db: Db, rule: RateLimitRule, key: string, now: Date, cost = 1): Promise<RateLimitDecision> {
  check(rule, key);
  if (!Number.isInteger(cost) || cost < 1) throw new Error(`rate limit ${rule.scope}: cost must be a whole number ≥ 1`);
  const start = windowStartOf(now, rule.windowMs);
  const previousStart = new Date(start.getTime() - rule.windowMs);
  const expires = new Date(start.getTime() + 2 * rule.windowMs);
  const result = await db.execute(sql`
    with hit as (
      insert into ${rateLimits} (scope, key, window_start, hits, expires_at)
      values (${rule.scope}, ${key}, ${start.toISOString()}, ${cost}, ${expires.toISOString()})
      on conflict (scope, key, window_start) do update set hits = ${rateLimits.hits} + excluded.hits
      returning hits
    )
    select (select hits from hit)::int as current,
           coalesce((select hits from ${rateLimits}
                     where scope = ${rule.scope} and key = ${key} and window_start = ${previousStart.toISOString()}), 0)::int as previous`);
  const row = rowsOf<{ current: number; previous: number }>(result)[0];
  if (!row) throw new Error(`rate limit ${rule.scope}: the counter returned no row`);
  return decide(rule, Number(row.previous), Number(row.current), now);
}

/** The decision for one more hit, without counting it. */
export async function peek(db: Db, rule: RateLimitRule, key: string, now: Date): Promise<RateLimitDecision> {
  check(rule, key);
  const start = windowStartOf(now, rule.windowMs);
  const previousStart = new Date(start.getTime() - rule.windowMs);
  const rows = await db
    .select({ windowStart: rateLimits.windowStart, hits: rateLimits.hits })
    .from(rateLimits)
    .where(
      and(
        eq(rateLimits.scope, rule.scope),
        eq(rateLimits.key, key),
        sql`${rateLimits.windowStart} in (${start.toISOString()}, ${previousStart.toISOString()})`,
      ),
    );
  const hitsAt = (d: Date) => rows.find((r) => r.windowStart.getTime() === d.getTime())?.hits ?? 0;
  const current = hitsAt(start);
  // As if this hit were counted: allowed when one more still fits.
  const d = decide(rule, hitsAt(previousStart), current + 1, now);
  return { ...d, count: d.count - 1, remaining: d.allowed ? d.remaining + 1 : 0 };
}

/** Seconds for a `Retry-After` header (at least 1). */
export function retryAfterSeconds(decision: RateLimitDecision): number {
  return Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
}
