/**
 * The one database client of a process, created lazily on first use and shared.
 *
 * - With DATABASE_URL: PostgreSQL through postgres.js.
 * - Without: embedded PostgreSQL (PGlite) in `<data dir>/pglite`, guarded by a lock file
 *   against a second process (PGlite locks nothing on disk), or in memory when
 *   PORTAL_DATA_DIR=memory (tests).
 *
 * Migrations are applied before the client is handed out. Never opened during `next build`.
 * PGlite serialises every query: a query on the outer `db` inside a transaction callback would
 * wait for the transaction forever. Run transactions through `inTransaction`: its callback
 * gets a `Tx`, and while it runs the outer handle refuses every query with an error instead.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { dataDir, env } from '../lib/env';
import { migrationsFolder, migratePglite, migratePostgres } from './migrate';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbKind = 'pglite' | 'postgres';

declare const TRANSACTION: unique symbol;
/**
 * A transaction's handle. It can do whatever a `Db` can; a function that must run inside a
 * transaction takes a `Tx`, so that the outer `Db` cannot be passed to it by mistake.
 */
export type Tx = Db & { readonly [TRANSACTION]: true };

/** The outer handle whose transaction callback is running (per async context). */
const openTransaction = new AsyncLocalStorage<Db>();

/** Thrown when the outer handle is used inside one of its own transaction callbacks. */
export class OuterHandleInTransaction extends Error {
  constructor(property: string) {
    super(`db.${property} was used inside a transaction callback: use the transaction handle (tx) it was given.`);
    this.name = 'OuterHandleInTransaction';
  }
}

/** What a query starts from: these are refused on the outer handle while its transaction runs. */
const QUERY_ENTRY_POINTS = new Set<PropertyKey>([
  'select',
  'selectDistinct',
  'selectDistinctOn',
  'insert',
  'update',
  'delete',
  'execute',
  'with',
  'query',
  '$count',
  'transaction',
  'refreshMaterializedView',
]);

/** Wraps a client's handle so that it refuses queries inside its own `inTransaction` callbacks. */
function guarded(db: Db): Db {
  const proxy: Db = new Proxy(db, {
    get(target, property) {
      if (QUERY_ENTRY_POINTS.has(property) && openTransaction.getStore() === proxy) throw new OuterHandleInTransaction(String(property));
      return Reflect.get(target, property, target) as unknown;
    },
  });
  return proxy;
}

/**
 * Runs `body` in one transaction of `db` and hands it the transaction's handle. Inside `body`
 * (and everything it awaits) `db` itself throws `OuterHandleInTransaction` on any query.
 */
export function inTransaction<T>(db: Db, body: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction<T>((tx) => openTransaction.run(db, () => body(tx as unknown as Tx)));
}

interface Handle {
  db: Db;
  kind: DbKind;
  close(): Promise<void>;
}

const KEY = Symbol.for('yibaotong.db');
type Holder = { [KEY]?: Promise<Handle> };

function lockPath(dir: string): string {
  return path.join(dir, 'pglite.lock');
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the embedded database's lock file, or explains who holds it. */
function acquireLock(dir: string): () => void {
  const file = lockPath(dir);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = parseInt(readFileSync(file, 'utf8').trim(), 10);
      if (Number.isInteger(holder) && holder !== process.pid && processAlive(holder)) {
        throw new Error(
          `The embedded database in ${dir} is in use by process ${holder}. ` + 'Stop that process first, or set DATABASE_URL to use a PostgreSQL server.',
        );
      }
      rmSync(file, { force: true }); // stale lock of a process that is gone
    }
  }
  throw new Error(`Could not lock the embedded database in ${dir}.`);
}

async function openPglite(): Promise<Handle> {
  const [{ PGlite }, { drizzle }] = await Promise.all([import('@electric-sql/pglite'), import('drizzle-orm/pglite')]);
  const inMemory = env().PORTAL_DATA_DIR === 'memory';
  let release: () => void = () => {};
  let client;
  if (inMemory) {
    client = await PGlite.create();
  } else {
    const dir = dataDir();
    mkdirSync(dir, { recursive: true });
    release = acquireLock(dir);
    try {
      client = await PGlite.create(path.join(dir, 'pglite'));
    } catch (e) {
      release();
      throw e;
    }
  }
  const db = drizzle({ client, schema }) as unknown as Db;
  await migratePglite(db);
  return {
    db: guarded(db),
    kind: 'pglite',
    async close() {
      await client.close();
      release();
    },
  };
}

async function openPostgres(url: string): Promise<Handle> {
  const [{ default: postgres }, { drizzle }] = await Promise.all([import('postgres'), import('drizzle-orm/postgres-js')]);
  await migratePostgres(url);
  const client = postgres(url, { max: 10, onnotice: () => {}, connection: { application_name: 'yibaotong' } });
  const db = drizzle({ client, schema }) as unknown as Db;
  return {
    db: guarded(db),
    kind: 'postgres',
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}

function holder(): Holder {
  return globalThis as Holder;
}

function open(): Promise<Handle> {
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    throw new Error('The database must not be opened during `next build`.');
  }
  const h = holder();
  if (!h[KEY]) {
    const url = env().DATABASE_URL;
    const opening = url ? openPostgres(url) : openPglite();
    h[KEY] = opening;
    opening.catch(() => {
      if (h[KEY] === opening) delete h[KEY];
    });
  }
  return h[KEY];
}

/** The process's database, migrated. */
export async function getDb(): Promise<Db> {
  return (await open()).db;
}

/** Which kind of database this process uses. */
export async function dbKind(): Promise<DbKind> {
  return (await open()).kind;
}

/** Closes the process's database (scripts and tests; the server keeps it open). */
export async function closeDb(): Promise<void> {
  const h = holder();
  const opening = h[KEY];
  if (!opening) return;
  delete h[KEY];
  await (await opening).close();
}

/** True when the embedded database's folder exists (it has been created before). */
export function embeddedDatabaseExists(): boolean {
  return existsSync(path.join(dataDir(), 'pglite', 'PG_VERSION'));
}

/** The rows of `db.execute(…)`: postgres.js returns them as the result, PGlite as `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export { schema, migrationsFolder };
