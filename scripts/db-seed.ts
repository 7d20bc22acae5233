/** `npm run db:seed [-- --force] [-- --demo]`: seeds the demo data (see db/seed/command.ts). */
import { closeDb, getDb } from '../db/client';
import { runSeedCommand } from '../db/seed/command';

let code = 1;
try {
  code = await runSeedCommand(process.argv.slice(2), {
    log: (line) => console.log(line),
    error: (line) => console.error(line),
    openDb: getDb,
  });
} catch (e) {
  console.error(`Seeding failed, nothing was written: ${e instanceof Error ? e.message : String(e)}`);
  code = 1;
} finally {
  await closeDb();
}
process.exitCode = code;
