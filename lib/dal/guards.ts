import 'server-only';
/**
 * Where `Unauthenticated` ends: a page's reads go through `signedInPage` (one redirect to the
 * sign-in page), an API route's handler through `signedInRoute` (401). No page or route
 * writes that logic itself.
 */
import { redirect } from 'next/navigation';
import { readBesideSessionCheck } from './session';
import { isUnauthenticated, signInPath, type UnauthenticatedReason } from './subject';

/**
 * Runs a page's reads; without a valid session, redirects once to `/signin`, or to
 * `/signin?reason=expired` for a session that ended. The reads run beside the session check
 * (session.ts: one round of database trips, not two in series) and must only read: their result
 * is used only once the check has passed.
 *
 *   const summary = await signedInPage(myInsurance);
 *   const [summary, claims] = await signedInPage(() => Promise.all([myInsurance(), myClaims()]));
 */
export async function signedInPage<T>(read: () => Promise<T>): Promise<T> {
  let outcome: { ok: true; value: T } | { ok: false; reason: UnauthenticatedReason };
  try {
    outcome = { ok: true, value: await readBesideSessionCheck(read) };
  } catch (error) {
    if (!isUnauthenticated(error)) throw error;
    outcome = { ok: false, reason: error.reason };
  }
  // Outside the try: redirect() throws.
  if (!outcome.ok) redirect(signInPath(outcome.reason));
  return outcome.value;
}

/** Answers of every API route that needs a session: personal data is never cached. */
export const NO_STORE = { 'Cache-Control': 'no-store' } as const;

/** An API route handler whose reads need a session: without one it answers 401 `{"error":"unauthorized"}`. */
export function signedInRoute<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (isUnauthenticated(error)) return Response.json({ error: 'unauthorized' }, { status: 401, headers: NO_STORE });
      throw error;
    }
  };
}
