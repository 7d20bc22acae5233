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
import { Dec, money } from '../lib/policy/core';
import type { HospitalYearToDate } from '../lib/policy/jiangmen/inpatient/schema';
import type { AssistanceStatus, Category, ContributingCategory, Identity } from '../lib/policy/jiangmen/insured-person';
import type { yearsRequestSchema } from '../lib/policy/jiangmen/years/schema';
import type { retirementRequestSchema } from '../lib/policy/national/retirement/schema';
import { monthlyRecordsOf, type ContributionMonthRow } from './contributions';
import type { Level } from '../lib/policy/jiangmen/inpatient/parameters';
import type { InstitutionLevel } from '../lib/policy/jiangmen/institutions';
import type { personalAccountRequestSchema } from '../lib/policy/jiangmen/personal-account/schema';
import type { specialDiseaseRequestSchema } from '../lib/policy/jiangmen/special-disease/schema';
import type { claims, enrolmentPeriods, outOfTownFilings, persons, specialDiseaseApprovals, transferredInPeriods, veteranDeemedService } from './schema';

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

// ---------------------------------------------------------------------------- hospital stays (RULES §6)

type Claim = typeof claims.$inferSelect;
type Filing = typeof outOfTownFilings.$inferSelect;

/** This year's hospital running totals before a new stay, and how many settled stays they sum. */
export interface HospitalYearToDateOf {
  yearToDate: HospitalYearToDate;
  /** The settled stays summed (claims of kind `inpatient`). */
  stays: number;
}

/**
 * The year's hospital running totals (the `inpatient` request's `yearToDate`) summed from the
 * settled hospital stays of `on`'s year up to `on`: what layers A–D paid, and the bases of layers B
 * and C — each stay's self-paid in-scope cost after tier 1, deductible excluded (the critical-illness
 * base), less what critical illness paid (the tier-2 base, employee identity only), RULES §6.
 */
export function hospitalYearToDateOf(
  rows: readonly Pick<Claim, 'kind' | 'serviceFrom' | 'settledOn' | 'inScope' | 'deductible' | 'tier1' | 'critical' | 'tier2' | 'assistance'>[],
  on: string,
  employee: boolean,
): HospitalYearToDateOf {
  const year = on.slice(0, 4);
  const stays = rows.filter((c) => c.kind === 'inpatient' && c.serviceFrom.startsWith(`${year}-`) && c.settledOn <= on);
  const sum = (f: (c: (typeof stays)[number]) => Dec) => money(stays.reduce((s, c) => s.plus(f(c)), new Dec(0)));
  const criticalBase = (c: (typeof stays)[number]) => new Dec(c.inScope).minus(c.deductible).minus(c.tier1);
  return {
    stays: stays.length,
    yearToDate: {
      tier1Paid: sum((c) => new Dec(c.tier1)),
      criticalBase: sum(criticalBase),
      criticalPaid: sum((c) => new Dec(c.critical)),
      tier2Base: employee ? sum((c) => criticalBase(c).minus(c.critical)) : '0.00',
      tier2Paid: sum((c) => new Dec(c.tier2)),
      assistancePaid: sum((c) => new Dec(c.assistance)),
    },
  };
}

/** The out-of-town answer of a stay on `on` with a filing: registered when a filing is in force that day. */
export function filingInForce(filings: readonly Pick<Filing, 'status' | 'validFrom' | 'validTo'>[], on: string): boolean {
  return filings.some((f) => f.status === 'active' && f.validFrom <= on && (f.validTo === null || f.validTo >= on));
}

/** What the estimator fills in from a person's rows: the person, the year so far, out of town. */
export interface InpatientPrefill {
  person: { identity: Identity; category: Category; assistance: AssistanceStatus; continuousMonths: number; tier2ContinuousMonths?: number };
  yearToDate: HospitalYearToDate;
  stays: number;
  outOfTown: 'none' | 'registered';
}

/**
 * The estimator's pre-filled `inpatient` fields: the person from the enrolment period in force
 * and the continuity result (tier 1 and, with employee identity, tier 2), the year's totals from
 * the settled claims, and out-of-town "registered" when a filing is in force on `on`.
 */
export function inpatientPrefill(
  period: Pick<typeof enrolmentPeriods.$inferSelect, 'identity' | 'category' | 'assistance'>,
  continuity: { continuousMonths: number; tier2ContinuousMonths: number | null },
  claimRows: Parameters<typeof hospitalYearToDateOf>[0],
  filings: Parameters<typeof filingInForce>[0],
  on: string,
): InpatientPrefill {
  const employee = period.identity === 'employee';
  const ytd = hospitalYearToDateOf(claimRows, on, employee);
  return {
    person: {
      identity: period.identity,
      category: period.category,
      assistance: period.assistance,
      continuousMonths: continuity.continuousMonths,
      ...(employee && continuity.tier2ContinuousMonths !== null ? { tier2ContinuousMonths: continuity.tier2ContinuousMonths } : {}),
    },
    yearToDate: ytd.yearToDate,
    stays: ytd.stays,
    outOfTown: filingInForce(filings, on) ? 'registered' : 'none',
  };
}

// ---------------------------------------------------------------------------- care (RULES §10, §11)

/** The benefit level care at a directory institution is settled at (RULES §6): unrated counts as level 1; one not designated as non-designated. */
export function careLevelOf(institution: { level: InstitutionLevel; designated: boolean }): Level {
  if (!institution.designated) return 'non_designated';
  return institution.level === 'unrated' ? 'level1' : institution.level;
}

/** A special-disease approval as stored (special_disease_approvals). */
export type SpecialDiseaseApprovalRow = Pick<typeof specialDiseaseApprovals.$inferSelect, 'diseaseCode' | 'diseaseClass' | 'approvedFrom' | 'approvedTo'>;

/** The approvals in force on `on` (from its first day to its last, both included). */
export function approvalsInForce<T extends SpecialDiseaseApprovalRow>(rows: readonly T[], on: string): T[] {
  return rows.filter((a) => a.approvedFrom <= on && (a.approvedTo === null || on <= a.approvedTo));
}

/** The `special-disease` request for a month of costs of the approved diseases. */
export function specialDiseaseInput(args: {
  date: string;
  enrolment: Pick<typeof enrolmentPeriods.$inferSelect, 'identity' | 'category' | 'assistance'>;
  diseases: readonly string[];
  level: Level;
  inScope: string;
  continuousMonths?: number;
}): z.input<typeof specialDiseaseRequestSchema> {
  const e = args.enrolment;
  return {
    region: 'jiangmen',
    date: args.date,
    person: {
      identity: e.identity,
      category: e.category,
      assistance: e.assistance ?? 'none',
      ...(args.continuousMonths !== undefined ? { continuousMonths: args.continuousMonths } : {}),
    },
    month: { diseases: [...args.diseases] as z.input<typeof specialDiseaseRequestSchema>['month']['diseases'], level: args.level, inScope: args.inScope },
  };
}

/** What the personal-account credit needs about a person, as stored. */
export type PersonalAccountFacts = Pick<Person, 'birthDate' | 'retiredOn' | 'personalAccountDec2016' | 'personalAccountRetireeMonthly'>;

/**
 * The `personal-account` request for one credited month (`YYYY-MM`): retired from the month of
 * the retirement date; in service, this month's contribution base (not for old-scheme months,
 * whose rates are not the unified ones); the person's own December-2016 credit and retiree
 * amount when stored.
 */
export function personalAccountInput(
  facts: PersonalAccountFacts,
  month: string,
  firstEmployeeMonth: string,
  contribution: Pick<ContributionMonthRow, 'base' | 'legacy'> | null,
): z.input<typeof personalAccountRequestSchema> {
  const retired = facts.retiredOn !== null && `${month}-01` >= facts.retiredOn;
  const base = !retired && contribution && !contribution.legacy && contribution.base !== null ? contribution.base : undefined;
  return {
    month,
    birthDate: facts.birthDate,
    status: retired ? 'retired' : 'in_service',
    firstEmployeeInsuranceMonth: firstEmployeeMonth,
    ...(base !== undefined ? { base } : {}),
    ...(facts.personalAccountDec2016 ? { dec2016: { credit: facts.personalAccountDec2016 } } : {}),
    ...(retired && facts.personalAccountRetireeMonthly ? { retireeMonthlyAmount: facts.personalAccountRetireeMonthly } : {}),
  };
}
