/**
 * Hospital stays 住院 in Jiangmen (RULES.md §6), from 2018-01-01: layers A (tier-1 pooling),
 * B (critical-illness insurance), C (tier 2, employee identity) and D (medical assistance).
 *
 * Rounding (RULES.md, "RULING (rounding)"): each layer's payment is rounded to 0.01 half-up
 * before the next layer uses it; out-of-pocket is the total minus the rounded layers, so the
 * parts add up exactly. Every step of the explanation is recorded here, by the code that
 * computes the figure, with the very amounts it used.
 */
import { type Dec, ZERO, NO_EXPLANATION, round2, minDec, maxDec, points, step, type Message, type Step } from '../../core';
import type { Person } from '../insured-person';
import { capFactor, capFactorStep } from '../continuity/continuity';
import { messages as continuityMessages } from '../continuity/messages';
import * as m from './messages';
import {
  deductibleByLevel,
  ratioByLevel,
  tier1AnnualCap,
  retireeDeductibleReduction,
  retireeRatioIncrease,
  wubaoLevel1RatioIncrease,
  maternityFloor,
  unregisteredOutOfTownFactor,
  criticalThreshold,
  criticalThresholdShare,
  criticalBracketEdge,
  criticalRates,
  criticalAnnualCap,
  criticalNonDesignatedReduction,
  tier2Bands,
  tier2NonDesignatedReduction,
  tier2AnnualCap,
  assistanceRatio,
  assistanceAnnualCap,
  assistanceTargetRatio,
  type CriticalGroup,
  type Level,
} from './parameters';
import type { HospitalYearToDate, InpatientRequest, InpatientResult, OutOfTown, Transfer } from './schema';
import { dec, isZero, lte, money, moneyOnce, percent, percentOnce, marginal, minus, parameterSet, plus, remainingCap, scaled, type Slice } from '../../core';

/** Every figure a hospital stay reads, looked up once per date. */
export const hospitalParameters = parameterSet({
  deductible: deductibleByLevel,
  ratio: ratioByLevel,
  tier1Cap: tier1AnnualCap,
  retireeReduction: retireeDeductibleReduction,
  retireeIncrease: retireeRatioIncrease,
  wubaoIncrease: wubaoLevel1RatioIncrease,
  maternityFloor,
  outOfTownFactor: unregisteredOutOfTownFactor,
  criticalThreshold,
  criticalShare: criticalThresholdShare,
  criticalEdge: criticalBracketEdge,
  criticalRates,
  criticalCap: criticalAnnualCap,
  criticalNonDesignated: criticalNonDesignatedReduction,
  tier2Bands,
  tier2NonDesignated: tier2NonDesignatedReduction,
  tier2Cap: tier2AnnualCap,
  assistanceRatio,
  assistanceCap: assistanceAnnualCap,
  assistanceTarget: assistanceTargetRatio,
});

/** The year's hospital running totals as decimals. */
export type YearToDateDec = InpatientResult['yearToDate'];

/** One event settled like a hospital stay (a stay, or a special-disease class-1 month). */
export interface HospitalEvent {
  date: string;
  person: Person;
  level: Level;
  inScope: Dec;
  outOfScope: Dec;
  transfer: Transfer;
  referringDeductible: Dec;
  outOfTown: OutOfTown;
  maternity: boolean;
  yearToDate: YearToDateDec;
  /** False: compute the figures without recording the explanation (`explain: "none"`). */
  explain?: boolean;
  /**
   * Set for special-disease class 1 (JM-UR 附表 "按住院费用结算方式……不设起付标准"): the
   * deductible is 0 and this step says why, instead of the stay's deductible steps.
   */
  noDeductible?: Step;
}

/** What layers A–D pay for one event: the `inpatient` result. */
export type HospitalSettlement = InpatientResult;

/** Critical-illness groups (JM-UR 二(四)1(4)): 五保 and low-income are in the standard group. */
function criticalGroupOf(status: Person['assistance']): CriticalGroup {
  if (status === 'poverty' || status === 'dibao') return 'poverty_dibao';
  if (status === 'tekun') return 'tekun';
  return 'standard';
}

function sliceSteps(out: Step[] | null, msg: Message<{ from: string; to: string; amount: string; rate: string; pay: string }>, slices: readonly Slice[]): void {
  if (out === null) return;
  for (const s of slices) {
    out.push(step(msg, { from: money(s.from), to: money(s.to), amount: money(s.amount), rate: percent(s.rate), pay: exact(s.pay) }));
  }
}

const ONE_HUNDRED_PERCENT = dec('1');
const NO_OPTIONS = {};

/** An exact intermediate amount: two decimals when that is exact, else every decimal it has. */
function exact(value: Dec): string {
  return value.decimalPlaces() <= 2 ? money(value) : value.toDecimalPlaces(6).toString();
}

/** Settles one event through layers A–D. The caller has validated the request. */
export function settleHospital(ev: HospitalEvent): HospitalSettlement {
  const p = hospitalParameters.at(ev.date);
  const { person, level, inScope, yearToDate: ytd } = ev;
  // The steps, recorded only when an explanation is wanted: `out?.push(step(…))` builds nothing otherwise.
  const out = ev.explain === false ? null : ([] as Step[]);
  const employee = person.identity === 'employee';
  const retiree = person.category === 'retiree';
  const wubao = person.assistance === 'wubao';

  // JM-UR 二(二): tier 1 for everyone; employee identity always adds tier 2.
  out?.push(
    step(m.personMessage, {
      date: ev.date,
      identity: person.identity,
      category: person.category,
      status: person.assistance,
      tiers: employee ? '1+2' : '1',
    }),
  );

  // JM-UR 二(四)4 — annual caps scale with continuous contribution.
  const cf = capFactor(person.continuousMonths, ev.date);
  out?.push(capFactorStep(person.continuousMonths, cf));

  // ---- Layer A: tier-1 pooling (JM-UR 二(四)1(1)) --------------------------------------
  let deductible: Dec;
  if (ev.noDeductible !== undefined) {
    deductible = ZERO;
    out?.push(ev.noDeductible);
  } else {
    // > 起付标准分别为一级及以下定点医疗机构500元，二级……600元，三级……900元，非定点医疗机构1500元。
    deductible = p.deductible.value[level];
    out?.push(step(m.deductibleMessage, { level, deductible: money(deductible) }, [p.deductible]));
    if (retiree) {
      // > 同时参加一档和二档的职工退休人员在上述起付标准的基础上降低100元
      const before = deductible;
      deductible = maxDec(ZERO, before.minus(p.retireeReduction.value));
      out?.push(
        step(m.retireeDeductibleMessage, { before: money(before), reduction: moneyOnce(p.retireeReduction.value), deductible: money(deductible) }, [
          p.retireeReduction,
        ]),
      );
    }
    if (wubao) {
      // > 只参加一档的农村五保供养对象住院可以享受零起付标准
      deductible = ZERO;
      out?.push(step(m.wubaoDeductibleMessage, { deductible: money(deductible) }));
    }
    if (ev.transfer === 'family_bed') {
      // > 在二、三级定点医疗机构住院的参保人向家庭病床定点医疗机构转诊并建立家庭病床的，不设起付标准。
      deductible = ZERO;
      out?.push(step(m.familyBedMessage, { deductible: money(deductible) }));
    } else if (ev.transfer === 'referral') {
      // JM-UR 二(四)3 > 对按规定转诊的住院参保人可以连续计算起付标准。
      // RULING (RULES.md §6): this stay's deductible less the one paid in the referring stay, never below 0.
      const before = deductible;
      deductible = maxDec(ZERO, before.minus(ev.referringDeductible));
      out?.push(step(m.referralMessage, { before: money(before), referring: money(ev.referringDeductible), deductible: money(deductible) }));
    } else if (ev.transfer === 'medical_community') {
      // GD-MC 二(八) > 参保人在医共体内上下转诊，视为同一次住院，参保人只付一次起付标准的费用。
      // RULING (RULES.md §6): the later stay's deductible is 0.
      deductible = ZERO;
      out?.push(step(m.medicalCommunityMessage, { deductible: money(deductible) }));
    }
  }

  // > 住院基金支付比例分别为一级及以下……85%，二级……80%，三级……55%，非定点医疗机构40%。
  let ratio = p.ratio.value[level];
  out?.push(step(m.ratioMessage, { level, ratio: percent(ratio) }, [p.ratio]));
  if (retiree) {
    // > ……在上述住院基金支付比例基础上提高5个百分点。
    const before = ratio;
    ratio = minDec(ONE_HUNDRED_PERCENT, before.plus(p.retireeIncrease.value));
    out?.push(step(m.retireeRatioMessage, { before: percent(before), points: points(p.retireeIncrease.value), ratio: percent(ratio) }, [p.retireeIncrease]));
  }
  if (wubao && level === 'level1') {
    // > 在一级及以下定点医疗机构住院，基金支付比例提高10个百分点。
    const before = ratio;
    ratio = minDec(ONE_HUNDRED_PERCENT, before.plus(p.wubaoIncrease.value));
    out?.push(step(m.wubaoRatioMessage, { before: percent(before), points: points(p.wubaoIncrease.value), ratio: percent(ratio) }, [p.wubaoIncrease]));
  }
  const halved = ev.outOfTown === 'unregistered';
  if (halved) {
    // JM-UR 二(四)3 > 未按规定办理或超时办理……手续的，……政策范围内基金支付比例降低为上述标准的50%。
    const before = ratio;
    ratio = before.times(p.outOfTownFactor.value);
    out?.push(
      step(m.unregisteredMessage, { before: percent(before), factor: percentOnce(p.outOfTownFactor.value), ratio: percent(ratio) }, [p.outOfTownFactor]),
    );
  } else if (ev.outOfTown === 'registered') {
    // JM-UR 二(四)3 > 异地安置退休人员和单位派驻市外……基金支付比例和起付标准按我市同等医疗机构级别执行。
    out?.push(step(m.registeredMessage, {}));
  }

  const applied = minDec(deductible, inScope);
  const tier1Cap = scaled(p.tier1Cap.value, cf.factor);
  const tier1Left = remainingCap(tier1Cap, ytd.tier1Paid);
  let tier1: Dec;
  if (lte(inScope, deductible)) {
    tier1 = ZERO;
    out?.push(step(m.belowDeductibleMessage, { inScope: money(inScope), deductible: money(deductible), borne: money(applied), tier1: money(tier1) }));
  } else {
    const computed = round2(minus(inScope, applied).times(ratio));
    if (lte(computed, tier1Left)) {
      tier1 = computed;
      out?.push(
        step(
          m.tier1PaymentMessage,
          { inScope: money(inScope), deductible: money(applied), ratio: percent(ratio), remainingCap: money(tier1Left), tier1: money(tier1) },
          [p.tier1Cap],
        ),
      );
    } else {
      tier1 = tier1Left;
      out?.push(
        step(
          m.tier1CappedMessage,
          {
            inScope: money(inScope),
            deductible: money(applied),
            ratio: percent(ratio),
            computed: money(computed),
            cap: moneyOnce(p.tier1Cap.value),
            factor: percentOnce(cf.factor),
            paidBefore: money(ytd.tier1Paid),
            remainingCap: money(tier1Left),
            tier1: money(tier1),
          },
          [p.tier1Cap],
        ),
      );
    }
  }
  if (ev.maternity) {
    // > 孕产妇享受住院分娩医疗费用待遇，由基金按上述标准支付，基金支付费用低于500元的，按每人每次500元支付。
    // RULING (RULES.md §6): never above the in-scope cost (nor the remaining annual cap).
    const computed = tier1;
    tier1 = maxDec(tier1, minDec(minDec(p.maternityFloor.value, inScope), tier1Left));
    out?.push(
      step(
        m.maternityMessage,
        { computed: money(computed), floor: moneyOnce(p.maternityFloor.value), tier1: money(tier1), deductible: money(minDec(applied, minus(inScope, tier1))) },
        [p.maternityFloor],
      ),
    );
  }
  // RULING (RULES.md §6, maternity): the deductible borne is min(deductible, in-scope − tier 1).
  const deductibleBorne = minDec(applied, minus(inScope, tier1));

  // ---- Layer B: critical illness (JM-UR 二(四)1(4)) -------------------------------------
  // > 超过起赔标准以上、12万元（含12万元）以内的年度累计自付医疗费用（不含起付标准以内的费用）
  // Base: the year's cumulative self-paid in-scope cost after layer A, deductibles excluded.
  const selfPaidA = minus(minus(inScope, deductibleBorne), tier1);
  const critBefore = ytd.criticalBase;
  const critAfter = plus(critBefore, selfPaidA);
  out?.push(step(m.criticalBaseMessage, { selfPaid: money(selfPaidA), before: money(critBefore), after: money(critAfter) }));
  const group = criticalGroupOf(person.assistance);
  const share = p.criticalShare.value[group];
  const start = scaled(p.criticalThreshold.value, share);
  const standard = group === 'standard';
  const critCap = scaled(p.criticalCap.value, cf.factor);
  out?.push(
    step(
      m.criticalThresholdMessage,
      standard
        ? {
            group,
            threshold: moneyOnce(p.criticalThreshold.value),
            share: percentOnce(share),
            start: money(start),
            capFull: moneyOnce(p.criticalCap.value),
            factor: percentOnce(cf.factor),
            cap: money(critCap),
          }
        : {
            group,
            threshold: moneyOnce(p.criticalThreshold.value),
            share: percentOnce(share),
            start: money(start),
            capFull: 'none',
            factor: percentOnce(cf.factor),
            cap: 'none',
          },
      standard ? [p.criticalThreshold, p.criticalShare, p.criticalCap] : [p.criticalThreshold, p.criticalShare],
    ),
  );
  const rates = p.criticalRates.value[group];
  let below = rates.below;
  let above = rates.above;
  if (level === 'non_designated') {
    // > 在非定点医疗机构发生的费用，大病保险赔付比例在上述标准的基础上降低10个百分点。
    below = below.minus(p.criticalNonDesignated.value);
    above = above.minus(p.criticalNonDesignated.value);
    out?.push(step(m.criticalNonDesignatedMessage, { points: points(p.criticalNonDesignated.value) }, [p.criticalNonDesignated]));
  }
  // RULING (RULES.md §6, marginal brackets): this stay pays the slice (before, after] of the
  // scale that starts at the group's threshold: `below` up to the edge, `above` beyond it.
  const crit = marginal(
    critBefore,
    critAfter,
    [
      { upTo: p.criticalEdge.value, rate: below },
      { upTo: null, rate: above },
    ],
    { from: start },
  );
  let critical: Dec;
  const critParams = [p.criticalEdge, p.criticalRates];
  if (crit.slices.length === 0) {
    critical = ZERO;
    out?.push(step(m.criticalNotReachedMessage, { after: money(critAfter), start: money(start), critical: money(critical) }, critParams));
  } else {
    sliceSteps(out, m.criticalSliceMessage, crit.slices);
    const computed = round2(crit.total);
    if (!standard) {
      // > 建档立卡的贫困人员、最低生活保障对象和特困供养人员不设最高赔付限额。
      critical = computed;
      out?.push(step(m.criticalPaymentMessage, { remainingCap: 'none', critical: money(critical) }, critParams));
    } else {
      // > 大病保险资金……累计最高赔付限额为24万元 (× cap factor, JM-UR 二(四)4 "含大病保险待遇").
      const left = remainingCap(critCap, ytd.criticalPaid);
      if (lte(computed, left)) {
        critical = computed;
        out?.push(step(m.criticalPaymentMessage, { remainingCap: money(left), critical: money(critical) }, critParams));
      } else {
        critical = left;
        out?.push(
          step(
            m.criticalCappedMessage,
            {
              computed: money(computed),
              cap: moneyOnce(p.criticalCap.value),
              factor: percentOnce(cf.factor),
              paidBefore: money(ytd.criticalPaid),
              remainingCap: money(left),
              critical: money(critical),
            },
            critParams,
          ),
        );
      }
    }
  }

  // ---- Layer C: tier 2 (JM-UR 二(四)2(1)), employee identity only ------------------------
  let tier2 = ZERO;
  const selfPaidB = minus(selfPaidA, critical);
  let tier2After = ytd.tier2Base;
  if (!employee) {
    out?.push(step(m.tier2NotApplicableMessage, { tier2: money(tier2) }));
  } else {
    // RULING (RULES.md §6 C, order): after all tier-1 benefits, critical illness included.
    // > 享受一档待遇后个人年度累计自付范围内医疗费用（不含起付标准以内的费用）
    tier2After = plus(ytd.tier2Base, selfPaidB);
    out?.push(step(m.tier2BaseMessage, { selfPaid: money(selfPaidB), before: money(ytd.tier2Base), after: money(tier2After) }));
    const reduction = level === 'non_designated' ? p.tier2NonDesignated.value : ZERO;
    const adjusted = !isZero(reduction) || halved;
    if (adjusted) {
      const used = isZero(reduction) ? [p.outOfTownFactor] : halved ? [p.tier2NonDesignated, p.outOfTownFactor] : [p.tier2NonDesignated];
      out?.push(step(m.tier2AdjustMessage, { reduction: points(reduction), halved: halved ? 'yes' : 'no' }, used));
    }
    // Each band's rate, less the non-designated reduction, halved without the out-of-town filing.
    const t2 = marginal(
      ytd.tier2Base,
      tier2After,
      p.tier2Bands.value,
      adjusted
        ? {
            rate: (r: Dec) => {
              const reduced = isZero(reduction) ? r : r.minus(reduction);
              return halved ? reduced.times(p.outOfTownFactor.value) : reduced;
            },
          }
        : NO_OPTIONS,
    );
    sliceSteps(out, m.tier2SliceMessage, t2.slices);
    const computed = round2(t2.total);
    // RULES §13: the tier-2 cap follows the employee-identity run when the request gives it.
    const t2Months = person.tier2ContinuousMonths;
    const cf2 = t2Months === undefined || t2Months === person.continuousMonths ? cf : capFactor(t2Months, ev.date);
    if (cf2 !== cf) out?.push(step(continuityMessages.capFactorTier2, { months: String(t2Months), factor: percent(cf2.factor) }, [cf2.use]));
    const left = remainingCap(scaled(p.tier2Cap.value, cf2.factor), ytd.tier2Paid);
    if (lte(computed, left)) {
      tier2 = computed;
      out?.push(step(m.tier2PaymentMessage, { remainingCap: money(left), tier2: money(tier2) }, [p.tier2Bands, p.tier2Cap]));
    } else {
      tier2 = left;
      out?.push(
        step(
          m.tier2CappedMessage,
          {
            computed: money(computed),
            cap: moneyOnce(p.tier2Cap.value),
            factor: percentOnce(cf2.factor),
            paidBefore: money(ytd.tier2Paid),
            remainingCap: money(left),
            tier2: money(tier2),
          },
          [p.tier2Bands, p.tier2Cap],
        ),
      );
    }
  }

  // ---- Layer D: medical assistance (JM-14 一(一)) ---------------------------------------
  // > 对最低生活保障家庭成员、特困供养人员（含孤儿）、低收入家庭成员等医疗救助比例不低于70%，
  // > 年度最高救助限额不低于8万元
  // RULING (RULES.md §6 D): 70 % of the in-scope cost still self-paid after A–C, deductible
  // included, no threshold; estimated with exactly 70 % and 80 000, labelled "at least".
  let assistance = ZERO;
  const status = person.assistance;
  if (status === 'dibao' || status === 'tekun' || status === 'low_income') {
    const left = minus(minus(minus(inScope, tier1), critical), tier2);
    const computed = round2(left.times(p.assistanceRatio.value));
    const capLeft = remainingCap(p.assistanceCap.value, ytd.assistancePaid);
    assistance = minDec(computed, capLeft);
    out?.push(
      step(
        m.assistancePaymentMessage,
        {
          status,
          left: money(left),
          ratio: percentOnce(p.assistanceRatio.value),
          computed: money(computed),
          cap: moneyOnce(p.assistanceCap.value),
          remainingCap: money(capLeft),
          assistance: money(assistance),
        },
        [p.assistanceRatio, p.assistanceCap],
      ),
    );
    out?.push(step(m.assistanceNoteMessage, { target: percentOnce(p.assistanceTarget.value) }, [p.assistanceTarget]));
  } else if (status === 'poverty') {
    out?.push(step(m.povertyNoteMessage, {}));
  }

  // ---- Totals ---------------------------------------------------------------------------
  // > 自费 costs are never paid by any layer (RULES.md §6).
  if (!isZero(ev.outOfScope)) out?.push(step(m.outOfScopeMessage, { outOfScope: money(ev.outOfScope) }));
  const total = plus(inScope, ev.outOfScope);
  const outOfPocket = minus(minus(minus(minus(total, tier1), critical), tier2), assistance);
  out?.push(
    step(m.totalMessage, {
      total: money(total),
      tier1: money(tier1),
      critical: money(critical),
      tier2: money(tier2),
      assistance: money(assistance),
      outOfPocket: money(outOfPocket),
    }),
  );

  const after: YearToDateDec = {
    tier1Paid: plus(ytd.tier1Paid, tier1),
    criticalBase: critAfter,
    criticalPaid: plus(ytd.criticalPaid, critical),
    tier2Base: tier2After,
    tier2Paid: plus(ytd.tier2Paid, tier2),
    assistancePaid: plus(ytd.assistancePaid, assistance),
  };
  return { deductible: deductibleBorne, tier1, critical, tier2, assistance, outOfPocket, yearToDate: after, explanation: out ?? NO_EXPLANATION };
}

export function yearToDateDec(y: HospitalYearToDate): YearToDateDec {
  return {
    tier1Paid: dec(y.tier1Paid),
    criticalBase: dec(y.criticalBase),
    criticalPaid: dec(y.criticalPaid),
    tier2Base: dec(y.tier2Base),
    tier2Paid: dec(y.tier2Paid),
    assistancePaid: dec(y.assistancePaid),
  };
}

/**
 * Estimates one hospital stay from a validated request: `inpatientRequestSchema` has checked
 * every field and the rules across fields (callers that do not come through the command parse
 * first: `parseInput(inpatientRequestSchema, value)`). Throws PolicyError `unsupported_date`.
 */
export function estimateInpatient(req: InpatientRequest): InpatientResult {
  return settleHospital({
    date: req.date,
    person: req.person,
    level: req.stay.level,
    inScope: dec(req.stay.inScope),
    outOfScope: dec(req.stay.outOfScope),
    transfer: req.stay.transfer,
    referringDeductible: dec(req.stay.referringDeductible),
    outOfTown: req.stay.outOfTown,
    maternity: req.stay.maternity,
    yearToDate: yearToDateDec(req.yearToDate),
    explain: req.explain !== 'none',
  });
}
