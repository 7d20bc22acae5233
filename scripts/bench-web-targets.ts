/**
 * JSON POST targets of `npm run bench:web` (scripts/bench-web.ts), measured signed in next to
 * the pages: `{ name, path, body }`, posted as `application/json` with the session cookie and the
 * portal's own Origin. Add an API endpoint here when it should be measured (the public API adds
 * its own).
 */
import { WORKED_EXAMPLES } from '../lib/policy/openapi';

export interface BenchPostTarget {
  /** Shown in the table. */
  name: string;
  /** A path on the portal, e.g. `/api/…`. */
  path: `/${string}`;
  /** Sent as JSON. */
  body: unknown;
}

export const BENCH_POST_TARGETS: BenchPostTarget[] = [
  // The public estimates API (lib/public-api.ts): RULES.md worked examples 2 and 7. The server
  // must run with a high API_RATE_LIMIT, or most answers are 429.
  { name: 'estimates/inpatient', path: '/api/v1/estimates/inpatient', body: WORKED_EXAMPLES.inpatient.example2.value },
  { name: 'estimates/outpatient', path: '/api/v1/estimates/outpatient', body: WORKED_EXAMPLES.outpatient.example7.value },
];
