/**
 * `npm test`: every suite, then one line `N passed, N failed`.
 *   1. type check (tsc)            2. lint: ESLint and `prettier --check` (one check)
 *   3–4. unit tests under TZ=UTC and TZ=Asia/Shanghai
 *   5. integration tests (PGlite, or the PostgreSQL server when DATABASE_URL is set)
 *   6. browser tests (builds the portal; installs Debian's chromium if no browser exists)
 *   7. leak check: no full ID number in anything this run printed or the server logged
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeFinding, findIdNumbers } from './leak-scan';

const root = process.cwd();
const out = path.join(root, '.test-output');
mkdirSync(out, { recursive: true });
const bin = (pkg: string, file: string) => path.join(root, 'node_modules', pkg, file);
const transcript: string[] = [];

interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
  note?: string;
}

function run(command: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, command, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const tee = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      transcript.push(chunk.toString());
      stream.write(chunk);
    };
    child.stdout.on('data', tee(process.stdout));
    child.stderr.on('data', tee(process.stderr));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

async function vitest(name: string, project: string, env: Record<string, string>): Promise<SuiteResult> {
  const file = path.join(out, `${name.replace(/\W+/g, '-')}.json`);
  const code = await run([bin('vitest', 'vitest.mjs'), 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], env);
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(file);
  if (!report) return { name, passed: 0, failed: 1, note: `vitest exited with ${code} and wrote no report` };
  const skipped = report.numPendingTests + report.numTodoTests;
  const failed = report.numFailedTests + skipped + (code !== 0 && report.numFailedTests === 0 ? 1 : 0);
  return { name, passed: report.numPassedTests, failed, ...(skipped ? { note: `${skipped} skipped or todo (counted as failed)` } : {}) };
}

/** Type check, lint and the unit tests (twice, in two time zones): nothing in them reads a database. */
async function databaseFreeSuites(results: SuiteResult[]): Promise<void> {
  console.log('\n== 1/7 Type check');
  const tsc = await run([bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.json']);
  results.push({ name: 'type check', passed: tsc === 0 ? 1 : 0, failed: tsc === 0 ? 0 : 1 });

  console.log('\n== 2/7 Lint: eslint + prettier --check');
  const eslint = await run([bin('eslint', 'bin/eslint.js'), '--max-warnings=0', '.']);
  const prettier = await run([bin('prettier', 'bin/prettier.cjs'), '--check', '.']);
  const lintNote = [eslint === 0 ? '' : 'eslint found problems', prettier === 0 ? '' : 'unformatted files (npm run format)'].filter(Boolean).join('; ');
  results.push({ name: 'lint: eslint + prettier --check', passed: lintNote ? 0 : 1, failed: lintNote ? 1 : 0, ...(lintNote ? { note: lintNote } : {}) });

  console.log('\n== 3/7 Unit tests (TZ=UTC)');
  results.push(await vitest('unit TZ=UTC', 'unit', { TZ: 'UTC' }));
  console.log('\n== 4/7 Unit tests (TZ=Asia/Shanghai)');
  results.push(await vitest('unit TZ=Asia-Shanghai', 'unit', { TZ: 'Asia/Shanghai' }));
}

async function main(): Promise<void> {
  const results: SuiteResult[] = [];
  const dbKind = process.env.DATABASE_URL ? 'PostgreSQL server' : 'PGlite';
  // TEST_SUITES=database: only the suites whose outcome depends on the database (integration,
  // browser, leak check). .ci/run uses it for its second run, on the PostgreSQL server: type
  // check, lint and unit tests read no database and ran already in the first.
  const databaseOnly = process.env.TEST_SUITES === 'database';
  if (databaseOnly) console.log('\n== 1–4/7 Type check, lint and unit tests: not run again (TEST_SUITES=database)');
  else await databaseFreeSuites(results);

  console.log(`\n== 5/7 Integration tests (${dbKind})`);
  results.push(await vitest(`integration ${dbKind}`, 'integration', {}));

  console.log(`\n== 6/7 Browser tests (${dbKind})`);
  const e2eCode = await run([bin('tsx', 'dist/cli.mjs'), 'scripts/e2e.ts']);
  const e2eDir = path.join(out, `e2e-${process.env.DATABASE_URL ? 'postgres' : 'pglite'}`);
  const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(path.join(e2eDir, 'results.json'));
  if (!e2e) results.push({ name: `browser ${dbKind}`, passed: 0, failed: 1, note: `e2e exited with ${e2eCode} and wrote no report` });
  else {
    const failed = e2e.stats.unexpected + e2e.stats.flaky + e2e.stats.skipped + (e2eCode !== 0 && e2e.stats.unexpected === 0 ? 1 : 0);
    results.push({ name: `browser ${dbKind}`, passed: e2e.stats.expected, failed });
  }

  console.log("\n== 7/7 Leak check: no full ID number in the test run's output or the server log");
  const { DEMO_ACCOUNTS } = await import('../db/seed');
  const known = DEMO_ACCOUNTS.map((a) => a.idNumber);
  const texts = [transcript.join('')];
  for (const dir of readdirSync(out).filter((d) => d.startsWith('e2e-'))) {
    const log = path.join(out, dir, 'server.log');
    if (existsSync(log)) texts.push(readFileSync(log, 'utf8'));
  }
  const leaks = findIdNumbers(texts.join('\n'), known);
  results.push({
    name: 'leak check',
    passed: leaks.length === 0 ? 1 : 0,
    failed: leaks.length === 0 ? 0 : 1,
    ...(leaks.length ? { note: `full ID numbers found: ${leaks.map(describeFinding).join(', ')}` } : {}),
  });

  const passed = results.reduce((s, r) => s + r.passed, 0);
  const failed = results.reduce((s, r) => s + r.failed, 0);
  console.log('\nSummary');
  for (const r of results) console.log(`  ${r.failed ? '✗' : '✓'} ${r.name.padEnd(32)} ${r.passed} passed, ${r.failed} failed${r.note ? ` — ${r.note}` : ''}`);
  writeFileSync(path.join(out, 'summary.json'), `${JSON.stringify({ passed, failed, suites: results }, null, 2)}\n`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((e: unknown) => {
  console.error(`npm test: ${e instanceof Error ? e.message : String(e)}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
