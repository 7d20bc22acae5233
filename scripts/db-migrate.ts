/** `npm run db:migrate`: applies the committed migrations to the configured database. */
import { closeDb, dbKind } from '../db/client';

try {
  const kind = await dbKind(); // opening the client applies the migrations
  console.log(`Migrations applied (${kind === 'pglite' ? 'embedded PostgreSQL' : 'PostgreSQL server'}).`);
  await closeDb();
} catch (e) {
  console.error(`db:migrate: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
