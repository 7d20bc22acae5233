/**
 * This year's hospital-benefit annual caps after the cap factor (RULES §4, §6; JM-UR 二(四)4,
 * 二(四)1(1), 二(四)1(4), 二(四)2(1)): what a resident's continuous months mean in yuan.
 *
 * > 连续缴费……12个月以下（含12个月）的，年度最高支付限额按50%执行；12个月以上24个月以下（含24个月）
 * > 的，按70%执行；24个月以上的，按100%执行。
 *
 * The factor applies to every annual cap of hospital benefits: tier-1 pooling, critical illness
 * and tier 2 (employee identity only; RULES §13: with `tier2ContinuousMonths` its own factor).
 * Critical illness has no cap for 建档立卡贫困人员, 低保 and 特困 (JM-UR 二(四)1(4)).
 */
import { type Dec, money, percent, scaled, step, type Step } from '../../core';
import type { AssistanceStatus, Identity } from '../insured-person';
import { criticalAnnualCap, tier1AnnualCap, tier2AnnualCap } from '../inpatient/parameters';
import { capFactor, capFactorStep } from './continuity';
import { messages } from './messages';

export interface AnnualCapsInput {
  date: string;
  identity: Identity;
  assistance: AssistanceStatus;
  continuousMonths: number;
  /** The employee-identity run, for the tier-2 cap (default continuousMonths). */
  tier2ContinuousMonths?: number;
}

export interface AnnualCaps {
  date: string;
  factor: Dec;
  tier2Factor: Dec | null;
  tier1: Dec;
  /** null: no cap (poverty, 低保, 特困). */
  critical: Dec | null;
  /** null: no tier 2 (resident identity). */
  tier2: Dec | null;
  illustrative: boolean;
  explanation: Step[];
}

const UNCAPPED_CRITICAL: readonly AssistanceStatus[] = ['poverty', 'dibao', 'tekun'];

/** The annual caps on `date` for a person with `continuousMonths` (throws unsupported_date before 2018). */
export function annualCaps(input: AnnualCapsInput): AnnualCaps {
  const { date } = input;
  const explanation: Step[] = [];
  const cf = capFactor(input.continuousMonths, date);
  explanation.push(capFactorStep(input.continuousMonths, cf));
  const t1 = tier1AnnualCap.at(date, 'date');
  const tier1 = scaled(t1.value, cf.factor);
  explanation.push(step(messages.capTier1, { cap: money(t1.value), factor: percent(cf.factor), amount: money(tier1) }, [t1]));
  let critical: Dec | null = null;
  if (UNCAPPED_CRITICAL.includes(input.assistance)) {
    explanation.push(step(messages.capCriticalNone, {}));
  } else {
    const c = criticalAnnualCap.at(date, 'date');
    critical = scaled(c.value, cf.factor);
    explanation.push(step(messages.capCritical, { cap: money(c.value), factor: percent(cf.factor), amount: money(critical) }, [c]));
  }
  let tier2: Dec | null = null;
  let tier2Factor: Dec | null = null;
  if (input.identity === 'employee') {
    const t2Months = input.tier2ContinuousMonths ?? input.continuousMonths;
    const cf2 = t2Months === input.continuousMonths ? cf : capFactor(t2Months, date);
    if (cf2 !== cf) explanation.push(step(messages.capFactorTier2, { months: String(t2Months), factor: percent(cf2.factor) }, [cf2.use]));
    const c2 = tier2AnnualCap.at(date, 'date');
    tier2Factor = cf2.factor;
    tier2 = scaled(c2.value, cf2.factor);
    explanation.push(step(messages.capTier2, { cap: money(c2.value), factor: percent(cf2.factor), amount: money(tier2) }, [c2]));
  }
  return { date, factor: cf.factor, tier2Factor, tier1, critical, tier2, illustrative: false, explanation };
}
