/**
 * Monthly contribution records as the database stores them, and their reading month by month
 * as of a date. Shared by continuity (RULES §4) and accumulated years (RULES §5).
 */
import { z } from 'zod';
import { isoDateString, isoMonthString, monthIndex, withRules } from '../../core';
import type { PolicyIssue } from '../../core/errors';
import type { Bilingual } from '../../core/text';
import { IDENTITIES, type Identity } from '../insured-person';

/** `legacy_*` = the old 职工医保 / 城乡医保 before the 2017-07-01 unification (JM-UR 三(一)). */
export const RECORD_TIERS = ['tier1', 'tier2', 'legacy_employee', 'legacy_resident'] as const;
export type RecordTier = (typeof RECORD_TIERS)[number];
export const RECORD_TIER_LABELS = {
  tier1: { zh: '一档', en: 'tier 1' },
  tier2: { zh: '二档', en: 'tier 2' },
  legacy_employee: { zh: '原职工医保', en: 'old employee scheme' },
  legacy_resident: { zh: '原城乡医保', en: 'old resident scheme' },
} as const satisfies Record<RecordTier, Bilingual>;

export type RecordIdentity = Identity;

/** Paid on time, owed (arrears 欠费), or paid late (back-paid 补缴). */
export const RECORD_STATUSES = ['paid', 'arrears', 'back_paid'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];
export const RECORD_STATUS_LABELS = {
  paid: { zh: '已缴费', en: 'paid' },
  arrears: { zh: '欠费', en: 'owed' },
  back_paid: { zh: '已补缴', en: 'paid late' },
} as const satisfies Record<RecordStatus, Bilingual>;

/**
 * One stored contribution record. `legacy_*` = the old 职工医保 / 城乡医保 before the
 * 2017-07-01 unification. An employee-identity month normally has two rows (tier1 and tier2).
 */
const recordFields = z
  .strictObject({
    month: isoMonthString.describe('First month covered.'),
    months: z.number().int().min(1).max(12).describe("Months covered from `month`: 1 for monthly payers; up to 12 for a resident's yearly payment."),
    tier: z.enum(RECORD_TIERS).describe('"tier1", "tier2", or the old schemes before 2017-07: "legacy_employee" (职工医保), "legacy_resident" (城乡医保).'),
    identity: z.enum(IDENTITIES).describe('Identity of the contribution: "employee" or "resident".'),
    status: z.enum(RECORD_STATUSES).describe('"paid" on time, "arrears" (owed), or "back_paid" (paid late).'),
    dueOn: isoDateString.optional().describe('When the contribution was due (accepted, not used).'),
    paidOn: isoDateString.nullable().optional().describe('When it was paid; a payment after the as-of date has not happened yet.'),
  })
  .describe('One monthly contribution record, as the database stores it.');

/** The first month of the unified scheme (tiers 1 and 2, JM-UR 三(一)); legacy rows end before it. */
export const UNIFIED_FROM_MONTH = '2017-07';

/**
 * A record that contradicts itself is refused, naming the field (RULES §13): a tier-2 or
 * old-employee-scheme month with resident identity (and an old-resident-scheme month with
 * employee identity); tier-1/tier-2 months before 2017-07 or old-scheme months reaching
 * 2017-07; a back-paid month without the date it was paid.
 */
export function recordIssues(r: z.output<typeof recordFields>): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if ((r.tier === 'tier2' || r.tier === 'legacy_employee') && r.identity === 'resident') {
    issues.push({
      path: 'identity',
      message: {
        zh: '二档和原职工医保的缴费只能是职工身份；城乡居民身份只参加一档。',
        en: 'Tier-2 and old employee-scheme months have employee identity; resident identity has tier 1 only.',
      },
    });
  }
  if (r.tier === 'legacy_resident' && r.identity === 'employee') {
    issues.push({
      path: 'identity',
      message: { zh: '原城乡医保的缴费是城乡居民身份。', en: 'Old resident-scheme months have resident identity.' },
    });
  }
  const legacy = r.tier === 'legacy_employee' || r.tier === 'legacy_resident';
  const first = monthIndex(r.month);
  const unified = monthIndex(UNIFIED_FROM_MONTH);
  if (!legacy && first < unified) {
    issues.push({
      path: 'month',
      message: {
        zh: '一档、二档从 2017 年 7 月起才有；更早的月份是原职工医保或原城乡医保。',
        en: 'Tiers 1 and 2 start in July 2017; earlier months belong to the old employee or resident scheme.',
      },
    });
  }
  if (legacy && first + r.months - 1 >= unified) {
    issues.push({
      path: 'month',
      message: {
        zh: '原职工医保、原城乡医保的缴费只到 2017 年 6 月；以后的月份是一档、二档。',
        en: 'The old schemes end in June 2017; later months belong to tiers 1 and 2.',
      },
    });
  }
  if (r.status === 'back_paid' && (r.paidOn === undefined || r.paidOn === null)) {
    issues.push({
      path: 'paidOn',
      message: { zh: '补缴的月份须写明补缴日期。', en: 'A month paid late needs the date it was paid.' },
    });
  }
  return issues;
}

/** One stored contribution record, with its rules across fields (`recordIssues`). */
export const monthlyRecordSchema = withRules(recordFields, recordIssues).describe('One monthly contribution record, as the database stores it.');

export type MonthlyRecord = z.output<typeof monthlyRecordSchema>;

export const recordsSchema = z
  .array(monthlyRecordSchema)
  .max(5000)
  .describe("The person's contribution records, in any order (a month may have several rows).");

/** How a month stands on the as-of date. */
export type MonthState = 'paid' | 'back_paid' | 'unpaid';

export interface MonthInfo {
  index: number;
  state: MonthState;
  /** Identities of the rows that make the month covered (or of all rows if unpaid). */
  identities: Set<RecordIdentity>;
  /** The month has a legacy (pre-2017-07) row. */
  legacy: boolean;
}

const RANK: Record<MonthState, number> = { unpaid: 0, back_paid: 1, paid: 2 };

/** The state of one row on `asOf`: a payment dated after `asOf` has not happened yet. */
function rowState(r: MonthlyRecord, asOf: string): MonthState {
  if (r.status === 'arrears') return 'unpaid';
  if (r.paidOn !== undefined && r.paidOn !== null && r.paidOn > asOf) return 'unpaid';
  return r.status === 'paid' ? 'paid' : 'back_paid';
}

/**
 * Month-by-month reading of the records up to and including the month of `asOf`; a month
 * with several rows (tier1 + tier2, or a resident year overlapping employee months) is one
 * entry, at the best state of its rows — "重复参加一档缴费的时间不重复计算".
 */
export function readMonths(records: readonly MonthlyRecord[], asOf: string, keep: (r: MonthlyRecord) => boolean = () => true): Map<number, MonthInfo> {
  const last = monthIndex(asOf);
  const months = new Map<number, MonthInfo>();
  for (const r of records) {
    if (!keep(r)) continue;
    const state = rowState(r, asOf);
    const first = monthIndex(r.month);
    for (let k = 0; k < r.months; k += 1) {
      const index = first + k;
      if (index > last) break;
      const info = months.get(index);
      if (info === undefined) {
        months.set(index, { index, state, identities: new Set([r.identity]), legacy: r.tier.startsWith('legacy') });
        continue;
      }
      if (RANK[state] > RANK[info.state]) {
        info.state = state;
        info.identities = new Set([r.identity]);
      } else if (RANK[state] === RANK[info.state]) {
        info.identities.add(r.identity);
      }
      if (r.tier.startsWith('legacy')) info.legacy = true;
    }
  }
  return months;
}

export function isCovered(info: MonthInfo | undefined): boolean {
  return info !== undefined && info.state !== 'unpaid';
}

/** Rows of employee identity (tier 1 + tier 2, old 职工医保). */
export function isEmployeeRow(r: MonthlyRecord): boolean {
  return r.identity === 'employee' && r.tier !== 'legacy_resident';
}
