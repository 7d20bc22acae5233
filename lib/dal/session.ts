import 'server-only';
/**
 * The data access layer's view of the signed-in resident. Every page, action and route
 * asks here; nothing takes a resident id from the request. The JWT cookie is decoded and
 * checked against the database on every request (idle, absolute, sign-out).
 */
import { cache } from 'react';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { decode } from 'next-auth/jwt';
import { getDb } from '../../db/client';
import { now } from '../clock';
import { portalSecrets } from '../env';
import { authCookieNames } from '../auth/cookies';
import { claimsOf } from '../auth/options';
import { checkSession, signOutEverywhere, type SessionClaims } from '../auth/sessions';

export type SessionState = { state: 'none' } | { state: 'ended' } | { state: 'active'; personId: number; claims: SessionClaims };

async function readClaims(): Promise<SessionClaims | 'none' | 'bad'> {
  const token = (await cookies()).get(authCookieNames().session)?.value;
  if (!token) return 'none';
  try {
    const decoded = await decode({ token, secret: portalSecrets().authSecret });
    return claimsOf(decoded) ?? 'bad';
  } catch {
    return 'bad';
  }
}

/** The request's session, checked against the database once per request. */
export const getSession = cache(async (): Promise<SessionState> => {
  const claims = await readClaims();
  if (claims === 'none') return { state: 'none' };
  if (claims === 'bad') return { state: 'ended' };
  const check = await checkSession(await getDb(), claims, now());
  return check.ok ? { state: 'active', personId: check.personId, claims } : { state: 'ended' };
});

/** The signed-in resident's id, or a redirect to the sign-in page (pages and actions). */
export async function requireResident(): Promise<number> {
  const s = await getSession();
  if (s.state === 'active') return s.personId;
  redirect(s.state === 'ended' ? '/signin?reason=expired' : '/signin');
}

/** The signed-in resident's id, or null (API routes answer 401). */
export async function currentResident(): Promise<number | null> {
  const s = await getSession();
  return s.state === 'active' ? s.personId : null;
}

/** Ends the current resident's sessions everywhere and deletes the cookie. */
export async function signOutCurrentResident(): Promise<void> {
  const s = await getSession();
  if (s.state === 'active') await signOutEverywhere(await getDb(), s.claims, now());
  (await cookies()).delete(authCookieNames().session);
}
