import 'server-only';
/**
 * The browser tests' clock: with PORTAL_TEST_CLOCK=1 (set only by the browser tests' server,
 * playwright.config.ts) a request may pin its own date with the `portal-test-today` cookie, so
 * that one test can choose a clinic inside and outside the October–December window. Impossible
 * in production: `isProduction()` (a server database without PORTAL_DEMO) ignores it, as it
 * ignores PORTAL_TODAY; without the variable the cookie is never read.
 */
import { cookies } from 'next/headers';
import { isProduction, env } from './env';
import { today } from './clock';
import { isIsoDate } from './policy/core';

export const TEST_TODAY_COOKIE = 'portal-test-today';

/** Today for this request: the test cookie's date when the test clock is on, else the clock's. */
export async function requestToday(): Promise<string> {
  if (env().PORTAL_TEST_CLOCK === '1' && !isProduction()) {
    const pinned = (await cookies()).get(TEST_TODAY_COOKIE)?.value;
    if (pinned !== undefined && isIsoDate(pinned)) return pinned;
  }
  return today();
}
