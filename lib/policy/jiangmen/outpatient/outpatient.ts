/**
 * A general outpatient visit 普通门诊 in Jiangmen (RULES.md §7; JM-UR 二(四)1(3), 二(四)2(3)),
 * from 2018-01-01, and the `outpatient` command's dispatch on `region`.
 *
 * RULING (rounding, RULES.md): the visit's payment (in-scope × ratio) is rounded once to 0.01
 * half-up, then limited by what is left in the pools; out-of-pocket = in-scope − fund.
 * RULING (RULES.md §7, accrual): tier-2 amounts accrue for each month of tier-2 entitlement
 * from January (or `tier2FromMonth`) up to and including the visit's month; unused amounts
 * carry to later months of the same year only.
 * RULING (`remaining`): what each pool still holds at the visit's date after this visit
 * (tier-2 pools: accrued so far − used; they grow again next month).
 * RULING (`tier2FromMonth`): ignored when `tier2` is false; a start after the visit's month
 * means no tier-2 amount has accrued yet.
 */
import { type Dec, ZERO, NO_EXPLANATION, minDec, recorder, round2, step, parts } from '../../core';
import { dec, isZero, minus, money, percent, parameterSet, plus, remainingCap } from '../../core';
import * as m from './messages';
import { otherMonthly, otherRatio, primaryRatio, tier1AnnualQuota, tier2PrimaryMonthly, tier2PrimaryRatio } from './parameters';
import type { JiangmenOutpatientRequest, JiangmenOutpatientResult, OutpatientRequest, OutpatientResult } from './schema';
import { estimateShaoyangOutpatient } from '../../shaoyang/outpatient';

export const outpatientParameters = parameterSet({
  primaryRatio,
  tier1Annual: tier1AnnualQuota,
  tier2Monthly: tier2PrimaryMonthly,
  tier2Ratio: tier2PrimaryRatio,
  otherMonthly,
  otherRatio,
});

/** Months of tier-2 accrual up to and including `month` (0 when tier 2 has not started). */
export function accrualMonths(tier2: boolean, fromMonth: number | undefined, month: number): number {
  if (!tier2) return 0;
  const from = fromMonth ?? 1;
  return month >= from ? month - from + 1 : 0;
}

/** A Jiangmen visit, from a validated request (`jiangmenOutpatientSchema`, rules across fields included). */
export function estimateJiangmenOutpatient(req: JiangmenOutpatientRequest): JiangmenOutpatientResult {
  const { visit, person } = req;
  const p = outpatientParameters.at(req.date);
  const inScope = dec(visit.inScope);
  // Steps are recorded only when an explanation is wanted (`out?.push(step(…))` builds nothing otherwise).
  const out = recorder(req.explain);
  const month = parts(req.date).month;
  const fromMonth = person.tier2FromMonth ?? 1;
  out?.push(step(m.personMessage, { date: req.date, tier2: person.tier2 ? 'yes' : 'no', fromMonth: String(fromMonth) }));

  // JM-UR 二(四)1(3) > 累计每人每年支付最高限额为180元。当年累计未达到最高支付限额，不能结转下年度使用。
  const tier1Used = dec(req.yearToDate.tier1Used);
  const tier1Left = remainingCap(p.tier1Annual.value, tier1Used);
  out?.push(step(m.tier1PoolMessage, { annual: money(p.tier1Annual.value), used: money(tier1Used), left: money(tier1Left) }, [p.tier1Annual]));

  // JM-UR 二(四)2(3) > 每人每月累计最高支付限额为35元……和40元……当月累计未达到最高支付限额，可结转下月使用，但不能跨年度使用。
  const months = accrualMonths(person.tier2, person.tier2FromMonth, month);
  let t2Left = ZERO;
  let otherLeft = ZERO;
  if (person.tier2) {
    if (months === 0) out?.push(step(m.tier2NotYetMessage, { fromMonth: String(fromMonth) }));
    const t2Used = dec(req.yearToDate.tier2PrimaryUsed);
    const t2Accrued = p.tier2Monthly.value.times(months);
    t2Left = remainingCap(t2Accrued, t2Used);
    out?.push(
      step(
        m.tier2PrimaryPoolMessage,
        { months: String(months), monthly: money(p.tier2Monthly.value), accrued: money(t2Accrued), used: money(t2Used), left: money(t2Left) },
        [p.tier2Monthly],
      ),
    );
    const otherUsed = dec(req.yearToDate.otherUsed);
    const otherAccrued = p.otherMonthly.value.times(months);
    otherLeft = remainingCap(otherAccrued, otherUsed);
    out?.push(
      step(
        m.otherPoolMessage,
        { months: String(months), monthly: money(p.otherMonthly.value), accrued: money(otherAccrued), used: money(otherUsed), left: money(otherLeft) },
        [p.otherMonthly],
      ),
    );
  }

  let fromTier1 = ZERO;
  let fromTier2 = ZERO;
  let fromOther = ZERO;
  if (visit.clinic === 'none') {
    // RULES.md §7 — visits elsewhere get nothing from outpatient pooling.
    out?.push(step(m.notCoveredMessage, { inScope: money(inScope), fund: money(ZERO) }));
  } else if (visit.clinic === 'primary') {
    // JM-UR 二(四)1(3) > 参保人在选定的基层定点医疗机构普通门诊就医，基金支付比例为70%
    const computed = round2(inScope.times(p.primaryRatio.value));
    out?.push(step(m.primaryComputedMessage, { inScope: money(inScope), ratio: percent(p.primaryRatio.value), computed: money(computed) }, [p.primaryRatio]));
    fromTier1 = minDec(computed, tier1Left);
    out?.push(step(m.primaryTier1Message, { left: money(tier1Left), tier1: money(fromTier1) }));
    const rest = minus(computed, fromTier1);
    if (person.tier2 && !isZero(rest)) {
      // JM-UR 二(四)2(3) > 先使用完一档最高支付限额后二档最高支付限额为420元
      // RULING (RULES.md §7): the tier-2 ratio at the primary clinic is 70 %, so the part the
      // tier-1 amount cannot cover is the same 70 % of the cost.
      fromTier2 = minDec(rest, t2Left);
      out?.push(
        step(m.primaryTier2Message, { rest: money(rest), ratio: percent(p.tier2Ratio.value), left: money(t2Left), tier2: money(fromTier2) }, [p.tier2Ratio]),
      );
    }
  } else if (!person.tier2) {
    out?.push(step(m.otherNotTier2Message, { inScope: money(inScope), fund: money(ZERO) }));
  } else {
    // JM-UR 二(四)2(3) > 经基层选定医疗机构转诊后30日内在其他选定医疗机构就医的，基金支付比例为60%；
    // > 未经转诊直接到其他选定医疗机构就医的，基金支付比例为50%
    const ratio = visit.referredWithin30Days ? p.otherRatio.value.referred : p.otherRatio.value.direct;
    const computed = round2(inScope.times(ratio));
    fromOther = minDec(computed, otherLeft);
    out?.push(
      step(
        m.otherComputedMessage,
        {
          referred: visit.referredWithin30Days ? 'yes' : 'no',
          inScope: money(inScope),
          ratio: percent(ratio),
          computed: money(computed),
          left: money(otherLeft),
          fund: money(fromOther),
        },
        [p.otherRatio],
      ),
    );
  }
  const fund: Dec = plus(plus(fromTier1, fromTier2), fromOther);
  const outOfPocket = minus(inScope, fund);
  const remaining = { tier1: minus(tier1Left, fromTier1), tier2Primary: minus(t2Left, fromTier2), other: minus(otherLeft, fromOther) };
  out?.push(
    step(m.totalMessage, {
      inScope: money(inScope),
      fund: money(fund),
      outOfPocket: money(outOfPocket),
      tier1: money(remaining.tier1),
      tier2Primary: money(remaining.tier2Primary),
      other: money(remaining.other),
    }),
  );
  return { fund, outOfPocket, remaining, explanation: out ?? NO_EXPLANATION };
}

/** The `outpatient` command: the region picks the rules. */
export function estimateOutpatient(req: OutpatientRequest): OutpatientResult {
  return req.region === 'jiangmen' ? estimateJiangmenOutpatient(req) : estimateShaoyangOutpatient(req);
}
