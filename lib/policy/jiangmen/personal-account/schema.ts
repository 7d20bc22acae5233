/** The `personal-account` request and response (RULES §11; JM-UR 二(四)2(4), 三(一)1). */
import { z } from 'zod';
import { amountString, explanationSchema, isoDateString, isoMonthString, moneyCodec } from '../../core';

/** In service 在职 or retired 退休. */
export const EMPLOYMENT_STATUSES = ['in_service', 'retired'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

/** Why the month is credited what it is. */
export const CREDIT_BASES = [
  'age_minimum',
  'dec2016_credit',
  'dec2016_recomputed',
  'historical_highest',
  'own_contribution',
  'retiree_amount',
  'none',
] as const;
export type CreditBasis = (typeof CREDIT_BASES)[number];

export const personalAccountRequestSchema = z
  .strictObject({
    month: isoMonthString.describe('The month credited (from 2017-01).'),
    birthDate: isoDateString.describe('Date of birth (the age group is the age on the 1st of the month).'),
    status: z.enum(EMPLOYMENT_STATUSES).describe('"in_service" or "retired".'),
    firstEmployeeInsuranceMonth: isoMonthString.describe('First month in the Jiangmen employee scheme 职工医保 or tier 2.'),
    base: amountString.optional().describe("This month's contribution base (in service): the own 2 % contribution is credited when higher."),
    dec2016: z
      .strictObject({
        credit: amountString.describe('The December-2016 credit.'),
        base: amountString.optional().describe("That month's contribution base (a lower base now recomputes the credit)."),
      })
      .optional()
      .describe('Insured before 2017: the own December-2016 credit.'),
    highestHistoricalCredit: amountString.optional().describe('Insured before 2017 without a December-2016 credit: the highest credit ever made.'),
    retireeMonthlyAmount: amountString
      .optional()
      .describe('Retirees: the per-person amount under the old employee-scheme method (required for retirees who have an account).'),
    difficultEnterpriseRetiree: z.boolean().optional().describe('A retiree of a difficult enterprise: no personal account (JM-UR 三(一)1).'),
  })
  .describe('A month of a tier-2 personal account to credit (RULES §11).');
/** A validated `personal-account` request: the input of `personalAccountCredit()`. */
export type PersonalAccountRequest = z.output<typeof personalAccountRequestSchema>;

/** The result of `personalAccountCredit()` (decimals) and the `personal-account` response (encoded). */
export const personalAccountResultSchema = z
  .object({
    month: z.string().describe('The month credited (YYYY-MM).'),
    credit: moneyCodec.describe('The monthly credit.'),
    basis: z
      .enum(CREDIT_BASES)
      .describe('Why: the age minimum, the December-2016 credit (or recomputed), the highest past credit, the own contribution, the retiree amount, or none.'),
    age: z.number().int().describe('Age in completed years on the 1st of the month.'),
    illustrative: z.boolean().describe('True when an illustrative figure was used.'),
    explanation: explanationSchema,
  })
  .describe('The monthly personal-account credit, with the explanation.');
export type PersonalAccount = z.output<typeof personalAccountResultSchema>;
export type PersonalAccountResponse = z.input<typeof personalAccountResultSchema>;
