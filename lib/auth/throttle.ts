import 'server-only';
/**
 * Sign-in throttling, per ID number (by its keyed hash), kept in the database so that it
 * holds across restarts and across server processes: 5 failures within 15 minutes lock the
 * number for 15 minutes; while locked every attempt is refused, the right password too.
 * Rows past their window are removed by `npm run db:maintain` (db/maintain.ts), which skips rows
 * locked by a sign-in in progress.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { loginThrottle } from '../../db/schema';
import { FAILURE_WINDOW_MS, LOCK_MS, MAX_FAILURES } from '../auth-limits';

export { FAILURE_WINDOW_MS, LOCK_MS, MAX_FAILURES };

/** When the number is locked at `now`, the end of the lock; else null. */
export async function lockedUntil(db: Db, subjectHash: string, now: Date): Promise<Date | null> {
  const [row] = await db.select({ lockedUntil: loginThrottle.lockedUntil }).from(loginThrottle).where(eq(loginThrottle.subjectHash, subjectHash));
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

export interface FailureOutcome {
  /** Failures counted in the window, this one included (0 once it locked). */
  failures: number;
  /** Set when this failure locked the number. */
  lockedUntil: Date | null;
}

/** Records one failure atomically (row lock), locking the number on the fifth in the window. */
export async function recordFailure(db: Db, subjectHash: string, now: Date): Promise<FailureOutcome> {
  return db.transaction(async (tx) => {
    // Creates the row or locks the existing one (a no-op update), and reads its latest failures.
    const [row] = await tx
      .insert(loginThrottle)
      .values({ subjectHash, updatedAt: now })
      .onConflictDoUpdate({ target: loginThrottle.subjectHash, set: { updatedAt: sql`${loginThrottle.updatedAt}` } })
      .returning({ failures: loginThrottle.failures });
    const since = now.getTime() - FAILURE_WINDOW_MS;
    const recent = (row?.failures ?? []).filter((f) => new Date(f).getTime() > since);
    recent.push(now);
    const locks = recent.length >= MAX_FAILURES;
    const until = locks ? new Date(now.getTime() + LOCK_MS) : null;
    await tx
      .update(loginThrottle)
      .set(locks ? { failures: [], lockedUntil: until, updatedAt: now } : { failures: recent, updatedAt: now })
      .where(eq(loginThrottle.subjectHash, subjectHash));
    return { failures: locks ? 0 : recent.length, lockedUntil: until };
  });
}

/** Forgets failures after a successful sign-in. */
export async function clearFailures(db: Db, subjectHash: string, now: Date): Promise<void> {
  await db.update(loginThrottle).set({ failures: [], lockedUntil: null, updatedAt: now }).where(eq(loginThrottle.subjectHash, subjectHash));
}
