import 'server-only';
/**
 * next-auth (v4) configuration: Credentials sign-in with the resident ID number and a password,
 * or with a passkey; JWT session cookie (HttpOnly, SameSite=Lax, Secure in production, ending
 * with the browser) checked against the database on every request (idle 30 min, absolute 12 h,
 * sign-out). The route (app/api/auth/[...nextauth]/route.ts) serves only the endpoints the portal
 * uses and runs next-auth inside the attempt's context (lib/auth/attempt.ts).
 */
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '../../db/client';
import { env, isProduction, portalSecrets } from '../env';
import { now } from '../clock';
import { safeLogText } from '../log-text';
import { attemptContext, type AttemptOutcome } from './attempt';
import { authCookieNames } from './cookies';
import { relyingPartyHost } from './host';
import { signInWithPasskey } from './passkeys';
import { ABSOLUTE_MS, checkSession, signOutEverywhere, startSession, type SessionClaims } from './sessions';
import { signInWithPassword, type SignInResult } from './sign-in';

/** Thrown in the jwt callback for a session that has ended; next-auth then drops the cookie. */
export class SessionEndedError extends Error {
  constructor(reason: string) {
    super(`session ended: ${reason}`);
    this.name = 'SessionEndedError';
  }
}

/** The sign-in page (proxy.ts gives it next-auth's CSRF cookie). */
export const SIGN_IN_PAGE = '/signin';

/** Reads our claims from a decoded token, or null if they are not all there. */
export function claimsOf(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  if (!token) return null;
  const personId = typeof token.sub === 'string' ? parseInt(token.sub, 10) : NaN;
  const { sid, sv } = token;
  if (!Number.isSafeInteger(personId) || typeof sid !== 'string' || typeof sv !== 'number') return null;
  return { personId, sid, sv };
}

/** What the sign-in page is told about a refused password attempt. */
function outcomeOf(result: Exclude<SignInResult, { ok: true }>): AttemptOutcome {
  switch (result.error) {
    case 'CredentialsSignin':
      return { code: result.error, remaining: result.remaining };
    case 'locked':
    case 'throttled':
      return { code: result.error, until: result.until.toISOString() };
    default:
      return { code: result.error };
  }
}

/** Records the outcome for the route, and tells next-auth (null: CredentialsSignin; thrown: its code). */
function refuse(outcome: AttemptOutcome): null {
  const context = attemptContext.getStore();
  if (context) context.outcome = outcome;
  if (outcome.code === 'CredentialsSignin') return null;
  throw new Error(outcome.code);
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
        async authorize(credentials) {
          const ip = attemptContext.getStore()?.client ?? null;
          const result = await signInWithPassword(await getDb(), { idNumber: credentials?.idNumber, password: credentials?.password }, { ip }, now());
          if (result.ok) return { id: String(result.personId) };
          // next-auth sends the visitor to the sign-in page with ?error=<the code>.
          return refuse(outcomeOf(result));
        },
      }),
      CredentialsProvider({
        id: 'passkey',
        name: 'Passkey',
        credentials: { response: { type: 'text' } },
        async authorize(credentials) {
          const context = attemptContext.getStore();
          const host = await relyingPartyHost();
          const result = host
            ? await signInWithPasskey(await getDb(), credentials?.response, host, { ip: context?.client ?? null }, now())
            : ({ ok: false, error: 'passkey' } as const);
          if (result.ok) return { id: String(result.personId) };
          return refuse({ code: 'passkey' });
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const claims = await startSession(await getDb(), parseInt(user.id, 10), now(), { userAgent: attemptContext.getStore()?.userAgent ?? null });
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
    // Never log tokens, credentials or request bodies: codes and error names only, escaped and
    // cut short (lib/log-text.ts). next-auth's POST /api/auth/_log, which a custom logger turns
    // on, is not served (the route answers 404).
    logger: {
      error(code, metadata) {
        const err = metadata instanceof Error ? metadata : (metadata as { error?: unknown })?.error;
        if (err instanceof Error && err.name === 'SessionEndedError') return;
        console.error(`[auth] ${safeLogText(code, 64)}${err instanceof Error ? `: ${safeLogText(err.name, 64)}` : ''}`);
      },
      warn(code) {
        console.warn(`[auth] warning ${safeLogText(code, 64)}`);
      },
      debug() {},
    },
  };
  return cached;
}
