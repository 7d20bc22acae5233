/**
 * `npm run test:e2e [-- <spec file or Playwright option>…]`: browser tests against the built
 * portal on a fresh database with the demo residents — embedded PGlite in a new folder, or,
 * with DATABASE_URL, a new database on that PostgreSQL server (dropped afterwards), seeded here;
 * each demo resident's rows are recorded for the tests (scripts/e2e-dump.ts) before the server starts. Playwright's webServer (playwright.config.ts)
 * starts the portal on a free port and stops it; its output goes to server.log in the output
 * folder, which the leak test scans for full ID numbers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createTestDatabase } from '../db/testing';
import { resolveChromium } from './browser';
import { ensureBuilt } from './build';

const root = process.cwd();
const kind = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const output = path.join(root, '.test-output', `e2e-${kind}`);
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

async function main(): Promise<number> {
  rmSync(output, { recursive: true, force: true });
  mkdirSync(output, { recursive: true });
  const chromium = await resolveChromium();
  console.log(`Browser: ${chromium || "Playwright's Chromium"}`);
  console.log((await ensureBuilt()) ? 'Built the portal.' : 'The build is up to date.');

  const database = await createTestDatabase({ serverUrl: process.env.DATABASE_URL, dataDir: path.join(output, 'data'), prefix: 'yb_e2e' });
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...database.env,
      E2E_CHROMIUM: chromium,
      E2E_OUTPUT: output,
      E2E_SERVER_LOG: path.join(output, 'server.log'),
      E2E_DB_ROWS: path.join(output, 'db-rows.json'),
    };
    // Seed here (the embedded database too), then record each demo resident's rows for the
    // tests (e2e/db-rows.ts) before the server opens the database.
    const seed = spawn(process.execPath, [tsx, 'scripts/db-seed.ts', ...(database.kind === 'postgres' ? ['--demo'] : [])], {
      env: { ...env, NODE_ENV: 'production' },
      stdio: 'inherit',
    });
    if ((await exitOf(seed)) !== 0) throw new Error('seeding the e2e database failed');
    const dump = spawn(process.execPath, [tsx, 'scripts/e2e-dump.ts'], { env: { ...env, NODE_ENV: 'production' }, stdio: 'inherit' });
    if ((await exitOf(dump)) !== 0) throw new Error('recording the e2e database rows failed');
    const playwright = spawn(process.execPath, [path.join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', ...process.argv.slice(2)], {
      env,
      stdio: 'inherit',
    });
    return await exitOf(playwright);
  } finally {
    await database.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`e2e: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
