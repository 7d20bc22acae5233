/**
 * A second server process for lib/auth/throttle.int.test.ts: signs in `count` times from the
 * client address `ip` (each time with a new, unknown ID number) against the configured database,
 * and prints the outcomes as one JSON line. Run with `--conditions=react-server` (lib/auth is
 * server-only).
 */
import { closeDb, getDb } from '../../../db/client';
import { makeIdNumber } from '../../id-number';
import { signInWithPassword } from '../sign-in';

const [ip = 'unknown', countText = '1', seedText = '0'] = process.argv.slice(2);
const count = Number(countText);
const seed = Number(seedText);
const db = await getDb();
const outcomes: string[] = [];
for (let i = 0; i < count; i += 1) {
  const idNumber = makeIdNumber('440703', '1960-01-01', (seed + i) % 1000);
  const result = await signInWithPassword(db, { idNumber, password: 'not-the-password' }, { ip }, new Date());
  outcomes.push(result.ok ? 'ok' : result.error);
}
await closeDb();
process.stdout.write(`${JSON.stringify(outcomes)}\n`);
