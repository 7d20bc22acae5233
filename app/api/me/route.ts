import { myInsurance, NO_STORE, signedInRoute } from '@/lib/dal';

/**
 * GET /api/me — the signed-in resident's own 我的参保 as JSON. It takes no parameters: the
 * resident is always the one of the session. 401 without a valid session.
 */
export const GET = signedInRoute(async () => {
  const summary = await myInsurance();
  if (!summary) return Response.json({ error: 'not_found' }, { status: 404, headers: NO_STORE });
  return Response.json(summary, { headers: NO_STORE });
});
