import { NO_STORE, passkeySignInOptions } from '@/lib/dal';

/**
 * POST /api/passkey/options: a single-use challenge for signing in with a passkey (the sign-in
 * page's passkey button). Anyone may ask (limited per client address); nothing about any
 * resident is in the answer.
 */
export async function POST(request: Request): Promise<Response> {
  const result = await passkeySignInOptions(request);
  if (result.ok) return Response.json(result.options, { headers: NO_STORE });
  if (result.retryAfterMs === null) return Response.json({ error: 'bad_request' }, { status: 400, headers: NO_STORE });
  return Response.json(
    { error: 'too_many_requests' },
    { status: 429, headers: { ...NO_STORE, 'Retry-After': String(Math.max(1, Math.ceil(result.retryAfterMs / 1000))) } },
  );
}

export function GET(): Response {
  return Response.json({ error: 'method_not_allowed' }, { status: 405, headers: { ...NO_STORE, Allow: 'POST' } });
}
