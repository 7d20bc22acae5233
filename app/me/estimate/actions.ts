'use server';
/**
 * The estimator's action: the `inpatient` request checked with its one schema (as a form sends
 * it, lib/validation/estimate.ts) and the filing rule, then post/redirect/get — the estimate is
 * in the page's address, which computes it for the signed-in resident only. Nothing is written.
 */
import { checkMyFiling, residentAction } from '@/lib/dal';
import { myDirectoryEntry } from '@/lib/dal/institutions';
import { estimateActionSchema, estimateSearch } from '@/lib/validation/estimate';

export const runEstimate = residentAction(estimateActionSchema, async ({ institution, ...request }) => {
  await checkMyFiling(request);
  // An institution of the resident's own region only (the directory's); the level is the form's.
  const chosen = institution ? await myDirectoryEntry(institution) : null;
  return { redirect: `/me/estimate?${estimateSearch(request, chosen?.id)}#result` };
});
