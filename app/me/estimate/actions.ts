'use server';
/**
 * The estimator's action: the `inpatient` request checked with its one schema (as a form sends
 * it, lib/validation/estimate.ts) and the filing rule, then post/redirect/get — the estimate is
 * in the page's address, which computes it for the signed-in resident only. Nothing is written.
 */
import { checkMyFiling, residentAction } from '@/lib/dal';
import { estimateFormSchema, estimateSearch } from '@/lib/validation/estimate';

export const runEstimate = residentAction(estimateFormSchema, async (request) => {
  await checkMyFiling(request);
  return { redirect: `/me/estimate?${estimateSearch(request)}#result` };
});
