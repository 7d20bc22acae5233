import 'server-only';
/**
 * Sign-in throttling, kept in the database so that it holds across restarts and across server
 * processes.
 *
 * Per ID number (by its keyed hash, table login_throttle): at most 5 password checks within
 * 15 minutes, however the attempts arrive. An attempt is COUNTED BEFORE its password is checked
 * (`admitAttempt`, under the row's lock): with 5 attempts in the window — finished or still
 * being checked — the next one is refused without a check. When a failure leaves 5 attempts in
 * the window, the number is locked for 15 minutes (`settleFailure`); while locked every
 * password attempt is refused, the right password too, and a success never lifts a lock in
 * force (`settleSuccess`). A success with no lock in force forgets the counted attempts.
 * Passkey sign-in is not subject to this lock (lib/auth/passkeys.ts): nobody can keep a resident
 * out by typing wrong passwords for their number.
 *
 * Per client address and overall (lib/rate-limit.ts, the shared sliding-window limiter, table
 * rate_limits): every sign-in attempt of a client address counts against its limit (counted
 * before the check, in one statement: a burst cannot slip under it); failed password checks of
 * all clients together count against a ceiling per minute, which is read before each check.
 * The thresholds are configurable (lib/env.ts).
 *
 * Rows past their window are removed by `npm run db:maintain` (db/maintain.ts), which skips rows
 * locked by a sign-in in progress.
 */
import { eq, sql } from 'drizzle-orm';
import { inTransaction, type Db } from '../../db/client';
import { loginThrottle } from '../../db/schema';
import { consume, peek, type RateLimitDecision, type RateLimitRule } from '../rate-limit';
import { signInLimits } from '../env';
import { FAILURE_WINDOW_MS, LOCK_MS, MAX_FAILURES } from '../auth-limits';

export { FAILURE_WINDOW_MS, LOCK_MS, MAX_FAILURES };

/** Sign-in attempts of one client address (a validated IP address, or `unknown`). */
export function clientRule(): RateLimitRule {
  const { client } = signInLimits();
  return { scope: 'sign_in.client', limit: client.limit, windowMs: client.windowMs };
}

/** Failed password checks of all clients together, per minute. */
export function globalFailureRule(): RateLimitRule {
  return { scope: 'sign_in.global_failures', limit: signInLimits().globalFailuresPerMinute, windowMs: 60_000 };
}

/** Counts a sign-in attempt of `client` (before any check) and decides. */
export function countClientAttempt(db: Db, client: string, now: Date): Promise<RateLimitDecision> {
  return consume(db, clientRule(), client, now);
}

/** Whether password checks may go on: the global ceiling on failures, read without counting. */
export function globalFailuresAllowed(db: Db, now: Date): Promise<RateLimitDecision> {
  return peek(db, globalFailureRule(), '*', now);
}

/** Counts one failed password check against the global ceiling. */
export function countGlobalFailure(db: Db, now: Date): Promise<RateLimitDecision> {
  return consume(db, globalFailureRule(), '*', now);
}

interface Row {
  failures: Date[];
  lockedUntil: Date | null;
}

/** Creates the number's row or takes the existing one, locked until the transaction ends. */
async function lockRow(tx: Db, subjectHash: string, now: Date): Promise<Row> {
  // A no-op update on conflict takes the row lock and returns the row as it is.
  const [row] = await tx
    .insert(loginThrottle)
    .values({ subjectHash, updatedAt: now })
    .onConflictDoUpdate({ target: loginThrottle.subjectHash, set: { updatedAt: sql`${loginThrottle.updatedAt}` } })
    .returning({ failures: loginThrottle.failures, lockedUntil: loginThrottle.lockedUntil });
  return { failures: row?.failures ?? [], lockedUntil: row?.lockedUntil ?? null };
}

const inWindow = (failures: readonly Date[], now: Date) => failures.filter((f) => new Date(f).getTime() > now.getTime() - FAILURE_WINDOW_MS);

export type Admission =
  | { admitted: true; /** 1 for the first attempt in the window … 5 for the last allowed. */ attempt: number }
  | { admitted: false; /** When a password may be tried again. */ until: Date };

/**
 * Counts a password attempt for the number before its password is checked, atomically (the
 * row's lock): refused while the number is locked, or when 5 attempts are already in the window.
 */
export function admitAttempt(db: Db, subjectHash: string, now: Date): Promise<Admission> {
  return inTransaction(db, async (tx) => {
    const row = await lockRow(tx, subjectHash, now);
    if (row.lockedUntil && row.lockedUntil > now) return { admitted: false, until: row.lockedUntil };
    const recent = inWindow(row.failures, now);
    if (recent.length >= MAX_FAILURES) {
      // Five attempts are being checked or have failed: the earliest leaves the window first.
      const earliest = Math.min(...recent.map((f) => new Date(f).getTime()));
      return { admitted: false, until: new Date(earliest + FAILURE_WINDOW_MS) };
    }
    await tx
      .update(loginThrottle)
      .set({ failures: [...recent, now], updatedAt: now })
      .where(eq(loginThrottle.subjectHash, subjectHash));
    return { admitted: true, attempt: recent.length + 1 };
  });
}

export interface FailureOutcome {
  /** Attempts counted in the window (this one included); 0 once locked. */
  failures: number;
  /** Tries left before the lock (0 once locked). */
  remaining: number;
  /** The end of the lock when the number is locked (by this failure or another). */
  lockedUntil: Date | null;
  /** True when this failure locked the number. */
  locked: boolean;
}

/** Settles an admitted attempt whose password was wrong: locks the number when 5 are in the window. */
export function settleFailure(db: Db, subjectHash: string, now: Date): Promise<FailureOutcome> {
  return inTransaction(db, async (tx) => {
    const row = await lockRow(tx, subjectHash, now);
    if (row.lockedUntil && row.lockedUntil > now) return { failures: 0, remaining: 0, lockedUntil: row.lockedUntil, locked: false };
    const recent = inWindow(row.failures, now);
    if (recent.length >= MAX_FAILURES) {
      const until = new Date(now.getTime() + LOCK_MS);
      await tx.update(loginThrottle).set({ failures: [], lockedUntil: until, updatedAt: now }).where(eq(loginThrottle.subjectHash, subjectHash));
      return { failures: 0, remaining: 0, lockedUntil: until, locked: true };
    }
    return { failures: recent.length, remaining: MAX_FAILURES - recent.length, lockedUntil: null, locked: false };
  });
}

/**
 * Settles an admitted attempt whose password was right: refused (with the lock's end) when the
 * number is locked meanwhile — a success never lifts a lock — else the counted attempts are forgotten.
 */
export function settleSuccess(db: Db, subjectHash: string, now: Date): Promise<{ ok: true } | { ok: false; lockedUntil: Date }> {
  return inTransaction(db, async (tx) => {
    const row = await lockRow(tx, subjectHash, now);
    if (row.lockedUntil && row.lockedUntil > now) return { ok: false, lockedUntil: row.lockedUntil };
    await tx.update(loginThrottle).set({ failures: [], lockedUntil: null, updatedAt: now }).where(eq(loginThrottle.subjectHash, subjectHash));
    return { ok: true };
  });
}

/** When the number is locked at `now`, the end of the lock; else null (read only, for display). */
export async function lockedUntil(db: Db, subjectHash: string, now: Date): Promise<Date | null> {
  const [row] = await db.select({ lockedUntil: loginThrottle.lockedUntil }).from(loginThrottle).where(eq(loginThrottle.subjectHash, subjectHash));
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}
