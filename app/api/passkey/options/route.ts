import { getDb } from '@/db/client';
import { signInOptions } from '@/lib/auth/passkeys';
import { relyingPartyHost } from '@/lib/auth/host';
import { now } from '@/lib/clock';
import { clientFromHeaders } from '@/lib/network';
import { consume, retryAfterSeconds } from '@/lib/rate-limit';

const NO_STORE = { 'Cache-Control': 'no-store' } as const;
/** Challenges handed out per client address and minute (each is a row until used or expired). */
const RULE = { scope: 'passkey.options', limit: 20, windowMs: 60_000 };

/**
 * POST /api/passkey/options: a single-use challenge for signing in with a passkey (the sign-in
 * page's passkey button). Anyone may ask; nothing about any resident is in the answer.
 */
export async function POST(request: Request): Promise<Response> {
  const db = await getDb();
  const at = now();
  const decision = await consume(db, RULE, clientFromHeaders(request.headers) ?? 'unknown', at);
  if (!decision.allowed) {
    return Response.json({ error: 'too_many_requests' }, { status: 429, headers: { ...NO_STORE, 'Retry-After': String(retryAfterSeconds(decision)) } });
  }
  const host = await relyingPartyHost();
  if (!host) return Response.json({ error: 'bad_request' }, { status: 400, headers: NO_STORE });
  return Response.json(await signInOptions(db, host, at), { headers: NO_STORE });
}

export function GET(): Response {
  return Response.json({ error: 'method_not_allowed' }, { status: 405, headers: { ...NO_STORE, Allow: 'POST' } });
}
