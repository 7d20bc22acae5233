/**
 * Databases of their own for tests, the browser tests and benchmarks.
 *
 * - `createTestDatabase()` makes one without opening it, for another process (the browser tests'
 *   server, a benchmark's child): a new database on DATABASE_URL's PostgreSQL server, or an
 *   embedded PGlite folder. Point the process at it with `env`; `drop()` removes it.
 * - `freshDatabase()` opens one, migrated, in this process (integration tests: call it in
 *   `beforeAll` before anything opens the database, and `cleanup()` in `afterAll`).
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { closeDb, getDb, type Db } from './client';
import { resetEnvForTests } from '../lib/env';

export interface TestDatabaseOptions {
  /** A PostgreSQL server's URL (`postgres://…/<any existing database>`); without it, embedded PGlite. */
  serverUrl?: string | undefined;
  /** PGlite's folder, or 'memory' (the default). Ignored with a server. */
  dataDir?: string;
  /** Start of the new database's name (lower case, digits, _), followed by the process id and a random part. */
  prefix?: string;
}

export interface CreatedTestDatabase {
  kind: 'pglite' | 'postgres';
  /** Variables that point the portal at it: DATABASE_URL (and PORTAL_DEMO=1, it holds demo data), or PORTAL_DATA_DIR. */
  env: Record<string, string>;
  /** Drops the server database (closing other connections to it), or removes the PGlite folder. */
  drop(): Promise<void>;
}

export async function createTestDatabase({ serverUrl, dataDir = 'memory', prefix = 'yb_test' }: TestDatabaseOptions = {}): Promise<CreatedTestDatabase> {
  if (!/^[a-z_][a-z0-9_]{0,30}$/.test(prefix)) throw new Error(`database name prefix ${JSON.stringify(prefix)}: lower case letters, digits and _ only`);
  if (!serverUrl) {
    return {
      kind: 'pglite',
      env: { PORTAL_DATA_DIR: dataDir },
      drop() {
        if (dataDir !== 'memory') rmSync(dataDir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const { default: postgres } = await import('postgres');
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } catch (e) {
    await admin.end({ timeout: 5 });
    throw e;
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    env: { DATABASE_URL: url.toString(), PORTAL_DEMO: '1' },
    async drop() {
      try {
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await admin.end({ timeout: 5 });
      }
    },
  };
}

export interface TestDatabase {
  db: Db;
  kind: 'pglite' | 'postgres';
  cleanup(): Promise<void>;
}

/**
 * Opens a new, migrated database in this process — on DATABASE_URL's server when it is set,
 * else PGlite (in memory unless `dataDir` says otherwise) — and points this process's
 * environment at it until `cleanup()`, which closes and drops it and restores the environment.
 */
export async function freshDatabase(options: Omit<TestDatabaseOptions, 'serverUrl'> = {}): Promise<TestDatabase> {
  await closeDb();
  const created = await createTestDatabase({ ...options, serverUrl: process.env.DATABASE_URL });
  const saved = Object.fromEntries(Object.keys(created.env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, created.env);
  resetEnvForTests();
  const cleanup = async () => {
    await closeDb();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    resetEnvForTests();
    await created.drop();
  };
  try {
    return { db: await getDb(), kind: created.kind, cleanup };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

export interface PartlyMigratedDatabase {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Applies the remaining committed migrations (the same code path as the portal's start). */
  migrateRest(): Promise<void>;
  cleanup(): Promise<void>;
}

/**
 * A fresh database with only the first `count` committed migrations applied (migration tests):
 * on the PostgreSQL server of DATABASE_URL when set, else in-memory PGlite. Independent of the
 * process's client (`getDb`).
 */
export async function databaseAtMigration(count: number): Promise<PartlyMigratedDatabase> {
  const [{ mkdtempSync, mkdirSync, copyFileSync, readFileSync, writeFileSync, rmSync }, { tmpdir }, path] = await Promise.all([
    import('node:fs'),
    import('node:os'),
    import('node:path'),
  ]);
  const { migrationsFolder, migratePglite, migratePostgres } = await import('./migrate');
  const schema = await import('./schema');
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  if (count < 1 || count > journal.entries.length) throw new Error(`databaseAtMigration: ${count} of ${journal.entries.length} migrations`);
  const partial = mkdtempSync(path.join(tmpdir(), 'yb-migrations-'));
  mkdirSync(path.join(partial, 'meta'));
  const entries = journal.entries.slice(0, count);
  for (const e of entries) copyFileSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(partial, `${e.tag}.sql`));
  writeFileSync(path.join(partial, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  const removePartial = () => rmSync(partial, { recursive: true, force: true });

  const base = process.env.DATABASE_URL;
  if (!base) {
    const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('drizzle-orm/pglite'),
      import('drizzle-orm/pglite/migrator'),
    ]);
    const client = await PGlite.create();
    const db = drizzle({ client, schema }) as unknown as Db;
    await migrate(db as never, { migrationsFolder: partial });
    removePartial();
    return { db, kind: 'pglite', migrateRest: () => migratePglite(db), cleanup: () => client.close() };
  }
  const [{ default: postgres }, { drizzle }, { migrate }] = await Promise.all([
    import('postgres'),
    import('drizzle-orm/postgres-js'),
    import('drizzle-orm/postgres-js/migrator'),
  ]);
  const name = `yb_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const client = postgres(url.toString(), { max: 4, onnotice: () => {} });
  const db = drizzle({ client, schema }) as unknown as Db;
  await migrate(db as never, { migrationsFolder: partial });
  removePartial();
  return {
    db,
    kind: 'postgres',
    migrateRest: () => migratePostgres(url.toString()),
    async cleanup() {
      await client.end({ timeout: 5 });
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

export interface CapturedStatement {
  sql: string;
  params: unknown[];
}

/**
 * A second handle on the same connection that records every statement it sends (drizzle's
 * logger): tests count statements, and the EXPLAIN test replays them.
 */
export async function capturingDb(db: Db, kind: 'pglite' | 'postgres'): Promise<{ db: Db; captured: CapturedStatement[] }> {
  const schema = await import('./schema');
  const captured: CapturedStatement[] = [];
  const logger = { logQuery: (query: string, params: unknown[]) => void captured.push({ sql: query, params }) };
  const client = (db as unknown as { $client: unknown }).$client;
  if (kind === 'pglite') {
    const { drizzle } = await import('drizzle-orm/pglite');
    return { db: drizzle({ client: client as never, schema, logger }) as unknown as Db, captured };
  }
  const { drizzle } = await import('drizzle-orm/postgres-js');
  return { db: drizzle({ client: client as never, schema, logger }) as unknown as Db, captured };
}
