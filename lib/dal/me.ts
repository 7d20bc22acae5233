import 'server-only';
/**
 * What the signed-in resident may read about themselves. Every exported function starts from
 * the session; the queries below take the person id only from there, never from a request.
 * DTOs are minimal: no internal ids, the ID number only masked.
 */
import { and, desc, eq, lte } from 'drizzle-orm';
import { getDb } from '../../db/client';
import { enrolmentPeriods, persons } from '../../db/schema';
import { today } from '../clock';
import type { AssistanceStatus, Category, EnrolmentStatus, Identity, Region, Tiers } from '../policy/jiangmen/insured-person';
import { currentResident, requireResident } from './session';

export interface InsuranceSummary {
  name: string;
  idMasked: string;
  region: Region;
  isDemo: boolean;
  enrolment: {
    identity: Identity;
    tiers: Tiers;
    category: Category;
    assistance: AssistanceStatus;
    status: EnrolmentStatus;
    validFrom: string;
    validTo: string | null;
    employerName: string | null;
  } | null;
}

/** 我的参保 for the person of the current session. */
async function insuranceSummaryFor(personId: number): Promise<InsuranceSummary | null> {
  const db = await getDb();
  const [person] = await db
    .select({ name: persons.name, idMasked: persons.idMasked, region: persons.region, isDemo: persons.isDemo })
    .from(persons)
    .where(eq(persons.id, personId));
  if (!person) return null;
  // The period in force today, or else the latest one that began before today.
  const [period] = await db
    .select()
    .from(enrolmentPeriods)
    .where(and(eq(enrolmentPeriods.personId, personId), lte(enrolmentPeriods.validFrom, today())))
    .orderBy(desc(enrolmentPeriods.validFrom))
    .limit(1);
  const ended = period?.validTo != null && period.validTo < today();
  return {
    ...person,
    enrolment: period
      ? {
          identity: period.identity,
          tiers: period.tiers,
          category: period.category,
          assistance: period.assistance,
          status: ended ? 'ended' : period.status,
          validFrom: period.validFrom,
          validTo: period.validTo,
          employerName: period.employerName,
        }
      : null,
  };
}

/** For pages: redirects to sign-in when there is no valid session. */
export async function getMyInsurance(): Promise<InsuranceSummary | null> {
  return insuranceSummaryFor(await requireResident());
}

/** For API routes: `signedIn: false` when there is no valid session. */
export async function findMyInsurance(): Promise<{ signedIn: false } | { signedIn: true; summary: InsuranceSummary | null }> {
  const personId = await currentResident();
  if (personId === null) return { signedIn: false };
  return { signedIn: true, summary: await insuranceSummaryFor(personId) };
}
