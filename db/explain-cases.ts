/**
 * Every query of the data layer and of sign-in, sessions and maintenance, as a call on a
 * database handle: db/explain.int.test.ts runs each on a handle that records its statements and
 * EXPLAINs them on the PostgreSQL server; `npm run bench:scale` times them. The data layer's
 * queries come from its own list (`DATA_LAYER_QUERIES`): a query added there is covered here.
 */
import type { Db } from './client';
import { DATA_LAYER_QUERIES } from '../lib/dal/queries';
import { maintain } from './maintain';
import { activeSessions, checkSession, endOtherSessions, signOutEverywhere, startSession } from '../lib/auth/sessions';
import { admitAttempt, lockedUntil, settleFailure, settleSuccess } from '../lib/auth/throttle';
import { checkOwnPassword, signInWithPassword } from '../lib/auth/sign-in';
import { myPasskeys } from '../lib/auth/passkeys';

/** A resident to run the queries for, with a live session, and what the queries take. */
export interface Sample {
  personId: number;
  sid: string;
  sv: number;
  /** An ID number whose hash leads to this person, and its password. */
  idNumber: string;
  password: string;
  subjectHash: string;
  institutionId: string;
  year: number;
  today: string;
  now: Date;
}

export interface ExplainCase {
  /** Where the query lives, and what it asks. */
  name: string;
  /** Writes (sign-out, failures, pruning): the benchmark times them on residents of their own. */
  writes?: boolean;
  run(db: Db, s: Sample): PromiseLike<unknown>;
}

export const EXPLAIN_CASES: readonly ExplainCase[] = [
  // lib/dal/queries.ts: every query of the data layer, as the data layer lists them.
  ...DATA_LAYER_QUERIES.map((q): ExplainCase => ({ name: `lib/dal/queries.ts: ${q.name}`, run: (db, s) => q.sample(db, s) })),
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
  // db/maintain.ts: the pruning passes (one small batch each).
  { name: 'db/maintain.ts: prune sessions and throttle rows', writes: true, run: (db, s) => maintain(db, { now: s.now, batch: 100, limit: 100 }) },
];
