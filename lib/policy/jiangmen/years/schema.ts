/** The `years` and `topup` requests and responses (RULES §5; JM-UR 二(三)4, 三(一)2–3). */
import { z } from 'zod';
import { explanationSchema, isoDateString, isoMonthString, moneyCodec, ratioCodec, wholeMonths } from '../../core';
import { recordsSchema } from '../continuity/records';
import { retirementFields, retirementRequestSchema } from '../../national/retirement/schema';

const text = z.string().min(1).max(200);

export const yearsRequestSchema = z
  .strictObject({
    asOf: isoDateString.describe('The day to count up to (its whole month counts).'),
    records: recordsSchema,
    transferredIn: z
      .array(
        z
          .strictObject({
            origin: text.describe('Where the time was paid, e.g. "广州市".'),
            months: wholeMonths.describe('Months of employee-scheme contribution transferred in.'),
            from: isoMonthString.optional().describe('First month of the transferred period (with `to`: months also paid in Jiangmen count once).'),
            to: isoMonthString.optional().describe('Last month of the transferred period.'),
          })
          .describe('A period transferred in from another region.'),
      )
      .max(50)
      .optional()
      .describe('Periods transferred in from other regions (transferred-in insured also need 10 years actually paid in Jiangmen).'),
    veteranDeemed: z
      .strictObject({ months: wholeMonths.describe('Deemed months.'), basis: text.describe('The rule they are deemed under, e.g. "粤劳社发〔2007〕13号".') })
      .optional()
      .describe("A veteran's deemed contribution time 视同缴费年限."),
    retirement: retirementRequestSchema.optional().describe('For the shortfall at retirement: birth date, group, and optionally a planned date.'),
    lifetimeEntitledOn20170630: z.boolean().optional().describe('Already entitled to lifetime employee-scheme benefits on 2017-06-30 (JM-UR 三(一)2).'),
    crossRegion: z.boolean().optional().describe('Worked across regions: national and provincial rules apply (JM-UR 二(三)4(2)); nothing is computed.'),
    jiangmenPension: z
      .boolean()
      .optional()
      .describe('Entitled to a Jiangmen basic pension: may top up even without an employee-identity month (JM-UR 二(三)4(1), RULES §13).'),
    continueContributing: z
      .boolean()
      .optional()
      .describe('What if: true (default) projects one employee-identity month a month until retirement; false stops contributing now.'),
  })
  .describe('Contribution records and facts for the accumulated years (RULES §5).');
/** A validated `years` request: the input of `accumulatedYears()`. */
export type YearsRequest = z.output<typeof yearsRequestSchema>;

export const topUpRequestSchema = z
  .strictObject({
    date: isoDateString.describe('The day of the one-off payment, or of the first monthly deduction.'),
    shortfallMonths: wholeMonths.max(600).describe('Missing months of accumulated contribution (see `years`).'),
    crossRegion: z.boolean().optional().describe('Worked across regions: national and provincial rules apply instead (JM-UR 二(三)4(2)).'),
  })
  .describe('A shortfall to top up at retirement (RULES §5).');
/** A validated `topup` request: the input of `topUp()`. */
export type TopUpRequest = z.output<typeof topUpRequestSchema>;

const month = z.string().describe('A month, YYYY-MM.');

export const topUpYearSchema = z
  .object({
    year: z.number().int().describe('The calendar year.'),
    months: z.number().int().describe('Monthly deductions in that year.'),
    minimumBase: moneyCodec.describe('The minimum contribution base of the year (yuan a month).'),
    rate: ratioCodec.describe('Employer tier-1 rate + employer tier-2 rate.'),
    monthlyAmount: moneyCodec.describe('One month: minimumBase × rate, rounded to the fen.'),
    amount: moneyCodec.describe('months × monthlyAmount.'),
    projected: z.boolean().describe("The year's figures are not published yet: those of basedOn are used."),
    basedOn: z.number().int().describe('The year whose figures are used.'),
    illustrative: z.boolean().describe('True when an illustrative figure was used.'),
  })
  .describe('One year of the monthly deduction.');
export type TopUpYear = z.output<typeof topUpYearSchema>;
/** A year's top-up figures (a schedule year without its months). */
export type YearFigures = Omit<TopUpYear, 'months' | 'amount'>;

const topUpFields = {
  date: z.string().describe('The top-up date (YYYY-MM-DD).'),
  shortfallMonths: z.number().int().describe('Missing months.'),
  computed: z.boolean().describe('False for cross-region workers (national and provincial rules apply; nothing computed).'),
  lumpSum: z
    .object({
      year: z.number().int().describe('The year whose figures apply: the year of the top-up.'),
      minimumBase: moneyCodec.describe('The minimum contribution base of that year (yuan a month).'),
      rate: ratioCodec.describe('Employer tier-1 rate + employer tier-2 rate.'),
      amount: moneyCodec.describe('shortfallMonths × minimumBase × rate, rounded once to the fen.'),
      illustrative: z.boolean().describe('True when an illustrative figure was used.'),
    })
    .nullable()
    .describe('The one-off payment (null when nothing is computed or nothing is missing).'),
  monthly: z
    .object({
      firstMonth: month.describe('First monthly deduction.'),
      lastMonth: month.describe('Last monthly deduction.'),
      months: z.number().int().describe('Number of deductions (= shortfallMonths).'),
      total: moneyCodec.describe('All deductions together.'),
      schedule: z.array(topUpYearSchema).describe("The deductions year by year, each at its year's figures."),
    })
    .nullable()
    .describe('The alternative: monthly deductions from the pension personal account (null when nothing is computed or missing).'),
  illustrative: z.boolean().describe('True when an illustrative figure was used.'),
};

/** The result of `topUp()` (decimals) and the `topup` response (encoded). */
export const topUpResultSchema = z
  .object({ ...topUpFields, explanation: explanationSchema })
  .describe('The lump-sum top-up and the monthly-deduction alternative, with the explanation.');
export type TopUp = z.output<typeof topUpResultSchema>;
export type TopUpResponse = z.input<typeof topUpResultSchema>;

export const YEARS_STATUSES = ['met', 'not_met', 'lifetime_kept', 'cross_region'] as const;
export type YearsStatus = (typeof YEARS_STATUSES)[number];
export const MINIMUM_REASONS = ['insured_before_2018', 'first_tier2_from_2018', 'no_employee_months_yet'] as const;
/**
 * Who may top up (RULES §13): people insured with employee identity (tiers 1 + 2 or the old
 * 职工医保) or entitled to a Jiangmen pension; nobody else is offered a top-up, and cross-region
 * workers follow national and provincial rules.
 */
export const TOP_UP_ELIGIBILITY = ['employee_identity', 'jiangmen_pension', 'never_employee', 'cross_region'] as const;
export type TopUpEligibility = (typeof TOP_UP_ELIGIBILITY)[number];
/** How the months until retirement are projected: paying on, stopped now (what if), or none with resident identity today. */
export const PROJECTIONS = ['continue', 'stopped', 'resident_identity'] as const;
export type Projection = (typeof PROJECTIONS)[number];

const ymSchema = z.object({ years: z.number().int().describe('Whole years.'), months: z.number().int().describe('And months (0–11).') });

/** The result of `accumulatedYears()` (decimals) and the `years` response (encoded). */
export const yearsResultSchema = z
  .object({
    asOf: z.string().describe('The as-of date.'),
    localMonths: z.number().int().describe('Employee-identity months actually paid in Jiangmen (old employee scheme included).'),
    legacyMonths: z.number().int().describe('Of localMonths, those in the old employee scheme (before 2017-07).'),
    nonCountingMonths: z.number().int().describe('Covered months that do not count: tier 1 only (resident identity) or the old resident scheme.'),
    transfers: z
      .array(
        z
          .object({
            origin: z.string().describe('Where the time was paid.'),
            months: z.number().int().describe('Months transferred in.'),
            counted: z.number().int().describe('Of those, months counted (overlaps with Jiangmen months count once).'),
          })
          .describe('One transferred-in period.'),
      )
      .describe('Each transferred-in period: where from, its months, and the months counted (overlaps with Jiangmen count once).'),
    transferredMonths: z.number().int().describe('Transferred-in months counted.'),
    veteranMonths: z.number().int().describe("A veteran's deemed months."),
    accumulatedMonths: z.number().int().describe('All of them: the accumulated contribution time in months.'),
    accumulated: ymSchema.describe('The same in years and months.'),
    status: z.enum(YEARS_STATUSES).describe('"met", "not_met", "lifetime_kept" (entitled on 2017-06-30) or "cross_region" (not computed).'),
    minimum: z
      .object({
        years: z.number().int().describe('Minimum years: 20 or 25.'),
        months: z.number().int().describe('The same in months.'),
        reason: z.enum(MINIMUM_REASONS).describe('Why: insured before 2018, first tier 2 from 2018, or no employee month yet.'),
        firstEmployeeMonth: month.nullable().describe('First month with an employee-identity record.'),
      })
      .nullable()
      .describe('The minimum for lifetime benefits (null for cross-region workers).'),
    localMinimumMonths: z
      .number()
      .int()
      .nullable()
      .describe('Months that transferred-in insured must actually pay in Jiangmen (null without transferred time).'),
    shortfallNow: z.number().int().nullable().describe('Months still missing today (null for cross-region workers: national and provincial rules apply).'),
    topUpEligibility: z
      .enum(TOP_UP_ELIGIBILITY)
      .describe('Whether a top-up is offered: "employee_identity" or "jiangmen_pension" (offered), "never_employee" or "cross_region" (not offered).'),
    projection: z
      .enum(PROJECTIONS)
      .describe(
        'How months until retirement are counted: "continue" (paying every month), "stopped" (what if stopping now), "resident_identity" (none accrue).',
      ),
    minimumMetInMonth: month.nullable().describe('The month whose contribution completes the minimum if contributions continue (null when met).'),
    atRetirement: z
      .object({
        retirementDate: z.string().describe('The retirement date used: the planned date if allowed, else the statutory one.'),
        retirementMonth: month.describe('Its month (still a contribution month).'),
        projectedMonths: z.number().int().describe('Months still to be paid until then.'),
        accumulatedMonths: z.number().int().describe('Accumulated months at retirement.'),
        shortfallMonths: z.number().int().describe('Months missing at retirement.'),
      })
      .nullable()
      .describe('The position at retirement (null without a retirement request).'),
    retirement: z.object(retirementFields).nullable().describe('The retirement date and window (its steps are part of the explanation).'),
    topUp: z.object(topUpFields).nullable().describe('The top-up at retirement when months are missing (its steps are part of the explanation).'),
    illustrative: z.boolean().describe('True when an illustrative figure was used.'),
    explanation: explanationSchema,
  })
  .describe('Accumulated contribution years, the minimum that applies, the shortfall and the top-up, with the explanation.');
export type Years = z.output<typeof yearsResultSchema>;
export type YearsResponse = z.input<typeof yearsResultSchema>;
