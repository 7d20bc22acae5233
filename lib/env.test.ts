import { afterEach, describe, expect, it } from 'vitest';
import { isProduction, portalSecrets, resetEnvForTests } from './env';
import { pinnedToday, today } from './clock';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

function setEnv(vars: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvForTests();
}

describe('configuration', () => {
  it('production is NODE_ENV=production on a server database not marked as demo', () => {
    setEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x@h/db', PORTAL_DEMO: undefined });
    expect(isProduction()).toBe(true);
    setEnv({ PORTAL_DEMO: '1' });
    expect(isProduction()).toBe(false);
    setEnv({ PORTAL_DEMO: undefined, DATABASE_URL: undefined });
    expect(isProduction()).toBe(false); // the embedded database is always the demo
  });

  it('production refuses to run without its secrets', () => {
    setEnv({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://x@h/db',
      PORTAL_DEMO: undefined,
      NEXTAUTH_SECRET: undefined,
      AUTH_SECRET: undefined,
      ID_HASH_KEY: undefined,
    });
    expect(() => portalSecrets()).toThrow(/NEXTAUTH_SECRET/);
  });

  it('refuses a malformed setting with a message naming it', () => {
    setEnv({ PORTAL_TODAY: '2025/11/15' });
    expect(() => today()).toThrow(/PORTAL_TODAY/);
  });

  it('pins today for tests and the demo, never in production', () => {
    setEnv({ NODE_ENV: 'test', DATABASE_URL: undefined, PORTAL_TODAY: '2025-11-15' });
    expect(today()).toBe('2025-11-15');
    setEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x@h/db', PORTAL_DEMO: undefined });
    expect(pinnedToday()).toBeUndefined();
    expect(today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('the clock', () => {
  it('answers in Asia/Shanghai whatever the machine zone', async () => {
    const { shanghaiDate } = await import('./clock');
    // 2025-06-30 20:30 UTC is already 1 July in Beijing.
    expect(shanghaiDate(new Date('2025-06-30T20:30:00Z'))).toBe('2025-07-01');
    expect(shanghaiDate(new Date('2025-06-30T15:59:59Z'))).toBe('2025-06-30');
  });
});
