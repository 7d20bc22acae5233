/**
 * Every command of the policy library, by name: the CLI (`npm run --silent policy -- <name>`)
 * and, later, the HTTP API run them through the command host (core/command.ts). Each pairs a
 * request schema, a function and a response schema (lib/policy/README.md, "Commands").
 */
import { defineCommand, type PolicyCommand } from './core/command';
import { estimateInpatient } from './jiangmen/inpatient/inpatient';
import { inpatientRequestSchema, inpatientResultSchema } from './jiangmen/inpatient/schema';
import { estimateOutpatient } from './jiangmen/outpatient/outpatient';
import { outpatientQuota } from './jiangmen/outpatient/quota';
import { outpatientRequestSchema, outpatientResultSchema, quotaRequestSchema, quotaResultSchema } from './jiangmen/outpatient/schema';
import { estimateSpecialDisease } from './jiangmen/special-disease/special-disease';
import { specialDiseaseRequestSchema, specialDiseaseResultSchema } from './jiangmen/special-disease/schema';
import { monthlyContribution, residentContribution, type MonthlyContributionInput } from './jiangmen/contributions/contributions';
import {
  monthlyContributionRequestSchema,
  monthlyContributionResultSchema,
  residentContributionRequestSchema,
  residentContributionResultSchema,
} from './jiangmen/contributions/schema';
import { benefitDates } from './jiangmen/benefit-dates/benefit-dates';
import { benefitDatesResultSchema, benefitStartRequestSchema } from './jiangmen/benefit-dates/schema';
import { continuity } from './jiangmen/continuity/continuity';
import { continuityRequestSchema, continuityResultSchema } from './jiangmen/continuity/schema';
import { accumulatedYears } from './jiangmen/years/years';
import { topUp } from './jiangmen/years/topup';
import { topUpRequestSchema, topUpResultSchema, yearsRequestSchema, yearsResultSchema } from './jiangmen/years/schema';
import { retirement } from './national/retirement/retirement';
import { retirementRequestSchema, retirementResultSchema } from './national/retirement/schema';
import { personalAccountCredit } from './jiangmen/personal-account/personal-account';
import { personalAccountRequestSchema, personalAccountResultSchema } from './jiangmen/personal-account/schema';

// ---- care: hospital stays, outpatient visits and quotas, special diseases ----------------------

export const inpatientCommand = defineCommand({
  name: 'inpatient',
  summary: {
    zh: '住院费用估算（江门）：起付标准、一档统筹、大病保险、二档、医疗救助和个人自付，附计算说明。',
    en: 'Hospital stay estimate (Jiangmen): deductible, tier-1 pooling, critical illness, tier 2, assistance and out-of-pocket, with the explanation.',
  },
  request: inpatientRequestSchema,
  response: inpatientResultSchema,
  run: estimateInpatient,
});

export const outpatientCommand = defineCommand({
  name: 'outpatient',
  summary: {
    zh: '普通门诊一次就诊的基金支付（江门或邵阳，按 region 区分）和剩余额度。',
    en: 'General outpatient visit: fund payment and what is left in the pools (Jiangmen or Shaoyang, by region).',
  },
  request: outpatientRequestSchema,
  response: outpatientResultSchema,
  run: estimateOutpatient,
});

export const outpatientQuotaCommand = defineCommand({
  name: 'outpatient-quota',
  summary: {
    zh: '江门普通门诊额度：某一天各额度还剩多少，逐月列出结转情况。',
    en: 'Jiangmen outpatient quotas at a date: what is left in each pool, month by month with carry-over.',
  },
  request: quotaRequestSchema,
  response: quotaResultSchema,
  run: outpatientQuota,
});

export const specialDiseaseCommand = defineCommand({
  name: 'special-disease',
  summary: {
    zh: '江门特定病种门诊一个月的基金支付（一至四类）。',
    en: 'Jiangmen special-disease outpatient costs for one month (classes 1–4).',
  },
  request: specialDiseaseRequestSchema,
  response: specialDiseaseResultSchema,
  run: estimateSpecialDisease,
});

// ---- enrolment: contributions, benefit dates, continuity, years, retirement, top-up, personal account

export const contributionCommand = defineCommand({
  name: 'contribution',
  summary: { zh: '职工身份每月缴费（一档 + 二档）', en: 'Monthly contribution with employee identity (tiers 1 and 2)' },
  request: monthlyContributionRequestSchema,
  response: monthlyContributionResultSchema,
  // The schema refuses retirees (they pay no monthly contribution), so the category contributes.
  run: (input) => monthlyContribution(input as MonthlyContributionInput),
});

export const residentContributionCommand = defineCommand({
  name: 'resident-contribution',
  summary: { zh: '城乡居民每年个人缴费（一档）', en: 'Yearly individual contribution of a resident (tier 1)' },
  request: residentContributionRequestSchema,
  response: residentContributionResultSchema,
  run: residentContribution,
});

export const benefitStartCommand = defineCommand({
  name: 'benefit-start',
  summary: { zh: '什么时候开始（或停止）享受待遇', en: 'When benefits start (or stop)' },
  request: benefitStartRequestSchema,
  response: benefitDatesResultSchema,
  run: benefitDates,
});

export const continuityCommand = defineCommand({
  name: 'continuity',
  summary: { zh: '连续缴费月数、最高支付限额比例和中断', en: 'Continuous months, the cap factor and interruptions' },
  request: continuityRequestSchema,
  response: continuityResultSchema,
  run: continuity,
});

export const yearsCommand = defineCommand({
  name: 'years',
  summary: { zh: '累计缴费年限、最低年限和差额', en: 'Accumulated contribution years, the minimum and the shortfall' },
  request: yearsRequestSchema,
  response: yearsResultSchema,
  run: accumulatedYears,
});

export const retirementCommand = defineCommand({
  name: 'retirement',
  summary: { zh: '法定退休年龄和日期（渐进式延迟）', en: 'Statutory retirement age and date (gradual delay)' },
  request: retirementRequestSchema,
  response: retirementResultSchema,
  run: retirement,
});

export const topUpCommand = defineCommand({
  name: 'topup',
  summary: { zh: '退休时补缴差额年限：一次性或按月', en: 'Topping up missing years at retirement: one-off or monthly' },
  request: topUpRequestSchema,
  response: topUpResultSchema,
  run: topUp,
});

export const personalAccountCommand = defineCommand({
  name: 'personal-account',
  summary: { zh: '二档个人账户每月划入金额', en: 'Monthly personal-account credit (tier 2)' },
  request: personalAccountRequestSchema,
  response: personalAccountResultSchema,
  run: personalAccountCredit,
});

/** The commands, in the order the CLI's usage lists them. */
export const COMMANDS: readonly PolicyCommand[] = [
  inpatientCommand,
  outpatientCommand,
  outpatientQuotaCommand,
  specialDiseaseCommand,
  contributionCommand,
  residentContributionCommand,
  benefitStartCommand,
  continuityCommand,
  yearsCommand,
  retirementCommand,
  topUpCommand,
  personalAccountCommand,
] as readonly PolicyCommand[];

export const commands: ReadonlyMap<string, PolicyCommand> = new Map(COMMANDS.map((c) => [c.name, c]));
