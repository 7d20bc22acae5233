/**
 * Runs once when a server process starts (not during `next build`): installs the request guard
 * (lib/network.ts: the client address from the connection, forwarded headers only from trusted
 * proxies) before any request is handled, then opens the database,
 * which applies the migrations, and fills an empty embedded database with demo residents,
 * so that `next start` alone also serves a working demo. `npm start` has done both already.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const [{ installRequestGuard }, { env: config }] = await Promise.all([import('./lib/network'), import('./lib/env')]);
  installRequestGuard(config().TRUSTED_PROXY_HOPS);
  const [{ getDb, dbKind }, { ensureDemoData }, { isEmbedded }] = await Promise.all([import('./db/client'), import('./db/demo'), import('./lib/env')]);
  const db = await getDb();
  if (isEmbedded()) await ensureDemoData(db);
  console.log(`Database ready (${(await dbKind()) === 'pglite' ? 'embedded PostgreSQL' : 'PostgreSQL server'}).`);
}
