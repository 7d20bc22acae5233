import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { freshDatabase, type TestDatabase } from './testing';
import { auditLog, ENUM_SOURCES, persons } from './schema';
import { PER_PERSON_TABLES, PLACEMENT, type Placement } from './distribution';

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** Partitions of a partitioned table (empty for a plain one). */
async function partitionsOf(parent: string): Promise<string[]> {
  const r = await t.db.execute(
    sql`select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = ${parent}::regclass order by 1`,
  );
  return rowsOf<{ name: string }>(r).map((x) => x.name);
}

/** The refusal's message, whether the driver wraps it (drizzle's "Failed query") or not. */
async function refusal(run: Promise<unknown>): Promise<string> {
  const e = (await run.then(
    () => null,
    (x: unknown) => x,
  )) as { message: string; cause?: { message: string } } | null;
  return e === null ? 'accepted' : (e.cause?.message ?? e.message);
}

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(async () => {
  await t.cleanup();
});

describe('enums', () => {
  it("the migrated database holds exactly the policy library's code lists", async () => {
    const result = await t.db.execute<{ name: string; value: string }>(
      sql`select t.typname as name, e.enumlabel as value from pg_type t join pg_enum e on e.enumtypid = t.oid order by t.typname, e.enumsortorder`,
    );
    const rows = (Array.isArray(result) ? result : (result as { rows: { name: string; value: string }[] }).rows) as { name: string; value: string }[];
    const inDb = new Map<string, string[]>();
    for (const r of rows) inDb.set(r.name, [...(inDb.get(r.name) ?? []), r.value]);
    for (const [pgEnum, list] of ENUM_SOURCES) expect(inDb.get(pgEnum.enumName), pgEnum.enumName).toEqual([...list]);
  });
});

describe('audit log', () => {
  it('accepts inserts and refuses UPDATE, DELETE and TRUNCATE', async () => {
    await t.db.insert(auditLog).values({ actor: 'system', event: 'test.append' });
    expect(await refusal(t.db.update(auditLog).set({ event: 'changed' }))).toMatch(/append-only: UPDATE/);
    expect(await refusal(t.db.delete(auditLog))).toMatch(/append-only: DELETE/);
    expect(await refusal(t.db.execute(sql`truncate audit_log`))).toMatch(/append-only: TRUNCATE/);
    const rows = await t.db.select().from(auditLog);
    expect(rows.map((r) => r.event)).toContain('test.append');
  });

  it('is partitioned by month, and every partition refuses UPDATE, DELETE and TRUNCATE of its own', async () => {
    const parts = await partitionsOf('audit_log');
    expect(parts).toContain('audit_log_default');
    expect(parts.filter((p) => /^audit_log_y\d{4}m\d{2}$/.test(p)).length).toBeGreaterThanOrEqual(4);
    // One entry in each: a time inside each month partition, and one outside them all.
    for (const part of parts) {
      const m = /^audit_log_y(\d{4})m(\d{2})$/.exec(part);
      const at = m ? new Date(`${m[1]}-${m[2]}-01T01:00:00+08:00`) : new Date('2099-01-01T00:00:00Z');
      await t.db.insert(auditLog).values({ actor: 'system', event: `test.in.${part}`, at });
    }
    for (const part of parts) {
      const [row] = rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from ${sql.identifier(part)} where event = ${`test.in.${part}`}`));
      expect(row!.n, part).toBe(1);
      expect(await refusal(t.db.execute(sql`update ${sql.identifier(part)} set event = 'changed'`)), part).toMatch(/append-only: UPDATE/);
      expect(await refusal(t.db.execute(sql`delete from ${sql.identifier(part)}`)), part).toMatch(/append-only: DELETE/);
      expect(await refusal(t.db.execute(sql`truncate ${sql.identifier(part)}`)), part).toMatch(/append-only: TRUNCATE/);
      const [after] = rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from ${sql.identifier(part)} where event = ${`test.in.${part}`}`));
      expect(after!.n, part).toBe(1);
    }
  });
});

describe('audit log partitions', () => {
  it('never moves rows: a month whose entries already sit in the default partition is not created', async () => {
    await t.db.insert(auditLog).values({ actor: 'system', event: 'test.far', at: new Date('2098-05-10T00:00:00+08:00') });
    const created = rowsOf<{ n: number }>(await t.db.execute(sql`select audit_log_ensure_partitions('2098-04-01', '2098-06-01') as n`))[0]!.n;
    expect(created).toBe(2); // April and June; May stays in the default partition
    const parts = await partitionsOf('audit_log');
    expect(parts).toEqual(expect.arrayContaining(['audit_log_y2098m04', 'audit_log_y2098m06']));
    expect(parts).not.toContain('audit_log_y2098m05');
    const [row] = rowsOf<{ p: string }>(await t.db.execute(sql`select tableoid::regclass::text as p from audit_log where event = 'test.far'`));
    expect(row!.p).toBe('audit_log_default');
    // Created again: nothing to do.
    expect(rowsOf<{ n: number }>(await t.db.execute(sql`select audit_log_ensure_partitions('2098-04-01', '2098-04-01') as n`))[0]!.n).toBe(0);
  });
});

describe('ready to be distributed by person', () => {
  it('every primary key and unique index of a distributed table, and of each of its partitions, includes the distribution column', async () => {
    const result = await t.db.execute(sql`
      select coalesce(parent.relname, c.relname) as "table", c.relname as relation, ic.relname as "index",
             array(select a.attname::text from unnest(x.indkey) k join pg_attribute a on a.attrelid = c.oid and a.attnum = k) as columns
        from pg_index x
        join pg_class c on c.oid = x.indrelid
        join pg_class ic on ic.oid = x.indexrelid
        join pg_namespace n on n.oid = c.relnamespace
        left join pg_inherits i on i.inhrelid = c.oid
        left join pg_class parent on parent.oid = i.inhparent
       where x.indisunique and n.nspname = current_schema()`);
    const keys = rowsOf<{ table: string; relation: string; index: string; columns: string[] }>(result);
    let checked = 0;
    for (const key of keys) {
      const placement = (PLACEMENT as Record<string, Placement>)[key.table];
      if (!placement || placement.kind !== 'distributed') continue;
      expect(key.columns, `${key.relation}.${key.index}`).toContain(placement.column);
      checked += 1;
    }
    // persons: only its primary key; the partitions of the three big tables are checked too.
    expect(keys.filter((k) => k.table === 'persons').map((k) => k.columns)).toEqual([['id']]);
    expect(keys.filter((k) => k.relation.startsWith('contribution_months_p')).length).toBe(16);
    expect(checked).toBeGreaterThan(PER_PERSON_TABLES.length + 3 * 16);
  });

  it('hash-partitions contribution months, claims and the ledger by person_id into 16', async () => {
    for (const table of ['contribution_months', 'claims', 'personal_account_ledger']) {
      const [info] = rowsOf<{ strategy: string; key: string }>(
        await t.db.execute(
          sql`select p.partstrat as strategy, pg_get_partkeydef(p.partrelid) as key from pg_partitioned_table p where p.partrelid = ${table}::regclass`,
        ),
      );
      expect(info, table).toEqual({ strategy: 'h', key: 'HASH (person_id)' });
      expect(await partitionsOf(table), table).toHaveLength(16);
    }
  });
});

describe('persons', () => {
  it('refuses an ID number that is not masked', async () => {
    await expect(
      t.db.insert(persons).values({
        idMasked: '440703198005061234',
        name: '测试',
        sex: 'male',
        birthDate: '1980-05-06',
        region: 'jiangmen',
        hukouDistrict: '440703',
        retirementGroup: 'male',
      }),
    ).rejects.toThrow();
  });
  it('reads dates back as dates and money as exact decimals', async () => {
    const [p] = await t.db
      .insert(persons)
      .values({
        idMasked: '44***************4',
        name: '测试',
        sex: 'female',
        birthDate: '1980-02-29',
        region: 'jiangmen',
        hukouDistrict: '440703',
        retirementGroup: 'female_55',
        personalAccountDec2016: '84.28',
      })
      .returning();
    expect(p!.birthDate).toBe('1980-02-29');
    expect(p!.personalAccountDec2016).toBe('84.28');
  });
});
