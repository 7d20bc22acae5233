import { defineConfig } from '@playwright/test';
import { SYSTEM_CHROMIUM_ARGS } from './scripts/browser';

/**
 * Browser tests against a running portal. `npm run test:e2e` (scripts/e2e.ts) prepares a fresh
 * database with the demo residents, starts the server, and sets E2E_BASE_URL, E2E_CHROMIUM
 * ('' = Playwright's own browser) and E2E_OUTPUT.
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
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:3210',
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
