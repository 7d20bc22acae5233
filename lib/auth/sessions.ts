import 'server-only';
/**
 * Server-side session state. The session cookie is a next-auth JWT that nothing can revoke
 * by itself, so every request checks it against the database:
 * - the session row exists and has not ended (sign-out ends it);
 * - the person's session version still matches (sign-out bumps it: every session of the
 *   person ends, on every device);
 * - idle for at most 30 minutes (last_seen_at is kept on the server);
 * - at most 12 hours since sign-in.
 * The check is one statement (a read of the session and its person, and the touch), and it writes
 * `last_seen_at` only when the stored value is a minute old or more: at 10⁵ active residents that
 * is at most one small write per resident per minute, and none on most requests (db/SCALE.md).
 * Ended and expired sessions are removed by `npm run db:maintain` (db/maintain.ts).
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { authSessions, persons } from '../../db/schema';
import { withAudit } from '../audit';
import { withoutControlCharacters } from '../log-text';
import { ABSOLUTE_MS, IDLE_MS, TOUCH_MS } from '../auth-limits';

export { ABSOLUTE_MS, IDLE_MS, TOUCH_MS };

export interface SessionClaims {
  personId: number;
  sid: string;
  sv: number;
}

export type SessionEndReason = 'unknown' | 'signed_out' | 'revoked' | 'idle_timeout' | 'absolute_timeout' | 'ended_by_resident';
export type SessionCheck = { ok: true; personId: number; sid: string } | { ok: false; reason: SessionEndReason };

/** A User-Agent as stored: control characters removed, at most 256 characters; null when empty. */
export function storedUserAgent(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const clean = withoutControlCharacters(raw, 256);
  return clean.length > 0 ? clean : null;
}

/** Starts a session for a person who just signed in. */
export async function startSession(db: Db, personId: number, now: Date, device: { userAgent?: string | null } = {}): Promise<SessionClaims> {
  const [person] = await db.select({ sv: persons.sessionVersion }).from(persons).where(eq(persons.id, personId));
  if (!person) throw new Error('startSession: no such person');
  const sid = randomUUID();
  await db
    .insert(authSessions)
    .values({ personId, id: sid, sessionVersion: person.sv, createdAt: now, lastSeenAt: now, userAgent: storedUserAgent(device.userAgent) });
  return { personId, sid, sv: person.sv };
}

export interface ActiveSession {
  id: string;
  userAgent: string | null;
  createdAt: Date;
  lastSeenAt: Date;
}

/** The person's sessions that are still usable at `now` (the 登录设备 page), newest first. */
export async function activeSessions(db: Db, personId: number, now: Date): Promise<ActiveSession[]> {
  const t = now.getTime();
  return db
    .select({ id: authSessions.id, userAgent: authSessions.userAgent, createdAt: authSessions.createdAt, lastSeenAt: authSessions.lastSeenAt })
    .from(authSessions)
    .innerJoin(persons, eq(persons.id, authSessions.personId))
    .where(
      and(
        eq(authSessions.personId, personId),
        isNull(authSessions.endedAt),
        eq(authSessions.sessionVersion, persons.sessionVersion),
        gt(authSessions.createdAt, new Date(t - ABSOLUTE_MS)),
        gt(authSessions.lastSeenAt, new Date(t - IDLE_MS)),
      ),
    )
    .orderBy(desc(authSessions.createdAt));
}

/**
 * Ends one of the person's other sessions (`which` = its id), or all of them but `current`
 * (`which` = 'all_others'), audited as
 * `session.ended`; returns how many ended. The current session is never ended here (sign-out
 * does that).
 */
export async function endOtherSessions(db: Db, personId: number, current: string, which: string, now: Date): Promise<number> {
  return withAudit(
    db,
    (n: number) => ({
      event: 'session.ended',
      actor: 'resident',
      personId,
      at: now,
      detail: { sessions: n, which: which === 'all_others' ? 'all_others' : 'one' },
    }),
    async (tx) => {
      const ended = await tx
        .update(authSessions)
        .set({ endedAt: now, endedReason: 'ended_by_resident' })
        .where(
          and(
            eq(authSessions.personId, personId),
            isNull(authSessions.endedAt),
            ne(authSessions.id, current),
            ...(which === 'all_others' ? [] : [eq(authSessions.id, which)]),
          ),
        )
        .returning({ id: authSessions.id });
      return ended.length;
    },
  );
}

async function endSession(db: Db, claims: SessionClaims, reason: SessionEndReason, now: Date): Promise<void> {
  await db
    .update(authSessions)
    .set({ endedAt: now, endedReason: reason })
    .where(and(eq(authSessions.personId, claims.personId), eq(authSessions.id, claims.sid), isNull(authSessions.endedAt)));
}

interface CheckRow {
  ended: boolean;
  ended_reason: string | null;
  version_ok: boolean;
  absolute_expired: boolean;
  idle_expired: boolean;
}

/** postgres.js returns the rows as the result; PGlite returns `{ rows }`. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * Checks a session on a request, ending it when a limit has passed. One statement reads the
 * session with its person's version and, when the session is valid and its last_seen_at is at
 * least TOUCH_MS old, touches it.
 */
export async function checkSession(db: Db, claims: SessionClaims, now: Date): Promise<SessionCheck> {
  const t = now.getTime();
  const absoluteCut = new Date(t - ABSOLUTE_MS);
  const idleCut = new Date(t - IDLE_MS);
  const touchCut = new Date(t - TOUCH_MS);
  const result = await db.execute(sql`
    with s as (
      select a.ended_at, a.ended_reason, a.session_version, p.session_version as person_version, a.created_at, a.last_seen_at
        from ${authSessions} a join ${persons} p on p.id = a.person_id
       where a.person_id = ${claims.personId} and a.id = ${claims.sid} and p.id = ${claims.personId}
    ), touched as (
      update ${authSessions} a set last_seen_at = ${now.toISOString()}::timestamptz
        from s
       where a.person_id = ${claims.personId} and a.id = ${claims.sid}
         and s.ended_at is null and s.session_version = ${claims.sv} and s.person_version = ${claims.sv}
         and s.created_at >= ${absoluteCut.toISOString()}::timestamptz and s.last_seen_at >= ${idleCut.toISOString()}::timestamptz
         and s.last_seen_at <= ${touchCut.toISOString()}::timestamptz
      returning 1
    )
    select s.ended_at is not null as ended, s.ended_reason,
           (s.session_version = ${claims.sv} and s.person_version = ${claims.sv}) as version_ok,
           s.created_at < ${absoluteCut.toISOString()}::timestamptz as absolute_expired,
           s.last_seen_at < ${idleCut.toISOString()}::timestamptz as idle_expired,
           (select count(*) from touched) as touched
      from s`);
  const [row] = rowsOf<CheckRow>(result);
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.ended) return { ok: false, reason: (row.ended_reason as SessionEndReason | null) ?? 'revoked' };
  if (!row.version_ok) {
    await endSession(db, claims, 'revoked', now);
    return { ok: false, reason: 'revoked' };
  }
  const expired: SessionEndReason | null = row.absolute_expired ? 'absolute_timeout' : row.idle_expired ? 'idle_timeout' : null;
  if (expired) {
    await withAudit(db, { event: 'session.expired', actor: 'system', personId: claims.personId, at: now, detail: { reason: expired } }, (tx) =>
      endSession(tx, claims, expired, now),
    );
    return { ok: false, reason: expired };
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
