/** The `contribution` and `resident-contribution` requests and responses (RULES §1–2; JM-UR 二(三)1–2). */
import { z } from 'zod';
import { amountString, explanationSchema, isoMonthString, moneyCodec, ratioCodec, withRules, type PolicyIssue } from '../../core';
import { ASSISTANCE_STATUSES, CATEGORIES_BY_IDENTITY, CONTRIBUTING_CATEGORIES } from '../insured-person';
import { UNIFIED_FROM } from './parameters';
import { MONTHLY_PAYERS } from './payers';

const monthlyFields = z
  .strictObject({
    month: isoMonthString.describe('The month contributed for (from 2017-07).'),
    category: z
      .enum(CATEGORIES_BY_IDENTITY.employee)
      .describe(
        'Employee-identity category: "employee", "unemployed", "flexible" or "self_employed" ("retiree" is refused: retirees pay no monthly contribution).',
      ),
    wage: amountString.optional().describe('Own monthly wage: employees only (the others contribute on the minimum base).'),
  })
  .describe('A month of contributions with employee identity (RULES §2).');

/**
 * Rules across fields of a `contribution` request, the first that applies (a month before the
 * unified rules is refused as `unsupported_date` by `monthlyContribution`, before these).
 * - RULING (retirees, JM-UR 二(三)4): no monthly contribution; refused, pointing to `topup`.
 * - Employees contribute on their own wage, so it is required; the others on the minimum base,
 *   so a wage is refused.
 */
export function monthlyContributionIssues(req: z.output<typeof monthlyFields>): PolicyIssue[] {
  if (`${req.month}-01` < UNIFIED_FROM) return [];
  if (req.category === 'retiree') {
    return [
      {
        path: 'category',
        message: {
          zh: '退休人员不按月缴费：累计缴费年限已达到最低年限的，退休后不再缴费；未达到的，一次性或按月补缴差额年限（用补缴计算 topup）。（JM-UR 二(三)4）',
          en: 'Retirees pay no monthly contribution: those with the minimum contribution years pay nothing after retiring; those short of it top up the missing years in one payment or monthly (use the top-up calculation, topup). (JM-UR 二(三)4)',
        },
      },
    ];
  }
  if (req.category === 'employee' && req.wage === undefined) {
    return [{ path: 'wage', message: { zh: '职工请填写本人月工资。', en: 'For an employee, enter the monthly wage.' } }];
  }
  if (req.category !== 'employee' && req.wage !== undefined) {
    return [
      {
        path: 'wage',
        message: {
          zh: '只有职工按本人工资缴费；失业人员、灵活就业人员和无雇工的个体工商户按最低缴费基数缴费，不用填工资。',
          en: 'Only employees contribute on their own wage; the unemployed, flexible workers and the self-employed contribute on the minimum base: leave the wage out.',
        },
      },
    ];
  }
  return [];
}

export const monthlyContributionRequestSchema = withRules(monthlyFields, monthlyContributionIssues);
/** A validated `contribution` request: the input of `monthlyContribution()`. */
export type MonthlyContributionRequest = z.output<typeof monthlyContributionRequestSchema>;

export const residentContributionRequestSchema = z
  .strictObject({
    year: z.number().int().min(1900).max(9999).describe('The insurance year paid for (a calendar year, from 2017).'),
    category: z.enum(CATEGORIES_BY_IDENTITY.resident).describe('Resident-identity category: "resident" or "student".'),
    assistance: z.enum(ASSISTANCE_STATUSES).describe('Assistance status ("none" if none): difficult residents with local household registration pay nothing.'),
    lowIncomeQualifies: z
      .boolean()
      .optional()
      .describe('A low-income family member aged 60 or over, a minor, severely disabled or seriously ill (default false: the member pays).'),
    localHukou: z.boolean().optional().describe('Local household registration 本市户籍 (default true; difficult residents registered elsewhere pay in full).'),
  })
  .describe("A resident's yearly individual contribution (RULES §1–2).");
/** A validated `resident-contribution` request: the input of `residentContribution()`. */
export type ResidentContributionRequest = z.output<typeof residentContributionRequestSchema>;

export const tierContributionSchema = z
  .object({
    employerRate: ratioCodec.describe('The employer rate.'),
    personalRate: ratioCodec.describe('The personal rate.'),
    employer: moneyCodec.describe('The part at the employer rate (paid by the employer for employees; see payer).'),
    personal: moneyCodec.describe('The part at the personal rate (paid by the employee for employees; see payer).'),
    total: moneyCodec.describe('employer + personal.'),
  })
  .describe("One tier's contribution for the month.");
export type TierContribution = z.output<typeof tierContributionSchema>;

/** The result of `monthlyContribution()` (decimals) and the `contribution` response (encoded). */
export const monthlyContributionResultSchema = z
  .object({
    month: z.string().describe('The month contributed for (YYYY-MM).'),
    category: z.enum(CONTRIBUTING_CATEGORIES).describe('The category.'),
    base: moneyCodec.describe('The contribution base used (yuan a month).'),
    minimumBase: moneyCodec.describe('The minimum contribution base of the month (yuan a month).'),
    tier1: tierContributionSchema.describe('Tier 1 (3.5 %).'),
    tier2: tierContributionSchema.describe("Tier 2 (the year's rate)."),
    total: moneyCodec.describe('tier1.total + tier2.total.'),
    payer: z.enum(MONTHLY_PAYERS).describe('Who pays both parts: "employer_and_person", "person" (flexible, self-employed) or "unemployment_fund".'),
    illustrative: z.boolean().describe('True when an illustrative figure was used (yearly statistics not at hand).'),
    explanation: explanationSchema,
  })
  .describe('A month of contributions with employee identity, with the explanation.');
export type MonthlyContribution = z.output<typeof monthlyContributionResultSchema>;
export type MonthlyContributionResponse = z.input<typeof monthlyContributionResultSchema>;

export const RESIDENT_SUBSIDIES = ['none', 'government'] as const;

/** The result of `residentContribution()` (decimals) and the `resident-contribution` response (encoded). */
export const residentContributionResultSchema = z
  .object({
    year: z.number().int().describe('The insurance year.'),
    personal: moneyCodec.describe('What the person pays.'),
    fullAmount: moneyCodec.describe("The year's standard amount (after the national floor)."),
    subsidisedBy: z.enum(RESIDENT_SUBSIDIES).describe('"government" when the individual part is fully subsidised, else "none".'),
    illustrative: z.boolean().describe('True when an illustrative figure was used (yearly statistics not at hand).'),
    explanation: explanationSchema,
  })
  .describe("A resident's yearly individual contribution, with the explanation.");
export type ResidentContribution = z.output<typeof residentContributionResultSchema>;
export type ResidentContributionResponse = z.input<typeof residentContributionResultSchema>;
