/**
 * JSON POST targets of `npm run bench:web` (scripts/bench-web.ts), measured signed in next to
 * the pages: `{ name, path, body }`, posted as `application/json` with the session cookie and the
 * portal's own Origin. Add an API endpoint here when it should be measured (the public API adds
 * its own).
 */
export interface BenchPostTarget {
  /** Shown in the table. */
  name: string;
  /** A path on the portal, e.g. `/api/…`. */
  path: `/${string}`;
  /** Sent as JSON. */
  body: unknown;
}

export const BENCH_POST_TARGETS: BenchPostTarget[] = [];
