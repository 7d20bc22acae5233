import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { count, eq, sql } from 'drizzle-orm';
import { freshDatabase, type TestDatabase } from './testing';
import { auditLog, authSessions, loginThrottle, persons } from './schema';
import { AUDIT_MONTHS_AHEAD, CLUSTERED_TABLES, maintain, rowsOf, runMaintainCommand, shanghaiMonth } from './maintain';
import { loadSynthetic } from './synthetic';
import { ABSOLUTE_MS, IDLE_MS } from '../lib/auth/sessions';
import { FAILURE_WINDOW_MS } from '../lib/auth/throttle';

let t: TestDatabase;
let personId: number;
beforeAll(async () => {
  t = await freshDatabase();
  const [p] = await t.db
    .insert(persons)
    .values({
      idMasked: '44***************1',
      name: '维护',
      sex: 'male',
      birthDate: '1970-01-01',
      region: 'jiangmen',
      hukouDistrict: '440703',
      retirementGroup: 'male',
    })
    .returning({ id: persons.id });
  personId = p!.id;
});
afterAll(async () => {
  await t.cleanup();
});

const NOW = new Date('2026-06-10T04:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const MIN = 60_000;

/** Sessions of each kind; returns the ids of those db:maintain must keep. */
async function sessions(): Promise<{ keep: Set<string>; prune: Set<string> }> {
  const keep = new Set<string>();
  const prune = new Set<string>();
  const add = async (bucket: Set<string>, createdAt: Date, lastSeenAt: Date, endedAt: Date | null = null) => {
    const id = randomUUID();
    bucket.add(id);
    await t.db.insert(authSessions).values({ personId, id, sessionVersion: 0, createdAt, lastSeenAt, endedAt, endedReason: endedAt ? 'signed_out' : null });
  };
  await add(keep, ago(5 * MIN), ago(1 * MIN)); // active
  await add(keep, ago(3 * 60 * MIN), ago(IDLE_MS + MIN)); // idle, not yet seen again: its expiry is still to be audited
  await add(keep, ago(10 * MIN), ago(5 * MIN), new Date(NOW.getTime() + MIN)); // ends after now (a pinned clock)
  await add(prune, ago(20 * MIN), ago(10 * MIN), ago(9 * MIN)); // signed out
  await add(prune, ago(ABSOLUTE_MS + MIN), ago(ABSOLUTE_MS)); // past the absolute limit, never ended
  await add(prune, ago(ABSOLUTE_MS * 3), ago(ABSOLUTE_MS * 3), ago(ABSOLUTE_MS * 2)); // both
  return { keep, prune };
}

async function throttleRows(): Promise<{ keep: Set<string>; prune: Set<string> }> {
  const keep = new Set<string>();
  const prune = new Set<string>();
  const add = async (bucket: Set<string>, updatedAt: Date, lockedUntil: Date | null) => {
    const subjectHash = randomUUID();
    bucket.add(subjectHash);
    await t.db.insert(loginThrottle).values({ subjectHash, failures: [updatedAt], lockedUntil, updatedAt });
  };
  await add(keep, ago(2 * MIN), null); // a recent failure counts
  await add(keep, ago(FAILURE_WINDOW_MS + MIN), new Date(NOW.getTime() + MIN)); // still locked
  await add(prune, ago(FAILURE_WINDOW_MS + MIN), null);
  await add(prune, ago(24 * 60 * MIN), ago(23 * 60 * MIN));
  return { keep, prune };
}

async function sessionIds(): Promise<Set<string>> {
  return new Set((await t.db.select({ id: authSessions.id }).from(authSessions)).map((r) => r.id));
}
async function throttleIds(): Promise<Set<string>> {
  return new Set((await t.db.select({ h: loginThrottle.subjectHash }).from(loginThrottle)).map((r) => r.h));
}
async function clear(): Promise<void> {
  await t.db.delete(authSessions);
  await t.db.delete(loginThrottle);
}

describe('db:maintain', () => {
  it('removes ended and expired sessions and throttle rows past their window, and nothing else', async () => {
    await clear();
    const s = await sessions();
    const th = await throttleRows();
    const [{ n: auditBefore }] = (await t.db.select({ n: count() }).from(auditLog)) as [{ n: number }];
    const report = await maintain(t.db, { now: NOW, batch: 2 });
    expect(report).toMatchObject({ sessions: s.prune.size, throttle: th.prune.size, limited: false });
    expect(await sessionIds()).toEqual(s.keep);
    expect(await throttleIds()).toEqual(th.keep);
    const [{ n: auditAfter }] = (await t.db.select({ n: count() }).from(auditLog)) as [{ n: number }];
    expect(auditAfter).toBe(auditBefore);
    // Nothing more to do.
    expect(await maintain(t.db, { now: NOW, batch: 2 })).toMatchObject({ sessions: 0, throttle: 0, auditPartitionsCreated: 0 });
  });

  it('stops at the row limit, in batches, and goes on where it stopped on the next run', async () => {
    await clear();
    for (let i = 0; i < 7; i += 1) {
      await t.db
        .insert(authSessions)
        .values({ personId, id: randomUUID(), sessionVersion: 0, createdAt: ago(ABSOLUTE_MS * 2), lastSeenAt: ago(ABSOLUTE_MS * 2) });
    }
    const { db, captured } = await import('./testing').then((m) => m.capturingDb(t.db, t.kind));
    expect(await maintain(db, { now: NOW, batch: 2, limit: 5 })).toMatchObject({ sessions: 5, limited: true });
    // Five rows, two at a time: three statements on the old-sessions pass.
    expect(captured.filter((c) => /delete from auth_sessions/.test(c.sql) && /created_at </.test(c.sql))).toHaveLength(3);
    expect((await sessionIds()).size).toBe(2);
    expect(await maintain(t.db, { now: NOW, batch: 2, limit: 5 })).toMatchObject({ sessions: 2, limited: false });
    expect((await sessionIds()).size).toBe(0);
  });

  it('can run twice at once: the runs share the work and remove each row once', async () => {
    await clear();
    const s = await sessions();
    const th = await throttleRows();
    const [a, b] = await Promise.all([maintain(t.db, { now: NOW, batch: 1 }), maintain(t.db, { now: NOW, batch: 1 })]);
    expect(a.sessions + b.sessions).toBe(s.prune.size);
    expect(a.throttle + b.throttle).toBe(th.prune.size);
    expect(await sessionIds()).toEqual(s.keep);
  });

  it('keeps the audit log ready for the coming months, each partition append-only', async () => {
    const real = new Date();
    await maintain(t.db, { now: real });
    const parts = rowsOf<{ name: string; triggers: string[] }>(
      await t.db.execute(sql`
        select c.relname as name, array(select tgname::text from pg_trigger g where g.tgrelid = c.oid and not g.tgisinternal order by 1) as triggers
          from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'audit_log'::regclass`),
    );
    for (let k = 0; k <= AUDIT_MONTHS_AHEAD; k += 1) {
      const month = shanghaiMonth(real, k);
      const name = `audit_log_y${month.slice(0, 4)}m${month.slice(5, 7)}`;
      expect(parts.find((p) => p.name === name)?.triggers, name).toEqual(['audit_log_no_truncate', 'audit_log_no_update_or_delete']);
    }
    await t.db.insert(auditLog).values({ actor: 'system', event: 'test.append', at: new Date(`${shanghaiMonth(real, AUDIT_MONTHS_AHEAD)}T00:00:00+08:00`) });
    const [row] = rowsOf<{ part: string }>(await t.db.execute(sql`select tableoid::regclass::text as part from audit_log where event = 'test.append'`));
    expect(row!.part).toBe(`audit_log_y${shanghaiMonth(real, AUDIT_MONTHS_AHEAD).slice(0, 4)}m${shanghaiMonth(real, AUDIT_MONTHS_AHEAD).slice(5, 7)}`);
  });

  it('on request, rewrites the partitions of contribution months, ledger and claims in person order', async () => {
    await loadSynthetic(async (statement) => rowsOf(await t.db.execute(sql.raw(statement))).length, {
      persons: 90,
      firstId: 1000,
      months: 24,
      now: NOW,
      institutions: 5,
    });
    // Rows as they arrived, month by month: within a partition, in ctid order, not by person.
    const inPersonOrder = async (part: string, key: string) => {
      const rows = rowsOf<{ p: number; k: string }>(await t.db.execute(sql.raw(`select person_id as p, ${key}::text as k from ${part} order by ctid`)));
      return rows.every((r, i) => i === 0 || r.p > rows[i - 1]!.p || (r.p === rows[i - 1]!.p && r.k >= rows[i - 1]!.k));
    };
    expect(await inPersonOrder('contribution_months_p03', 'month')).toBe(false);
    const report = await maintain(t.db, { now: NOW, cluster: 100 });
    expect(new Set(report.clustered.map((c) => c.partition.replace(/_p\d\d$/, '')))).toEqual(new Set(CLUSTERED_TABLES));
    expect(report.clustered.every((c) => c.before < 0.9 && c.after > c.before)).toBe(true);
    for (const c of report.clustered) {
      const key = c.partition.startsWith('contribution_months') ? 'month' : "lpad(id::text, 12, '0')";
      expect(await inPersonOrder(c.partition, key), c.partition).toBe(true);
    }
    // Nothing left out of order: a second run reorders nothing.
    expect((await maintain(t.db, { now: NOW, cluster: 100 })).clustered).toEqual([]);
  });

  it('is a command: options checked, one line of outcome', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { log: (l: string) => out.push(l), error: (l: string) => err.push(l), openDb: async () => t.db, now: () => NOW };
    expect(await runMaintainCommand(['--batch', '0'], io)).toBe(2);
    expect(await runMaintainCommand(['--limit'], io)).toBe(2);
    expect(await runMaintainCommand(['--vacuum'], io)).toBe(2);
    expect(err).toEqual([
      expect.stringMatching(/--batch must be a whole number of at least 1, not "0"/),
      expect.stringMatching(/--limit needs a value/),
      expect.stringMatching(/Unknown option --vacuum/),
    ]);
    await clear();
    await throttleRows();
    expect(await runMaintainCommand(['--batch=50', '--limit', '1000'], io)).toBe(0);
    expect(out.at(-1)).toMatch(
      /^db:maintain: removed 0 ended or expired sessions, 2 throttle rows past their window and 0 rate-limit rows; audit-log months ready to \d{4}-\d{2}/,
    );
    expect(
      await t.db
        .select()
        .from(loginThrottle)
        .where(eq(loginThrottle.lockedUntil, new Date(NOW.getTime() + MIN))),
    ).toHaveLength(1);
  });
});
