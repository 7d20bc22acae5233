/** Commands for enrolment: contributions, benefit dates, continuity, years, retirement, top-up, personal account. */
import { z } from 'zod';
import { defineCommand, type PolicyCommand } from './core/command';
import { amountString, isoDateString, isoMonthString, wholeMonths } from './core/validate';
import { monthlyContribution, monthlyContributionJson, residentContribution, residentContributionJson } from './jiangmen/contributions';
import { benefitDates } from './jiangmen/benefit-dates';
import { continuity, recordsSchema, type Run } from './jiangmen/continuity';
import { accumulatedYears, topUp, topUpJson } from './jiangmen/years';
import { retirement } from './national/retirement';
import { personalAccountCredit, personalAccountJson } from './jiangmen/personal-account';

const year = z.number().int().min(1900).max(9999);
const text = z.string().min(1).max(200);
const retirementGroup = z.enum(['male', 'female_55', 'female_50']);

export const contributionCommand = defineCommand({
  name: 'contribution',
  summary: { zh: '职工身份每月缴费（一档 + 二档）', en: 'Monthly contribution with employee identity (tiers 1 and 2)' },
  schema: z.strictObject({
    month: isoMonthString,
    category: z.enum(['employee', 'retiree', 'unemployed', 'flexible', 'self_employed']),
    wage: amountString.optional(),
  }),
  run: (input) => monthlyContributionJson(monthlyContribution(input)),
});

export const residentContributionCommand = defineCommand({
  name: 'resident-contribution',
  summary: { zh: '城乡居民每年个人缴费（一档）', en: 'Yearly individual contribution of a resident (tier 1)' },
  schema: z.strictObject({
    year,
    category: z.enum(['resident', 'student']),
    assistance: z.enum(['none', 'wubao', 'poverty', 'dibao', 'tekun', 'low_income']),
    lowIncomeQualifies: z.boolean().optional(),
    localHukou: z.boolean().optional(),
  }),
  run: (input) => residentContributionJson(residentContribution(input)),
});

export const benefitStartCommand = defineCommand({
  name: 'benefit-start',
  summary: { zh: '什么时候开始（或停止）享受待遇', en: 'When benefits start (or stop)' },
  schema: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('resident_year'), year, paidOn: isoDateString }),
    z.strictObject({ kind: z.literal('newborn'), birthDate: isoDateString, enrolledOn: isoDateString }),
    z.strictObject({
      kind: z.literal('mid_year'),
      reason: z.enum(['new_student', 'newly_unemployed', 'new_retiree', 'veteran', 'released_prisoner', 'new_resident', 'difficult_resident']),
      paidOn: isoDateString,
    }),
    z.strictObject({ kind: z.literal('employee'), paidIn: isoMonthString }),
    z.strictObject({ kind: z.literal('unemployed'), appliedOn: isoDateString }),
    z.strictObject({ kind: z.enum(['flexible', 'self_employed']), paidIn: isoMonthString }),
    z.strictObject({ kind: z.literal('employee_stop'), lastPaidMonth: isoMonthString }),
  ]),
  run: (input) => benefitDates(input),
});

function withoutExplanation<T extends { explanation: unknown }>(r: T): Omit<T, 'explanation'> {
  const { explanation: _steps, ...rest } = r;
  return rest;
}

function runJson(r: Run) {
  return { continuousMonths: r.continuousMonths, runStart: r.runStart, capFactor: r.capFactor === null ? null : r.capFactor.toString() };
}

export const continuityCommand = defineCommand({
  name: 'continuity',
  summary: { zh: '连续缴费月数、最高支付限额比例和中断', en: 'Continuous months, the cap factor and interruptions' },
  schema: z.strictObject({
    asOf: isoDateString,
    records: recordsSchema,
    category: z.enum(['employee', 'unemployed', 'flexible', 'self_employed']).optional(),
  }),
  run: (input) => {
    const r = continuity(input);
    return {
      asOf: r.asOf,
      ...runJson(r),
      coveredMonths: r.coveredMonths,
      interruptions: r.interruptions,
      keptArrears: r.keptArrears,
      pendingArrears: r.pendingArrears,
      tier2: r.tier2 === null ? null : runJson(r.tier2),
      illustrative: r.illustrative,
      explanation: r.explanation,
    };
  },
});

const retirementInput = z.strictObject({ birthDate: isoDateString, group: retirementGroup, plannedDate: isoDateString.optional() });

export const yearsCommand = defineCommand({
  name: 'years',
  summary: { zh: '累计缴费年限、最低年限和差额', en: 'Accumulated contribution years, the minimum and the shortfall' },
  schema: z.strictObject({
    asOf: isoDateString,
    records: recordsSchema,
    transferredIn: z
      .array(z.strictObject({ origin: text, months: wholeMonths, from: isoMonthString.optional(), to: isoMonthString.optional() }))
      .max(50)
      .optional(),
    veteranDeemed: z.strictObject({ months: wholeMonths, basis: text }).optional(),
    retirement: retirementInput.optional(),
    lifetimeEntitledOn20170630: z.boolean().optional(),
    crossRegion: z.boolean().optional(),
  }),
  run: (input) => {
    const r = accumulatedYears(input);
    return {
      ...r,
      // Its steps are already part of `explanation`.
      retirement: r.retirement === null ? null : withoutExplanation(r.retirement),
      topUp: r.topUp === null ? null : withoutExplanation(topUpJson(r.topUp)),
    };
  },
});

export const retirementCommand = defineCommand({
  name: 'retirement',
  summary: { zh: '法定退休年龄和日期（渐进式延迟）', en: 'Statutory retirement age and date (gradual delay)' },
  schema: retirementInput,
  run: (input) => retirement(input),
});

export const topUpCommand = defineCommand({
  name: 'topup',
  summary: { zh: '退休时补缴差额年限：一次性或按月', en: 'Topping up missing years at retirement: one-off or monthly' },
  schema: z.strictObject({ date: isoDateString, shortfallMonths: wholeMonths.max(600), crossRegion: z.boolean().optional() }),
  run: (input) => topUpJson(topUp(input)),
});

export const personalAccountCommand = defineCommand({
  name: 'personal-account',
  summary: { zh: '二档个人账户每月划入金额', en: 'Monthly personal-account credit (tier 2)' },
  schema: z.strictObject({
    month: isoMonthString,
    birthDate: isoDateString,
    status: z.enum(['in_service', 'retired']),
    firstEmployeeInsuranceMonth: isoMonthString,
    base: amountString.optional(),
    dec2016: z.strictObject({ credit: amountString, base: amountString.optional() }).optional(),
    highestHistoricalCredit: amountString.optional(),
    retireeMonthlyAmount: amountString.optional(),
    difficultEnterpriseRetiree: z.boolean().optional(),
  }),
  run: (input) => personalAccountJson(personalAccountCredit(input)),
});

export const enrolmentCommands: readonly PolicyCommand[] = [
  contributionCommand,
  residentContributionCommand,
  benefitStartCommand,
  continuityCommand,
  yearsCommand,
  retirementCommand,
  topUpCommand,
  personalAccountCommand,
] as readonly PolicyCommand[];
