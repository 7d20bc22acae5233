/**
 * `npm run bench:clinic`: the October–December rush of clinic choices 门诊选点 on the PostgreSQL
 * server. A benchmark, not a test: it prints figures, then checks the database's state and exits
 * 1 if it is wrong.
 *
 * In a database of its own (created here, dropped at the end), migrated like the portal's:
 * `--persons` residents (default 10 000) in Jiangmen, each with an enrolment period and this
 * year's primary clinic, and a directory of primary-care clinics. Then, for each concurrency
 * (`--connections 10,50`: the connection pool's size and the number of simultaneous submitters),
 * a batch of residents of their own chooses next year's clinic through `chooseClinicFor`
 * (lib/dal/clinic.ts) — the function the server action calls: the person's row lock, the
 * idempotency key's look-up, the rules of lib/policy, the insert and its audit row, one
 * transaction. Every 10th resident submits two different forms at the same moment (two browsers),
 * every 10th other sends the same form twice at once (a double click). Printed: choices per
 * second, p50/p99 of one submission, refusals by code, replays, errors; the statements per choice.
 * Afterwards: exactly one choice for next year per resident who chose, and one audit row per change.
 *
 * Options: --persons 10000  --connections 10,50  --keep  --admin postgres://…/postgres (or BENCH_ADMIN_URL)
 */
import { randomUUID } from 'node:crypto';
import { loadavg, cpus } from 'node:os';
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import * as schema from '../db/schema';
import type { Db } from '../db/client';
import { migratePostgres } from '../db/migrate';
import { chooseClinicFor, ChoiceRefused } from '../lib/dal/clinic';
import { selfSubject } from '../lib/dal/subject';
import { chooseClinicSchema, type ChooseClinicInput } from '../lib/validation/clinic';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return fallback;
  return argv[i]!.includes('=') ? argv[i]!.slice(name.length + 1) : (argv[i + 1] ?? fallback);
};
const PERSONS = parseInt(opt('--persons', '10000'), 10);
const CONNECTIONS = opt('--connections', '10,50')
  .split(',')
  .map((s) => parseInt(s, 10));
const KEEP = argv.includes('--keep');
const ADMIN = opt('--admin', process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const CLINICS = 60;
/** Inside the window: next year's choice. */
const TODAY = '2026-11-15';
const YEAR = 2026;

const clinicId = (k: number) => `BC-${String(1 + (k % CLINICS)).padStart(4, '0')}`;

async function seed(sql: postgres.Sql): Promise<void> {
  await sql.unsafe(`
    insert into institutions (id, name, region, district, level, primary_care)
    select 'BC-' || lpad(k::text, 4, '0'), '压测社区卫生服务中心' || k, 'jiangmen', '440703', 'level1', true from generate_series(1, ${CLINICS}) k;
    insert into persons (id, id_masked, name, sex, birth_date, region, hukou_district, retirement_group)
    select i, '44***************' || (i % 10)::text, '压测居民' || i, 'female', date '1960-01-01' + (i % 15000), 'jiangmen', '440703', 'female_55'
      from generate_series(1, ${PERSONS}) i;
    select setval(pg_get_serial_sequence('persons', 'id'), ${PERSONS});
    insert into enrolment_periods (person_id, valid_from, region, identity, tiers, category, enrolled_on)
    select i, date '2020-01-01', 'jiangmen', 'resident', 'tier1', 'resident', date '2019-12-01' from generate_series(1, ${PERSONS}) i;
    insert into clinic_choices (person_id, year, kind, effective_from, institution_id, made_by, made_at, reason)
    select i, ${YEAR}, 'primary', date '${YEAR}-01-01', 'BC-' || lpad((1 + i % ${CLINICS})::text, 4, '0'), 'resident', timestamptz '${YEAR - 1}-11-02 10:00+08', 'annual_change'
      from generate_series(1, ${PERSONS}) i;
    analyze;
  `);
}

type Outcome = 'changed' | 'replayed' | `refused:${string}` | 'error';

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function run(url: string, connections: number, from: number, to: number) {
  let statements = 0;
  const client = postgres(url, { max: connections, onnotice: () => {} });
  const db = drizzle({ client, schema, logger: { logQuery: () => void (statements += 1) } }) as unknown as Db;
  // The submissions: one per resident; every 10th resident two different forms at once, every 10th other the same form twice at once.
  const tasks: { person: number; form: ChooseClinicInput }[] = [];
  for (let p = from; p <= to; p += 1) {
    const form = chooseClinicSchema.parse({ kind: 'primary', institution: clinicId(p + 1), idempotencyKey: randomUUID() });
    tasks.push({ person: p, form });
    if (p % 10 === 0) tasks.push({ person: p, form: { ...form, institution: clinicId(p + 2), idempotencyKey: randomUUID() } });
    if (p % 10 === 5) tasks.push({ person: p, form: { ...form } });
  }
  const outcomes = new Map<Outcome, number>();
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < tasks.length) {
        const task = tasks[next++]!;
        const t0 = performance.now();
        let outcome: Outcome;
        try {
          const done = await chooseClinicFor(
            db,
            selfSubject(task.person),
            { kind: task.form.kind, institutionId: task.form.institution, idempotencyKey: task.form.idempotencyKey },
            TODAY,
          );
          outcome = done.changed ? 'changed' : 'replayed';
        } catch (e) {
          outcome = e instanceof ChoiceRefused ? `refused:${e.code}` : 'error';
          if (outcome === 'error') console.error(`  error: ${e instanceof Error ? e.name : typeof e}`);
        }
        times.push(performance.now() - t0);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await client.end({ timeout: 5 });
  times.sort((a, b) => a - b);
  const changed = outcomes.get('changed') ?? 0;
  return {
    connections,
    residents: to - from + 1,
    submissions: tasks.length,
    seconds,
    changed,
    outcomes,
    p50: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    statements,
  };
}

async function main(): Promise<number> {
  const admin = postgres(ADMIN, { max: 1, onnotice: () => {} });
  const name = `bench_clinic_${process.pid}`;
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  await admin.unsafe(`create database "${name}"`);
  let failed = false;
  try {
    await migratePostgres(url.toString());
    const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
    const t0 = performance.now();
    await seed(sql);
    const [{ version }] = (await sql`select version()`) as unknown as [{ version: string }];
    console.log(
      `bench:clinic — ${version.split(',')[0]}; ${cpus().length} CPUs, load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log(
      `seeded ${PERSONS} persons, ${CLINICS} clinics in ${((performance.now() - t0) / 1000).toFixed(1)} s; today ${TODAY} (window open: choices for ${YEAR + 1})`,
    );
    const per = Math.floor(PERSONS / CONNECTIONS.length);
    const results = [];
    for (const [i, c] of CONNECTIONS.entries()) {
      const r = await run(url.toString(), c, 1 + i * per, (i + 1) * per);
      results.push(r);
      const other = [...r.outcomes.entries()]
        .filter(([k]) => k !== 'changed')
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
      console.log(
        `${String(c).padStart(3)} connections: ${r.residents} residents, ${r.submissions} submissions in ${r.seconds.toFixed(1)} s → ${(r.changed / r.seconds).toFixed(0)} choices/s, ` +
          `${(r.submissions / r.seconds).toFixed(0)} submissions/s; p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms; errors ${r.outcomes.get('error') ?? 0}; ${other}; ` +
          `${(r.statements / r.submissions).toFixed(1)} statements per submission (+ BEGIN/COMMIT), load ${loadavg()[0]!.toFixed(2)}`,
      );
    }
    // The state afterwards.
    const chose = results.reduce((s, r) => s + r.residents, 0);
    const [check] = (await sql`
      select
        (select count(*)::int from clinic_choices where year = ${YEAR + 1}) as rows,
        (select count(distinct person_id)::int from clinic_choices where year = ${YEAR + 1}) as persons,
        (select count(*)::int from (select person_id from clinic_choices where year = ${YEAR + 1} group by person_id, kind having count(*) > 1) d) as doubled,
        (select count(*)::int from audit_log where event = 'clinic_choice.chosen') as audits,
        (select count(*)::int from clinic_choices c where year = ${YEAR + 1} and not exists (
            select 1 from audit_log a where a.person_id = c.person_id and a.event = 'clinic_choice.chosen' and (a.detail->>'year')::int = c.year)) as unaudited
    `) as unknown as [{ rows: number; persons: number; doubled: number; audits: number; unaudited: number }];
    const changed = results.reduce((s, r) => s + r.changed, 0);
    const errors = results.reduce((s, r) => s + (r.outcomes.get('error') ?? 0), 0);
    console.log(
      `check: ${check.persons} of ${chose} residents have a choice for ${YEAR + 1} (${check.rows} rows, ${check.doubled} doubled); ${check.audits} audit rows for ${changed} changes; ${check.unaudited} choices without their audit row`,
    );
    failed =
      check.persons !== chose ||
      check.rows !== chose ||
      check.doubled !== 0 ||
      check.audits !== changed ||
      check.audits !== check.rows ||
      check.unaudited !== 0 ||
      errors !== 0;
    console.log(failed ? 'FAILED' : 'ok: one choice per resident for next year, one audit row per change, no errors');
    console.log(
      'database work per choice: BEGIN; SELECT … FROM persons WHERE id = $1 FOR UPDATE (1 row locked); the idempotency key among the person’s audit rows of the last day (audit_log_person_at); ' +
        'the person, enrolment periods and clinic choices (three reads by person_id) and the institution; INSERT clinic_choices (1 row); INSERT audit_log (1 row); COMMIT.',
    );
    await sql.end({ timeout: 5 });
  } finally {
    if (!KEEP) await admin.unsafe(`drop database if exists "${name}" with (force)`);
    else console.log(`kept database ${name}`);
    await admin.end({ timeout: 5 });
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
