/**
 * `npm run db:maintain` (scripts/db-maintain.ts), also run by `npm start` after migrating: removes
 * what is only state and keeps the audit log's months ready.
 *
 * - Sessions that can never be used again: ended (signed out, revoked, expired when seen) and
 *   those older than the absolute limit (their cookie has expired too). A session idle for 30
 *   minutes but younger than 12 hours stays until then, so that a returning browser still gets
 *   its `session.expired` audit entry.
 * - Throttle rows past their window: no failure within the failure window and no lock in force.
 * - Rate-limit rows (lib/rate-limit.ts) past both windows they count in.
 * - The audit log's partitions for this month and the next three (each with its triggers).
 *
 * With `--cluster N` (a nightly job, not at start-up) it also rewrites up to N partitions of the
 * contribution months, the ledger and the claims in person order (CLUSTER on the primary key),
 * those whose order has decayed most as months arrive (pg_stats correlation of person_id): a
 * resident's history then sits on a few pages (db/SCALE.md). CLUSTER locks one partition (1/16 of
 * the residents) for its duration; it waits at most a few seconds for that lock.
 *
 * Safe from cron and from several processes at once: rows go in small batches (one short
 * statement each, `FOR UPDATE SKIP LOCKED`, so a sign-in in progress is never waited for and two
 * runs share the work), up to a row limit per run; DDL waits at most a few seconds for its lock
 * and is serialised by an advisory lock. The audit log is never touched but to add months.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from './client';
import { ABSOLUTE_MS, FAILURE_WINDOW_MS, LOCK_MS } from '../lib/auth-limits';

export { rowsOf };

export const DEFAULT_BATCH = 1000;
export const DEFAULT_LIMIT = 100_000;
/** Months of audit-log partitions kept ready after the current one. */
export const AUDIT_MONTHS_AHEAD = 3;
/** Arbitrary constant naming this portal's DDL lock for maintenance (see MIGRATION_LOCK). */
const MAINTENANCE_LOCK = 7_304_212_026;

export interface MaintainOptions {
  now: Date;
  /** Rows deleted per statement. */
  batch?: number;
  /** Rows deleted per table and run at most. */
  limit?: number;
  /** Also reorder up to this many partitions by person (default none). */
  cluster?: number;
}

/** Partitions whose rows CLUSTER may reorder by person. */
export const CLUSTERED_TABLES = ['contribution_months', 'personal_account_ledger', 'claims'] as const;

export interface ClusteredPartition {
  partition: string;
  /** pg_stats correlation of person_id with the physical order before and after (1 = in order). */
  before: number;
  after: number;
  ms: number;
}

/**
 * Reorders by person (CLUSTER on the primary key) up to `count` partitions of CLUSTERED_TABLES
 * whose person_id correlation is below `threshold`, least ordered first.
 */
export async function clusterPartitions(db: Db, count: number, threshold = 0.9): Promise<ClusteredPartition[]> {
  const parts = rowsOf<{ part: string; pkey: string }>(
    await db.execute(sql`
      select c.relname as part, ic.relname as pkey
        from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
        join pg_index x on x.indrelid = c.oid and x.indisprimary join pg_class ic on ic.oid = x.indexrelid
       where p.relname in ('contribution_months', 'personal_account_ledger', 'claims')`),
  );
  const correlation = async (part: string) => {
    await db.execute(sql`analyze ${sql.identifier(part)}`);
    const [row] = rowsOf<{ c: number | null }>(
      await db.execute(sql`select correlation as c from pg_stats where schemaname = current_schema() and tablename = ${part} and attname = 'person_id'`),
    );
    return row?.c ?? null;
  };
  const measured: { part: string; pkey: string; c: number }[] = [];
  for (const p of parts) {
    const c = await correlation(p.part);
    if (c !== null && c < threshold) measured.push({ ...p, c: Number(c) });
  }
  measured.sort((a, b) => a.c - b.c);
  const done: ClusteredPartition[] = [];
  for (const p of measured.slice(0, count)) {
    const started = performance.now();
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local lock_timeout = '5s'`);
      await tx.execute(sql`cluster ${sql.identifier(p.part)} using ${sql.identifier(p.pkey)}`);
    });
    const ms = performance.now() - started;
    done.push({ partition: p.part, before: p.c, after: Number((await correlation(p.part)) ?? 1), ms });
  }
  return done;
}

export interface MaintainReport {
  sessions: number;
  throttle: number;
  /** Rate-limit rows past both their windows. */
  rateLimits: number;
  /** True when a table reached the row limit: run again to continue. */
  limited: boolean;
  /** Audit-log partitions created, and the last month that now has one. */
  auditPartitionsCreated: number;
  auditReadyTo: string;
  clustered: ClusteredPartition[];
  ms: number;
}

function checkCount(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1, not ${value}`);
  return value;
}

/** Runs the delete `del(n)` (at most n rows) again and again until it deletes fewer than n or the limit is reached. */
async function inBatches(db: Db, batch: number, limit: number, del: (n: number) => ReturnType<typeof sql>): Promise<{ rows: number; limited: boolean }> {
  let rows = 0;
  while (rows < limit) {
    const n = Math.min(batch, limit - rows);
    const deleted = rowsOf<{ n: number }>(await db.execute(sql`with d as (${del(n)} returning 1) select count(*)::int as n from d`))[0]?.n ?? 0;
    rows += deleted;
    if (deleted < n) return { rows, limited: false };
  }
  return { rows, limited: true };
}

/** The calendar month (first day, YYYY-MM-DD) in Asia/Shanghai of an instant, shifted by `add` months. */
export function shanghaiMonth(at: Date, add = 0): string {
  const shifted = new Date(at.getTime() + 8 * 3600_000);
  const index = shifted.getUTCFullYear() * 12 + shifted.getUTCMonth() + add;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** Creates the audit log's missing monthly partitions from `from` to `to` (first days of months). */
export async function ensureAuditPartitions(db: Db, from: string, to: string): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MAINTENANCE_LOCK})`);
    await tx.execute(sql`set local lock_timeout = '5s'`);
    const [row] = rowsOf<{ n: number }>(await tx.execute(sql`select audit_log_ensure_partitions(${from}::date, ${to}::date) as n`));
    return Number(row?.n ?? 0);
  });
}

export async function maintain(db: Db, options: MaintainOptions): Promise<MaintainReport> {
  const started = performance.now();
  const batch = checkCount('batch', options.batch ?? DEFAULT_BATCH);
  const limit = checkCount('limit', options.limit ?? DEFAULT_LIMIT);
  const now = options.now;
  const sessionCut = new Date(now.getTime() - ABSOLUTE_MS);
  const throttleCut = new Date(now.getTime() - Math.max(FAILURE_WINDOW_MS, LOCK_MS));

  // Each pass walks one index, oldest first (auth_sessions_ended, auth_sessions_created,
  // login_throttle_updated): the order makes the planner use it however many rows are due, so a
  // batch never rescans the rows before it.
  const ended = await inBatches(
    db,
    batch,
    limit,
    (n) => sql`
    delete from auth_sessions where (person_id, id) in (
      select person_id, id from auth_sessions where ended_at is not null and ended_at <= ${now.toISOString()}::timestamptz order by ended_at limit ${n} for update skip locked)`,
  );
  const old = await inBatches(
    db,
    batch,
    limit - ended.rows,
    (n) => sql`
    delete from auth_sessions where (person_id, id) in (
      select person_id, id from auth_sessions where created_at < ${sessionCut.toISOString()}::timestamptz order by created_at limit ${n} for update skip locked)`,
  );
  const throttle = await inBatches(
    db,
    batch,
    limit,
    (n) => sql`
    delete from login_throttle where subject_hash in (
      select subject_hash from login_throttle
       where updated_at < ${throttleCut.toISOString()}::timestamptz and (locked_until is null or locked_until <= ${now.toISOString()}::timestamptz)
       order by updated_at limit ${n} for update skip locked)`,
  );

  // Rate-limit windows that no longer count (lib/rate-limit.ts), through rate_limits_expires.
  const limits = await inBatches(
    db,
    batch,
    limit,
    (n) => sql`
    delete from rate_limits where (scope, key, window_start) in (
      select scope, key, window_start from rate_limits where expires_at < ${now.toISOString()}::timestamptz order by expires_at limit ${n} for update skip locked)`,
  );

  const readyTo = shanghaiMonth(now, AUDIT_MONTHS_AHEAD);
  const created = await ensureAuditPartitions(db, shanghaiMonth(now), readyTo);
  const clustered = options.cluster ? await clusterPartitions(db, checkCount('cluster', options.cluster)) : [];
  return {
    sessions: ended.rows + old.rows,
    throttle: throttle.rows,
    rateLimits: limits.rows,
    limited: ended.limited || old.limited || throttle.limited || limits.limited,
    auditPartitionsCreated: created,
    auditReadyTo: readyTo.slice(0, 7),
    clustered,
    ms: performance.now() - started,
  };
}

const describeClustered = (c: ClusteredPartition) => `${c.partition} (${c.before.toFixed(2)} → ${c.after.toFixed(2)}, ${c.ms.toFixed(0)} ms)`;

/** One line for logs and `npm start`. */
export function describeMaintenance(r: MaintainReport): string {
  return (
    `removed ${r.sessions} ended or expired sessions, ${r.throttle} throttle rows past their window and ${r.rateLimits} rate-limit rows` +
    `${r.limited ? ' (row limit reached: run again to continue)' : ''}; audit-log months ready to ${r.auditReadyTo}` +
    `${r.auditPartitionsCreated ? ` (${r.auditPartitionsCreated} added)` : ''}` +
    `${r.clustered.length ? `; reordered by person: ${r.clustered.map(describeClustered).join(', ')}` : ''}; ${r.ms.toFixed(0)} ms`
  );
}

/** `npm start`: maintenance right after migrating, as one line of its progress. */
export async function maintainAtStart(db: Db): Promise<string> {
  return `      Maintenance: ${describeMaintenance(await maintain(db, { now: new Date() }))}.`;
}

export interface CommandIo {
  log(line: string): void;
  error(line: string): void;
  /** Opens the configured database (scripts: `getDb`; tests: their own). */
  openDb(): Promise<Db>;
  now(): Date;
}

/** Reads `--name value` / `--name=value` options; unknown options and missing values are errors. */
export function parseOptions(args: readonly string[], names: readonly string[], flags: readonly string[] = []): Map<string, string> | string {
  const out = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flags.includes(name) && inline === undefined) {
      out.set(name, 'true');
      continue;
    }
    if (!names.includes(name)) return `Unknown option ${arg}.`;
    const value = inline ?? args[(i += 1)];
    if (value === undefined || value.startsWith('--')) return `${name} needs a value.`;
    out.set(name, value);
  }
  return out;
}

const MAINTAIN_USAGE = 'Usage: npm run db:maintain [-- --batch N] [-- --limit N] [-- --cluster N]';

/** `npm run db:maintain`; returns the exit code. */
export async function runMaintainCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const options = parseOptions(args, ['--batch', '--limit', '--cluster'], ['--help', '-h']);
  if (typeof options === 'string') {
    io.error(`${options} ${MAINTAIN_USAGE}`);
    return 2;
  }
  if (options.has('--help') || options.has('-h')) {
    io.log(
      `${MAINTAIN_USAGE}\n  Removes ended and expired sessions and throttle rows past their window, in batches, and adds the audit log's coming months.\n` +
        `  --batch N    rows per statement (default ${DEFAULT_BATCH})\n  --limit N    rows per table and run at most (default ${DEFAULT_LIMIT})\n` +
        '  --cluster N  also rewrite up to N partitions of contribution months, ledger and claims in person order (nightly; locks one partition at a time)',
    );
    return 0;
  }
  const numbers: { batch?: number; limit?: number; cluster?: number } = {};
  for (const key of ['batch', 'limit', 'cluster'] as const) {
    const raw = options.get(`--${key}`);
    if (raw === undefined) continue;
    if (!/^[1-9][0-9]*$/.test(raw)) {
      io.error(`--${key} must be a whole number of at least 1, not "${raw}". ${MAINTAIN_USAGE}`);
      return 2;
    }
    numbers[key] = Number(raw);
  }
  const report = await maintain(await io.openDb(), { now: io.now(), ...numbers });
  io.log(`db:maintain: ${describeMaintenance(report)}.`);
  return 0;
}
