import 'server-only';
/**
 * The statements of 门诊额度 and 门诊选点 (lib/dal/clinic.ts), each a plain function of
 * `(db, personId, …)`: listed in DATA_LAYER_QUERIES (lib/dal/queries.ts) with their EXPLAIN cases.
 */
import { and, asc, desc, eq, gte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { auditLog, claims, clinicChoices, enrolmentPeriods, institutions, persons } from '../../db/schema';

/** The person's facts the choice rules need. */
export function choicePersonOf(db: Db, personId: number) {
  return db
    .select({ region: persons.region, birthDate: persons.birthDate, hukouDistrict: persons.hukouDistrict })
    .from(persons)
    .where(eq(persons.id, personId));
}

/** Every enrolment period of a person, in order. */
export function enrolmentPeriodsOf(db: Db, personId: number) {
  return db
    .select({ validFrom: enrolmentPeriods.validFrom, validTo: enrolmentPeriods.validTo, identity: enrolmentPeriods.identity, tiers: enrolmentPeriods.tiers })
    .from(enrolmentPeriods)
    .where(eq(enrolmentPeriods.personId, personId))
    .orderBy(asc(enrolmentPeriods.validFrom));
}

const previous = alias(institutions, 'previous');

/** Every choice of a person with the institutions' names and designation, oldest first. */
export function clinicChoicesOf(db: Db, personId: number) {
  return db
    .select({
      year: clinicChoices.year,
      kind: clinicChoices.kind,
      effectiveFrom: clinicChoices.effectiveFrom,
      institutionId: clinicChoices.institutionId,
      institutionName: institutions.name,
      designated: institutions.designated,
      designatedUntil: institutions.designatedUntil,
      previousInstitutionId: clinicChoices.previousInstitutionId,
      previousName: previous.name,
      madeBy: clinicChoices.madeBy,
      madeAt: clinicChoices.madeAt,
      reason: clinicChoices.reason,
    })
    .from(clinicChoices)
    .innerJoin(institutions, eq(institutions.id, clinicChoices.institutionId))
    .leftJoin(previous, eq(previous.id, clinicChoices.previousInstitutionId))
    .where(eq(clinicChoices.personId, personId))
    .orderBy(asc(clinicChoices.year), asc(clinicChoices.effectiveFrom), asc(clinicChoices.kind));
}

/** A person's general outpatient claims of a year (the claims key's range). */
export function outpatientClaimsOfYear(db: Db, personId: number, year: number) {
  return db
    .select({
      kind: claims.kind,
      institutionId: claims.institutionId,
      institutionName: claims.institutionName,
      serviceFrom: claims.serviceFrom,
      inScope: claims.inScope,
      outOfScope: claims.outOfScope,
      tier1: claims.tier1,
      tier2: claims.tier2,
      personalAccount: claims.personalAccount,
      outOfPocket: claims.outOfPocket,
    })
    .from(claims)
    .where(
      and(
        eq(claims.personId, personId),
        gte(claims.serviceFrom, `${year}-01-01`),
        sql`${claims.serviceFrom} < ${`${year + 1}-01-01`}`,
        eq(claims.kind, 'outpatient'),
      ),
    )
    .orderBy(asc(claims.serviceFrom), asc(claims.id));
}

/** Serialises a person's choices: the person's row, locked until the transaction ends. */
export function lockPersonForChoice(db: Db, personId: number) {
  return db.select({ id: persons.id }).from(persons).where(eq(persons.id, personId)).for('update');
}

/** The audit row of an earlier choice sent with the same form key (within a day). */
export function choiceByIdempotencyKey(db: Db, personId: number, key: string, since: Date) {
  return db
    .select({ detail: auditLog.detail })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.personId, personId),
        gte(auditLog.at, since),
        eq(auditLog.event, 'clinic_choice.chosen'),
        sql`${auditLog.detail}->>'idempotencyKey' = ${key}`,
      ),
    )
    .orderBy(desc(auditLog.at))
    .limit(1);
}
