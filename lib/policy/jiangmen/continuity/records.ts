/**
 * Monthly contribution records as the database stores them, and their reading month by month
 * as of a date. Shared by continuity (RULES §4) and accumulated years (RULES §5).
 */
import { z } from 'zod';
import { isoDateString, isoMonthString, monthIndex } from '../../core';
import { checkDate, checkMonth, refuse } from '../../core';

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
export interface MonthlyRecord {
  /** First month covered, "YYYY-MM". */
  month: string;
  /** 1 for monthly payers; up to 12 for a resident's yearly payment (consecutive months from `month`). */
  months: number;
  tier: RecordTier;
  identity: RecordIdentity;
  status: RecordStatus;
  dueOn?: string;
  paidOn?: string | null;
}

export const monthlyRecordSchema = z.strictObject({
  month: isoMonthString,
  months: z.number().int().min(1).max(12),
  tier: z.enum(RECORD_TIERS),
  identity: z.enum(IDENTITIES),
  status: z.enum(RECORD_STATUSES),
  dueOn: isoDateString.optional(),
  paidOn: isoDateString.nullable().optional(),
});

export const recordsSchema = z.array(monthlyRecordSchema).max(5000);

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

/** Checks records handed in directly (the command's schema checks them too). */
export function checkRecords(records: readonly MonthlyRecord[], path = 'records'): void {
  records.forEach((r, i) => {
    checkMonth(r.month, `${path}.${i}.month`);
    if (!Number.isInteger(r.months) || r.months < 1 || r.months > 12) {
      throw refuse(`${path}.${i}.months`, { zh: '月数应为 1 到 12 的整数。', en: 'months must be a whole number from 1 to 12.' });
    }
    if (r.dueOn !== undefined) checkDate(r.dueOn, `${path}.${i}.dueOn`);
    if (r.paidOn !== undefined && r.paidOn !== null) checkDate(r.paidOn, `${path}.${i}.paidOn`);
  });
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
