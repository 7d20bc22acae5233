import 'server-only';
/**
 * Every query of the data layer, each written once as a plain function of `(db, personId, …)`:
 * no session, no clock, no Next.js. The functions that pages and routes call (me.ts) take
 * the person from `currentSubject()` and today from the clock, then call these; integration
 * tests call these directly.
 *
 * `DATA_LAYER_QUERIES` lists each query the data layer sends, with a sample invocation (awaiting
 * it runs it). A new query (here or in a sibling file of lib/dal) adds its entry here:
 * db/explain-cases.ts maps this list, so the EXPLAIN test on the PostgreSQL server (no sequential
 * scan of a per-person table) and `npm run bench:scale` cover it, and db/explain-cases.test.ts
 * fails when an exported query function is missing from it (the steps: top of
 * db/explain-cases.ts). `explain(db, query)` gives one drizzle query's plan.
 */
import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, max, min, notExists, or, sql, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import type { ContributionMonth } from '../../db/contributions';
import {
  auditLog,
  claims,
  clinicChoices,
  contributionMonths,
  enrolmentPeriods,
  outOfTownFilings,
  institutions,
  personalAccountLedger,
  persons,
  specialDiseaseApprovals,
  transferredInPeriods,
  veteranDeemedService,
} from '../../db/schema';
import type { ClinicKind } from '../policy/jiangmen/clinic-choice/codes';
import * as clinic from './clinic-queries';
import type { FilingKind } from '../policy/jiangmen/out-of-town/codes';
import { communitiesOf, directoryPage, institutionById, personHome } from './institutions';
import type { AssistanceStatus, Category, EnrolmentStatus, Identity, Region, Tiers } from '../policy/jiangmen/insured-person';

// ---------------------------------------------------------------------------- statements

/** A person's card: name, masked ID number, region, demo flag. */
export function personCard(db: Db, personId: number) {
  return db
    .select({ name: persons.name, idMasked: persons.idMasked, region: persons.region, isDemo: persons.isDemo })
    .from(persons)
    .where(eq(persons.id, personId));
}

/** The enrolment period in force on `on`, or else the latest one that began before it. */
export function enrolmentOn(db: Db, personId: number, on: string) {
  return db
    .select()
    .from(enrolmentPeriods)
    .where(and(eq(enrolmentPeriods.personId, personId), lte(enrolmentPeriods.validFrom, on)))
    .orderBy(desc(enrolmentPeriods.validFrom))
    .limit(1);
}

// ---------------------------------------------------------------------------- reads

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

/** 我的参保 of a person on a day; null when there is no such person. */
export async function insuranceSummary(db: Db, personId: number, on: string): Promise<InsuranceSummary | null> {
  const [person] = await personCard(db, personId);
  if (!person) return null;
  const [period] = await enrolmentOn(db, personId, on);
  const ended = period?.validTo != null && period.validTo < on;
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

// ---------------------------------------------------------------------------- full-size data (db/SCALE.md)
// Each served by an index on its person_id (or institution) prefix; db/explain.int.test.ts checks
// the plans on the PostgreSQL server.

/** Contribution months of `fromYear`–`toYear` (both included), in order: read as tier records by db/contributions.ts. */
export async function contributionHistory(db: Db, personId: number, fromYear: number, toYear: number): Promise<ContributionMonth[]> {
  return db
    .select()
    .from(contributionMonths)
    .where(
      and(eq(contributionMonths.personId, personId), gte(contributionMonths.month, `${fromYear}-01-01`), lt(contributionMonths.month, `${toYear + 1}-01-01`)),
    )
    .orderBy(asc(contributionMonths.month));
}

/** The first and last stored contribution month of a person (null, null without any): the pages of the history. */
export function contributionSpan(db: Db, personId: number) {
  return db
    .select({ first: min(contributionMonths.month), last: max(contributionMonths.month) })
    .from(contributionMonths)
    .where(eq(contributionMonths.personId, personId));
}

/** What the retirement and years rules need about a person (RULES §5). */
export function retirementFacts(db: Db, personId: number) {
  return db
    .select({
      birthDate: persons.birthDate,
      retirementGroup: persons.retirementGroup,
      retiredOn: persons.retiredOn,
      lifetimeEntitled2017: persons.lifetimeEntitled2017,
      crossRegionWorker: persons.crossRegionWorker,
    })
    .from(persons)
    .where(eq(persons.id, personId));
}

/** Periods transferred in from other regions, oldest first (RULES §5). */
export function transferredInOf(db: Db, personId: number) {
  return db
    .select({
      fromMonth: transferredInPeriods.fromMonth,
      toMonth: transferredInPeriods.toMonth,
      months: transferredInPeriods.months,
      origin: transferredInPeriods.origin,
      originCode: transferredInPeriods.originCode,
      acceptedOn: transferredInPeriods.acceptedOn,
    })
    .from(transferredInPeriods)
    .where(eq(transferredInPeriods.personId, personId))
    .orderBy(asc(transferredInPeriods.fromMonth));
}

/** A veteran's deemed contribution time, if any (粤劳社发〔2007〕13号). */
export function veteranServiceOf(db: Db, personId: number) {
  return db
    .select({
      deemedMonths: veteranDeemedService.deemedMonths,
      basis: veteranDeemedService.basis,
      serviceFrom: veteranDeemedService.serviceFrom,
      serviceTo: veteranDeemedService.serviceTo,
      approvedOn: veteranDeemedService.approvedOn,
    })
    .from(veteranDeemedService)
    .where(eq(veteranDeemedService.personId, personId));
}

/** Claims whose care began in `year`, in order. */
export async function claimsOfYear(db: Db, personId: number, year: number): Promise<(typeof claims.$inferSelect)[]> {
  return db
    .select()
    .from(claims)
    .where(and(eq(claims.personId, personId), gte(claims.serviceFrom, `${year}-01-01`), lt(claims.serviceFrom, `${year + 1}-01-01`)))
    .orderBy(asc(claims.serviceFrom), asc(claims.id));
}

/** The personal-account ledger from `from` (a date; default: all), in posting order. */
export async function personalAccountEntries(db: Db, personId: number, from = '0001-01-01'): Promise<(typeof personalAccountLedger.$inferSelect)[]> {
  return db
    .select()
    .from(personalAccountLedger)
    .where(and(eq(personalAccountLedger.personId, personId), gte(personalAccountLedger.postedOn, from)))
    .orderBy(asc(personalAccountLedger.postedOn), asc(personalAccountLedger.id));
}

/** A person's out-of-town filings 异地就医备案, newest first (at most `limit`). */
export function filingsOf(db: Db, personId: number, limit = 20) {
  return db.select().from(outOfTownFilings).where(eq(outOfTownFilings.personId, personId)).orderBy(desc(outOfTownFilings.id)).limit(limit);
}

/** The filing in force on `on` (active, begun, not ended), the newest if several. */
export function activeFilingOn(db: Db, personId: number, on: string) {
  return db
    .select()
    .from(outOfTownFilings)
    .where(
      and(
        eq(outOfTownFilings.personId, personId),
        eq(outOfTownFilings.status, 'active'),
        lte(outOfTownFilings.validFrom, on),
        or(isNull(outOfTownFilings.validTo), gte(outOfTownFilings.validTo, on)),
      ),
    )
    .orderBy(desc(outOfTownFilings.id))
    .limit(1);
}

/** Filings still to come or in force on `on` (active, not ended): the ones a resident may cancel. */
export function openFilingsOn(db: Db, personId: number, on: string) {
  return db
    .select()
    .from(outOfTownFilings)
    .where(
      and(
        eq(outOfTownFilings.personId, personId),
        eq(outOfTownFilings.status, 'active'),
        or(isNull(outOfTownFilings.validTo), gte(outOfTownFilings.validTo, on)),
      ),
    )
    .orderBy(desc(outOfTownFilings.id));
}

/** Writes a new active filing (in the caller's transaction). */
export function insertFiling(
  tx: Db,
  personId: number,
  input: { kind: FilingKind; destination: string; validFrom: string; validTo: string | null },
  filedOn: string,
) {
  return tx
    .insert(outOfTownFilings)
    .values({ personId, kind: input.kind, destination: input.destination, validFrom: input.validFrom, validTo: input.validTo, filedOn, status: 'active' })
    .returning({ id: outOfTownFilings.id });
}

/** Marks the person's filing `id` cancelled, if it is active (in the caller's transaction). */
export function revokeFiling(tx: Db, personId: number, id: number) {
  return tx
    .update(outOfTownFilings)
    .set({ status: 'revoked' })
    .where(and(eq(outOfTownFilings.personId, personId), eq(outOfTownFilings.id, id), eq(outOfTownFilings.status, 'active')))
    .returning({ id: outOfTownFilings.id });
}

/** The resident's own audit entries of some events from `since` to `until`, newest first. */
export async function auditEventsOf(db: Db, personId: number, events: readonly string[], since: Date, until: Date, limit = 20) {
  return db
    .select({ at: auditLog.at, event: auditLog.event, detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.personId, personId), gte(auditLog.at, since), lte(auditLog.at, until), inArray(auditLog.event, [...events])))
    .orderBy(desc(auditLog.at))
    .limit(limit);
}

/** A person's special-disease approvals (特定病种), oldest first, with the approved institution's name, level and designation. */
export function specialDiseaseApprovalsOf(db: Db, personId: number) {
  return db
    .select({
      diseaseCode: specialDiseaseApprovals.diseaseCode,
      diseaseClass: specialDiseaseApprovals.diseaseClass,
      approvedFrom: specialDiseaseApprovals.approvedFrom,
      approvedTo: specialDiseaseApprovals.approvedTo,
      institutionId: specialDiseaseApprovals.institutionId,
      institutionName: institutions.name,
      institutionLevel: institutions.level,
      institutionDesignated: institutions.designated,
    })
    .from(specialDiseaseApprovals)
    .leftJoin(institutions, eq(institutions.id, specialDiseaseApprovals.institutionId))
    .where(eq(specialDiseaseApprovals.personId, personId))
    .orderBy(asc(specialDiseaseApprovals.approvedFrom), asc(specialDiseaseApprovals.diseaseCode));
}

/** What the personal-account credit needs about a person (RULES §11): birth date, retirement, the Dec-2016 and retiree amounts. */
export function personalAccountFacts(db: Db, personId: number) {
  return db
    .select({
      birthDate: persons.birthDate,
      retiredOn: persons.retiredOn,
      personalAccountDec2016: persons.personalAccountDec2016,
      personalAccountRetireeMonthly: persons.personalAccountRetireeMonthly,
    })
    .from(persons)
    .where(eq(persons.id, personId));
}

/** A person's first contribution month with employee identity (职工医保 or tier 2), or null. */
export function firstEmployeeMonth(db: Db, personId: number) {
  return db
    .select({ first: min(contributionMonths.month) })
    .from(contributionMonths)
    .where(and(eq(contributionMonths.personId, personId), eq(contributionMonths.identity, 'employee')));
}

/** The resident's own audit entries (sign-ins, sign-outs) from `since` to `until`, newest first (only those months' partitions are read). */
export async function recentActivity(db: Db, personId: number, since: Date, until: Date, limit = 20): Promise<(typeof auditLog.$inferSelect)[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.personId, personId), gte(auditLog.at, since), lte(auditLog.at, until)))
    .orderBy(desc(auditLog.at))
    .limit(limit);
}

/**
 * The fund office: residents whose choice of `kind` for `year` in force on `onDate` is the
 * institution (e.g. to reassign them when it loses its designation, RULES §8), by person id
 * after `afterPersonId`, at most `limit` at a time.
 */
export async function residentsOfInstitution(
  db: Db,
  institutionId: string,
  year: number,
  onDate: string,
  options: { kind?: ClinicKind; afterPersonId?: number; limit?: number } = {},
): Promise<{ personId: number; effectiveFrom: string }[]> {
  const kind = options.kind ?? 'primary';
  const later = alias(clinicChoices, 'later');
  return db
    .select({ personId: clinicChoices.personId, effectiveFrom: clinicChoices.effectiveFrom })
    .from(clinicChoices)
    .where(
      and(
        eq(clinicChoices.institutionId, institutionId),
        eq(clinicChoices.year, year),
        eq(clinicChoices.kind, kind),
        lte(clinicChoices.effectiveFrom, onDate),
        sql`${clinicChoices.personId} > ${options.afterPersonId ?? 0}`,
        // Not replaced by a later choice of the same person, year and kind already in force.
        notExists(
          db
            .select({ one: sql`1` })
            .from(later)
            .where(
              and(
                eq(later.personId, clinicChoices.personId),
                eq(later.year, clinicChoices.year),
                eq(later.kind, clinicChoices.kind),
                sql`${later.effectiveFrom} > ${clinicChoices.effectiveFrom}`,
                lte(later.effectiveFrom, onDate),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(clinicChoices.personId))
    .limit(options.limit ?? 1000);
}

// ---------------------------------------------------------------------------- the list

/** A query not yet sent: awaiting it runs it; `getSQL()` is its statement with parameters. */
export type PreparedQuery = SQLWrapper & PromiseLike<unknown>;

/** What a sample invocation needs: a person, a day and its year, an institution, the time. */
export interface QuerySample {
  personId: number;
  today: string;
  year: number;
  institutionId: string;
  now: Date;
}

export interface DataLayerQuery {
  /** The function's name, and what the call asks when one function has several entries. */
  name: string;
  /** It changes rows: the benchmark times it apart, on residents of its own. */
  writes?: boolean;
  /** The query for a sample person and day (the statement is the same for any): awaiting it runs it. */
  sample(db: Db, at: QuerySample): PromiseLike<unknown>;
}

export const DATA_LAYER_QUERIES: readonly DataLayerQuery[] = [
  { name: 'personCard', sample: (db, { personId }) => personCard(db, personId) },
  { name: 'enrolmentOn', sample: (db, { personId, today }) => enrolmentOn(db, personId, today) },
  { name: 'contributionHistory (10 years)', sample: (db, { personId, year }) => contributionHistory(db, personId, year - 9, year) },
  { name: 'contributionHistory (one year)', sample: (db, { personId, year }) => contributionHistory(db, personId, year, year) },
  { name: 'contributionSpan', sample: (db, { personId }) => contributionSpan(db, personId) },
  { name: 'retirementFacts', sample: (db, { personId }) => retirementFacts(db, personId) },
  { name: 'transferredInOf', sample: (db, { personId }) => transferredInOf(db, personId) },
  { name: 'veteranServiceOf', sample: (db, { personId }) => veteranServiceOf(db, personId) },
  { name: 'claimsOfYear', sample: (db, { personId, year }) => claimsOfYear(db, personId, year) },
  { name: 'personalAccountEntries', sample: (db, { personId }) => personalAccountEntries(db, personId) },
  { name: 'filingsOf', sample: (db, { personId }) => filingsOf(db, personId) },
  { name: 'activeFilingOn', sample: (db, { personId, today }) => activeFilingOn(db, personId, today) },
  { name: 'openFilingsOn', sample: (db, { personId, today }) => openFilingsOn(db, personId, today) },
  {
    name: 'insertFiling',
    writes: true,
    sample: (db, { personId, today }) => insertFiling(db, personId, { kind: 'temporary', destination: '广东省广州市', validFrom: today, validTo: null }, today),
  },
  { name: 'revokeFiling', writes: true, sample: (db, { personId }) => revokeFiling(db, personId, 1) },
  {
    name: 'auditEventsOf (filings)',
    sample: (db, { personId, now }) =>
      auditEventsOf(db, personId, ['out_of_town_filing.submitted', 'out_of_town_filing.withdrawn'], new Date(now.getTime() - 365 * 86_400_000), now),
  },
  { name: 'specialDiseaseApprovalsOf', sample: (db, { personId }) => specialDiseaseApprovalsOf(db, personId) },
  { name: 'personalAccountFacts', sample: (db, { personId }) => personalAccountFacts(db, personId) },
  { name: 'firstEmployeeMonth', sample: (db, { personId }) => firstEmployeeMonth(db, personId) },
  { name: 'recentActivity (audit log)', sample: (db, { personId, now }) => recentActivity(db, personId, new Date(now.getTime() - 30 * 86_400_000), now) },
  {
    name: 'residentsOfInstitution (fund office)',
    sample: (db, { institutionId, year }) => residentsOfInstitution(db, institutionId, year, `${year}-12-31`, { limit: 500 }),
  },
  // lib/dal/clinic-queries.ts: 门诊额度 and 门诊选点.
  { name: 'choicePersonOf', sample: (db, { personId }) => clinic.choicePersonOf(db, personId) },
  { name: 'enrolmentPeriodsOf', sample: (db, { personId }) => clinic.enrolmentPeriodsOf(db, personId) },
  { name: 'clinicChoicesOf', sample: (db, { personId }) => clinic.clinicChoicesOf(db, personId) },
  { name: 'outpatientClaimsOfYear', sample: (db, { personId, year }) => clinic.outpatientClaimsOfYear(db, personId, year) },
  { name: 'lockPersonForChoice (the choice’s row lock)', writes: true, sample: (db, { personId }) => clinic.lockPersonForChoice(db, personId) },
  {
    name: 'choiceByIdempotencyKey (audit log)',
    sample: (db, { personId, now }) => clinic.choiceByIdempotencyKey(db, personId, 'sample-key-00000000', new Date(now.getTime() - 86_400_000)),
  },
  { name: 'personHome (directory)', sample: (db, { personId }) => personHome(db, personId) },
  {
    name: 'directoryPage (filtered)',
    sample: (db, { today }) =>
      directoryPage(db, 'jiangmen', today, { q: '卫生', district: '440703', primaryCare: 'yes' }, { offset: 0, limit: 10, firstDistrict: '440703' }),
  },
  {
    name: 'directoryPage (all, page 3)',
    sample: (db, { today }) => directoryPage(db, 'jiangmen', today, {}, { offset: 20, limit: 10, firstDistrict: '440781' }),
  },
  { name: 'communitiesOf', sample: (db) => communitiesOf(db, 'jiangmen') },
  { name: 'institutionById', sample: (db, { institutionId }) => institutionById(db, institutionId) },
];

/** PostgreSQL's plan of a query (`EXPLAIN (FORMAT JSON, …)`), the same on PGlite and a server. */
export async function explain(db: Db, query: SQLWrapper, options: { analyze?: boolean } = {}): Promise<unknown> {
  const head = options.analyze ? sql.raw('explain (format json, analyze, buffers) ') : sql.raw('explain (format json) ');
  const result: unknown = await db.execute(sql`${head}${query.getSQL()}`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];
  const plan = rows[0]?.['QUERY PLAN'];
  return typeof plan === 'string' ? JSON.parse(plan) : plan;
}
