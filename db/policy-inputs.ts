/**
 * One mapper each way between the database's rows and the policy library's inputs for the
 * enrolment rules (RULES §3–5): months are stored as the first day of the month (`YYYY-MM-01`)
 * and the library reads `YYYY-MM` (`policyMonth` / `dbMonth`); a person's contribution months,
 * transfers and veteran service become the `continuity`, `years` and `retirement` requests.
 * The contribution months themselves convert through db/contributions.ts (`monthlyRecordsOf`,
 * and back, `contributionMonthsOf`). Pure: the data layer and the browser tests use the same.
 */
import type { z } from 'zod';
import type { continuityRequestSchema } from '../lib/policy/jiangmen/continuity/schema';
import type { ContributingCategory } from '../lib/policy/jiangmen/insured-person';
import type { yearsRequestSchema } from '../lib/policy/jiangmen/years/schema';
import type { retirementRequestSchema } from '../lib/policy/national/retirement/schema';
import { monthlyRecordsOf, type ContributionMonthRow } from './contributions';
import type { enrolmentPeriods, persons, transferredInPeriods, veteranDeemedService } from './schema';

/** `YYYY-MM-01` (a stored month) → `YYYY-MM` (the library's month). */
export function policyMonth(stored: string): string {
  if (!/^\d{4}-\d{2}-01$/.test(stored)) throw new Error(`not a stored month: ${stored}`);
  return stored.slice(0, 7);
}
/** `YYYY-MM` (the library's month) → `YYYY-MM-01` (a stored month). */
export function dbMonth(month: string): string {
  if (!/^\d{4}-\d{2}$/.test(month)) throw new Error(`not a month: ${month}`);
  return `${month}-01`;
}

type Person = typeof persons.$inferSelect;
/** What the enrolment rules need to know about a person, as stored. */
export interface EnrolmentRows {
  person: Pick<Person, 'birthDate' | 'retirementGroup' | 'retiredOn' | 'lifetimeEntitled2017' | 'crossRegionWorker'>;
  /** The enrolment period in force (its category decides when benefits resume after a gap). */
  enrolment: Pick<typeof enrolmentPeriods.$inferSelect, 'category' | 'identity'> | null;
  contributions: readonly ContributionMonthRow[];
  transferredIn: readonly Omit<typeof transferredInPeriods.$inferSelect, 'personId'>[];
  veteran: Omit<typeof veteranDeemedService.$inferSelect, 'personId'> | null;
}

/** What a resident may try on the top-up page (RULES §5): a planned retirement date, paying on or stopping now. */
export interface WhatIf {
  plannedDate?: string;
  continueContributing?: boolean;
}

const CONTRIBUTING: readonly string[] = ['employee', 'unemployed', 'flexible', 'self_employed'] satisfies readonly ContributingCategory[];

/** The `retirement` request of a person (with a planned date to check, when given). */
export function retirementInput(rows: EnrolmentRows, plannedDate?: string): z.input<typeof retirementRequestSchema> {
  return { birthDate: rows.person.birthDate, group: rows.person.retirementGroup, ...(plannedDate ? { plannedDate } : {}) };
}

/** The `years` request as of `asOf`, with the what-if choices. */
export function yearsInput(rows: EnrolmentRows, asOf: string, whatIf: WhatIf = {}): z.input<typeof yearsRequestSchema> {
  return {
    asOf,
    records: monthlyRecordsOf(rows.contributions),
    ...(rows.transferredIn.length > 0
      ? {
          transferredIn: rows.transferredIn.map((t) => ({
            origin: t.origin,
            months: t.months,
            from: policyMonth(t.fromMonth),
            to: policyMonth(t.toMonth),
          })),
        }
      : {}),
    ...(rows.veteran ? { veteranDeemed: { months: rows.veteran.deemedMonths, basis: rows.veteran.basis } } : {}),
    retirement: retirementInput(rows, whatIf.plannedDate),
    ...(rows.person.lifetimeEntitled2017 ? { lifetimeEntitledOn20170630: true } : {}),
    ...(rows.person.crossRegionWorker ? { crossRegion: true } : {}),
    ...(whatIf.continueContributing === false ? { continueContributing: false } : {}),
  };
}

/**
 * The `continuity` request as of `asOf`. `lifetimeRetiree`: retired with the minimum years met
 * (the `years` result's status), so the run goes on through retirement (RULES §13).
 */
export function continuityInput(rows: EnrolmentRows, asOf: string, lifetimeRetiree: boolean): z.input<typeof continuityRequestSchema> {
  const category = rows.enrolment && CONTRIBUTING.includes(rows.enrolment.category) ? (rows.enrolment.category as ContributingCategory) : undefined;
  const retiredOn = lifetimeRetiree && rows.person.retiredOn ? rows.person.retiredOn : undefined;
  return {
    asOf,
    records: monthlyRecordsOf(rows.contributions),
    ...(category ? { category } : {}),
    ...(retiredOn ? { retiredOn } : {}),
  };
}
