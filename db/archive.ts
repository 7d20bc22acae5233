/**
 * `npm run db:archive -- --before YYYY-MM` (scripts/db-archive.ts): whole months of the audit log
 * older than the retention (default 10 years) leave the database without a row ever being
 * deleted in place. For each month, oldest first:
 *
 *   1. its partition is detached from `audit_log` (it becomes a table of its own, still refusing
 *      UPDATE, DELETE and TRUNCATE);
 *   2. its rows are written, in id order, one JSON object per line, gzip-compressed, to
 *      `<dir>/audit_log_YYYY-MM.ndjson.gz`, with `<file>.sha256` (sha256sum format) beside it;
 *   3. the file is read back: its checksum and its row count must match;
 *   4. the archive is recorded in the audit log itself (`audit.archived`: month, rows, file,
 *      checksum, first and last id);
 *   5. the detached table is dropped (with `--keep` it stays, renamed audit_archived_yYYYYmMM).
 *
 * A run that stopped midway resumes: a detached month table left behind is archived again from
 * step 2. Months are those of Asia/Shanghai, like the partitions (migration 0002).
 */
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Db } from './client';
import { auditLog } from './schema';
import { parseOptions, rowsOf, shanghaiMonth, type CommandIo } from './maintain';

export const DEFAULT_RETENTION_YEARS = 10;
const PARTITION = /^audit_log_y(\d{4})m(\d{2})$/;
const CHUNK = 5000;

export interface ArchiveOptions {
  /** "YYYY-MM": archive months before this one (and older than the retention). */
  before: string;
  retentionYears?: number;
  dir: string;
  now: Date;
  /** Keep the detached tables, renamed audit_archived_yYYYYmMM (default: drop them once their file is verified and recorded). */
  keep?: boolean;
}

export interface ArchivedMonth {
  month: string;
  rows: number;
  file: string;
  sha256: string;
  bytes: number;
}

export interface ArchiveResult {
  /** The first month still kept ("YYYY-MM"). */
  keptFrom: string;
  archived: ArchivedMonth[];
  /** Entries in the default partition (times outside every month partition): never archived here. */
  inDefaultPartition: number;
}

/** An operator's mistake: shown as is, exit code 2. */
export class ArchiveInputError extends Error {}

function isMonth(s: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
}

/** The first month kept under a retention of `years` at `now` ("YYYY-MM"). */
export function retentionBoundary(now: Date, years: number): string {
  return shanghaiMonth(now, -12 * years).slice(0, 7);
}

async function monthTables(db: Db): Promise<{ name: string; month: string; attached: boolean }[]> {
  const rows = rowsOf<{ name: string; attached: boolean }>(
    await db.execute(sql`
      select c.relname as name, exists (select 1 from pg_inherits i where i.inhrelid = c.oid and i.inhparent = 'audit_log'::regclass) as attached
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relname ~ '^audit_log_y[0-9]{4}m[0-9]{2}$'`),
  );
  return rows
    .map((r) => {
      const m = PARTITION.exec(r.name)!;
      return { name: r.name, month: `${m[1]}-${m[2]}`, attached: r.attached };
    })
    .sort((a, b) => (a.month < b.month ? -1 : 1));
}

/** Writes the table's rows, in id order, as gzip-compressed NDJSON; returns the row count and first/last id. */
async function writeRows(db: Db, table: string, file: string): Promise<{ rows: number; firstId: number | null; lastId: number | null }> {
  const partial = `${file}.partial`;
  const gzip = createGzip({ level: 9 });
  const out = createWriteStream(partial);
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    gzip.on('error', reject);
  });
  gzip.pipe(out);
  let rows = 0;
  let firstId: number | null = null;
  let lastId = 0;
  for (;;) {
    const chunk = rowsOf<{ id: string | number; j: string }>(
      await db.execute(sql`select id, row_to_json(t)::text as j from ${sql.identifier(table)} t where id > ${lastId} order by id limit ${CHUNK}`),
    );
    for (const r of chunk) {
      if (!gzip.write(`${r.j}\n`)) await new Promise((resolve) => gzip.once('drain', resolve));
    }
    if (chunk.length === 0) break;
    rows += chunk.length;
    firstId ??= Number(chunk[0]!.id);
    lastId = Number(chunk.at(-1)!.id);
    if (chunk.length < CHUNK) break;
  }
  gzip.end();
  await done;
  renameSync(partial, file);
  return { rows, firstId, lastId: rows ? lastId : null };
}

/** Archives the months before `before` that are older than the retention. */
export async function archiveAuditLog(db: Db, options: ArchiveOptions): Promise<ArchiveResult> {
  const years = options.retentionYears ?? DEFAULT_RETENTION_YEARS;
  if (!Number.isInteger(years) || years < 1) throw new ArchiveInputError(`The retention must be a whole number of years of at least 1, not ${years}.`);
  if (!isMonth(options.before)) throw new ArchiveInputError(`--before must be a month written YYYY-MM, not "${options.before}".`);
  const keptFrom = retentionBoundary(options.now, years);
  if (options.before > keptFrom) {
    throw new ArchiveInputError(
      `--before ${options.before} reaches into the retention period: entries are kept ${years} years, so only months before ${keptFrom} may be archived.`,
    );
  }
  mkdirSync(options.dir, { recursive: true });
  const archived: ArchivedMonth[] = [];
  for (const table of (await monthTables(db)).filter((t) => t.month < options.before)) {
    // Detached, the month keeps refusing changes: its cloned row trigger goes with the detach, so
    // the table gets the same triggers of its own, in the same transaction (again on a resumed run).
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local lock_timeout = '5s'`);
      if (table.attached) await tx.execute(sql`alter table audit_log detach partition ${sql.identifier(table.name)}`);
      await tx.execute(
        sql`create or replace trigger audit_log_no_update_or_delete before update or delete on ${sql.identifier(table.name)} for each row execute function audit_log_refuse_change()`,
      );
      await tx.execute(
        sql`create or replace trigger audit_log_no_truncate before truncate on ${sql.identifier(table.name)} for each statement execute function audit_log_refuse_change()`,
      );
    });
    const base = `audit_log_${table.month}.ndjson.gz`;
    const file = path.join(options.dir, base);
    const written = await writeRows(db, table.name, file);
    const bytes = readFileSync(file);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const lines = gunzipSync(bytes)
      .toString('utf8')
      .split('\n')
      .filter((l) => l.length > 0);
    if (lines.length !== written.rows) throw new Error(`${base}: ${lines.length} lines read back, ${written.rows} written; the month stays in the database`);
    writeFileSync(`${file}.sha256`, `${sha256}  ${base}\n`);
    if (createHash('sha256').update(readFileSync(file)).digest('hex') !== sha256) throw new Error(`${base}: the checksum does not match on reading back`);
    await db.insert(auditLog).values({
      actor: 'system',
      event: 'audit.archived',
      at: options.now,
      detail: { month: table.month, rows: written.rows, file: base, sha256, bytes: bytes.length, firstId: written.firstId, lastId: written.lastId },
    });
    if (options.keep)
      await db.execute(sql`alter table ${sql.identifier(table.name)} rename to ${sql.identifier(table.name.replace('audit_log_', 'audit_archived_'))}`);
    else await db.execute(sql`drop table ${sql.identifier(table.name)}`);
    archived.push({ month: table.month, rows: written.rows, file, sha256, bytes: bytes.length });
  }
  const [outside] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from audit_log_default`));
  return { keptFrom, archived, inDefaultPartition: outside?.n ?? 0 };
}

const USAGE = 'Usage: npm run db:archive -- --before YYYY-MM [--retention-years N] [--dir PATH] [--keep]';

/** `npm run db:archive`; returns the exit code. */
export async function runArchiveCommand(args: readonly string[], io: CommandIo & { defaultDir: string }): Promise<number> {
  const options = parseOptions(args, ['--before', '--retention-years', '--dir'], ['--keep', '--help', '-h']);
  if (typeof options === 'string') {
    io.error(`${options} ${USAGE}`);
    return 2;
  }
  if (options.has('--help') || options.has('-h')) {
    io.log(
      `${USAGE}\n  Detaches the audit log's whole months before YYYY-MM that are older than the retention (default ${DEFAULT_RETENTION_YEARS} years),\n` +
        '  writes each to a gzip-compressed NDJSON file with a SHA-256 checksum, records the archive in the audit log, and drops the detached month (kept with --keep).\n' +
        `  --dir PATH  where the files go (default ${io.defaultDir})`,
    );
    return 0;
  }
  const before = options.get('--before');
  if (before === undefined) {
    io.error(`--before YYYY-MM is required. ${USAGE}`);
    return 2;
  }
  const rawYears = options.get('--retention-years') ?? String(DEFAULT_RETENTION_YEARS);
  if (!/^[1-9][0-9]*$/.test(rawYears)) {
    io.error(`--retention-years must be a whole number of at least 1, not "${rawYears}". ${USAGE}`);
    return 2;
  }
  try {
    const result = await archiveAuditLog(await io.openDb(), {
      before,
      retentionYears: Number(rawYears),
      dir: options.get('--dir') ?? io.defaultDir,
      now: io.now(),
      keep: options.has('--keep'),
    });
    for (const a of result.archived) io.log(`Archived ${a.month}: ${a.rows} entries → ${a.file} (sha256 ${a.sha256}, ${a.bytes} bytes).`);
    io.log(
      result.archived.length === 0
        ? `Nothing to archive before ${before} (entries from ${result.keptFrom} on are kept).`
        : `Archived ${result.archived.length} month(s); entries from ${result.keptFrom} on are kept.`,
    );
    if (result.inDefaultPartition > 0) {
      io.log(`Note: ${result.inDefaultPartition} entries have times outside every month partition (audit_log_default); they are not archived by month.`);
    }
    return 0;
  } catch (e) {
    if (e instanceof ArchiveInputError) {
      io.error(`${e.message} ${USAGE}`);
      return 2;
    }
    throw e;
  }
}
