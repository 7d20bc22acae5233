import 'server-only';
/**
 * next-auth (v4) configuration: Credentials sign-in with the resident ID number and a
 * password; JWT session cookie (HttpOnly, SameSite=Lax, Secure in production) checked
 * against the database on every request (idle 30 min, absolute 12 h, sign-out).
 */
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '../../db/client';
import { env, isProduction, portalSecrets } from '../env';
import { now } from '../clock';
import { authCookieNames } from './cookies';
import { ABSOLUTE_MS, checkSession, signOutEverywhere, startSession, type SessionClaims } from './sessions';
import { signInWithPassword } from './sign-in';

/** Thrown in the jwt callback for a session that has ended; next-auth then drops the cookie. */
export class SessionEndedError extends Error {
  constructor(reason: string) {
    super(`session ended: ${reason}`);
    this.name = 'SessionEndedError';
  }
}

/** The sign-in page; `via=auth` tells it that next-auth (which sets the CSRF cookie) sent the visitor. */
export const SIGN_IN_PAGE = '/signin?via=auth';

/** Reads our claims from a decoded token, or null if they are not all there. */
export function claimsOf(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  if (!token) return null;
  const personId = typeof token.sub === 'string' ? parseInt(token.sub, 10) : NaN;
  const { sid, sv } = token;
  if (!Number.isSafeInteger(personId) || typeof sid !== 'string' || typeof sv !== 'number') return null;
  return { personId, sid, sv };
}

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.['x-forwarded-for'];
  if (typeof forwarded === 'string' && forwarded.length > 0) return forwarded.split(',')[0]!.trim();
  const real = headers?.['x-real-ip'];
  return typeof real === 'string' ? real : null;
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const publicUrl = env().NEXTAUTH_URL;
  if (isProduction() && !publicUrl?.startsWith('https://')) {
    throw new Error("In production set NEXTAUTH_URL to the portal's public https:// address.");
  }
  if (!isProduction() && !publicUrl) {
    // Demo and development: build URLs from the Host header, so any host and PORT work.
    process.env.AUTH_TRUST_HOST = '1';
  }
  const secure = isProduction();
  const names = authCookieNames();
  const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure };
  cached = {
    secret: portalSecrets().authSecret,
    useSecureCookies: secure,
    session: { strategy: 'jwt', maxAge: ABSOLUTE_MS / 1000, updateAge: 0 },
    jwt: { maxAge: ABSOLUTE_MS / 1000 },
    pages: { signIn: SIGN_IN_PAGE, error: SIGN_IN_PAGE, signOut: '/me' },
    cookies: {
      sessionToken: { name: names.session, options: cookieOptions },
      csrfToken: { name: names.csrf, options: cookieOptions },
      callbackUrl: { name: names.callback, options: cookieOptions },
    },
    providers: [
      CredentialsProvider({
        id: 'credentials',
        name: 'ID number',
        credentials: { idNumber: { type: 'text' }, password: { type: 'password' } },
        async authorize(credentials, req) {
          const result = await signInWithPassword(
            await getDb(),
            { idNumber: credentials?.idNumber, password: credentials?.password },
            { ip: clientIp(req?.headers as Record<string, unknown> | undefined) },
            now(),
          );
          if (result.ok) return { id: String(result.personId) };
          if (result.error === 'CredentialsSignin') return null;
          // next-auth sends the visitor to the sign-in page with ?error=<this code>.
          throw new Error(result.error);
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const claims = await startSession(await getDb(), parseInt(user.id, 10), now());
          return { sub: String(claims.personId), sid: claims.sid, sv: claims.sv };
        }
        const claims = claimsOf(token);
        if (!claims) throw new SessionEndedError('malformed');
        const check = await checkSession(await getDb(), claims, now());
        if (!check.ok) throw new SessionEndedError(check.reason);
        return token;
      },
      // The browser-visible session object carries nothing about the person.
      session({ session }) {
        return { expires: session.expires };
      },
      redirect({ url, baseUrl }) {
        if (url.startsWith('/') && !url.startsWith('//')) return `${baseUrl}${url}`;
        if (url.startsWith(`${baseUrl}/`)) return url;
        return `${baseUrl}/me`;
      },
    },
    events: {
      // next-auth's own sign-out endpoint: end the session on the server too.
      async signOut({ token }) {
        const claims = claimsOf(token);
        if (claims) await signOutEverywhere(await getDb(), claims, now());
      },
    },
    logger: {
      // Never log tokens, credentials or request bodies: codes and error names only.
      error(code, metadata) {
        const err = metadata instanceof Error ? metadata : (metadata as { error?: unknown })?.error;
        if (err instanceof Error && err.name === 'SessionEndedError') return;
        console.error(`[auth] ${code}${err instanceof Error ? `: ${err.name}` : ''}`);
      },
      warn(code) {
        console.warn(`[auth] warning ${code}`);
      },
      debug() {},
    },
  };
  return cached;
}
