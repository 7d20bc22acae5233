import 'server-only';
/**
 * Every query of the data layer, each written once as a plain function of `(db, personId, …)`:
 * no session, no clock, no Next.js. The functions that pages and routes call (me.ts) take
 * the person from `currentSubject()` and today from the clock, then call these; integration
 * tests call these directly.
 *
 * `DATA_LAYER_QUERIES` lists each SQL statement the data layer sends, with a sample
 * invocation that returns the unexecuted drizzle query: `await` it to run it, or hand it to
 * `explain(db, query)` for PostgreSQL's plan. A new query adds its entry here (a test checks
 * that every entry runs and explains).
 */
import { and, desc, eq, lte, sql, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { enrolmentPeriods, persons } from '../../db/schema';
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

// ---------------------------------------------------------------------------- the list

/** A query not yet sent: awaiting it runs it; `getSQL()` is its statement with parameters. */
export type PreparedQuery = SQLWrapper & PromiseLike<unknown>;

export interface DataLayerQuery {
  name: string;
  /** The query for a sample person and day (the statement is the same for any). */
  sample(db: Db, at: { personId: number; today: string }): PreparedQuery;
}

export const DATA_LAYER_QUERIES: readonly DataLayerQuery[] = [
  { name: 'personCard', sample: (db, { personId }) => personCard(db, personId) },
  { name: 'enrolmentOn', sample: (db, { personId, today }) => enrolmentOn(db, personId, today) },
];

/** PostgreSQL's plan of a query (`EXPLAIN (FORMAT JSON, …)`), the same on PGlite and a server. */
export async function explain(db: Db, query: SQLWrapper, options: { analyze?: boolean } = {}): Promise<unknown> {
  const head = options.analyze ? sql.raw('explain (format json, analyze, buffers) ') : sql.raw('explain (format json) ');
  const result: unknown = await db.execute(sql`${head}${query.getSQL()}`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];
  const plan = rows[0]?.['QUERY PLAN'];
  return typeof plan === 'string' ? JSON.parse(plan) : plan;
}
