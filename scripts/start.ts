/**
 * `npm start`: build if needed, migrate, seed the demo residents into an empty embedded
 * database, then serve http://localhost:3000 (or PORT). Each step says what it does.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt, nextBin } from './build';

const root = process.cwd();
const port = process.env.PORT ?? '3000';

function step(n: number, text: string): void {
  console.log(`\n[${n}/4] ${text}`);
}

async function main(): Promise<void> {
  step(1, 'Build');
  console.log('      Checking the build (the first build takes about a minute)…');
  console.log((await ensureBuilt()) ? '      Built.' : '      The build is up to date.');

  // Imported only now: nothing opens the database before the build has finished.
  const { closeDb, dbKind, getDb } = await import('../db/client');
  const { ensureDemoData } = await import('../db/demo');
  const { isEmbedded, dataDir } = await import('../lib/env');
  const { DEMO_PASSWORD } = await import('../db/seed');

  step(2, 'Migrate the database');
  const db = await getDb();
  const kind = await dbKind();
  console.log(
    kind === 'pglite'
      ? `      Embedded PostgreSQL in ${path.relative(root, dataDir())}/pglite: up to date.`
      : '      PostgreSQL server (DATABASE_URL): up to date.',
  );
  console.log(await (await import('../db/maintain')).maintainAtStart(db)); // prune sessions and throttle rows, ready the audit log's months

  step(3, 'Demo residents');
  const outcome = await ensureDemoData(db, (message) => console.log(`      ${message}`));
  console.log(
    {
      seeded: '      Demo residents loaded.',
      has_data: '      The database already has data; nothing loaded.',
      not_demo: '      A server database gets no demo data (set PORTAL_DEMO=1 and run `npm run db:seed` to add it).',
    }[outcome],
  );
  await closeDb(); // the server process opens it next (PGlite allows one process)

  step(4, `Serve on port ${port}`);
  const server = spawn(process.execPath, [nextBin, 'start', '-p', port], { stdio: ['inherit', 'pipe', 'inherit'], env: process.env });
  let announced = false;
  server.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /Ready|started server/i.test(chunk.toString())) {
      announced = true;
      console.log(`\n  医保通 is running: open http://localhost:${port}`);
      if (isEmbedded()) {
        console.log(`  Sign in with a demo resident's ID number from README.md ("Demo accounts"); password: ${DEMO_PASSWORD}`);
      }
      console.log('  Stop with Ctrl+C.\n');
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((e: unknown) => {
  console.error(`\nnpm start failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
