/**
 * The contribution history's filters (a GET form: the page, the CSV and the print view read the
 * same query with this one schema). A value that is not understood is dropped, never an error:
 * the page then shows its default range.
 */
import { z } from 'zod';
import { RECORD_TIERS } from '../policy/jiangmen/continuity/records';

const year = z.preprocess(
  (v) => (typeof v === 'string' && /^\d{4}$/.test(v.trim()) ? Number(v.trim()) : undefined),
  z.number().int().min(1950).max(2100).optional(),
);

export const historyQuerySchema = z.object({
  from: year.catch(undefined),
  to: year.catch(undefined),
  tier: z
    .enum(['all', ...RECORD_TIERS])
    .catch('all')
    .default('all'),
});
export type HistoryQuery = z.output<typeof historyQuerySchema>;

/** The query of a history page, CSV or print view (only what differs from the defaults). */
export function historySearch(q: { from?: number | undefined; to?: number | undefined; tier?: string }): string {
  const p = new URLSearchParams();
  if (q.from !== undefined) p.set('from', String(q.from));
  if (q.to !== undefined) p.set('to', String(q.to));
  if (q.tier && q.tier !== 'all') p.set('tier', q.tier);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Reads `searchParams` (a page's) or URLSearchParams (a route's) into the filters. */
export function parseHistoryQuery(params: Record<string, string | string[] | undefined> | URLSearchParams): HistoryQuery {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? (params.get(k) ?? undefined) : params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  return historyQuerySchema.parse({ from: get('from'), to: get('to'), tier: get('tier') });
}
