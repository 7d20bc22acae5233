import 'server-only';
/**
 * The enrolment pages' reads (我的参保, 缴费记录, 缴费年限, 补缴测算): each starts from
 * `currentSubject()`, reads the person's rows with the queries of queries.ts, turns them into the
 * policy library's requests with the one mapper (db/policy-inputs.ts), parses them with the
 * commands' schemas and returns the library's results — every figure with its explanation.
 */
import type { z } from 'zod';
import { getDb, type Db } from '../../db/client';
import { monthlyRecordsOf, tierRecordsOf, type ContributionMonthRow, type TierRecord } from '../../db/contributions';
import { continuityInput, yearsInput, type EnrolmentRows, type WhatIf } from '../../db/policy-inputs';
import { today } from '../clock';
import { Dec, ZERO, monthIndex, monthOfIndex, parseInput, yearOf } from '../policy/core';
import {
  annualCaps,
  continuity,
  continuityRequestSchema,
  coverStatus,
  type AnnualCaps,
  type Continuity,
  type CoverStatus,
} from '../policy/jiangmen/continuity';
import { isCovered, isEmployeeRow, readMonths, type RecordTier } from '../policy/jiangmen/continuity/records';
import type { ContributingCategory } from '../policy/jiangmen/insured-person';
import { accumulatedYears, yearsRequestSchema, type Years } from '../policy/jiangmen/years';
import {
  contributionHistory,
  contributionSpan,
  enrolmentOn,
  insuranceSummary,
  retirementFacts,
  transferredInOf,
  veteranServiceOf,
  type InsuranceSummary,
} from './queries';
import { currentSubject } from './session';

/** A person's stored rows for the enrolment rules, read in parallel. */
export async function enrolmentRows(db: Db, personId: number, on: string): Promise<EnrolmentRows | null> {
  const [[person], [period], contributions, transferredIn, [veteran]] = await Promise.all([
    retirementFacts(db, personId),
    enrolmentOn(db, personId, on),
    contributionHistory(db, personId, 1900, 9998),
    transferredInOf(db, personId),
    veteranServiceOf(db, personId),
  ]);
  if (!person) return null;
  return {
    person,
    enrolment: period ? { category: period.category, identity: period.identity } : null,
    contributions: contributions.map(({ personId: _p, ...row }) => row),
    transferredIn,
    veteran: veteran ?? null,
  };
}

/** Whether a person is retired with lifetime benefits on `on` (the years rule met, or kept from 2017). */
function lifetimeRetiree(rows: EnrolmentRows, years: Years, on: string): boolean {
  return rows.person.retiredOn !== null && rows.person.retiredOn <= on && (years.status === 'met' || years.status === 'lifetime_kept');
}

/** The enrolment figures of a person on a day: years (with the what-if), continuity, status, caps. */
export interface EnrolmentFigures {
  today: string;
  rows: EnrolmentRows;
  years: Years;
  continuity: Continuity;
  status: CoverStatus;
  /** This year's hospital caps after the factor (null outside Jiangmen's hospital rules, e.g. Shaoyang). */
  caps: AnnualCaps | null;
}

const CONTRIBUTING: readonly string[] = ['employee', 'unemployed', 'flexible', 'self_employed'];

export function enrolmentFiguresOf(rows: EnrolmentRows, on: string, whatIf: WhatIf = {}, region = 'jiangmen', assistance: string = 'none'): EnrolmentFigures {
  const years = accumulatedYears(parseInput(yearsRequestSchema, yearsInput(rows, on, whatIf)));
  const c = continuity(parseInput(continuityRequestSchema, continuityInput(rows, on, lifetimeRetiree(rows, years, on))));
  const category = rows.enrolment && CONTRIBUTING.includes(rows.enrolment.category) ? (rows.enrolment.category as ContributingCategory) : null;
  const status = coverStatus(c, category);
  const caps =
    region === 'jiangmen' && c.capFactor !== null
      ? annualCaps({
          date: on,
          identity: rows.enrolment?.identity ?? 'resident',
          assistance: assistance as Parameters<typeof annualCaps>[0]['assistance'],
          continuousMonths: c.continuousMonths,
          ...(c.tier2 ? { tier2ContinuousMonths: c.tier2.continuousMonths } : {}),
        })
      : null;
  return { today: on, rows, years, continuity: c, status, caps };
}

export interface MyEnrolment {
  summary: InsuranceSummary;
  figures: EnrolmentFigures;
  /** This year's contributions: employer part, personal part (both tiers), total. */
  thisYear: ContributionTotals;
}

/** 我的参保: the signed-in resident's summary and enrolment figures today; null without a record. */
export async function myEnrolment(): Promise<MyEnrolment | null> {
  const { personId } = await currentSubject();
  const db = await getDb();
  const on = today();
  const [summary, rows] = await Promise.all([insuranceSummary(db, personId, on), enrolmentRows(db, personId, on)]);
  if (!summary || !rows) return null;
  const figures = enrolmentFiguresOf(rows, on, {}, summary.region, summary.enrolment?.assistance ?? 'none');
  const year = yearOf(on);
  const thisYear = totalsOf(rows.contributions.filter((r) => r.month.startsWith(`${year}-`)).flatMap(tierRecordsOf));
  return { summary, figures, thisYear };
}

/** 缴费年限: the years, the retirement date and the record for the timeline. */
export async function myContributionYears(): Promise<EnrolmentFigures | null> {
  const { personId } = await currentSubject();
  const db = await getDb();
  const on = today();
  const [summary, rows] = await Promise.all([insuranceSummary(db, personId, on), enrolmentRows(db, personId, on)]);
  if (!summary || !rows) return null;
  return enrolmentFiguresOf(rows, on, {}, summary.region, summary.enrolment?.assistance ?? 'none');
}

/**
 * 补缴测算 with a what-if: the years as they stand (paying on, statutory date) and with the
 * resident's choices. A planned date outside the window is not used: `retirement.planned`
 * says why (the statutory date stays), as the library decides.
 */
export async function myTopUp(whatIf: WhatIf): Promise<{ base: EnrolmentFigures; whatIf: EnrolmentFigures | null } | null> {
  const { personId } = await currentSubject();
  const db = await getDb();
  const on = today();
  const rows = await enrolmentRows(db, personId, on);
  if (!rows) return null;
  const base = enrolmentFiguresOf(rows, on);
  const asked = whatIf.plannedDate !== undefined || whatIf.continueContributing === false;
  return { base, whatIf: asked ? enrolmentFiguresOf(rows, on, whatIf) : null };
}

// ---------------------------------------------------------------------------- the timeline

export interface TimelineSpan {
  kind: 'counted' | 'not_counted' | 'gap' | 'projected';
  /** First and last month, YYYY-MM. */
  from: string;
  to: string;
}

/**
 * The months from the first contribution to retirement, in runs of one kind: counted toward
 * the years (employee identity, covered), covered but not counted (resident identity), not
 * paid on time by today (a gap), and — when contributions are projected — months still to pay
 * until the retirement month. Read with the library's own month reading (`readMonths`).
 */
export function timelineOf(f: EnrolmentFigures): { spans: TimelineSpan[]; first: string | null; last: string | null } {
  const records = monthlyRecordsOf(f.rows.contributions);
  const all = readMonths(records, f.today);
  const employee = readMonths(records, f.today, isEmployeeRow);
  if (all.size === 0) return { spans: [], first: null, last: null };
  const first = Math.min(...all.keys());
  const asOfIndex = monthIndex(f.today);
  const lastRecord = Math.max(...all.keys());
  const at = f.years.atRetirement;
  const retirementIndex = at ? monthIndex(at.retirementMonth) : null;
  const end = Math.max(lastRecord, retirementIndex ?? lastRecord);
  const projectedFrom = at && at.projectedMonths > 0 && retirementIndex !== null ? retirementIndex - at.projectedMonths + 1 : null;
  const kindOf = (k: number): TimelineSpan['kind'] | null => {
    if (projectedFrom !== null && k >= projectedFrom) return 'projected';
    if (isCovered(employee.get(k))) return 'counted';
    if (isCovered(all.get(k))) return 'not_counted';
    return k <= asOfIndex ? 'gap' : null;
  };
  const spans: TimelineSpan[] = [];
  for (let k = first; k <= end; k += 1) {
    const kind = kindOf(k);
    if (kind === null) continue;
    const last = spans[spans.length - 1];
    if (last && last.kind === kind && monthIndex(last.to) === k - 1) last.to = monthOfIndex(k);
    else spans.push({ kind, from: monthOfIndex(k), to: monthOfIndex(k) });
  }
  return { spans, first: monthOfIndex(first), last: monthOfIndex(end) };
}

// ---------------------------------------------------------------------------- the history

/** Which records a history shows: every tier, or one (RULES §1: tier 1, tier 2, the old schemes). */
export type TierFilter = 'all' | RecordTier;

export interface ContributionTotals {
  employer: Dec;
  personal: Dec;
  total: Dec;
  /** Months covered by the records counted (a resident's yearly row covers several). */
  records: number;
}

/** Sums of the records' amounts (decimal, exact). */
export function totalsOf(records: readonly TierRecord[]): ContributionTotals {
  let employer: Dec = ZERO;
  let personal: Dec = ZERO;
  for (const r of records) {
    employer = employer.plus(r.employerAmount);
    personal = personal.plus(r.personalAmount);
  }
  return { employer, personal, total: employer.plus(personal), records: records.length };
}

export interface HistoryYear {
  year: number;
  records: TierRecord[];
  totals: ContributionTotals;
}

export interface HistoryPage {
  /** The years the person has records for (null when none). */
  span: { first: number; last: number } | null;
  fromYear: number;
  toYear: number;
  tier: TierFilter;
  /** Newest year first. */
  years: HistoryYear[];
  totals: ContributionTotals;
}

/** The most years one page of the history shows (the CSV and the print view take the same range). */
export const HISTORY_MAX_YEARS = 10;

export function recordsOfTier(rows: readonly ContributionMonthRow[], tier: TierFilter): TierRecord[] {
  const all = rows.flatMap(tierRecordsOf);
  return tier === 'all' ? all : all.filter((r) => r.tier === tier);
}

/** Clamps a requested range to the person's span and the page size (newest years by default). */
export function historyRange(span: HistoryPage['span'], from: number | undefined, to: number | undefined): { fromYear: number; toYear: number } {
  if (span === null) return { fromYear: from ?? 0, toYear: to ?? 0 };
  let toYear = Math.min(Math.max(to ?? span.last, span.first), span.last);
  let fromYear = Math.min(Math.max(from ?? toYear - HISTORY_MAX_YEARS + 1, span.first), toYear);
  if (toYear - fromYear + 1 > HISTORY_MAX_YEARS) {
    if (to === undefined) toYear = fromYear + HISTORY_MAX_YEARS - 1;
    else fromYear = toYear - HISTORY_MAX_YEARS + 1;
  }
  return { fromYear, toYear };
}

async function spanOf(db: Db, personId: number): Promise<HistoryPage['span']> {
  const [s] = await contributionSpan(db, personId);
  return s?.first && s.last ? { first: yearOf(s.first), last: yearOf(s.last) } : null;
}

/** 缴费记录: one page of the history (at most HISTORY_MAX_YEARS years), by year, newest first. */
export async function myContributionHistory(filter: { from?: number; to?: number; tier?: TierFilter }): Promise<HistoryPage> {
  const { personId } = await currentSubject();
  const db = await getDb();
  const span = await spanOf(db, personId);
  const { fromYear, toYear } = historyRange(span, filter.from, filter.to);
  const tier = filter.tier ?? 'all';
  const rows = span === null ? [] : await contributionHistory(db, personId, fromYear, toYear);
  const years: HistoryYear[] = [];
  for (let y = toYear; y >= fromYear && span !== null; y -= 1) {
    const records = recordsOfTier(
      rows.filter((r) => yearOf(r.month) === y),
      tier,
    );
    if (records.length > 0) years.push({ year: y, records, totals: totalsOf(records) });
  }
  return { span, fromYear, toYear, tier, years, totals: totalsOf(years.flatMap((y) => y.records)) };
}

/**
 * The same range as a stream, one year at a time (the CSV): never the whole life in memory.
 * Yields each year's records (oldest year first) after checking the subject once.
 */
export async function myContributionYearsStream(filter: {
  from?: number;
  to?: number;
  tier?: TierFilter;
}): Promise<{ fromYear: number; toYear: number; tier: TierFilter; years: AsyncIterable<HistoryYear> }> {
  const { personId } = await currentSubject();
  const db = await getDb();
  const span = await spanOf(db, personId);
  const { fromYear, toYear } = historyRange(span, filter.from, filter.to);
  const tier = filter.tier ?? 'all';
  async function* years(): AsyncIterable<HistoryYear> {
    if (span === null) return;
    for (let y = fromYear; y <= toYear; y += 1) {
      const records = recordsOfTier(await contributionHistory(db, personId, y, y), tier);
      if (records.length > 0) yield { year: y, records, totals: totalsOf(records) };
    }
  }
  return { fromYear, toYear, tier, years: years() };
}

/** Months from `a` (YYYY-MM) to `b`, both included. */
export function monthsBetween(a: string, b: string): number {
  return monthIndex(b) - monthIndex(a) + 1;
}

export type { Continuity, CoverStatus, Years, AnnualCaps, EnrolmentRows, WhatIf, TierRecord };
export type YearsInput = z.input<typeof yearsRequestSchema>;
export { Dec };
