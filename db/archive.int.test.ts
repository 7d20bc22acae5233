import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import { capturingDb, freshDatabase, type TestDatabase } from './testing';
import { auditLog } from './schema';
import { ArchiveInputError, archiveAuditLog, runArchiveCommand } from './archive';
import { rowsOf } from './maintain';

let t: TestDatabase;
let dir: string;
const NOW = new Date('2026-06-10T04:00:00Z'); // retention 10 years: months before 2016-06 may go

beforeAll(async () => {
  t = await freshDatabase();
  dir = mkdtempSync(path.join(tmpdir(), 'yb-archive-'));
  await t.db.execute(sql`select audit_log_ensure_partitions('2014-03-01', '2014-05-01'), audit_log_ensure_partitions('2026-06-01', '2026-06-01')`);
  const entries: [string, string][] = [
    ['2014-03-01T00:00:00+08:00', 'sign_in.succeeded'], // the first instant of March in Shanghai
    ['2014-03-15T12:00:00+08:00', 'sign_in.failed'],
    ['2014-03-31T23:59:59+08:00', 'sign_out'], // still March in Shanghai, April in UTC
    ['2014-04-10T12:00:00+08:00', 'sign_in.succeeded'],
    ['2014-05-10T12:00:00+08:00', 'sign_in.succeeded'],
    ['2026-06-01T12:00:00+08:00', 'sign_in.succeeded'],
  ];
  for (const [at, event] of entries)
    await t.db.insert(auditLog).values({ at: new Date(at), actor: 'resident', personId: 7, event, detail: { ip: '127.0.0.1' } });
});
afterAll(async () => {
  await t.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const partOf = async (event: string) =>
  rowsOf<{ p: string }>(await t.db.execute(sql`select tableoid::regclass::text as p from audit_log where event = ${event} order by id`)).map((r) => r.p);
const exists = async (name: string) => rowsOf<{ t: string | null }>(await t.db.execute(sql`select to_regclass(${name})::text as t`))[0]!.t !== null;

describe('db:archive', () => {
  it('puts each entry in the partition of its Shanghai month', async () => {
    expect(await partOf('sign_out')).toEqual(['audit_log_y2014m03']);
    expect((await partOf('sign_in.succeeded')).slice(0, 3)).toEqual(['audit_log_y2014m03', 'audit_log_y2014m04', 'audit_log_y2014m05']);
  });

  it('detaches a month, writes it with a checksum, records the archive, and deletes no row in place', async () => {
    const before = (await t.db.select().from(auditLog)).filter((r) => r.at < new Date('2014-04-01T00:00:00+08:00')).sort((a, b) => a.id - b.id);
    expect(before).toHaveLength(3);
    const { db, captured } = await capturingDb(t.db, t.kind);
    const result = await archiveAuditLog(db, { before: '2014-04', dir, now: NOW });
    expect(result.keptFrom).toBe('2016-06');
    expect(result.archived.map((a) => [a.month, a.rows])).toEqual([['2014-03', 3]]);
    expect(captured.some((c) => /^\s*(delete|truncate)\b/i.test(c.sql))).toBe(false);

    // The month has left the database; the others are untouched.
    expect(await exists('audit_log_y2014m03')).toBe(false);
    expect(await partOf('sign_out')).toEqual([]);
    expect(await partOf('sign_in.succeeded')).toHaveLength(3);

    // The file holds exactly its rows, in id order, and matches its checksum.
    const file = path.join(dir, 'audit_log_2014-03.ndjson.gz');
    const bytes = readFileSync(file);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(readFileSync(`${file}.sha256`, 'utf8')).toBe(`${sha}  audit_log_2014-03.ndjson.gz\n`);
    const lines = gunzipSync(bytes)
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: number; event: string; at: string; detail: unknown });
    expect(lines.map((l) => [Number(l.id), l.event, new Date(l.at).getTime(), l.detail])).toEqual(before.map((r) => [r.id, r.event, r.at.getTime(), r.detail]));

    // The archive is in the audit log itself.
    const [record] = await t.db.select().from(auditLog).where(eq(auditLog.event, 'audit.archived'));
    expect(record).toMatchObject({
      actor: 'system',
      detail: { month: '2014-03', rows: 3, file: 'audit_log_2014-03.ndjson.gz', sha256: sha, firstId: before[0]!.id, lastId: before[2]!.id },
    });
  });

  it('refuses months inside the retention and malformed input, changing nothing', async () => {
    await expect(archiveAuditLog(t.db, { before: '2016-07', dir, now: NOW })).rejects.toThrow(ArchiveInputError);
    await expect(archiveAuditLog(t.db, { before: '2016-07', dir, now: NOW })).rejects.toThrow(/only months before 2016-06 may be archived/);
    await expect(archiveAuditLog(t.db, { before: '2014/05', dir, now: NOW })).rejects.toThrow(/YYYY-MM/);
    await expect(archiveAuditLog(t.db, { before: '2030-01', retentionYears: 20, dir, now: NOW })).rejects.toThrow(/kept 20 years/);
    expect(await exists('audit_log_y2014m04')).toBe(true);
    const out: string[] = [];
    const err: string[] = [];
    const io = { log: (l: string) => out.push(l), error: (l: string) => err.push(l), openDb: async () => t.db, now: () => NOW, defaultDir: dir };
    expect(await runArchiveCommand([], io)).toBe(2);
    expect(await runArchiveCommand(['--before', '2016-07'], io)).toBe(2);
    expect(await runArchiveCommand(['--before', '2014-05', '--retention-years', 'ten'], io)).toBe(2);
    expect(err).toEqual([
      expect.stringMatching(/--before YYYY-MM is required/),
      expect.stringMatching(/reaches into the retention period/),
      expect.stringMatching(/--retention-years must be a whole number/),
    ]);
    expect(await exists('audit_log_y2014m04')).toBe(true);
  });

  it('keeps a detached month on request, still append-only, and resumes a month detached by a run that stopped', async () => {
    // A run that stopped after detaching May: the month is a table of its own, not yet written.
    await t.db.execute(sql`alter table audit_log detach partition audit_log_y2014m05`);
    const out: string[] = [];
    const io = { log: (l: string) => out.push(l), error: (l: string) => out.push(l), openDb: async () => t.db, now: () => NOW, defaultDir: dir };
    expect(await runArchiveCommand(['--before=2014-06', '--keep'], io)).toBe(0);
    expect(out.filter((l) => l.startsWith('Archived 2014-'))).toEqual([
      expect.stringMatching(/^Archived 2014-04: 1 entries/),
      expect.stringMatching(/^Archived 2014-05: 1 entries/),
    ]);
    for (const kept of ['audit_archived_y2014m04', 'audit_archived_y2014m05']) {
      expect(await exists(kept)).toBe(true);
      for (const statement of [`update ${kept} set event = 'x'`, `delete from ${kept}`, `truncate ${kept}`]) {
        const error = (await t.db.execute(sql.raw(statement)).then(
          () => null,
          (e: unknown) => e,
        )) as { message: string; cause?: { message: string } } | null;
        expect(error?.cause?.message ?? error?.message, statement).toMatch(/append-only/);
      }
    }
    expect(rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from audit_archived_y2014m04`))[0]!.n).toBe(1);
    expect(existsSync(path.join(dir, 'audit_log_2014-05.ndjson.gz'))).toBe(true);
    // Nothing is left to archive; the current month is still there.
    expect(await runArchiveCommand(['--before', '2016-06'], io)).toBe(0);
    expect(out.at(-1)).toBe('Nothing to archive before 2016-06 (entries from 2016-06 on are kept).');
    expect(await partOf('sign_in.succeeded')).toEqual(['audit_log_y2026m06']);
    expect((await t.db.select().from(auditLog).where(eq(auditLog.event, 'audit.archived'))).map((r) => (r.detail as { month: string }).month).sort()).toEqual([
      '2014-03',
      '2014-04',
      '2014-05',
    ]);
  });
});
