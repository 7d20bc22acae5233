import { findMyInsurance } from '@/lib/dal/me';

/**
 * GET /api/me — the signed-in resident's own 我的参保 as JSON. It takes no parameters: the
 * resident is always the one of the session. 401 without a valid session.
 */
export async function GET(): Promise<Response> {
  const result = await findMyInsurance();
  const headers = { 'Cache-Control': 'no-store' };
  if (!result.signedIn) return Response.json({ error: 'unauthorized' }, { status: 401, headers });
  if (!result.summary) return Response.json({ error: 'not_found' }, { status: 404, headers });
  return Response.json(result.summary, { headers });
}
