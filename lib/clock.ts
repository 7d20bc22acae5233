/**
 * The one clock. Everything that depends on today (current year, choice windows,
 * entitlement) asks this module, which answers in Asia/Shanghai time whatever the
 * machine's zone. Tests and the demo may pin the date with PORTAL_TODAY=YYYY-MM-DD;
 * production ignores it.
 */
import { env, isProduction } from './env';

const SHANGHAI_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Asia/Shanghai at the instant `at` (YYYY-MM-DD). */
export function shanghaiDate(at: Date): string {
  return SHANGHAI_DATE.format(at);
}

/** The real current instant (sessions, locks and audit times use real time). */
export function now(): Date {
  return new Date();
}

/** The pinned date, when one applies. */
export function pinnedToday(): string | undefined {
  const pinned = env().PORTAL_TODAY;
  return pinned !== undefined && !isProduction() ? pinned : undefined;
}

/** Today's date in Asia/Shanghai, or the pinned date. */
export function today(): string {
  return pinnedToday() ?? shanghaiDate(now());
}

/** This insurance year (the calendar year of today). */
export function currentYear(): number {
  return parseInt(today().slice(0, 4), 10);
}
