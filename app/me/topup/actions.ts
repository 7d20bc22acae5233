'use server';
/**
 * The top-up what-if: checks the form with its one schema and shows the answer on the page
 * (post/redirect/get: the choices go into the page's address, which computes them for the
 * signed-in resident only). Nothing is written.
 */
import { residentAction } from '@/lib/dal';
import { whatIfFormSchema, whatIfSearch } from '@/lib/validation/topup';

export const tryTopUp = residentAction(whatIfFormSchema, (choice) => Promise.resolve({ redirect: `/me/topup${whatIfSearch(choice)}#result` }));
