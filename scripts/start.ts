/**
 * `npm start`: build if needed, migrate, seed the demo residents into an empty embedded
 * database, then serve http://localhost:3000 (or PORT). Each step says what it does.
 *
 * This script does steps 1–3 and exits; package.json then `exec`s `next start` in its place
 * (`node --import tsx scripts/start.ts && exec node …/next start`), so that only the server
 * runs afterwards: not this process, which held the build's and the seeding's memory (about
 * 890 MiB after seeding), nor a tsx wrapper. Next.js reads PORT itself.
 */
import path from 'node:path';
import { ensureBuilt } from './build';

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
  console.log(`      Starting the server: when it says "Ready", open http://localhost:${port}`);
  if (isEmbedded()) console.log(`      Sign in with a demo resident's ID number from README.md ("Demo accounts"); password: ${DEMO_PASSWORD}`);
  console.log('      Stop with Ctrl+C.\n');
}

main().then(
  () => process.exit(0), // nothing may keep this process alive: the server takes its place
  (e: unknown) => {
    console.error(`\nnpm start failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
