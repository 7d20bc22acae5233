/**
 * The directory search's filters (a GET form: the clinic-choice page and the hospital-stay
 * estimator read the same query with this one schema). A value that is not understood is dropped,
 * never an error: the search then shows everything it may.
 */
import { z } from 'zod';
import { isDistrictCode, type DistrictCode } from '../policy/jiangmen/districts';
import { INSTITUTION_LEVELS } from '../policy/jiangmen/institutions';

/** Longest name fragment searched for (the longest demo name is 20 characters). */
export const DIRECTORY_QUERY_MAX = 40;
export const DIRECTORY_PAGE_SIZE = 10;

const text = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' ? v.normalize('NFKC').trim().replace(/\s+/g, ' ') || undefined : undefined), z.string().max(max).optional());

export const directoryQuerySchema = z.object({
  q: text(DIRECTORY_QUERY_MAX).catch(undefined),
  district: z
    .string()
    .refine((v): v is DistrictCode => isDistrictCode(v))
    .optional()
    .catch(undefined),
  level: z.enum(INSTITUTION_LEVELS).optional().catch(undefined),
  /** yes: primary-care institutions 基层 only; no: the others only. */
  primaryCare: z.enum(['yes', 'no']).optional().catch(undefined),
  community: z
    .string()
    .regex(/^[A-Z]{2}-\d{6}-\d{2}$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type DirectoryQuery = z.output<typeof directoryQuerySchema>;

const KEYS = ['q', 'district', 'level', 'primaryCare', 'community', 'page'] as const;

/** Reads `searchParams` (a page's) or URLSearchParams into the filters. */
export function parseDirectoryQuery(params: Record<string, string | string[] | undefined> | URLSearchParams): DirectoryQuery {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? (params.get(k) ?? undefined) : params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  return directoryQuerySchema.parse(Object.fromEntries(KEYS.map((k) => [k, get(k)])));
}

/** The query string of a directory search (only what is set; page 1 left out), with `extra` kept. */
export function directorySearch(q: Partial<DirectoryQuery>, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams(extra);
  for (const k of KEYS) {
    const v = q[k];
    if (v === undefined || (k === 'page' && v === 1)) continue;
    p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}
