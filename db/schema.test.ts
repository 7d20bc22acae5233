/**
 * The data model is ready to be partitioned or distributed by person (Citus distribution
 * column `person_id`): every per-person table leads its primary key with `person_id`, and the
 * tables that are not per-person are the known reference or system tables.
 */
import { describe, expect, it } from 'vitest';
import { getTableConfig, isPgEnum, PgTable } from 'drizzle-orm/pg-core';
import * as schema from './schema';

const tables: PgTable[] = (Object.values(schema) as unknown[]).filter((v): v is PgTable => v instanceof PgTable);
const NOT_PER_PERSON = new Set(['persons', 'institutions', 'medical_communities', 'login_throttle', 'portal_meta', 'audit_log']);

describe('data model', () => {
  it('has the tables the issue asks for', () => {
    const names = tables.map((t) => getTableConfig(t).name).sort();
    expect(names).toEqual(
      [
        'audit_log',
        'auth_sessions',
        'claims',
        'clinic_choices',
        'contribution_records',
        'enrolment_periods',
        'institutions',
        'login_throttle',
        'medical_communities',
        'out_of_town_filings',
        'personal_account_ledger',
        'persons',
        'portal_meta',
        'special_disease_approvals',
        'transferred_in_periods',
        'veteran_deemed_service',
      ].sort(),
    );
  });

  for (const table of tables) {
    const config = getTableConfig(table);
    if (NOT_PER_PERSON.has(config.name)) continue;
    it(`${config.name}: the primary key starts with person_id`, () => {
      const pkColumns = config.primaryKeys[0]?.columns.map((c) => c.name) ?? config.columns.filter((c) => c.primary).map((c) => c.name);
      expect(pkColumns[0]).toBe('person_id');
    });
  }

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
