/**
 * The data model is ready to be distributed by person (Citus; db/distribution.ts, db/SCALE.md):
 * every table has a placement, every primary key and unique constraint of a distributed table
 * includes its distribution column (person_id for the per-person tables, where it leads), and
 * the tables that are not per-person are the known reference, look-up or local tables.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { getTableConfig, isPgEnum, PgTable } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { CITUS_DROPPED_FOREIGN_KEYS, PER_PERSON_TABLES, PLACEMENT, citusStatements, type Placement } from './distribution';

const tables: PgTable[] = (Object.values(schema) as unknown[]).filter((v): v is PgTable => v instanceof PgTable);
const nameOf = (t: PgTable) => getTableConfig(t).name;

/** Column sets of the table's primary key, unique constraints and unique indexes. */
function uniqueKeys(table: PgTable): { what: string; columns: string[] }[] {
  const config = getTableConfig(table);
  const keys: { what: string; columns: string[] }[] = [];
  const inline = config.columns.filter((c) => c.primary).map((c) => c.name);
  if (inline.length) keys.push({ what: 'primary key', columns: inline });
  for (const pk of config.primaryKeys) keys.push({ what: 'primary key', columns: pk.columns.map((c) => c.name) });
  for (const u of config.uniqueConstraints) keys.push({ what: `unique ${u.getName()}`, columns: u.columns.map((c) => c.name) });
  for (const c of config.columns) if (c.isUnique) keys.push({ what: `unique ${c.name}`, columns: [c.name] });
  for (const i of config.indexes) {
    if (i.config.unique)
      keys.push({ what: `unique index ${i.config.name}`, columns: i.config.columns.map((c) => (c as { name?: string }).name ?? '(expression)') });
  }
  return keys;
}

describe('data model', () => {
  it('has the tables the issues ask for, each with a placement', () => {
    const names = tables.map(nameOf).sort();
    expect(names).toEqual(
      [
        'audit_log',
        'auth_sessions',
        'claims',
        'clinic_choices',
        'contribution_months',
        'enrolment_periods',
        'institutions',
        'login_throttle',
        'medical_communities',
        'out_of_town_filings',
        'passkey_credentials',
        'passkeys',
        'person_id_hashes',
        'personal_account_ledger',
        'persons',
        'portal_meta',
        'rate_limits',
        'special_disease_approvals',
        'transferred_in_periods',
        'veteran_deemed_service',
        'webauthn_challenges',
      ].sort(),
    );
    expect(Object.keys(PLACEMENT).sort()).toEqual(names);
  });

  for (const table of tables) {
    const name = nameOf(table);
    const placement: Placement = PLACEMENT[name as keyof typeof PLACEMENT];
    if (placement.kind !== 'distributed') continue;
    it(`${name}: every primary key and unique constraint includes the distribution column ${placement.column}`, () => {
      const keys = uniqueKeys(table);
      expect(keys.length, name).toBeGreaterThan(0);
      for (const key of keys) expect(key.columns, `${name} ${key.what}`).toContain(placement.column);
    });
  }

  it('every table holding person_id is per-person (distributed by it and led by it), or an explained exception', () => {
    const holders = tables
      .filter((t) => getTableConfig(t).columns.some((c) => c.name === 'person_id'))
      .map(nameOf)
      .sort();
    const exceptions = ['audit_log', 'person_id_hashes', 'passkey_credentials'];
    expect(holders.filter((n) => !exceptions.includes(n))).toEqual([...PER_PERSON_TABLES].sort());
    for (const name of PER_PERSON_TABLES) {
      const table = tables.find((t) => nameOf(t) === name)!;
      const pk = uniqueKeys(table).find((k) => k.what === 'primary key')!;
      expect(pk.columns[0], name).toBe('person_id');
    }
    expect(PER_PERSON_TABLES.length).toBeGreaterThanOrEqual(10);
  });

  it('persons is distributed by its id and has no other unique key; the ID hash is unique in its own table', () => {
    expect(uniqueKeys(schema.persons)).toEqual([{ what: 'primary key', columns: ['id'] }]);
    expect(getTableConfig(schema.persons).columns.map((c) => c.name)).not.toContain('id_hash');
    expect(uniqueKeys(schema.personIdHashes)).toEqual([{ what: 'primary key', columns: ['id_hash'] }]);
  });

  it('gives the Citus statements for every table but the local audit log, after dropping the keys Citus cannot keep', () => {
    const statements = citusStatements();
    for (const [table, fk] of CITUS_DROPPED_FOREIGN_KEYS) {
      expect(getTableConfig(tables.find((t) => nameOf(t) === table)!).foreignKeys.map((f) => f.getName())).toContain(fk);
    }
    expect(statements.filter((s) => s.startsWith('SELECT')).length).toBe(tables.length - 1);
    expect(statements).toContain("SELECT create_distributed_table('contribution_months', 'person_id', colocate_with => 'persons');");
    expect(statements).toContain("SELECT create_reference_table('institutions');");
    // A table is co-located only with one distributed before it.
    const seen = new Set<string>();
    for (const s of statements) {
      const m = /create_distributed_table\('(\w+)', '\w+', colocate_with => '(\w+)'\)/.exec(s);
      if (m) {
        if (m[2] !== 'none') expect(seen.has(m[2]!), s).toBe(true);
        seen.add(m[1]!);
      }
    }
  });

  it('db/SCALE.md gives exactly these statements', () => {
    const doc = readFileSync(new URL('./SCALE.md', import.meta.url), 'utf8');
    const block = /<!-- citus -->\n```sql\n([\s\S]*?)```\n<!-- \/citus -->/.exec(doc);
    expect(block?.[1]?.trim().split('\n')).toEqual(citusStatements());
  });

  it('audit_log: its main index leads with person_id', () => {
    const config = getTableConfig(schema.auditLog);
    expect(config.indexes.some((i) => (i.config.columns[0] as { name?: string }).name === 'person_id')).toBe(true);
  });

  it('money columns are numeric(12,2) and dates are dates', () => {
    let money = 0;
    let dates = 0;
    for (const table of tables) {
      for (const column of getTableConfig(table).columns) {
        const type = column.getSQLType();
        if (
          /amount|paid|base|in_scope|out_of_scope|deductible|tier1$|tier2$|critical|assistance$|balance|personal_account/.test(column.name) &&
          column.columnType === 'PgNumeric'
        ) {
          expect(type, `${getTableConfig(table).name}.${column.name}`).toBe('numeric(12, 2)');
          money += 1;
        }
        if (/(_on|_from|_to|^month|birth_date|effective_from|valid_from|valid_to)$/.test(column.name) && !/_at$/.test(column.name)) {
          expect(type, `${getTableConfig(table).name}.${column.name}`).toBe('date');
          dates += 1;
        }
      }
    }
    // The checks above looked at the money and date columns of the model, not at nothing.
    expect(money).toBeGreaterThanOrEqual(15);
    expect(dates).toBeGreaterThan(20);
  });

  it("builds every database enum from the policy library's code list, value for value", () => {
    const enums = (Object.values(schema) as unknown[]).filter(isPgEnum);
    const covered = new Set(schema.ENUM_SOURCES.map(([e]) => e.enumName));
    expect(enums.map((e) => e.enumName).filter((n) => !covered.has(n))).toEqual([]);
    for (const [pgEnum, list] of schema.ENUM_SOURCES) expect([...pgEnum.enumValues], pgEnum.enumName).toEqual([...list]);
    expect(schema.ENUM_SOURCES.length).toBeGreaterThanOrEqual(20);
  });
});
