/**
 * Contribution months as stored (one row per person and period, both tiers in the row; db/SCALE.md)
 * and as the rules read them: one record per tier (`TierRecord`, the policy library's
 * `MonthlyRecord` plus the amounts). The two convert into each other without loss:
 * `contributionMonthsOf(tierRecordsOf(row)) = [row]`, and records that cannot share a row are
 * refused rather than merged (the same rules as migration 0002).
 */
import type { MonthlyRecord, RecordStatus, RecordTier } from '../lib/policy/jiangmen/continuity/records';
import type { ContributionPayer } from '../lib/policy/jiangmen/contributions/payers';
import type { Category, Identity } from '../lib/policy/jiangmen/insured-person';
import type { contributionMonths } from './schema';

/** A stored contribution month (with its person). */
export type ContributionMonth = typeof contributionMonths.$inferSelect;
/** A contribution month without its person (every column given: also what is written). */
export type ContributionMonthRow = Omit<ContributionMonth, 'personId'>;

/** One record per tier: what a contribution month means to the rules (RULES §4, §5). */
export interface TierRecord {
  /** First day of the first month covered. */
  month: string;
  tier: RecordTier;
  months: number;
  identity: Identity;
  category: Category;
  base: string | null;
  employerRate: string | null;
  personalRate: string | null;
  employerAmount: string;
  personalAmount: string;
  payer: ContributionPayer;
  status: RecordStatus;
  dueOn: string;
  paidOn: string | null;
}

/** The tier records of one stored month: tier 1 and tier 2 for a unified employee month, else one. */
export function tierRecordsOf(row: ContributionMonthRow): TierRecord[] {
  const shared = {
    month: row.month,
    months: row.months,
    identity: row.identity,
    category: row.category,
    base: row.base,
    payer: row.payer,
    status: row.status,
    dueOn: row.dueOn,
    paidOn: row.paidOn,
  };
  const first: TierRecord = {
    ...shared,
    tier: row.legacy ? (row.identity === 'employee' ? 'legacy_employee' : 'legacy_resident') : 'tier1',
    employerRate: row.employerRate,
    personalRate: row.personalRate,
    employerAmount: row.employerAmount,
    personalAmount: row.personalAmount,
  };
  if (row.tier2EmployerAmount == null || row.tier2PersonalAmount == null) return [first];
  return [
    first,
    {
      ...shared,
      tier: 'tier2',
      employerRate: row.tier2EmployerRate,
      personalRate: row.tier2PersonalRate,
      employerAmount: row.tier2EmployerAmount,
      personalAmount: row.tier2PersonalAmount,
    },
  ];
}

/** A tier record with its person. */
export type PersonTierRecord = TierRecord & { personId: number };

/** Every tier record of stored months, in the order given. */
export function personTierRecords(rows: readonly ContributionMonth[]): PersonTierRecord[] {
  return rows.flatMap((row) => tierRecordsOf(row).map((r) => ({ personId: row.personId, ...r })));
}

/** The policy library's reading of stored months (continuity, accumulated years). */
export function monthlyRecordsOf(rows: readonly ContributionMonthRow[]): MonthlyRecord[] {
  return rows.flatMap(tierRecordsOf).map((r) => ({
    month: r.month.slice(0, 7),
    months: r.months,
    tier: r.tier,
    identity: r.identity,
    status: r.status,
    dueOn: r.dueOn,
    paidOn: r.paidOn,
  }));
}

const SHARED = ['months', 'identity', 'category', 'base', 'payer', 'status', 'dueOn', 'paidOn'] as const;

/**
 * The stored months of a person's tier records, sorted by month. Throws, naming the month, when
 * records cannot share a row without losing something: a tier-2 record without its tier-1
 * record or with different shared fields, an employee month without tier 2, a legacy tier that
 * does not match the identity, or two records of different schemes in one month.
 */
export function contributionMonthsOf(records: readonly TierRecord[]): ContributionMonthRow[] {
  const byMonth = new Map<string, { main?: TierRecord; tier2?: TierRecord }>();
  for (const r of records) {
    const slot = byMonth.get(r.month) ?? {};
    const key = r.tier === 'tier2' ? 'tier2' : 'main';
    if (slot[key]) throw new Error(`contribution records of ${r.month}: two records of different schemes in one month`);
    slot[key] = r;
    byMonth.set(r.month, slot);
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, { main, tier2 }]) => {
      if (!main) throw new Error(`contribution records of ${month}: a tier-2 record without its tier-1 record`);
      const legacy = main.tier === 'legacy_employee' || main.tier === 'legacy_resident';
      if (legacy && (main.tier === 'legacy_employee') !== (main.identity === 'employee')) {
        throw new Error(`contribution records of ${month}: a legacy record whose tier does not match its identity`);
      }
      if (!legacy && (main.identity === 'employee') !== (tier2 !== undefined)) {
        throw new Error(`contribution records of ${month}: tier 2 belongs to exactly the unified employee-identity months`);
      }
      if (tier2 && SHARED.some((k) => tier2[k] !== main[k])) {
        throw new Error(`contribution records of ${month}: tier 1 and tier 2 differ in a shared field`);
      }
      return {
        month,
        dueOn: main.dueOn,
        paidOn: main.paidOn,
        identity: main.identity,
        category: main.category,
        payer: main.payer,
        status: main.status,
        months: main.months,
        legacy,
        base: main.base,
        employerRate: main.employerRate,
        personalRate: main.personalRate,
        employerAmount: main.employerAmount,
        personalAmount: main.personalAmount,
        tier2EmployerRate: tier2?.employerRate ?? null,
        tier2PersonalRate: tier2?.personalRate ?? null,
        tier2EmployerAmount: tier2?.employerAmount ?? null,
        tier2PersonalAmount: tier2?.personalAmount ?? null,
      };
    });
}
