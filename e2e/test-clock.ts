/** The browser tests' per-request date (lib/test-clock.ts reads the cookie; the e2e server sets PORTAL_TEST_CLOCK=1). */
export const TEST_TODAY_COOKIE_NAME = 'portal-test-today';
