/**
 * The special-disease estimator (特定病种): one schema for the form, the action that checks it
 * and the page that reads the same answer back from its query — the month's fields of the
 * policy library's `special-disease` request (an in-scope amount and a level), with its messages.
 */
import { z } from 'zod';
import { amountString } from '../policy/core';
import { LEVELS } from '../policy/jiangmen/inpatient/parameters';

export const specialDiseaseAskSchema = z.object({
  inScope: z.string().trim().pipe(amountString),
  level: z.enum(LEVELS),
});
export type SpecialDiseaseAskInput = z.output<typeof specialDiseaseAskSchema>;

/** The page's query for an estimate (`?inScope=400&level=level2`). */
export function specialDiseaseSearch(ask: SpecialDiseaseAskInput): string {
  return `?${new URLSearchParams({ inScope: ask.inScope, level: ask.level }).toString()}`;
}

/** Reads the page's query with the same schema (null when absent or not understood). */
export function parseSpecialDiseaseQuery(params: Record<string, string | string[] | undefined>): SpecialDiseaseAskInput | null {
  const one = (k: string) => {
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  if (one('inScope') === undefined) return null;
  const parsed = specialDiseaseAskSchema.safeParse({ inScope: one('inScope'), level: one('level') });
  return parsed.success ? parsed.data : null;
}
