import 'server-only';
/**
 * What the subject of the request may read about themselves. Each read starts from
 * `currentSubject()` (throws `Unauthenticated`) and runs the queries of queries.ts; pages
 * call it through `signedInPage`, API routes through `signedInRoute`. DTOs are minimal: no
 * internal ids, the ID number only masked.
 */
import { getDb } from '../../db/client';
import { today } from '../clock';
import { insuranceSummary, type InsuranceSummary } from './queries';
import { currentSubject } from './session';

export type { InsuranceSummary };

/** 我的参保 of the request's subject; null when they have no record. */
export async function myInsurance(): Promise<InsuranceSummary | null> {
  const { personId } = await currentSubject();
  return insuranceSummary(await getDb(), personId, today());
}
