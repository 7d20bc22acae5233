/**
 * The browser tests' server, started and stopped by Playwright's webServer (playwright.config.ts):
 * `next start` on a free port (`-p 0`; Playwright reads the port from its "Local:" line), with
 * everything it prints also appended to E2E_SERVER_LOG, which the leak test scans.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { nextBin } from './build';

const logFile = process.env.E2E_SERVER_LOG;
if (!logFile) throw new Error('E2E_SERVER_LOG is not set: run the browser tests with `npm run test:e2e`');

const log = createWriteStream(logFile, { flags: 'a' });
// Plain text in the log: Playwright sets FORCE_COLOR for its servers.
const { FORCE_COLOR: _color, ...env } = process.env;
const server = spawn(process.execPath, [nextBin, 'start', '-p', '0'], { env: { ...env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
const copy = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
  log.write(chunk);
  to.write(chunk);
};
server.stdout.on('data', copy(process.stdout));
server.stderr.on('data', copy(process.stderr));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => log.end(() => process.exit(code ?? (signal ? 0 : 1))));
