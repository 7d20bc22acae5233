/**
 * `npm run db:seed` (scripts/db-seed.ts): seeds the demo into the configured database for
 * today (`PORTAL_TODAY` when pinned). Refuses, with exit code 1:
 * - a PostgreSQL server (DATABASE_URL) unless PORTAL_DEMO=1 or `--demo`: demo accounts go
 *   into a server database only when asked;
 * - a database that is not empty, unless `--force` — which then replaces the demo data
 *   (demo persons and their rows, demo institutions and communities; the audit log stays),
 *   and still refuses when the database holds non-demo persons.
 * Never prints a full ID number: the accounts are listed in db/seed/DEMO.md.
 */
import type { Db } from '../client';
import { demoAllowed, isEmbedded } from '../../lib/env';
import { today } from '../../lib/clock';
import { DEMO_PASSWORD, countNonDemoPersons, isDatabaseEmpty, seedDemo } from './index';

export interface SeedCommandIo {
  log(line: string): void;
  error(line: string): void;
  /** Opens the configured database (scripts: `getDb`; tests: their fresh database). */
  openDb(): Promise<Db>;
}

const USAGE = 'Usage: npm run db:seed [-- --force] [-- --demo]';

/** Runs the command; returns the exit code. */
export async function runSeedCommand(args: readonly string[], io: SeedCommandIo): Promise<number> {
  const known = new Set(['--force', '--demo', '--help', '-h']);
  const unknown = args.filter((a) => !known.has(a));
  if (unknown.length > 0) {
    io.error(`Unknown option ${unknown.join(' ')}. ${USAGE}`);
    return 1;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.log(
      `${USAGE}\n  --force  replace the demo data of a database that is not empty (never real residents)\n  --demo   allow demo accounts in the PostgreSQL server at DATABASE_URL (or set PORTAL_DEMO=1)`,
    );
    return 0;
  }
  const force = args.includes('--force');
  if (!isEmbedded() && !demoAllowed() && !args.includes('--demo')) {
    io.error('Refusing to seed demo accounts into the PostgreSQL server at DATABASE_URL: set PORTAL_DEMO=1 or pass --demo.');
    return 1;
  }
  const db = await io.openDb();
  const empty = await isDatabaseEmpty(db);
  if (!empty && !force) {
    io.error('The database is not empty; nothing was changed. To replace the demo data run: npm run db:seed -- --force');
    return 1;
  }
  if (!empty) {
    const real = await countNonDemoPersons(db);
    if (real > 0) {
      io.error(`Refusing: the database holds ${real} non-demo persons; --force only replaces demo data.`);
      return 1;
    }
  }
  const day = today();
  const counts = await seedDemo(db, { today: day, onProgress: (m) => io.log(m), replace: !empty });
  io.log(
    `Done: ${counts.persons} demo accounts, ${counts.institutions} institutions, ` +
      `${counts.contributionRecords} contribution records, ${counts.claims} claims (histories as of ${day}).`,
  );
  io.log(`Demo accounts and their ID numbers: db/seed/DEMO.md. Password of every demo account: ${DEMO_PASSWORD}`);
  return 0;
}
