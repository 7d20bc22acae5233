/** `npm run db:archive -- --before YYYY-MM [--retention-years N] [--dir PATH] [--keep]` (db/archive.ts). */
import path from 'node:path';
import { closeDb, getDb } from '../db/client';
import { runArchiveCommand } from '../db/archive';
import { dataDir } from '../lib/env';

let code = 1;
try {
  code = await runArchiveCommand(process.argv.slice(2), {
    log: (line) => console.log(line),
    error: (line) => console.error(line),
    openDb: getDb,
    now: () => new Date(),
    defaultDir: path.join(dataDir(), 'audit-archive'),
  });
} catch (e) {
  console.error(`db:archive stopped: ${e instanceof Error ? e.message : String(e)} (months already archived stay archived; run it again to go on)`);
  code = 1;
} finally {
  await closeDb();
}
process.exitCode = code;
