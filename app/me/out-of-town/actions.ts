'use server';
/** Filing and cancelling an out-of-town filing: each written with its audit row in the data layer, then post/redirect/get. */
import { cancelMyFiling, fileMyFiling, residentAction } from '@/lib/dal';
import { cancelFilingSchema, filingFormSchema } from '@/lib/validation/out-of-town';

export const fileFiling = residentAction(filingFormSchema, async (input) => {
  await fileMyFiling(input);
  return { revalidate: ['/me/out-of-town', '/me/estimate'], redirect: '/me/out-of-town?done=filed' };
});

export const cancelFiling = residentAction(cancelFilingSchema, async ({ id }) => {
  await cancelMyFiling(id);
  return { revalidate: ['/me/out-of-town', '/me/estimate'], redirect: '/me/out-of-town?done=cancelled' };
});
