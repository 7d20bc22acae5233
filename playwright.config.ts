import { defineConfig } from '@playwright/test';
import { SYSTEM_CHROMIUM_ARGS } from './scripts/browser';

/**
 * Browser tests against the built portal. `npm run test:e2e` (scripts/e2e.ts) builds it, prepares
 * a fresh database with the demo residents, and sets E2E_CHROMIUM ('' = Playwright's own
 * browser), E2E_OUTPUT and E2E_SERVER_LOG; the webServer below then runs `next start` on a free
 * port (scripts/e2e-server.ts) and waits until its database is ready. Playwright puts the port it
 * read into E2E_PORT before the test workers start.
 */
const executablePath = process.env.E2E_CHROMIUM || undefined;
const output = process.env.E2E_OUTPUT ?? '.test-output/e2e';

export default defineConfig({
  testDir: './e2e',
  outputDir: `${output}/artifacts`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: `${output}/results.json` }]],
  webServer: {
    command: `${JSON.stringify(process.execPath)} node_modules/tsx/dist/cli.mjs scripts/e2e-server.ts`,
    wait: { stdout: /Local:\s+http:\/\/localhost:(?<e2e_port>\d+)[\s\S]*Database ready/ },
    // Every browser test signs in from 127.0.0.1: the per-client limit (tested in lib/auth/throttle.int.test.ts) stays out of their way.
    // PORTAL_TEST_CLOCK: a test may pin a request's date with a cookie (lib/test-clock.ts; never in production).
    env: { NODE_ENV: 'production', PORTAL_DEMO: '1', SIGN_IN_CLIENT_LIMIT: '100000', PORTAL_TEST_CLOCK: '1' },
    stdout: 'ignore',
    stderr: 'pipe',
    timeout: 120_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
  use: {
    baseURL: `http://localhost:${process.env.E2E_PORT ?? 'unknown-port'}`,
    locale: 'zh-CN',
    javaScriptEnabled: true,
    trace: 'retain-on-failure',
    launchOptions: executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {},
  },
  projects: [
    { name: 'browser', testMatch: /.*\.spec\.ts/, testIgnore: /leaks\.spec\.ts/ },
    // Runs last: scans everything the browser received and the server logged for full ID numbers.
    { name: 'leaks', testMatch: /leaks\.spec\.ts/, dependencies: ['browser'] },
  ],
});
