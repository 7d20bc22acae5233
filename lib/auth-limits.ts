/**
 * The limits of sessions and sign-in throttling, in one place that is not server-only: the
 * session and throttle modules (lib/auth, server-only) enforce them, and `npm run db:maintain`
 * (db/maintain.ts, run by `npm start` and from cron with tsx, outside React Server Components)
 * prunes by them.
 */

/** A session ends after 30 minutes without a request… */
export const IDLE_MS = 30 * 60 * 1000;
/** …and 12 hours after sign-in, whatever happens. */
export const ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/**
 * last_seen_at is written at most this often per session: the idle limit is kept to within this
 * (a session may end up to a minute before 30 minutes of real idleness, never after).
 */
export const TOUCH_MS = 60 * 1000;

/** 5 failures within 15 minutes lock the ID number for 15 minutes. */
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;
