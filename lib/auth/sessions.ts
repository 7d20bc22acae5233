import 'server-only';
/**
 * Server-side session state. The session cookie is a next-auth JWT that nothing can revoke
 * by itself, so every request checks it against the database:
 * - the session row exists and has not ended (sign-out ends it);
 * - the person's session version still matches (sign-out bumps it: every session of the
 *   person ends, on every device);
 * - idle for at most 30 minutes (last_seen_at is kept on the server);
 * - at most 12 hours since sign-in.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { authSessions, persons } from '../../db/schema';
import { withAudit } from '../audit';

export const IDLE_MS = 30 * 60 * 1000;
export const ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often per session (idle precision). */
export const TOUCH_MS = 30 * 1000;

export interface SessionClaims {
  personId: number;
  sid: string;
  sv: number;
}

export type SessionEndReason = 'unknown' | 'signed_out' | 'revoked' | 'idle_timeout' | 'absolute_timeout';
export type SessionCheck = { ok: true; personId: number; sid: string } | { ok: false; reason: SessionEndReason };

/** Starts a session for a person who just signed in. */
export async function startSession(db: Db, personId: number, now: Date): Promise<SessionClaims> {
  const [person] = await db.select({ sv: persons.sessionVersion }).from(persons).where(eq(persons.id, personId));
  if (!person) throw new Error('startSession: no such person');
  const sid = randomUUID();
  await db.insert(authSessions).values({ personId, id: sid, sessionVersion: person.sv, createdAt: now, lastSeenAt: now });
  return { personId, sid, sv: person.sv };
}

async function endSession(db: Db, claims: SessionClaims, reason: SessionEndReason, now: Date): Promise<void> {
  await db
    .update(authSessions)
    .set({ endedAt: now, endedReason: reason })
    .where(and(eq(authSessions.personId, claims.personId), eq(authSessions.id, claims.sid), isNull(authSessions.endedAt)));
}

/** Checks a session on a request, ending it when a limit has passed; touches last_seen_at. */
export async function checkSession(db: Db, claims: SessionClaims, now: Date): Promise<SessionCheck> {
  const [row] = await db
    .select({
      createdAt: authSessions.createdAt,
      lastSeenAt: authSessions.lastSeenAt,
      endedAt: authSessions.endedAt,
      endedReason: authSessions.endedReason,
      sessionVersion: authSessions.sessionVersion,
      personVersion: persons.sessionVersion,
    })
    .from(authSessions)
    .innerJoin(persons, eq(persons.id, authSessions.personId))
    .where(and(eq(authSessions.personId, claims.personId), eq(authSessions.id, claims.sid)));
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.endedAt) return { ok: false, reason: (row.endedReason as SessionEndReason | null) ?? 'revoked' };
  if (row.personVersion !== claims.sv || row.sessionVersion !== claims.sv) {
    await endSession(db, claims, 'revoked', now);
    return { ok: false, reason: 'revoked' };
  }
  const t = now.getTime();
  const expired: SessionEndReason | null =
    t - row.createdAt.getTime() > ABSOLUTE_MS ? 'absolute_timeout' : t - row.lastSeenAt.getTime() > IDLE_MS ? 'idle_timeout' : null;
  if (expired) {
    await withAudit(db, { event: 'session.expired', actor: 'system', personId: claims.personId, at: now, detail: { reason: expired } }, (tx) =>
      endSession(tx, claims, expired, now),
    );
    return { ok: false, reason: expired };
  }
  if (t - row.lastSeenAt.getTime() >= TOUCH_MS) {
    await db
      .update(authSessions)
      .set({ lastSeenAt: now })
      .where(and(eq(authSessions.personId, claims.personId), eq(authSessions.id, claims.sid)));
  }
  return { ok: true, personId: claims.personId, sid: claims.sid };
}

/**
 * Sign-out: ends this session and bumps the person's session version, so that no copy of
 * any of the person's session cookies works again.
 */
export async function signOutEverywhere(db: Db, claims: SessionClaims, now: Date): Promise<void> {
  await withAudit(db, { event: 'sign_out', actor: 'resident', personId: claims.personId, at: now }, async (tx) => {
    await tx
      .update(persons)
      .set({ sessionVersion: sql`${persons.sessionVersion} + 1` })
      .where(eq(persons.id, claims.personId));
    await tx
      .update(authSessions)
      .set({ endedAt: now, endedReason: 'signed_out' })
      .where(and(eq(authSessions.personId, claims.personId), isNull(authSessions.endedAt)));
  });
}
