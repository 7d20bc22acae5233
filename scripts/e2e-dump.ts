/**
 * Writes what the browser tests' database holds for each demo resident, before the server
 * starts: every row of every per-person table (a table with a `person_id` column) and the
 * person's own row without its hashes, as JSON keyed by demo account (`E2E_DB_ROWS`). Browser
 * tests compute the figures they expect with lib/policy from these rows (e2e/db-rows.ts), so
 * they check the pages against the database, never against copied numbers.
 */
import { writeFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { closeDb, getDb } from '../db/client';
import * as schema from '../db/schema';
import { DEMO_ACCOUNTS } from '../db/seed';

const file = process.env.E2E_DB_ROWS;
if (!file) throw new Error('E2E_DB_ROWS is not set: run the browser tests with `npm run test:e2e`');

type Row = Record<string, unknown>;

async function main(): Promise<void> {
  const db = await getDb();
  const tables = (Object.values(schema) as unknown[]).filter((v): v is PgTable => v instanceof PgTable);
  const perPerson = tables.flatMap((table) => {
    const config = getTableConfig(table);
    const column = config.columns.find((c) => c.name === 'person_id');
    return column && config.name !== 'audit_log' && config.name !== 'person_id_hashes' ? [{ table, name: config.name, column }] : [];
  });
  const out: Record<string, { person: Row; tables: Record<string, Row[]> }> = {};
  for (const account of DEMO_ACCOUNTS) {
    const [person] = await db
      .select()
      .from(schema.persons)
      .where(and(eq(schema.persons.name, account.name), eq(schema.persons.isDemo, true)));
    if (!person) throw new Error(`demo resident ${account.key} is not in the database`);
    const { passwordHash: _password, ...visible } = person as Row;
    const rows: Record<string, Row[]> = {};
    for (const { table, name, column } of perPerson) rows[name] = await db.select().from(table).where(eq(column, person.id));
    out[account.key] = { person: visible, tables: rows };
  }
  writeFileSync(file!, `${JSON.stringify(out, null, 1)}\n`);
  await closeDb();
}

main().catch((e: unknown) => {
  console.error(`e2e-dump: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
