import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closeDb } from '../../db/client';
import { createTestDatabase, type CreatedTestDatabase } from '../../db/testing';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
let database: CreatedTestDatabase;

beforeAll(async () => {
  await closeDb();
  database = await createTestDatabase({
    serverUrl: process.env.DATABASE_URL,
    dataDir: mkdtempSync(path.join(tmpdir(), 'yb-throttle-')),
    prefix: 'yb_throttle',
  });
});
afterAll(async () => {
  await database.drop();
});

/** Runs the worker (a server process of its own) and returns its outcomes. */
function worker(ip: string, count: number, seed: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [tsx, '--conditions=react-server', path.join(root, 'lib/auth/testing/sign-in-worker.ts'), ip, String(count), String(seed)],
      {
        env: { ...process.env, ...database.env, SIGN_IN_CLIENT_LIMIT: '6', SIGN_IN_CLIENT_WINDOW_SECONDS: '900', NODE_ENV: 'test' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as string[]) : reject(new Error(`worker exited with ${code}`)),
    );
  });
}

describe('the per-client limit across server processes', () => {
  it('holds across two processes (and a restart): the 7th attempt from one address is refused, another address is not', async () => {
    // Embedded PGlite is one process at a time: the processes take turns; on the server they also run at once below.
    const first = await worker('203.0.113.7', 4, 0);
    const second = await worker('203.0.113.7', 4, 100);
    expect(first).toEqual(['CredentialsSignin', 'CredentialsSignin', 'CredentialsSignin', 'CredentialsSignin']);
    expect(second).toEqual(['CredentialsSignin', 'CredentialsSignin', 'throttled', 'throttled']);
    expect(await worker('198.51.100.9', 1, 200)).toEqual(['CredentialsSignin']);
    if (process.env.DATABASE_URL) {
      // Two processes at once on the PostgreSQL server: 6 attempts allowed in all, however they interleave.
      const [a, b] = await Promise.all([worker('192.0.2.44', 5, 300), worker('192.0.2.44', 5, 400)]);
      expect([...a, ...b].filter((o) => o === 'CredentialsSignin')).toHaveLength(6);
      expect([...a, ...b].filter((o) => o === 'throttled')).toHaveLength(4);
    }
  }, 120_000);
});
