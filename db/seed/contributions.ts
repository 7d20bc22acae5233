/**
 * Contribution records of the demo histories. Every amount from 2017-07 on comes from the
 * policy library (`monthlyContribution`, `residentContribution`); earlier months use the
 * illustrative legacy table (legacy.ts). Shaoyang residents pay the national minimum individual
 * contribution, read from the library's national parameter (Shaoyang's own figure is outside
 * the seed documents).
 *
 * Dates: a month's contribution is due by the month's last day and normally paid on the
 * persona's pay day of that month; a month whose pay day is after today is still unpaid
 * (status `arrears`, the only status without a payment date; it is not overdue before its
 * due date). A resident's year is paid in the November before, due 31 December (JM-UR 二(三)3).
 */
import { Dec, daysInMonth, isPolicyError, isoDate, monthIndex, monthOfIndex, money, parts } from '../../lib/policy/core';
import {
  insuranceYearDate,
  monthlyContribution,
  nationalMinimumResident,
  residentContribution,
  UNIFIED_FROM,
  type Assistance,
  type MonthlyContribution,
} from '../../lib/policy/jiangmen/contributions';
import type { RecordStatus } from '../../lib/policy/jiangmen/continuity/records';
import type { EmployeeCategory, Region, ResidentCategory } from '../../lib/policy/jiangmen/insured-person';
import type { TierRecord } from '../contributions';
import { legacyEmployeeMonth, legacyResidentYear } from './legacy';

/** One record per tier, as the rules read them; written as contribution months (db/contributions.ts). */
export type ContributionRow = TierRecord;

const UNIFIED_MONTH = monthIndex(UNIFIED_FROM);
/** The first year whose yearly figures the policy library has (resident contribution, minimum base). */
const FIRST_UNIFIED_YEAR = 2017;

/**
 * Runs a policy-library computation for `year`; when the library has no figures yet for that
 * (future) year it refuses with `unsupported_date`, and the demo then uses the figures of the
 * latest year it does have, and says so in `notes`. Never used for years it covers.
 */
export function withLatestFigures<T>(year: number, compute: (year: number) => T, notes: Set<string>): T {
  for (let y = year; y >= FIRST_UNIFIED_YEAR; y -= 1) {
    try {
      const value = compute(y);
      if (y !== year) {
        notes.add(`The policy library has no contribution figures for ${year}; the demo uses those of ${y}.`);
      }
      return value;
    } catch (e) {
      if (!isPolicyError(e) || e.code !== 'unsupported_date' || y < 2018) throw e;
    }
  }
  throw new Error('unreachable');
}

function lastDay(month: string): string {
  const { year, month: m } = parts(`${month}-01`);
  return isoDate(year, m, daysInMonth(year, m));
}

/** How one month was paid, when not simply on the pay day. */
export type MonthPayment = { status: Exclude<RecordStatus, 'arrears'>; paidOn: string } | { status: Extract<RecordStatus, 'arrears'> };

export interface MonthlySpan {
  /** First and last month, "YYYY-MM", both included. */
  from: string;
  to: string;
  category: Exclude<EmployeeCategory, 'retiree'>;
  /** Employees' monthly wage in a year (an amount string). */
  wage?: (year: number) => string;
  /** Day of the month on which the month is paid. */
  payDay: number;
  /** Arrears and back payments of particular months. */
  payment?: (month: string) => MonthPayment | undefined;
}

const MONTHLY_PAYER = {
  employee: 'employer_and_person',
  unemployed: 'unemployment_fund',
  flexible: 'person',
  self_employed: 'person',
} as const;

/** The monthly records (employee identity) of one span, up to today's month. */
export function monthlyRecords(span: MonthlySpan, today: string, notes: Set<string>): ContributionRow[] {
  const rows: ContributionRow[] = [];
  const last = Math.min(monthIndex(span.to), monthIndex(today));
  for (let i = monthIndex(span.from); i <= last; i += 1) {
    const month = monthOfIndex(i);
    const year = Math.floor(i / 12);
    const dueOn = lastDay(month);
    const onPayDay = `${month}-${String(Math.min(span.payDay, daysInMonth(year, (i % 12) + 1))).padStart(2, '0')}`;
    const payment: MonthPayment = span.payment?.(month) ?? (onPayDay <= today ? { status: 'paid', paidOn: onPayDay } : { status: 'arrears' });
    const paid = { status: payment.status, paidOn: payment.status === 'arrears' ? null : payment.paidOn };
    const wage = span.wage?.(year);
    const common = {
      month: `${month}-01`,
      months: 1,
      identity: 'employee' as const,
      category: span.category,
      payer: MONTHLY_PAYER[span.category],
      dueOn,
      ...paid,
    };
    if (i < UNIFIED_MONTH) {
      const legacy = legacyEmployeeMonth(year, wage);
      rows.push({
        ...common,
        tier: 'legacy_employee',
        base: legacy.base,
        employerRate: legacy.employerRate,
        personalRate: legacy.personalRate,
        employerAmount: legacy.employer,
        personalAmount: legacy.personal,
      });
      continue;
    }
    const c: MonthlyContribution = withLatestFigures(
      year,
      (y) =>
        monthlyContribution({
          month: `${y}-${month.slice(5)}`,
          category: span.category,
          ...(span.category === 'employee' ? { wage: wage ?? '0' } : {}),
        }),
      notes,
    );
    for (const [tier, t] of [
      ['tier1', c.tier1],
      ['tier2', c.tier2],
    ] as const) {
      rows.push({
        ...common,
        tier,
        base: money(c.base),
        employerRate: t.employerRate.toString(),
        personalRate: t.personalRate.toString(),
        employerAmount: money(t.employer),
        personalAmount: money(t.personal),
        payer: c.payer,
      });
    }
  }
  return rows;
}

export interface ResidentYears {
  region: Region;
  fromYear: number;
  toYear: number;
  category: ResidentCategory;
  assistance: (year: number) => Assistance;
  lowIncomeQualifies?: boolean;
  localHukou?: boolean;
  /** Day of November of the year before on which the year is paid. */
  payDay: number;
  /**
   * A history that starts mid-year (a newborn, a new resident): the first month covered
   * ("YYYY-MM") and the day the year was paid; a year of the history that began before it was
   * paid (a newborn born late in the year pays both years at enrolment) is paid that day too.
   */
  first?: { month: string; paidOn: string };
}

/** Yearly records (resident identity): one tier-1 row per year covering its months. */
export function residentRecords(spec: ResidentYears, notes: Set<string>): ContributionRow[] {
  const rows: ContributionRow[] = [];
  for (let year = spec.fromYear; year <= spec.toYear; year += 1) {
    const first = year === spec.fromYear ? spec.first : undefined;
    const startMonth = first !== undefined ? parseInt(first.month.slice(5, 7), 10) : 1;
    const usual = isoDate(year - 1, 11, spec.payDay);
    const paidOn = spec.first !== undefined && spec.first.paidOn > usual ? spec.first.paidOn : usual;
    const assistance = spec.assistance(year);
    let personal: Dec;
    let onBehalf: Dec;
    let tier: ContributionRow['tier'] = 'tier1';
    if (spec.region === 'shaoyang') {
      personal = withLatestFigures(year, (y) => nationalMinimumResident.at(insuranceYearDate(y), 'year').value, notes);
      onBehalf = new Dec(0);
    } else if (year < FIRST_UNIFIED_YEAR) {
      tier = 'legacy_resident';
      // Whether the old scheme paid it on the person's behalf follows the unified rules' first
      // year for the same status (the library decides; the legacy amount is illustrative).
      const exempt = residentContribution({ year: FIRST_UNIFIED_YEAR, category: spec.category, assistance, ...flags(spec) });
      const amount = new Dec(legacyResidentYear(year));
      personal = exempt.subsidisedBy === 'government' ? new Dec(0) : amount;
      onBehalf = amount.minus(personal);
    } else {
      const c = withLatestFigures(year, (y) => residentContribution({ year: y, category: spec.category, assistance, ...flags(spec) }), notes);
      personal = c.personal;
      // The part paid on the person's behalf (government, for fully subsidised residents).
      onBehalf = c.fullAmount.minus(c.personal);
    }
    const row: ContributionRow = {
      month: isoDate(year, startMonth, 1),
      tier,
      months: 13 - startMonth,
      identity: 'resident' as const,
      category: spec.category,
      base: null,
      employerRate: null,
      personalRate: null,
      employerAmount: money(onBehalf),
      personalAmount: money(personal),
      payer: personal.isZero() && !onBehalf.isZero() ? 'government' : 'person',
      status: 'paid',
      dueOn: paidOn > isoDate(year - 1, 12, 31) ? paidOn : isoDate(year - 1, 12, 31),
      paidOn,
    };
    // The 2017 insurance year straddles the unification (2017-07-01, JM-UR 三(一)): its months
    // before July belong to the old 城乡医保 and the rest to tier 1 (RULES §13: a record of one
    // scheme never covers the other's months). The one payment is split by months, the
    // old-scheme part rounded to the fen and tier 1 taking the rest.
    const splitAt = monthIndex(UNIFIED_FROM) - monthIndex(row.month);
    if (tier === 'tier1' && splitAt > 0) {
      const share = (amount: string) => money(new Dec(amount).times(splitAt).dividedBy(row.months));
      const before = { employerAmount: share(row.employerAmount), personalAmount: share(row.personalAmount) };
      rows.push({ ...row, tier: 'legacy_resident', months: splitAt, ...before });
      rows.push({
        ...row,
        month: UNIFIED_FROM,
        months: row.months - splitAt,
        employerAmount: money(new Dec(row.employerAmount).minus(before.employerAmount)),
        personalAmount: money(new Dec(row.personalAmount).minus(before.personalAmount)),
      });
    } else rows.push(row);
  }
  return rows;
}

function flags(spec: ResidentYears): { lowIncomeQualifies?: boolean; localHukou?: boolean } {
  return {
    ...(spec.lowIncomeQualifies !== undefined ? { lowIncomeQualifies: spec.lowIncomeQualifies } : {}),
    ...(spec.localHukou !== undefined ? { localHukou: spec.localHukou } : {}),
  };
}
