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
