/**
 * The names of the portal's auth cookies (`__Host-` prefixed, Secure and host-only, in
 * production) and next-auth's CSRF cookie (`token|sha256(token + secret)`), for proxy.ts, which
 * gives the sign-in page its CSRF cookie on the first visit (no detour through next-auth, no
 * "allow cookies" error on a bookmarked sign-in address). Not `server-only`: the proxy loads it;
 * lib/auth/cookies.ts is the server code's way in.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export interface AuthCookieNames {
  session: string;
  csrf: string;
  callback: string;
  /** The sign-in page's one-time note of a refused attempt (lib/auth/flash.ts). */
  flash: string;
}

export function authCookieNamesFor(production: boolean): AuthCookieNames {
  const p = production ? '__Host-' : '';
  return { session: `${p}yb-session`, csrf: `${p}yb-csrf`, callback: `${p}yb-callback`, flash: `${p}yb-signin` };
}

const hashOf = (token: string, secret: string) => createHash('sha256').update(`${token}${secret}`).digest('hex');

/** A new CSRF cookie value as next-auth v4 makes it, and its token (the form's hidden field). */
export function newCsrfCookie(secret: string): { token: string; value: string } {
  const token = randomBytes(32).toString('hex');
  return { token, value: `${token}|${hashOf(token, secret)}` };
}

/** The token of a CSRF cookie made with `secret`, or null for a missing or forged one. */
export function csrfTokenOf(value: string | undefined, secret: string): string | null {
  if (!value) return null;
  const [token, hash] = value.split('|');
  if (!token || !hash || !/^[0-9a-f]{64}$/.test(hash)) return null;
  const expected = Buffer.from(hashOf(token, secret), 'hex');
  const given = Buffer.from(hash, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}
