import 'server-only';
/**
 * The data layer's view of the request's session: the only code that reads it. Every read
 * and write starts from `currentSubject()`; the layout's "signed in?" and the sign-in page's
 * "already signed in?" ask `isSignedIn()`. Nothing takes a resident id from the request. The
 * JWT cookie is decoded and checked against the database once per request (idle, absolute,
 * sign-out).
 *
 * A page's reads (`signedInPage`) do not wait for that check: they run beside it, with the
 * resident of the cookie's claims (decoded and verified with the portal's secret, no database),
 * and their result is used only when the check then passes — otherwise it is dropped and the
 * check's `Unauthenticated` is thrown. The session check and the page's data thus cost one
 * round of database trips instead of two in series. Actions and API routes keep waiting for
 * the check before anything runs.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { getDb } from '../../db/client';
import { now } from '../clock';
import { portalSecrets } from '../env';
import { authCookieNames } from '../auth/cookies';
import { claimsOf } from '../auth/options';
import { checkSession, signOutEverywhere, type SessionClaims } from '../auth/sessions';
import { selfSubject, Unauthenticated, type Subject } from './subject';

type SessionState = { state: 'none' } | { state: 'ended' } | { state: 'active'; personId: number; claims: SessionClaims };

const readClaims = cache(async (): Promise<SessionClaims | 'none' | 'bad'> => {
  const token = (await cookies()).get(authCookieNames().session)?.value;
  if (!token) return 'none';
  try {
    const decoded = await decode({ token, secret: portalSecrets().authSecret });
    return claimsOf(decoded) ?? 'bad';
  } catch {
    return 'bad';
  }
});

/** The request's session, checked against the database once per request. */
const readSession = cache(async (): Promise<SessionState> => {
  const claims = await readClaims();
  if (claims === 'none') return { state: 'none' };
  if (claims === 'bad') return { state: 'ended' };
  const check = await checkSession(await getDb(), claims, now());
  return check.ok ? { state: 'active', personId: check.personId, claims } : { state: 'ended' };
});

/**
 * The subject of this request: the signed-in resident, acting for themselves. Throws
 * `Unauthenticated` (`none`, or `expired` for a session that ended or a cookie that is not
 * ours); pages turn it into the sign-in redirect (`signedInPage`), API routes into 401
 * (`signedInRoute`), actions into the redirect (the action wrapper).
 */
export async function currentSubject(): Promise<Subject> {
  if (besideTheCheck.getStore()) {
    const claims = await readClaims();
    if (claims === 'none' || claims === 'bad') throw new Unauthenticated(claims === 'none' ? 'none' : 'expired');
    return selfSubject(claims.personId);
  }
  return checkedSubject();
}

const checkedSubject = cache(async (): Promise<Subject> => {
  const s = await readSession();
  if (s.state !== 'active') throw new Unauthenticated(s.state === 'none' ? 'none' : 'expired');
  return selfSubject(s.personId);
});

/** Set while a page's reads run beside the session check (`readBesideSessionCheck`). */
const besideTheCheck = new AsyncLocalStorage<true>();

/**
 * Runs a page's reads (read-only: `signedInPage` only) at the same time as the request's session
 * check, with the subject of the verified cookie; returns their result only if the check passes,
 * and otherwise throws the check's `Unauthenticated` (the result is dropped unseen).
 */
export async function readBesideSessionCheck<T>(read: () => Promise<T>): Promise<T> {
  const [check, value] = await Promise.allSettled([checkedSubject(), besideTheCheck.run(true, read)]);
  if (check.status === 'rejected') throw check.reason;
  if (value.status === 'rejected') throw value.reason;
  return value.value;
}

/** Whether the request has a valid session (for the menu and "already signed in?"). */
export async function isSignedIn(): Promise<boolean> {
  return (await readSession()).state === 'active';
}

/** Ends the session's resident's sessions everywhere (audited) and deletes the cookie. */
export async function endCurrentSession(): Promise<void> {
  const s = await readSession();
  if (s.state === 'active') await signOutEverywhere(await getDb(), s.claims, now());
  (await cookies()).delete(authCookieNames().session);
}

/** The id of the request's own session (the 登录设备 page marks it, and never ends it there). */
export async function currentSessionId(): Promise<string> {
  const s = await readSession();
  if (s.state !== 'active') throw new Unauthenticated(s.state === 'none' ? 'none' : 'expired');
  return s.claims.sid;
}
