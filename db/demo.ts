/**
 * Demo data on first start: an empty embedded database is filled with the demo residents.
 * A server database (DATABASE_URL) never gets demo data unless PORTAL_DEMO=1 says so.
 */
import type { Db } from './client';
import { demoAllowed } from '../lib/env';
import { today } from '../lib/clock';
import { isDatabaseEmpty, seedDemo } from './seed';

export type DemoOutcome = 'seeded' | 'has_data' | 'not_demo';

export async function ensureDemoData(db: Db, onProgress?: (message: string) => void): Promise<DemoOutcome> {
  if (!demoAllowed()) return 'not_demo';
  if (!(await isDatabaseEmpty(db))) return 'has_data';
  await seedDemo(db, { today: today(), ...(onProgress ? { onProgress } : {}) });
  return 'seeded';
}
