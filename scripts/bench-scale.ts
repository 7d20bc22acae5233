/**
 * `npm run bench:scale`: the database at growing size, on the PostgreSQL server (db/SCALE.md).
 * A benchmark, not a test: it prints figures and asserts nothing.
 *
 * In a database of its own (created here, dropped at the end; the server's other databases are
 * not touched), migrated like the portal's:
 *   0. storage shapes compared on employee months (today's two rows per tier-month, one row per
 *      person-month, the same hash-partitioned, the same clustered): bytes per million
 *      person-months and buffers for one resident's ten years;
 *   1. for each level (10⁴, 10⁵, 10⁶ persons, 120 months each) the synthetic residents of
 *      db/synthetic.ts are added in arrival order (INSERT … SELECT over generate_series), with
 *      the load rate; then VACUUM ANALYZE;
 *   2. sizes: bytes per million person-months of the contribution months, the ledger, the claims;
 *   3. every read query of db/explain-cases.ts (the data layer's DATA_LAYER_QUERIES and sign-in's) for random residents, cold then warm, p50/p99;
 *      the writes (sign-in, failures, sessions) warm on residents of their own;
 *   4. db:maintain's time; then `db:maintain --cluster` (person order) and the history queries
 *      cold again, with the buffers one resident's history takes and the plans.
 *
 * Cold without restarting the server: CHECKPOINT; PostgreSQL's shared buffers are emptied of the
 * data by reading a table of 2.5× shared_buffers through an index (index scans use the whole
 * buffer pool, unlike sequential scans); the operating system's cache of this database's files
 * is dropped with `dd iflag=nocache count=0` when the data directory is readable (a local server
 * run as root; otherwise said so); `DISCARD ALL`; and residents never read before are taken.
 *
 * Options: --levels 10000,100000,1000000  --samples 200  --shapes 20000 (0: skip)  --no-cluster
 *          --keep (leave the database)  --admin postgres://…/postgres (or BENCH_ADMIN_URL)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, readdirSync, statfsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import * as schema from '../db/schema';
import type { Db } from '../db/client';
import { migratePostgres } from '../db/migrate';
import { loadSynthetic } from '../db/synthetic';
import { dataLayerCaseName, EXPLAIN_CASES, type ExplainCase, type Sample } from '../db/explain-cases';
import { clusterPartitions, describeMaintenance, maintain } from '../db/maintain';
import { hashPassword, idNumberHash } from '../lib/hashing';
import { makeIdNumber } from '../lib/id-number';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return fallback;
  return argv[i]!.includes('=') ? argv[i]!.slice(name.length + 1) : (argv[i + 1] ?? fallback);
};
const LEVELS = opt('--levels', '10000,100000,1000000')
  .split(',')
  .map((s) => parseInt(s, 10));
const SAMPLES = parseInt(opt('--samples', '200'), 10);
const SHAPES = parseInt(opt('--shapes', '20000'), 10);
const CLUSTER = !argv.includes('--no-cluster');
const KEEP = argv.includes('--keep');
const ADMIN = opt('--admin', process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const MONTHS = 120;
const HISTORY_CASES = ['contributionHistory (10 years)', 'personalAccountEntries', 'claimsOfYear'].map(dataLayerCaseName);

if (LEVELS.some((l) => !Number.isInteger(l) || l < 100) || LEVELS.some((l, i) => i > 0 && l <= LEVELS[i - 1]!)) {
  console.error('bench:scale: --levels must be increasing whole numbers of at least 100, e.g. --levels 10000,100000');
  process.exit(2);
}

const name = `yb_bench_${process.pid}`;
const url = (() => {
  const u = new URL(ADMIN);
  u.pathname = `/${name}`;
  return u.toString();
})();
const admin = postgres(ADMIN, { max: 1, onnotice: () => {} });
const results: Record<string, unknown> = { startedAt: new Date().toISOString(), levels: [] as unknown[] };
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}

function table(rows: (string | number)[][], head: string[]): void {
  const all = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  for (const [k, r] of all.entries()) {
    console.log(`  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`);
    if (k === 0) console.log(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  }
}

/** A deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const md5 = (s: string) => createHash('md5').update(s).digest('hex');
const asUuid = (h: string) => `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;

async function main(): Promise<void> {
  const [{ setting: dataDirectory }] = (await admin`select setting from pg_settings where name = 'data_directory'`) as unknown as [{ setting: string }];
  const [{ v: version }] = (await admin`select version() as v`) as unknown as [{ v: string }];
  const [{ b: sharedBuffers }] = (await admin`select setting::bigint * 8192 as b from pg_settings where name = 'shared_buffers'`) as unknown as [{ b: string }];
  console.log(`bench:scale on ${version.split(',')[0]} (shared_buffers ${mb(Number(sharedBuffers))} MB), database ${name}`);
  try {
    const free = statfsSync(dataDirectory);
    const freeGb = (free.bavail * free.bsize) / 1e9;
    const needGb = (Math.max(...LEVELS) * 26_000) / 1e9 + 2;
    console.log(`Free space where the server keeps its data: ${freeGb.toFixed(1)} GB; this run needs about ${needGb.toFixed(1)} GB.`);
    if (freeGb < needGb) throw new Error(`not enough free space (${freeGb.toFixed(1)} GB free, about ${needGb.toFixed(1)} GB needed); run fewer --levels`);
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('not enough')) throw e;
    console.log('Free space: the server data directory is not visible from here; not checked.');
  }
  await admin.unsafe(`create database "${name}"`);
  try {
    await migratePostgres(url);
    await run();
  } finally {
    if (KEEP) console.log(`\nKept database ${name} (--keep).`);
    else {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      console.log(`\nDropped database ${name}.`);
    }
  }
}

async function run(): Promise<void> {
  const load = postgres(url, { max: 1, onnotice: () => {} });
  await load`set synchronous_commit = off`;
  const client = postgres(url, { max: 1, onnotice: () => {} });
  let last: { sql: string; params: unknown[] } | null = null;
  const db = drizzle({ client, schema, logger: { logQuery: (q, p) => void (last = { sql: q, params: p }) } }) as unknown as Db;
  await load`create extension if not exists pg_buffercache`;
  const [{ oid: dbOid }] = (await load`select oid::text from pg_database where datname = current_database()`) as unknown as [{ oid: string }];
  const dbDir = path.join((await admin`select setting from pg_settings where name = 'data_directory'`)[0]!.setting as string, 'base', dbOid);
  let osCache = true;
  try {
    accessSync(dbDir, constants.R_OK);
  } catch {
    osCache = false;
  }

  if (SHAPES > 0) await shapes(load, SHAPES);

  // A table of 2.5× shared_buffers, read through its index to push the data out of the buffer pool.
  const [{ b }] = (await load`select setting::bigint * 8192 as b from pg_settings where name = 'shared_buffers'`) as unknown as [{ b: string }];
  const flushRows = Math.ceil((Number(b) * 2.5) / 250);
  await load.unsafe(`create unlogged table bench_flush as select g as id, repeat('x', 200) as pad from generate_series(1, ${flushRows}) g`);
  await load.unsafe('create index on bench_flush (id)');
  await load.unsafe('vacuum analyze bench_flush');

  const cold = async (): Promise<{ cachedDataBuffers: number; osCacheDropped: boolean }> => {
    await load`checkpoint`;
    await load.unsafe('set enable_seqscan = off');
    await load.unsafe('set enable_bitmapscan = off');
    await load.unsafe('select sum(length(pad)) from bench_flush where id > 0');
    await load.unsafe('reset enable_seqscan');
    await load.unsafe('reset enable_bitmapscan');
    if (osCache) {
      for (const f of readdirSync(dbDir)) {
        try {
          execFileSync('dd', [`if=${path.join(dbDir, f)}`, 'iflag=nocache', 'count=0', 'status=none']);
        } catch {
          /* a file removed meanwhile */
        }
      }
    }
    await client`discard all`;
    const [{ n }] = (await load`
      select count(*)::int as n from pg_buffercache bc join pg_class c on bc.relfilenode = pg_relation_filenode(c.oid)
       where bc.reldatabase = (select oid from pg_database where datname = current_database())
         and c.relnamespace = 'public'::regnamespace and c.relname not like 'bench_flush%'`) as unknown as [{ n: number }];
    return { cachedDataBuffers: n, osCacheDropped: osCache };
  };

  const password = 'bench-password';
  const passwordHash = await hashPassword(password);
  const used = new Set<number>();
  let loaded = 0;
  const r = rng(20261201);
  const loadNow = new Date();
  const sampleOf = (personId: number, _k: number): Sample => ({
    personId,
    sid: asUuid(md5(`session${personId}.1`)),
    sv: 0,
    idNumber: makeIdNumber('440703', '1980-01-01', Math.floor(personId / 10) % 1000),
    password,
    subjectHash: md5(`tried1.${1 + (personId % 1000)}`) + md5(`number${1 + (personId % 1000)}`),
    institutionId: `SYN${String(1 + (personId % 200)).padStart(4, '0')}`,
    year: 2025,
    today: '2025-12-15',
    now: new Date(),
  });
  /** Fresh residents with a live session (every tenth person; `every` 30: on the employee scheme too), never read before. */
  const fresh = (n: number, every = 10): number[] => {
    const out: number[] = [];
    while (out.length < n) {
      const id = every * (1 + Math.floor(r() * (loaded / every - 1)));
      if (!used.has(id)) {
        used.add(id);
        out.push(id);
      }
    }
    return out;
  };
  const reads = EXPLAIN_CASES.filter((c) => !c.writes);
  const writes = EXPLAIN_CASES.filter((c) => c.writes && !c.name.startsWith('db/maintain'));
  const timeCases = async (cases: readonly ExplainCase[], residents: number[], repeat = 1) => {
    const times = new Map<string, number[]>(cases.map((c) => [c.name, []]));
    for (let k = 0; k < repeat; k += 1) {
      for (const [j, personId] of residents.entries()) {
        const s = sampleOf(personId, j);
        for (const c of cases) {
          const t0 = performance.now();
          await c.run(db, s);
          times.get(c.name)!.push(performance.now() - t0);
        }
      }
    }
    return cases.map((c) => ({
      query: c.name,
      p50: percentile(times.get(c.name)!, 50),
      p99: percentile(times.get(c.name)!, 99),
      n: times.get(c.name)!.length,
    }));
  };
  const plans = async (personId: number) => {
    const out: { query: string; plan: string[]; buffers: { hit: number; read: number } }[] = [];
    for (const c of reads) {
      await c.run(db, sampleOf(personId, 0));
      const statement = last!;
      const rows = (await client.unsafe(
        `explain (analyze, buffers, costs off, timing off, summary off) ${statement.sql}`,
        statement.params as never[],
      )) as unknown as { 'QUERY PLAN': string }[];
      const plan = rows.map((x) => x['QUERY PLAN']);
      const top = plan.find((l) => /Buffers:/.test(l)) ?? '';
      out.push({ query: c.name, plan, buffers: { hit: Number(/hit=(\d+)/.exec(top)?.[1] ?? 0), read: Number(/read=(\d+)/.exec(top)?.[1] ?? 0) } });
    }
    return out;
  };

  for (const level of LEVELS) {
    console.log(`\n== ${level.toLocaleString('en')} persons × ${MONTHS} months`);
    const counts = new Map<string, number>();
    let rows = 0;
    let statements = 0;
    const loadBefore = loadavg()[0]!;
    const t0 = performance.now();
    // As pg_restore does: the foreign keys go during the bulk load and come back after it, each
    // validated by the server over the whole table (timed with the load). Every other constraint,
    // check and index stays in place throughout.
    const fks = (await load`
      select conrelid::regclass::text as t, conname as n, pg_get_constraintdef(oid) as def
        from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace and conparentid = 0`) as unknown as {
      t: string;
      n: string;
      def: string;
    }[];
    for (const fk of fks) await load.unsafe(`alter table ${fk.t} drop constraint "${fk.n}"`);
    await loadSynthetic(async (statement) => Number((await load.unsafe(statement)).count ?? 0), {
      persons: level - loaded,
      firstId: loaded + 1,
      months: MONTHS,
      now: loadNow,
      onRows: (t, n) => {
        counts.set(t, (counts.get(t) ?? 0) + n);
        rows += n;
        statements += 1;
        if (statements % 60 === 0)
          process.stdout.write(`  … ${rows.toLocaleString('en')} rows, ${((rows / (performance.now() - t0)) * 1000).toFixed(0)} rows/s\r`);
      },
    });
    const f0 = performance.now();
    for (const fk of fks) await load.unsafe(`alter table ${fk.t} add constraint "${fk.n}" ${fk.def}`);
    const fkSeconds = (performance.now() - f0) / 1000;
    const loadSeconds = (performance.now() - t0) / 1000;
    console.log(
      `  Loaded ${rows.toLocaleString('en')} rows in ${loadSeconds.toFixed(1)} s: ${Math.round(rows / loadSeconds).toLocaleString('en')} rows/s ` +
        `(arrival order; indexes and checks in place; ${fks.length} foreign keys re-added and validated in ${fkSeconds.toFixed(1)} s of that)`,
    );
    console.log(
      `  Machine load average (1 min) before and after the load: ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores shared with other work`,
    );
    const v0 = performance.now();
    await load.unsafe('vacuum analyze');
    const vacuumSeconds = (performance.now() - v0) / 1000;
    console.log(`  VACUUM ANALYZE: ${vacuumSeconds.toFixed(1)} s`);
    loaded = level;
    // The residents the write queries use sign in with their own ID number.
    const writers = fresh(Math.min(SAMPLES, 50));
    for (const [j, personId] of writers.entries()) {
      const s = sampleOf(personId, j);
      await load.unsafe(`update persons set password_hash = $1 where id = $2`, [passwordHash, personId]);
      await load.unsafe(`insert into person_id_hashes (id_hash, person_id) values ($1, $2) on conflict do nothing`, [idNumberHash(s.idNumber), personId]);
    }

    const sizes = (await load.unsafe(`
      select p.relname as t, sum(pg_table_size(c.oid))::bigint as heap, sum(pg_indexes_size(c.oid))::bigint as idx
        from pg_class p left join pg_inherits i on i.inhparent = p.oid left join pg_class c on c.oid = coalesce(i.inhrelid, p.oid)
       where p.relnamespace = 'public'::regnamespace and p.relkind in ('r', 'p') and not p.relispartition and p.relname <> 'bench_flush'
       group by 1 order by 2 desc`)) as unknown as { t: string; heap: string; idx: string }[];
    const personMonthsM = (level * MONTHS) / 1e6;
    console.log(`  Sizes (table + indexes; per million person-months = per ${(1e6 / MONTHS).toFixed(0)} persons of 120 months):`);
    table(
      sizes.slice(0, 8).map((s) => [s.t, mb(Number(s.heap)), mb(Number(s.idx)), mb((Number(s.heap) + Number(s.idx)) / personMonthsM)]),
      ['table', 'heap MB', 'index MB', 'MB per M person-months'],
    );
    const [{ total }] = (await load`select pg_database_size(current_database()) - pg_total_relation_size('bench_flush') as total`) as unknown as [
      { total: string },
    ];
    console.log(`  Whole database: ${mb(Number(total))} MB (${mb(Number(total) / personMonthsM)} MB per million person-months)`);

    const coldA = await cold();
    const coldResidents = fresh(SAMPLES);
    const coldTimes = await timeCases(reads, coldResidents);
    const warmTimes = await timeCases(reads, coldResidents, 3);
    const writeTimes = await timeCases(writes, writers);
    console.log(
      `  Reads for ${SAMPLES} random residents: cold (${coldA.cachedDataBuffers} data buffers left in shared_buffers; OS cache ${coldA.osCacheDropped ? 'dropped' : 'NOT dropped'}), then warm (×3):`,
    );
    table(
      reads.map((c, i) => [c.name, ms(coldTimes[i]!.p50), ms(coldTimes[i]!.p99), ms(warmTimes[i]!.p50), ms(warmTimes[i]!.p99)]),
      ['query', 'cold p50 ms', 'cold p99 ms', 'warm p50 ms', 'warm p99 ms'],
    );
    console.log(`  Writes, warm, ${writers.length} residents of their own (sign-in includes argon2id):`);
    table(
      writes.map((c, i) => [c.name, ms(writeTimes[i]!.p50), ms(writeTimes[i]!.p99)]),
      ['query', 'p50 ms', 'p99 ms'],
    );

    const m0 = performance.now();
    const report = await maintain(db, { now: new Date() });
    const maintainMs = performance.now() - m0;
    console.log(`  db:maintain: ${describeMaintenance(report)}`);

    await cold();
    // The plans and buffers of the worst case: a resident on the employee scheme (120 monthly rows, a ledger).
    const planPerson = fresh(1, 30)[0]!;
    const before = await plans(planPerson);
    let after: typeof before | null = null;
    let clusterSeconds: number | null = null;
    let coldAfter: Awaited<ReturnType<typeof timeCases>> | null = null;
    if (CLUSTER) {
      const c0 = performance.now();
      const clustered = await clusterPartitions(db, 48);
      clusterSeconds = (performance.now() - c0) / 1000;
      console.log(`  db:maintain --cluster 48: ${clustered.length} partitions rewritten in person order in ${clusterSeconds.toFixed(1)} s`);
      await load.unsafe('vacuum analyze');
      await cold();
      const history = reads.filter((c) => HISTORY_CASES.includes(c.name));
      if (history.length !== HISTORY_CASES.length) throw new Error(`history queries not found in EXPLAIN_CASES: ${HISTORY_CASES.join(', ')}`);
      coldAfter = await timeCases(history, fresh(SAMPLES));
      await cold();
      after = await plans(fresh(1, 30)[0]!);
      console.log('  History reads, cold, after --cluster:');
      table(
        history.map((c, i) => [c.name, ms(coldAfter![i]!.p50), ms(coldAfter![i]!.p99)]),
        ['query', 'cold p50 ms', 'cold p99 ms'],
      );
    }
    console.log('  Buffers for one fresh employee-scheme resident (shared hit + read), arrival order' + (after ? ' → another after --cluster' : '') + ':');
    table(
      before.map((p, i) => [p.query, `${p.buffers.hit}+${p.buffers.read}`, after ? `${after[i]!.buffers.hit}+${after[i]!.buffers.read}` : '']),
      ['query', 'arrival order', after ? 'clustered' : ''],
    );
    console.log('  Plans (EXPLAIN ANALYZE, BUFFERS; arrival order):');
    for (const p of before) {
      console.log(`  -- ${p.query}`);
      for (const line of p.plan) console.log(`     ${line}`);
    }
    (results.levels as unknown[]).push({
      persons: level,
      rows: Object.fromEntries(counts),
      loadSeconds,
      fkSeconds,
      loadAverage: [loadBefore, loadavg()[0]],
      rowsPerSecond: rows / loadSeconds,
      vacuumSeconds,
      sizes,
      totalBytes: Number(total),
      cold: coldTimes,
      warm: warmTimes,
      writes: writeTimes,
      coldState: coldA,
      maintain: { ...report, ms: maintainMs },
      clusterSeconds,
      coldAfterCluster: coldAfter,
      plans: before,
      plansAfterCluster: after,
    });
    mkdirSync('.test-output', { recursive: true });
    writeFileSync('.test-output/bench-scale.json', `${JSON.stringify(results, null, 2)}\n`);
  }
  await load.end({ timeout: 5 });
  await client.end({ timeout: 5 });
}

/** 0. Storage shapes on N employees × 120 months, in arrival order. */
async function shapes(sql: postgres.Sql, n: number): Promise<void> {
  console.log(`\n== Storage shapes: ${n.toLocaleString('en')} employees × ${MONTHS} months (arrival order; both tiers every unified month)`);
  await sql.unsafe('create schema shapes');
  await sql.unsafe(`
    create table shapes.two_rows (person_id bigint not null, month date not null, tier contribution_tier not null, months smallint not null default 1,
      identity identity not null, category category not null, base numeric(12,2), employer_rate numeric(7,4), personal_rate numeric(7,4),
      employer_amount numeric(12,2) not null default 0, personal_amount numeric(12,2) not null default 0, payer payer not null,
      status contribution_status not null, due_on date not null, paid_on date, primary key (person_id, month, tier))`);
  await sql.unsafe('create table shapes.one_row (like public.contribution_months including all)');
  await sql.unsafe('create table shapes.one_row_hash (like public.contribution_months including all) partition by hash (person_id)');
  for (let i = 0; i < 16; i += 1)
    await sql.unsafe(`create table shapes.one_row_hash_p${i} partition of shapes.one_row_hash for values with (modulus 16, remainder ${i})`);
  const src = `(select i as person_id, (date '2016-01-01' + make_interval(months => m))::date as month, m, (3000 + (i * 2654435761::bigint) % 17000)::numeric(12,2) as b
                  from generate_series(1, ${n}) i, generate_series(0, ${MONTHS - 1}) m) s`;
  const legacy = `(month < date '2017-07-01')`;
  const timed = async (label: string, q: string) => {
    const t0 = performance.now();
    const res = await sql.unsafe(q);
    console.log(`  ${label}: ${Number(res.count).toLocaleString('en')} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  await timed(
    'two rows per month (today)',
    `
    insert into shapes.two_rows select person_id, month, t, 1, 'employee', 'employee', b, er, pr, round(b * er, 2), round(b * pr, 2), 'employer_and_person', 'paid',
           (month + interval '1 month - 1 day')::date, month + 14
      from ${src}, (values ('tier1'::contribution_tier, 0.0550, 0.0200), ('tier2'::contribution_tier, 0.0100, 0.0000), ('legacy_employee'::contribution_tier, 0.0650, 0.0200)) r(t, er, pr)
     where (t = 'legacy_employee') = ${legacy} order by m, person_id, t`,
  );
  const oneRow = (table: string) => `
    insert into ${table} (person_id, month, due_on, paid_on, identity, category, payer, status, months, legacy, base, employer_rate, personal_rate, employer_amount, personal_amount,
                          tier2_employer_rate, tier2_personal_rate, tier2_employer_amount, tier2_personal_amount)
    select person_id, month, (month + interval '1 month - 1 day')::date, month + 14, 'employee', 'employee', 'employer_and_person', 'paid', 1, ${legacy}, b,
           case when ${legacy} then 0.0650 else 0.0550 end, 0.0200, round(b * case when ${legacy} then 0.065 else 0.055 end, 2), round(b * 0.02, 2),
           case when not ${legacy} then 0.0100 end, case when not ${legacy} then 0.0000 end, case when not ${legacy} then round(b * 0.01, 2) end, case when not ${legacy} then 0 end
      from ${src} order by m, person_id`;
  await timed('one row per month', oneRow('shapes.one_row'));
  await timed('one row per month, hash ×16', oneRow('shapes.one_row_hash'));
  for (const t of ['two_rows', 'one_row', 'one_row_hash']) await sql.unsafe(`vacuum analyze shapes.${t}`);
  const size = async (table: string) => {
    const [s] = (await sql.unsafe(`
      select sum(pg_table_size(c.oid))::bigint as heap, sum(pg_indexes_size(c.oid))::bigint as idx
        from pg_class c where c.oid = '${table}'::regclass or c.oid in (select inhrelid from pg_inherits where inhparent = '${table}'::regclass)`)) as unknown as [
      { heap: string; idx: string },
    ];
    return { heap: Number(s.heap), idx: Number(s.idx) };
  };
  const buffers = async (table: string) => {
    await sql.unsafe('checkpoint');
    const rows = (await sql.unsafe(
      `explain (analyze, buffers, costs off, timing off, summary off) select * from ${table} where person_id = ${Math.ceil(n / 2) + 7}`,
    )) as unknown as { 'QUERY PLAN': string }[];
    const line = rows.map((x) => x['QUERY PLAN']).find((l) => /Buffers:/.test(l)) ?? '';
    return (Number(/hit=(\d+)/.exec(line)?.[1] ?? 0) + Number(/read=(\d+)/.exec(line)?.[1] ?? 0)).toString();
  };
  const pm = (n * MONTHS) / 1e6;
  const out: (string | number)[][] = [];
  for (const [label, t] of [
    ['two rows per tier-month (before 0002)', 'shapes.two_rows'],
    ['one row per person-month', 'shapes.one_row'],
    ['one row per person-month, hash ×16', 'shapes.one_row_hash'],
  ] as const) {
    const s = await size(t);
    out.push([label, mb(s.heap / pm), mb(s.idx / pm), mb((s.heap + s.idx) / pm), await buffers(t)]);
  }
  const [{ i: pkey }] = (await sql.unsafe(
    `select indexrelid::regclass::text as i from pg_index where indrelid = 'shapes.one_row'::regclass and indisprimary`,
  )) as unknown as [{ i: string }];
  await sql.unsafe(`cluster shapes.one_row using ${pkey.replace(/^shapes\./, '')}`);
  await sql.unsafe('vacuum analyze shapes.one_row');
  const s = await size('shapes.one_row');
  out.push(['one row per person-month, clustered', mb(s.heap / pm), mb(s.idx / pm), mb((s.heap + s.idx) / pm), await buffers('shapes.one_row')]);
  table(out, ['shape', 'heap MB/M', 'index MB/M', 'total MB/M person-months', 'buffers for 10 years']);
  results.shapes = { employees: n, rows: out };
  await sql.unsafe('drop schema shapes cascade');
}

process.on('SIGINT', () => {
  console.error(`\nInterrupted: dropping ${name}…`);
  void admin
    .unsafe(`drop database if exists "${name}" with (force)`)
    .catch(() => {})
    .finally(() => process.exit(130));
});

main()
  .catch((e: unknown) => {
    console.error(`bench:scale: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  })
  .finally(() => admin.end({ timeout: 5 }));
