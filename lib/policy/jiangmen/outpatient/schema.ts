/**
 * The `outpatient` request: a discriminated union on `region` (Jiangmen RULES.md §7, Shaoyang
 * §9), and the `outpatient-quota` request (Jiangmen pools at a date).
 */
import { z } from 'zod';
import {
  amountString,
  calendarMonth,
  explainField,
  explanationSchema,
  isoDateString,
  isoMonthString,
  moneyCodec,
  parts,
  withRules,
  type PolicyIssue,
} from '../../core';
import { REGIONS, type Region } from '../insured-person';
import { shaoyangOutpatientResultSchema, shaoyangOutpatientSchema } from '../../shaoyang/schema';

/** Tier 2 (employee identity) and the month of the visit's year from which it is in force. */
export const outpatientPersonSchema = z
  .strictObject({
    tier2: z.boolean().describe('Insured in tier 2 (employee identity).'),
    tier2FromMonth: calendarMonth.optional().describe("The month of the date's year from which tier 2 is in force (default 1; ignored without tier 2)."),
  })
  .describe("The person's tiers.");

/** Where a visit is: the chosen primary clinic 选定的基层定点医疗机构, the other chosen institution (tier 2), or anywhere else. */
export const CLINICS = ['primary', 'other', 'none'] as const;
export type Clinic = (typeof CLINICS)[number];

const jiangmenOutpatientFields = z
  .strictObject({
    region: z.literal('jiangmen' satisfies Region).describe('The insurance region: "jiangmen".'),
    date: isoDateString.describe('The date of the visit.'),
    person: outpatientPersonSchema,
    visit: z
      .strictObject({
        clinic: z.enum(CLINICS).describe('"primary" (the chosen primary clinic), "other" (the tier-2 other chosen institution) or "none" (anywhere else).'),
        referredWithin30Days: z
          .boolean()
          .default(false)
          .describe('At the other chosen institution within 30 days of a referral by the primary clinic (60 % instead of 50 %).'),
        inScope: amountString.describe('Cost within the covered scope, in yuan.'),
      })
      .describe('The visit.'),
    yearToDate: z
      .strictObject({
        tier1Used: amountString.default('0').describe('What the tier-1 pool paid this year before this visit.'),
        tier2PrimaryUsed: amountString.default('0').describe('What the tier-2 pool at the primary clinic paid this year before this visit.'),
        otherUsed: amountString.default('0').describe('What the pool of the other chosen institution paid this year before this visit.'),
      })
      .default({ tier1Used: '0', tier2PrimaryUsed: '0', otherUsed: '0' })
      .describe('What each pool already paid this year, before this visit.'),
    explain: explainField,
  })
  .describe('A general outpatient visit in Jiangmen (RULES §7).');
export type JiangmenOutpatientRequest = z.output<typeof jiangmenOutpatientFields>;

/** Rules across fields of a Jiangmen `outpatient` request. */
export function jiangmenOutpatientIssues(req: JiangmenOutpatientRequest): PolicyIssue[] {
  // JM-UR 二(四)2(3): the 60 % ratio is for the other chosen institution after a referral.
  if (req.visit.referredWithin30Days && req.visit.clinic !== 'other') {
    return [
      {
        path: 'visit.referredWithin30Days',
        message: {
          zh: '转诊后 30 日内就医只适用于“其他选定医疗机构”（clinic 为 "other"）。',
          en: 'A referral within 30 days only applies to the other chosen institution (clinic "other").',
        },
      },
    ];
  }
  return [];
}

export const jiangmenOutpatientSchema = withRules(jiangmenOutpatientFields, jiangmenOutpatientIssues);

/**
 * The `outpatient` request: the region picks the rules (a union on `region`). A missing or
 * unknown region is reported as such, with the regions to choose from (a plain discriminated
 * union would only say "invalid value").
 */
export const outpatientRequestSchema = z
  .preprocess(
    (value, ctx) => {
      const object = typeof value === 'object' && value !== null && !Array.isArray(value);
      const region = object ? (value as { region?: unknown }).region : undefined;
      if (object && !(REGIONS as readonly unknown[]).includes(region))
        ctx.addIssue({ code: 'invalid_value', values: [...REGIONS], input: region, path: ['region'] });
      return value;
    },
    z.discriminatedUnion('region', [jiangmenOutpatientSchema, shaoyangOutpatientSchema]),
  )
  .describe('A general outpatient visit: Jiangmen (RULES §7) or Shaoyang (RULES §9), by region.');
export type OutpatientRequest = z.output<typeof outpatientRequestSchema>;
export type OutpatientRequestInput = z.input<typeof jiangmenOutpatientSchema> | z.input<typeof shaoyangOutpatientSchema>;

const quotaFields = z
  .strictObject({
    region: z.literal('jiangmen' satisfies Region).describe('The insurance region: "jiangmen".'),
    date: isoDateString.describe('The date to report the pools at.'),
    person: outpatientPersonSchema,
    used: z
      .array(
        z
          .strictObject({
            month: isoMonthString.describe("A month of the date's year, up to the date's month."),
            tier1: amountString.default('0').describe('What the tier-1 pool paid that month.'),
            tier2Primary: amountString.default('0').describe('What the tier-2 pool at the primary clinic paid that month.'),
            other: amountString.default('0').describe('What the pool of the other chosen institution paid that month.'),
          })
          .describe("One month's use of the pools."),
      )
      .max(12)
      .default([])
      .describe("What each pool paid in each month of the date's year, up to the date's month (each month once)."),
    explain: explainField,
  })
  .describe('The Jiangmen outpatient pools at a date (RULES §7).');
export type QuotaRequest = z.output<typeof quotaFields>;

/** Rules across fields of an `outpatient-quota` request: months of the date's year, each once. */
export function quotaIssues(req: QuotaRequest): PolicyIssue[] {
  const { year, month } = parts(req.date);
  const seen = new Set<string>();
  const issues: PolicyIssue[] = [];
  for (const [i, u] of req.used.entries()) {
    const y = parseInt(u.month.slice(0, 4), 10);
    const mo = parseInt(u.month.slice(5, 7), 10);
    if (y !== year || mo > month) {
      issues.push({
        path: `used.${i}.month`,
        message: {
          zh: `只能填写 ${year} 年 1 月到 ${month} 月的使用情况（额度不能跨年使用）。`,
          en: `Only months from January to month ${month} of ${year} can be given (the amounts do not carry across years).`,
        },
      });
    } else if (seen.has(u.month)) {
      issues.push({ path: `used.${i}.month`, message: { zh: '同一个月份只能填写一次。', en: 'Each month can be given only once.' } });
    }
    seen.add(u.month);
  }
  return issues;
}

export const quotaRequestSchema = withRules(quotaFields, quotaIssues);

// ---- responses -------------------------------------------------------------------------

/** The result of `estimateJiangmenOutpatient()` (decimals) and its response (encoded). */
export const jiangmenOutpatientResultSchema = z
  .object({
    fund: moneyCodec.describe('Paid by outpatient pooling for this visit.'),
    outOfPocket: moneyCodec.describe('What the person pays: inScope − fund.'),
    remaining: z
      .object({
        tier1: moneyCodec.describe('Left in the tier-1 pool this year.'),
        tier2Primary: moneyCodec.describe('Left in the tier-2 pool at the primary clinic (accrued so far − used).'),
        other: moneyCodec.describe('Left in the pool of the other chosen institution (accrued so far − used).'),
      })
      .describe("What each pool still holds at the visit's date after this visit (tier-2 pools grow again next month)."),
    explanation: explanationSchema,
  })
  .describe('A general outpatient visit in Jiangmen, with the explanation.');
export type JiangmenOutpatientResult = z.output<typeof jiangmenOutpatientResultSchema>;
export type JiangmenOutpatientResponse = z.input<typeof jiangmenOutpatientResultSchema>;

/** The `outpatient` response: the Jiangmen or the Shaoyang result. */
export const outpatientResultSchema = z
  .union([jiangmenOutpatientResultSchema, shaoyangOutpatientResultSchema])
  .describe('The fund payment and what is left in the pools, with the explanation.');
export type OutpatientResult = z.output<typeof outpatientResultSchema>;

const pool = (what: string) =>
  z
    .object({
      limit: moneyCodec.describe(what),
      used: moneyCodec.describe('Used so far this year.'),
      remaining: moneyCodec.describe('What is left at the date.'),
    })
    .describe('A pool at the date.');
const accruing = z.object({
  accrual: moneyCodec.describe("The month's accrual."),
  used: moneyCodec.describe('Used in the month.'),
  carried: moneyCodec.describe('The balance at the end of the month, carried into the next.'),
});

/** The result of `outpatientQuota()` (decimals) and the `outpatient-quota` response (encoded). */
export const quotaResultSchema = z
  .object({
    year: z.string().describe('The year (YYYY).'),
    month: z.string().describe("The date's month (YYYY-MM)."),
    tier1: pool('The yearly tier-1 amount.'),
    tier2Primary: pool('What has accrued so far in the tier-2 pool at the primary clinic.'),
    other: pool('What has accrued so far in the pool of the other chosen institution.'),
    months: z
      .array(
        z
          .object({
            month: z.string().describe('The month (YYYY-MM).'),
            tier1: z
              .object({ used: moneyCodec.describe('Used in the month.'), remaining: moneyCodec.describe('Left at the end of the month.') })
              .describe('The tier-1 pool (yearly, no accrual).'),
            tier2Primary: accruing.describe('The tier-2 pool at the primary clinic.'),
            other: accruing.describe('The pool of the other chosen institution.'),
          })
          .describe('One month of the pools.'),
      )
      .describe('Every month from January to the date, with carry-over.'),
    explanation: explanationSchema,
  })
  .describe('The Jiangmen outpatient pools at a date, month by month, with the explanation.');
export type QuotaResult = z.output<typeof quotaResultSchema>;
export type QuotaResponse = z.input<typeof quotaResultSchema>;
