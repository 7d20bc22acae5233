'use server';
/**
 * The special-disease estimator: checks the form with its one schema and shows the estimate on
 * the page (post/redirect/get: the answer goes into the page's address, which computes it for
 * the signed-in resident only). Nothing is written.
 */
import { residentAction } from '@/lib/dal';
import { specialDiseaseAskSchema, specialDiseaseSearch } from '@/lib/validation/special-disease';

export const estimateMonth = residentAction(specialDiseaseAskSchema, (ask) =>
  Promise.resolve({ redirect: `/me/special-diseases${specialDiseaseSearch(ask)}#estimate` }),
);
