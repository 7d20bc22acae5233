/**
 * `npm run test:e2e`: browser tests against the built portal on a fresh database with the
 * demo residents — embedded PGlite in a temporary folder, or, with DATABASE_URL, a new
 * database on that PostgreSQL server (dropped afterwards). The server's output goes to a log
 * file that the leak test scans for full ID numbers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ensureBuilt, nextBin } from './build';
import { resolveChromium } from './browser';

const root = process.cwd();
const baseUrlEnv = process.env.DATABASE_URL;
const kind = baseUrlEnv ? 'postgres' : 'pglite';
const output = path.join(root, '.test-output', `e2e-${kind}`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

async function waitUntilUp(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the portal exited with code ${server.exitCode} (see ${path.join(output, 'server.log')})`);
    try {
      const r = await fetch(url, { redirect: 'manual' });
      if (r.status < 500) return;
    } catch {
      /* not yet listening */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the portal did not answer at ${url} within ${timeoutMs / 1000} s`);
}

async function main(): Promise<number> {
  rmSync(output, { recursive: true, force: true });
  mkdirSync(output, { recursive: true });
  const chromium = await resolveChromium();
  console.log(`Browser: ${chromium || "Playwright's Chromium"}`);
  console.log((await ensureBuilt()) ? 'Built the portal.' : 'The build is up to date.');

  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PORTAL_DEMO: '1' };
  let dropDatabase = async () => {};
  if (baseUrlEnv) {
    // A database of our own on the server, with the demo residents.
    const { default: postgres } = await import('postgres');
    const name = `yb_e2e_${randomBytes(4).toString('hex')}`;
    const admin = postgres(baseUrlEnv, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(baseUrlEnv);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    };
    const seed = spawn(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/db-seed.ts', '--demo'], {
      env,
      stdio: 'inherit',
    });
    if ((await exitOf(seed)) !== 0) throw new Error('seeding the e2e database failed');
  } else {
    env.PORTAL_DATA_DIR = path.join(output, 'data'); // seeded by the server on first start
  }

  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const log = createWriteStream(path.join(output, 'server.log'));
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.pipe(log, { end: false });
  server.stderr.pipe(log, { end: false });
  try {
    await waitUntilUp(`${baseUrl}/signin`, server, 120_000);
    const playwright = spawn(process.execPath, [path.join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: {
        ...process.env,
        E2E_BASE_URL: baseUrl,
        E2E_CHROMIUM: chromium,
        E2E_OUTPUT: output,
        E2E_SERVER_LOG: path.join(output, 'server.log'),
        E2E_DB_KIND: kind,
      },
    });
    return await exitOf(playwright);
  } finally {
    server.kill('SIGTERM');
    await Promise.race([exitOf(server), new Promise((r) => setTimeout(r, 10_000))]);
    log.end();
    await dropDatabase();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`e2e: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
