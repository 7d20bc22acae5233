/**
 * Outpatient quota status at a date (RULES.md §7; JM-UR 二(四)1(3), 二(四)2(3)): what is left in
 * each pool, month by month with carry-over, within the date's year.
 *
 * > 当月累计未达到最高支付限额，可结转下月使用，但不能跨年度使用。(JM-UR 二(四)2(3))
 * > 当年累计未达到最高支付限额，不能结转下年度使用。(JM-UR 二(四)1(3))
 *
 * RULING (carry-over): a month's balance is last month's balance + this month's accrual − this
 * month's use, never below 0 (a month cannot borrow from later months); recorded use above
 * what was available is flagged in the explanation instead of refused.
 */
import { type Dec, type Step, ZERO, assertNoIssues, parts, step, monthIndex, monthOfIndex } from '../../core';
import { dec, money, remainingCap } from '../../core';
import * as m from './messages';
import { accrualMonths, outpatientParameters } from './outpatient';
import { quotaIssues, type QuotaRequest } from './schema';

export interface PoolStatus {
  /** Yearly (tier 1) or accrued-so-far (tier 2) amount. */
  limit: string;
  used: string;
  remaining: string;
}

export interface QuotaMonth {
  month: string;
  tier1: { used: string; remaining: string };
  tier2Primary: { accrual: string; used: string; carried: string };
  other: { accrual: string; used: string; carried: string };
}

export interface QuotaResult {
  year: string;
  month: string;
  tier1: PoolStatus;
  tier2Primary: PoolStatus;
  other: PoolStatus;
  months: QuotaMonth[];
  explanation: Step[];
}

export function outpatientQuota(req: QuotaRequest): QuotaResult {
  assertNoIssues(quotaIssues(req));
  const p = outpatientParameters.at(req.date);
  const { year, month } = parts(req.date);
  const { tier2, tier2FromMonth } = req.person;
  const byMonth = new Map(req.used.map((u) => [u.month, u]));
  const out: Step[] = [];
  out.push(step(m.personMessage, { date: req.date, tier2: tier2 ? 'yes' : 'no', fromMonth: String(tier2FromMonth ?? 1) }));

  const rows: QuotaMonth[] = [];
  let tier1Left = p.tier1Annual.value;
  let tier1Used: Dec = ZERO;
  let t2Carried: Dec = ZERO;
  let t2Used: Dec = ZERO;
  let otherCarried: Dec = ZERO;
  let otherUsed: Dec = ZERO;
  const first = monthIndex(year, 1);
  for (let mi = 1; mi <= month; mi += 1) {
    const label = monthOfIndex(first + mi - 1);
    const u = byMonth.get(label);
    const u1 = u ? dec(u.tier1) : ZERO;
    const u2 = u ? dec(u.tier2Primary) : ZERO;
    const u3 = u ? dec(u.other) : ZERO;
    const entitled = accrualMonths(tier2, tier2FromMonth, mi) > 0;
    const t2Accrual = entitled ? p.tier2Monthly.value : ZERO;
    const otherAccrual = entitled ? p.otherMonthly.value : ZERO;
    if (u1.gt(tier1Left)) out.push(step(m.quotaOverusedMessage, { month: label, pool: 'tier1' }));
    tier1Left = remainingCap(tier1Left, u1);
    tier1Used = tier1Used.plus(u1);
    if (tier2) {
      if (u2.gt(t2Carried.plus(t2Accrual))) out.push(step(m.quotaOverusedMessage, { month: label, pool: 'tier2Primary' }));
      if (u3.gt(otherCarried.plus(otherAccrual))) out.push(step(m.quotaOverusedMessage, { month: label, pool: 'other' }));
    }
    t2Carried = tier2 ? remainingCap(t2Carried.plus(t2Accrual), u2) : ZERO;
    otherCarried = tier2 ? remainingCap(otherCarried.plus(otherAccrual), u3) : ZERO;
    t2Used = t2Used.plus(u2);
    otherUsed = otherUsed.plus(u3);
    const row: QuotaMonth = {
      month: label,
      tier1: { used: money(u1), remaining: money(tier1Left) },
      tier2Primary: { accrual: money(t2Accrual), used: money(u2), carried: money(t2Carried) },
      other: { accrual: money(otherAccrual), used: money(u3), carried: money(otherCarried) },
    };
    rows.push(row);
    out.push(
      step(
        m.quotaMonthMessage,
        {
          month: label,
          tier1Used: row.tier1.used,
          tier1Left: row.tier1.remaining,
          t2Accrual: row.tier2Primary.accrual,
          t2Used: row.tier2Primary.used,
          t2Carried: row.tier2Primary.carried,
          otherAccrual: row.other.accrual,
          otherUsed: row.other.used,
          otherCarried: row.other.carried,
          tier2: tier2 ? 'yes' : 'no',
        },
        mi === 1 ? [p.tier1Annual, p.tier2Monthly, p.otherMonthly] : undefined,
      ),
    );
  }
  out.push(step(m.quotaYearEndMessage, { year: String(year) }));
  const months = accrualMonths(tier2, tier2FromMonth, month);
  const result: QuotaResult = {
    year: String(year),
    month: monthOfIndex(first + month - 1),
    tier1: { limit: money(p.tier1Annual.value), used: money(tier1Used), remaining: money(tier1Left) },
    tier2Primary: { limit: money(p.tier2Monthly.value.times(months)), used: money(tier2 ? t2Used : ZERO), remaining: money(t2Carried) },
    other: { limit: money(p.otherMonthly.value.times(months)), used: money(tier2 ? otherUsed : ZERO), remaining: money(otherCarried) },
    months: rows,
    explanation: out,
  };
  out.push(step(m.quotaSummaryMessage, { tier1: result.tier1.remaining, tier2Primary: result.tier2Primary.remaining, other: result.other.remaining }));
  return result;
}
