/**
 * Integration tests' database: each test file gets a fresh, migrated database.
 * - With DATABASE_URL: a new database on that PostgreSQL server, dropped afterwards.
 * - Without: an in-memory PGlite.
 * Call `freshDatabase()` in `beforeAll` before anything opens the database, and
 * `cleanup()` in `afterAll`.
 */
import { randomBytes } from 'node:crypto';
import { closeDb, getDb, type Db } from './client';
import { resetEnvForTests } from '../lib/env';

export interface TestDatabase {
  db: Db;
  kind: 'pglite' | 'postgres';
  cleanup(): Promise<void>;
}

export async function freshDatabase(): Promise<TestDatabase> {
  await closeDb();
  const base = process.env.DATABASE_URL;
  if (!base) {
    process.env.PORTAL_DATA_DIR = 'memory';
    resetEnvForTests();
    const db = await getDb();
    return { db, kind: 'pglite', cleanup: () => closeDb() };
  }
  const { default: postgres } = await import('postgres');
  const name = `yb_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  process.env.PORTAL_DEMO = '1';
  resetEnvForTests();
  const db = await getDb();
  return {
    db,
    kind: 'postgres',
    async cleanup() {
      await closeDb();
      process.env.DATABASE_URL = base;
      resetEnvForTests();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
