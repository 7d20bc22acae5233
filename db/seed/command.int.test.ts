import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { freshDatabase, type TestDatabase } from '../testing';
import { persons, portalMeta } from '../schema';
import { resetEnvForTests } from '../../lib/env';
import { runSeedCommand } from './command';
import { DEMO_ACCOUNTS } from './index';

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(async () => {
  await t.cleanup();
});

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSeedCommand(args, { log: (l) => out.push(l), error: (l) => err.push(l), openDb: () => Promise.resolve(t.db) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs `body` with some environment variables changed, then puts them back. */
async function withEnv(vars: Record<string, string | undefined>, body: () => Promise<void>) {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const apply = (v: Record<string, string | undefined>) => {
    for (const [k, value] of Object.entries(v)) {
      if (value === undefined) delete process.env[k];
      else process.env[k] = value;
    }
    resetEnvForTests();
  };
  apply(vars);
  try {
    await body();
  } finally {
    apply(saved);
  }
}

const noFullIdNumber = (text: string) => DEMO_ACCOUNTS.every((a) => !text.includes(a.idNumber.slice(0, 17)));

describe('npm run db:seed (runSeedCommand)', () => {
  it('refuses a server database unless demo data is allowed there', async () => {
    await withEnv({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/not_opened', PORTAL_DEMO: undefined }, async () => {
      const r = await run([]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/PORTAL_DEMO=1 or pass --demo/);
    });
  });

  it('seeds an empty database for the pinned day, then refuses to seed it again', async () => {
    await withEnv({ PORTAL_TODAY: '2025-11-15' }, async () => {
      const first = await run([]);
      expect(first.code).toBe(0);
      expect(first.out).toMatch(/DEMO\.md/);
      expect(noFullIdNumber(first.out + first.err)).toBe(true);
      const again = await run([]);
      expect(again.code).toBe(1);
      expect(again.err).toMatch(/not empty.*--force/);
    });
  });

  it('replaces the demo data with --force', async () => {
    await withEnv({ PORTAL_TODAY: '2027-03-01' }, async () => {
      const r = await run(['--force']);
      expect(r.code).toBe(0);
      const [meta] = await t.db.select().from(portalMeta).where(eq(portalMeta.key, 'demo'));
      expect(meta!.value).toEqual({ seededFor: '2027-03-01', accounts: DEMO_ACCOUNTS.length });
      expect((await t.db.select().from(persons)).length).toBe(DEMO_ACCOUNTS.length);
    });
  });

  it('refuses --force when the database holds real (non-demo) persons', async () => {
    await t.db.insert(persons).values({
      idMasked: '44***************2',
      name: '真实居民',
      sex: 'female',
      birthDate: '1980-01-01',
      region: 'jiangmen',
      hukouDistrict: '440703',
      retirementGroup: 'female_55',
    });
    const r = await run(['--force']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/1 non-demo persons/);
    expect((await t.db.select().from(persons)).length).toBe(DEMO_ACCOUNTS.length + 1);
  });

  it('refuses unknown options', async () => {
    const r = await run(['--everything']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Unknown option --everything/);
  });
});

describe('scripts/db-seed.ts', () => {
  it('seeds a fresh embedded database, then refuses it without --force (exit code 1)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'yb-seed-'));
    try {
      const env = { ...process.env, PORTAL_DATA_DIR: dir, PORTAL_TODAY: '2025-11-15', PORTAL_DEMO: undefined, DATABASE_URL: undefined };
      const seed = (args: string[]) =>
        spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-seed.ts', ...args], { env, encoding: 'utf8', timeout: 120_000 });
      const first = seed([]);
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/Done: \d+ demo accounts/);
      const second = seed([]);
      expect(second.status).toBe(1);
      expect(second.stderr).toMatch(/not empty/);
      expect(noFullIdNumber(first.stdout + first.stderr + second.stdout + second.stderr)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
