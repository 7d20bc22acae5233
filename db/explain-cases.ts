/**
 * Every query of the data layer and of sign-in, sessions and maintenance, as a call on a
 * database handle: db/explain.int.test.ts runs each on a handle that records its statements and
 * EXPLAINs them on the PostgreSQL server (a sequential scan of a per-person table fails it);
 * `npm run bench:scale` times them (db/SCALE.md).
 *
 * ADDING A DATA-LAYER QUERY (lib/dal) — nothing to add in this file:
 *   1. Write it once in lib/dal/queries.ts (or a sibling file in lib/dal) as an exported function
 *      of `(db, personId, …)`.
 *   2. Add an entry to `DATA_LAYER_QUERIES` in lib/dal/queries.ts: a name and a sample call built
 *      from `QuerySample` (person, day, year, institution, now; `writes: true` if it changes
 *      rows). It is mapped into `EXPLAIN_CASES` below. A field added to `QuerySample` must be filled
 *      in db/explain.int.test.ts and scripts/bench-scale.ts (the type checker points at both).
 *      db/explain-cases.test.ts fails when an exported lib/dal function that sends a statement is
 *      called by no entry, or an entry has no case here.
 *   3. If it reads a per-person table that db/synthetic.ts does not fill yet, add synthetic rows
 *      there (the EXPLAIN test refuses to judge a plan on an empty table).
 *   4. With the PostgreSQL server up: `npx vitest run --project integration db/explain.int.test.ts`.
 *      A sequential scan means a missing index: add it in db/schema.ts (leading with person_id,
 *      Citus-ready) and `npm run db:generate -- --name <short_name>`.
 * Queries outside lib/dal (lib/auth, db/maintain.ts) get an entry in `EXPLAIN_CASES` itself.
 */
import type { Db } from './client';
import { DATA_LAYER_QUERIES, type QuerySample } from '../lib/dal/queries';
import { maintain } from './maintain';
import { activeSessions, checkSession, endOtherSessions, signOutEverywhere, startSession } from '../lib/auth/sessions';
import { admitAttempt, lockedUntil, settleFailure, settleSuccess } from '../lib/auth/throttle';
import { checkOwnPassword, signInWithPassword } from '../lib/auth/sign-in';
import { myPasskeys } from '../lib/auth/passkeys';
import { consume, peek, type RateLimitRule } from '../lib/rate-limit';

/** A resident to run the queries for, with a live session, and what the queries take. */
export interface Sample extends QuerySample {
  sid: string;
  sv: number;
  /** An ID number whose hash leads to this person, and its password. */
  idNumber: string;
  password: string;
  subjectHash: string;
}

export interface ExplainCase {
  /** Where the query lives, and what it asks. */
  name: string;
  /** Writes (sign-out, failures, pruning): the benchmark times them on residents of their own. */
  writes?: boolean;
  run(db: Db, s: Sample): PromiseLike<unknown>;
}

/** The EXPLAIN case of the data-layer query named `name` in DATA_LAYER_QUERIES. */
export const dataLayerCaseName = (name: string) => `lib/dal: ${name}`;

/** A rate limit on synthetic client addresses (db/synthetic.ts writes windows for them). */
const RATE_RULE: RateLimitRule = { scope: 'synthetic.client', limit: 60, windowMs: 60_000 };
const clientOf = (s: Sample) => `10.0.${Math.floor(s.personId / 256) % 256}.${s.personId % 256}`;

export const EXPLAIN_CASES: readonly ExplainCase[] = [
  // lib/dal/queries.ts: every query of the data layer, as the data layer lists them.
  ...DATA_LAYER_QUERIES.map((q): ExplainCase => ({ name: dataLayerCaseName(q.name), writes: q.writes, run: (db, s) => q.sample(db, s) })),
  // lib/auth: sign-in, throttling and sessions.
  { name: 'lib/auth/sessions.ts: check and touch a session', run: (db, s) => checkSession(db, s, s.now) },
  { name: 'lib/auth/throttle.ts: is the number locked', run: (db, s) => lockedUntil(db, s.subjectHash, s.now) },
  {
    name: 'lib/auth/sign-in.ts: sign in (look-up by hash, password, throttle, audit)',
    writes: true,
    run: (db, s) => signInWithPassword(db, { idNumber: s.idNumber, password: s.password }, {}, s.now),
  },
  { name: 'lib/auth/throttle.ts: count an attempt before its check', writes: true, run: (db, s) => admitAttempt(db, s.subjectHash, s.now) },
  { name: 'lib/auth/throttle.ts: settle a failure', writes: true, run: (db, s) => settleFailure(db, s.subjectHash, s.now) },
  { name: 'lib/auth/throttle.ts: settle a success', writes: true, run: (db, s) => settleSuccess(db, s.subjectHash, s.now) },
  {
    name: 'lib/auth/sign-in.ts: check a signed-in resident’s own password',
    writes: true,
    run: (db, s) => checkOwnPassword(db, s.personId, s.password, {}, s.now),
  },
  { name: 'lib/auth/sessions.ts: the person’s active sessions', run: (db, s) => activeSessions(db, s.personId, s.now) },
  { name: 'lib/auth/sessions.ts: end the other sessions', writes: true, run: (db, s) => endOtherSessions(db, s.personId, s.sid, 'all_others', s.now) },
  { name: 'lib/auth/passkeys.ts: the person’s passkeys', run: (db, s) => myPasskeys(db, s.personId) },
  { name: 'lib/auth/sessions.ts: start a session', writes: true, run: (db, s) => startSession(db, s.personId, s.now) },
  { name: 'lib/auth/sessions.ts: sign out everywhere', writes: true, run: (db, s) => signOutEverywhere(db, s, s.now) },
  // lib/rate-limit.ts: shared rate limits.
  { name: 'lib/rate-limit.ts: peek at a limit', run: (db, s) => peek(db, RATE_RULE, clientOf(s), s.now) },
  { name: 'lib/rate-limit.ts: count a hit', writes: true, run: (db, s) => consume(db, RATE_RULE, clientOf(s), s.now) },
  // db/maintain.ts: the pruning passes (one small batch each).
  { name: 'db/maintain.ts: prune sessions and throttle rows', writes: true, run: (db, s) => maintain(db, { now: s.now, batch: 100, limit: 100 }) },
];
