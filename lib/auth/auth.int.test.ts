import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, or } from 'drizzle-orm';
import { capturingDb, freshDatabase, type TestDatabase } from '../../db/testing';
import { auditLog, authSessions, loginThrottle, personIdHashes, persons } from '../../db/schema';
import { makeIdNumber, maskIdNumber } from '../id-number';
import { hashPassword, idNumberHash } from '../hashing';
import { signInWithPassword } from './sign-in';
import { ABSOLUTE_MS, IDLE_MS, TOUCH_MS, checkSession, signOutEverywhere, startSession } from './sessions';
import { LOCK_MS } from './throttle';
import { resetEnvForTests } from '../env';

let t: TestDatabase;
const PASSWORD = 'correct horse battery';
let seq = 100;

/** A resident of our own for each test, so tests never share throttle or session state. */
async function resident(): Promise<{ id: number; idNumber: string }> {
  seq += 2;
  const idNumber = makeIdNumber('440703', '1970-03-15', seq + 1);
  const [p] = await t.db
    .insert(persons)
    .values({
      idMasked: maskIdNumber(idNumber),
      name: '测试居民',
      sex: 'male',
      birthDate: '1970-03-15',
      region: 'jiangmen',
      hukouDistrict: '440703',
      retirementGroup: 'male',
      passwordHash: await hashPassword(PASSWORD),
    })
    .returning({ id: persons.id });
  await t.db.insert(personIdHashes).values({ idHash: idNumberHash(idNumber), personId: p!.id });
  return { id: p!.id, idNumber };
}

const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

beforeAll(async () => {
  // These tests are about the per-number lock: the per-client limit (its own file) stays out of the way.
  process.env.SIGN_IN_CLIENT_LIMIT = '100000';
  resetEnvForTests();
  t = await freshDatabase();
});
afterAll(async () => {
  await t.cleanup();
  delete process.env.SIGN_IN_CLIENT_LIMIT;
  resetEnvForTests();
});

describe('sign-in', () => {
  it('signs in with the right password and audits it', async () => {
    const r = await resident();
    const result = await signInWithPassword(t.db, { idNumber: r.idNumber.toLowerCase(), password: PASSWORD }, { ip: '127.0.0.1' }, new Date());
    expect(result).toEqual({ ok: true, personId: r.id });
    const events = await t.db.select().from(auditLog).where(eq(auditLog.personId, r.id));
    expect(events.map((e) => e.event)).toContain('sign_in.succeeded');
  });

  it('tells a bad ID number from a wrong password, without counting the former', async () => {
    const r = await resident();
    const bad = r.idNumber.slice(0, 17) + (r.idNumber[17] === '0' ? '1' : '0');
    expect(await signInWithPassword(t.db, { idNumber: bad, password: PASSWORD }, {}, new Date())).toEqual({ ok: false, error: 'invalid_id' });
    expect(await signInWithPassword(t.db, { idNumber: '', password: PASSWORD }, {}, new Date())).toEqual({ ok: false, error: 'missing' });
    expect(await signInWithPassword(t.db, { idNumber: r.idNumber, password: 'wrong' }, {}, new Date())).toEqual({
      ok: false,
      error: 'CredentialsSignin',
      remaining: 4,
    });
    const [row] = await t.db
      .select()
      .from(loginThrottle)
      .where(eq(loginThrottle.subjectHash, idNumberHash(r.idNumber)));
    expect(row!.failures).toHaveLength(1);
  });

  it('locks an ID number on the fifth failure within 15 minutes, refusing the right password until the lock ends', async () => {
    const r = await resident();
    const t0 = new Date('2026-03-01T02:00:00Z');
    for (let i = 0; i < 4; i += 1) {
      expect(await signInWithPassword(t.db, { idNumber: r.idNumber, password: 'wrong' }, {}, at(t0, i * 60_000))).toEqual({
        ok: false,
        error: 'CredentialsSignin',
        remaining: 4 - i,
      });
    }
    const lockedAt = at(t0, 4 * 60_000);
    expect(await signInWithPassword(t.db, { idNumber: r.idNumber, password: 'wrong' }, {}, lockedAt)).toEqual({
      ok: false,
      error: 'locked',
      until: at(lockedAt, LOCK_MS),
    });
    expect(await signInWithPassword(t.db, { idNumber: r.idNumber, password: PASSWORD }, {}, at(lockedAt, LOCK_MS - 1000))).toEqual({
      ok: false,
      error: 'locked',
      until: at(lockedAt, LOCK_MS),
    });
    expect(await signInWithPassword(t.db, { idNumber: r.idNumber, password: PASSWORD }, {}, at(lockedAt, LOCK_MS + 1000))).toEqual({
      ok: true,
      personId: r.id,
    });
    const events = (
      await t.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.subjectHash, idNumberHash(r.idNumber)))
    ).map((e) => e.event);
    expect(events.filter((e) => e === 'sign_in.failed')).toHaveLength(4);
    expect(events).toContain('sign_in.locked');
    expect(events).toContain('sign_in.refused_locked');
  });

  it('forgets failures older than 15 minutes', async () => {
    const r = await resident();
    const t0 = new Date('2026-03-01T02:00:00Z');
    for (let i = 0; i < 4; i += 1) await signInWithPassword(t.db, { idNumber: r.idNumber, password: 'wrong' }, {}, at(t0, i * 1000));
    // 16 minutes later the four old failures are outside the window: this is the first of a new count.
    expect(await signInWithPassword(t.db, { idNumber: r.idNumber, password: 'wrong' }, {}, at(t0, 16 * 60_000))).toEqual({
      ok: false,
      error: 'CredentialsSignin',
      remaining: 4,
    });
  });

  it('throttles unknown ID numbers the same way (no account enumeration)', async () => {
    const unknown = makeIdNumber('440781', '1960-01-01', 999);
    const now = new Date('2026-03-02T02:00:00Z');
    const results = [];
    for (let i = 0; i < 6; i += 1) results.push(await signInWithPassword(t.db, { idNumber: unknown, password: 'x' }, {}, at(now, i)));
    expect(results.map((r) => (r.ok ? 'ok' : r.error))).toEqual([
      'CredentialsSignin',
      'CredentialsSignin',
      'CredentialsSignin',
      'CredentialsSignin',
      'locked',
      'locked',
    ]);
  });

  it('a success does not lift a lock in force, and a success before the lock forgets the counted attempts', async () => {
    const r = await resident();
    const t0 = new Date('2026-03-04T02:00:00Z');
    for (let i = 0; i < 4; i += 1) await signInWithPassword(t.db, { idNumber: r.idNumber, password: 'wrong' }, {}, at(t0, i * 1000));
    // The fifth attempt is the right password: allowed, and the four failures are forgotten.
    expect(await signInWithPassword(t.db, { idNumber: r.idNumber, password: PASSWORD }, {}, at(t0, 5000))).toEqual({ ok: true, personId: r.id });
    expect(await signInWithPassword(t.db, { idNumber: r.idNumber, password: 'wrong' }, {}, at(t0, 6000))).toMatchObject({ remaining: 4 });
  });

  /** Fires `n` attempts at once — wrong passwords, the right one last — and reads what the audit log says was checked. */
  async function storm(n: number, base: Date) {
    const r = await resident();
    const passwords = [...Array.from({ length: n - 1 }, (_, i) => `wrong-${i}`), PASSWORD];
    const results = await Promise.all(passwords.map((password, i) => signInWithPassword(t.db, { idNumber: r.idNumber, password }, {}, at(base, i))));
    const events = await t.db
      .select()
      .from(auditLog)
      .where(or(eq(auditLog.subjectHash, idNumberHash(r.idNumber)), eq(auditLog.personId, r.id)));
    const checked = events.filter(
      (e) =>
        ['sign_in.failed', 'sign_in.locked', 'sign_in.succeeded'].includes(e.event) ||
        (e.event === 'sign_in.refused_locked' && (e.detail as { checked?: boolean }).checked === true),
    );
    return { results, checked, last: results.at(-1)! };
  }

  it.each([30, 60])('%i simultaneous attempts for one number: at most 5 passwords checked, the right one (last) refused', async (n) => {
    const { results, checked, last } = await storm(n, new Date(`2026-03-05T0${n === 30 ? 2 : 3}:00:00Z`));
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(last).toMatchObject({ ok: false, error: 'locked' });
    expect(results.filter((x) => x.ok)).toEqual([]);
    expect(results.filter((x) => !x.ok && x.error === 'locked').length).toBeGreaterThanOrEqual(n - 5);
  });
});

describe('sessions', () => {
  it('ends a session idle for more than 30 minutes, and keeps one that is active', async () => {
    const r = await resident();
    const t0 = new Date('2026-04-01T01:00:00Z');
    const active = await startSession(t.db, r.id, t0);
    const idle = await startSession(t.db, r.id, t0);
    for (let m = 20; m <= 120; m += 20) expect((await checkSession(t.db, active, at(t0, m * 60_000))).ok).toBe(true);
    expect(await checkSession(t.db, idle, at(t0, IDLE_MS - 1000))).toMatchObject({ ok: true });
    expect(await checkSession(t.db, idle, at(t0, IDLE_MS - 1000 + IDLE_MS + 2000))).toEqual({ ok: false, reason: 'idle_timeout' });
    // Once ended it stays ended.
    expect(await checkSession(t.db, idle, at(t0, IDLE_MS + 60_000))).toEqual({ ok: false, reason: 'idle_timeout' });
  });

  it('ends any session 12 hours after sign-in, however active', async () => {
    const r = await resident();
    const t0 = new Date('2026-04-02T01:00:00Z');
    const s = await startSession(t.db, r.id, t0);
    let now = t0;
    while (now.getTime() - t0.getTime() < ABSOLUTE_MS - 20 * 60_000) {
      now = at(now, 20 * 60_000);
      expect((await checkSession(t.db, s, now)).ok).toBe(true);
    }
    expect(await checkSession(t.db, s, at(t0, ABSOLUTE_MS + 1000))).toEqual({ ok: false, reason: 'absolute_timeout' });
  });

  it('sign-out ends every session of the person and is audited', async () => {
    const r = await resident();
    const now = new Date('2026-04-03T01:00:00Z');
    const a = await startSession(t.db, r.id, now);
    const b = await startSession(t.db, r.id, now);
    await signOutEverywhere(t.db, a, at(now, 1000));
    expect((await checkSession(t.db, a, at(now, 2000))).ok).toBe(false);
    expect((await checkSession(t.db, b, at(now, 2000))).ok).toBe(false);
    // A new sign-in starts a new session with the new version.
    const c = await startSession(t.db, r.id, at(now, 3000));
    expect(c.sv).toBe(a.sv + 1);
    expect((await checkSession(t.db, c, at(now, 4000))).ok).toBe(true);
    const [event] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.personId, r.id), eq(auditLog.event, 'sign_out')));
    expect(event).toBeDefined();
  });

  it('checks an active session in one statement, writing last_seen_at only when it is a minute old', async () => {
    const r = await resident();
    const t0 = new Date('2026-04-05T01:00:00Z');
    const s = await startSession(t.db, r.id, t0);
    const lastSeen = async () =>
      (
        await t.db
          .select({ at: authSessions.lastSeenAt })
          .from(authSessions)
          .where(and(eq(authSessions.personId, r.id), eq(authSessions.id, s.sid)))
      )[0]!.at.getTime();
    const { db, captured } = await capturingDb(t.db, t.kind);
    expect(await checkSession(db, s, at(t0, TOUCH_MS - 1000))).toMatchObject({ ok: true });
    expect(captured).toHaveLength(1);
    expect(await lastSeen()).toBe(t0.getTime());
    expect(await checkSession(db, s, at(t0, TOUCH_MS))).toMatchObject({ ok: true });
    expect(captured).toHaveLength(2);
    expect(await lastSeen()).toBe(t0.getTime() + TOUCH_MS);
    // An ended session is not touched.
    await signOutEverywhere(t.db, s, at(t0, 3 * TOUCH_MS));
    expect(await checkSession(db, s, at(t0, 5 * TOUCH_MS))).toEqual({ ok: false, reason: 'signed_out' });
    expect(await lastSeen()).toBe(t0.getTime() + TOUCH_MS);
  });

  it('refuses a token naming another session or person', async () => {
    const r1 = await resident();
    const r2 = await resident();
    const now = new Date('2026-04-04T01:00:00Z');
    const s1 = await startSession(t.db, r1.id, now);
    expect(await checkSession(t.db, { ...s1, personId: r2.id }, now)).toEqual({ ok: false, reason: 'unknown' });
    expect(await checkSession(t.db, { ...s1, sv: s1.sv + 1 }, now)).toEqual({ ok: false, reason: 'revoked' });
  });
});
