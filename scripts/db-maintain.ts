/** `npm run db:maintain [-- --batch N] [-- --limit N]`: prunes state and readies the audit log (db/maintain.ts). */
import { closeDb, getDb } from '../db/client';
import { runMaintainCommand } from '../db/maintain';

let code = 1;
try {
  code = await runMaintainCommand(process.argv.slice(2), {
    log: (line) => console.log(line),
    error: (line) => console.error(line),
    openDb: getDb,
    now: () => new Date(),
  });
} catch (e) {
  console.error(`db:maintain failed: ${e instanceof Error ? e.message : String(e)}`);
  code = 1;
} finally {
  await closeDb();
}
process.exitCode = code;
