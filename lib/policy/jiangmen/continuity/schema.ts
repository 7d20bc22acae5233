/** The `continuity` request and response (RULES §4; JM-UR 二(四)4, 三(一)4). */
import { z } from 'zod';
import { explanationSchema, isoDateString, ratioCodec } from '../../core';
import { CONTRIBUTING_CATEGORIES, IDENTITIES } from '../insured-person';
import { recordsSchema } from './records';

export const continuityRequestSchema = z
  .strictObject({
    asOf: isoDateString.describe('The day to count up to (its whole month counts); payments dated later have not happened yet.'),
    records: recordsSchema,
    category: z
      .enum(CONTRIBUTING_CATEGORIES)
      .optional()
      .describe('Employee-identity category at re-payment (default "employee"): decides when benefits resume after an interruption.'),
    retiredOn: isoDateString
      .optional()
      .describe(
        'Retired with lifetime benefits on this date (RULES §13): no longer contributes and is not interrupted; every month from its month on counts as continuous.',
      ),
  })
  .describe('Monthly contribution records to read as of a date (RULES §4).');
/** A validated `continuity` request: the input of `continuity()`. */
export type ContinuityRequest = z.output<typeof continuityRequestSchema>;

const month = z.string().describe('A month, YYYY-MM.');

export const gapSchema = z
  .object({
    from: month.describe('First month of the gap.'),
    to: month.describe('Last month of the gap.'),
    months: z.number().int().describe('Months in the gap.'),
    backPaidMonths: z.number().int().describe('Of those, months back-paid by the as-of date.'),
  })
  .describe('Consecutive months not paid on time.');
export type Gap = z.output<typeof gapSchema>;

export const interruptionSchema = gapSchema
  .extend({
    ongoing: z.boolean().describe('The gap reaches the as-of month: nothing paid since.'),
    restartMonth: month.nullable().describe('The month the run restarts: the first month paid normally after the gap (null while ongoing).'),
    identityAfter: z.enum(IDENTITIES).nullable().describe('Identity of the re-payment (null while ongoing).'),
    noBenefitsFrom: z.string().describe("First day without benefits: the 1st of the gap's first month (YYYY-MM-DD)."),
    noBenefitsTo: z.string().nullable().describe('Last day without benefits (null while ongoing).'),
    benefitsResumeOn: z.string().nullable().describe('First day with benefits again (null while ongoing).'),
    backPayWouldRestore: z.boolean().describe('A short gap that back-paying would make continuous again.'),
  })
  .describe('An interruption of continuous contribution and its consequences.');
export type Interruption = z.output<typeof interruptionSchema>;

const runFields = {
  continuousMonths: z.number().int().describe('Continuous months up to the as-of month.'),
  runStart: month.nullable().describe('First month of the continuous run (null: none running).'),
  capFactor: ratioCodec.nullable().describe('Share of the annual hospital caps: "0.5", "0.7" or "1" (null before 2018-01-01).'),
};
export const runSchema = z.object(runFields).describe('A continuous run.');
export type Run = z.output<typeof runSchema>;

/** The result of `continuity()` (decimals) and the `continuity` response (encoded). */
export const continuityResultSchema = z
  .object({
    asOf: z.string().describe('The as-of date.'),
    ...runFields,
    coveredMonths: z.number().int().describe('Months covered (paid, or back-paid by the as-of date) up to the as-of month, each counted once.'),
    interruptions: z.array(interruptionSchema).describe('Interruptions, oldest first.'),
    keptArrears: z.array(gapSchema).describe('Arrears of 3 months or fewer, back-paid: continuous, benefits during them paid.'),
    pendingArrears: gapSchema.nullable().describe('Arrears still running at the as-of date, short enough to keep continuity if back-paid.'),
    tier2: runSchema.nullable().describe('The employee-identity run, for the tier-2 cap (null unless the latest covered month has employee identity).'),
    illustrative: z.boolean().describe('True when an illustrative figure was used.'),
    explanation: explanationSchema,
  })
  .describe('Continuous months, the cap factor and the interruptions, with the explanation (the tier-1 run heads the result).');
export type Continuity = z.output<typeof continuityResultSchema>;
export type ContinuityResponse = z.input<typeof continuityResultSchema>;
