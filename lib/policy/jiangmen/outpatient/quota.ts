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
import { type Dec, ZERO, NO_EXPLANATION, parts, recorder, step, monthIndex, monthOfIndex } from '../../core';
import { dec, money, remainingCap } from '../../core';
import * as m from './messages';
import { accrualMonths, outpatientParameters } from './outpatient';
import type { QuotaRequest, QuotaResult } from './schema';

type QuotaMonth = QuotaResult['months'][number];

/** The pools at the request's date, from a validated request (`quotaRequestSchema`: months of the date's year, each once). */
export function outpatientQuota(req: QuotaRequest): QuotaResult {
  const p = outpatientParameters.at(req.date);
  const { year, month } = parts(req.date);
  const { tier2, tier2FromMonth } = req.person;
  const byMonth = new Map(req.used.map((u) => [u.month, u]));
  // Steps are recorded only when an explanation is wanted (`out?.push(step(…))` builds nothing otherwise).
  const out = recorder(req.explain);
  out?.push(step(m.personMessage, { date: req.date, tier2: tier2 ? 'yes' : 'no', fromMonth: String(tier2FromMonth ?? 1) }));

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
    if (u1.gt(tier1Left)) out?.push(step(m.quotaOverusedMessage, { month: label, pool: 'tier1' }));
    tier1Left = remainingCap(tier1Left, u1);
    tier1Used = tier1Used.plus(u1);
    if (tier2) {
      if (u2.gt(t2Carried.plus(t2Accrual))) out?.push(step(m.quotaOverusedMessage, { month: label, pool: 'tier2Primary' }));
      if (u3.gt(otherCarried.plus(otherAccrual))) out?.push(step(m.quotaOverusedMessage, { month: label, pool: 'other' }));
    }
    t2Carried = tier2 ? remainingCap(t2Carried.plus(t2Accrual), u2) : ZERO;
    otherCarried = tier2 ? remainingCap(otherCarried.plus(otherAccrual), u3) : ZERO;
    t2Used = t2Used.plus(u2);
    otherUsed = otherUsed.plus(u3);
    const row: QuotaMonth = {
      month: label,
      tier1: { used: u1, remaining: tier1Left },
      tier2Primary: { accrual: t2Accrual, used: u2, carried: t2Carried },
      other: { accrual: otherAccrual, used: u3, carried: otherCarried },
    };
    rows.push(row);
    out?.push(
      step(
        m.quotaMonthMessage,
        {
          month: label,
          tier1Used: money(u1),
          tier1Left: money(tier1Left),
          t2Accrual: money(t2Accrual),
          t2Used: money(u2),
          t2Carried: money(t2Carried),
          otherAccrual: money(otherAccrual),
          otherUsed: money(u3),
          otherCarried: money(otherCarried),
          tier2: tier2 ? 'yes' : 'no',
        },
        mi === 1 ? [p.tier1Annual, p.tier2Monthly, p.otherMonthly] : undefined,
      ),
    );
  }
  out?.push(step(m.quotaYearEndMessage, { year: String(year) }));
  const months = accrualMonths(tier2, tier2FromMonth, month);
  const result: QuotaResult = {
    year: String(year),
    month: monthOfIndex(first + month - 1),
    tier1: { limit: p.tier1Annual.value, used: tier1Used, remaining: tier1Left },
    tier2Primary: { limit: p.tier2Monthly.value.times(months), used: tier2 ? t2Used : ZERO, remaining: t2Carried },
    other: { limit: p.otherMonthly.value.times(months), used: tier2 ? otherUsed : ZERO, remaining: otherCarried },
    months: rows,
    explanation: out ?? NO_EXPLANATION,
  };
  out?.push(
    step(m.quotaSummaryMessage, {
      tier1: money(result.tier1.remaining),
      tier2Primary: money(result.tier2Primary.remaining),
      other: money(result.other.remaining),
    }),
  );
  return result;
}
