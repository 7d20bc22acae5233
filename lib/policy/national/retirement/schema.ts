/** The `retirement` request and response (RULES §5, national law). */
import { z } from 'zod';
import { explanationSchema, isoDateString } from '../../core';
import { RETIREMENT_GROUPS } from './parameters';

export const retirementRequestSchema = z
  .strictObject({
    birthDate: isoDateString.describe('Date of birth.'),
    group: z
      .enum(RETIREMENT_GROUPS)
      .describe(
        'Original statutory retirement-age group: "male" (60), "female_55" (women whose original age is 55), "female_50" (women whose original age is 50).',
      ),
    plannedDate: isoDateString.optional().describe('A date the person would like to retire on, checked against the flexible window.'),
  })
  .describe('A person whose statutory retirement date to compute (RULES §5).');
/** A validated `retirement` request: the input of `retirement()`. */
export type RetirementRequest = z.output<typeof retirementRequestSchema>;

export const ageSchema = z
  .object({ years: z.number().int().describe('Whole years.'), months: z.number().int().describe('And months (0–11).') })
  .describe('An age in years and months.');
export type AgeYM = z.output<typeof ageSchema>;

const day = z.string().describe('A date, YYYY-MM-DD.');
const month = z.string().describe('A month, YYYY-MM.');

/** The retirement fields of a result (`years` gives them without their explanation). */
export const retirementFields = {
  birthDate: day.describe('Date of birth.'),
  group: z.enum(RETIREMENT_GROUPS).describe('Original retirement-age group.'),
  originalAge: ageSchema.describe('The original statutory age of the group.'),
  delayMonths: z.number().int().describe('Months of delay under the 2025 decision: min(cap, ceil(m / step)), 0 for births before the base year.'),
  statutoryAge: ageSchema.describe('The statutory retirement age: original age + delay.'),
  originalRetirementDate: day.describe('The day the original statutory age is reached.'),
  retirementDate: day.describe("The day the statutory age is reached (a day that does not exist becomes the month's last day)."),
  retirementMonth: month.describe('The month of retirementDate, still a contribution month for medical insurance.'),
  firstMonthAsRetiree: month.describe('The month after retirementMonth.'),
  earliestDate: day.describe('Earliest flexible early retirement: up to 3 years earlier, never before the original age.'),
  latestDate: day.describe('Latest flexible late retirement: up to 3 years later, by agreement.'),
  planned: z
    .object({
      date: day.describe('The planned date.'),
      allowed: z.boolean().describe('Inside the window earliestDate…latestDate.'),
      monthsFromStatutory: z.number().int().describe('Whole months from retirementDate to the planned date (negative: earlier).'),
    })
    .nullable()
    .describe('The planned date checked against the window (null when none was given).'),
  illustrative: z.boolean().describe('True when an illustrative figure was used.'),
};

/** The result of `retirement()` and the `retirement` response (no amounts: the same JSON). */
export const retirementResultSchema = z
  .object({ ...retirementFields, explanation: explanationSchema })
  .describe('The statutory retirement age and date and the flexible window, with the explanation.');
export type Retirement = z.output<typeof retirementResultSchema>;
