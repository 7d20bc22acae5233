/**
 * The `outpatient` request: a discriminated union on `region` (Jiangmen RULES.md §7, Shaoyang
 * §9), and the `outpatient-quota` request (Jiangmen pools at a date).
 */
import { z } from 'zod';
import { amountString, calendarMonth, isoDateString, isoMonthString, parts, withRules, type PolicyIssue } from '../../core';
import { shaoyangOutpatientSchema } from '../../shaoyang/schema';

/** Tier 2 (employee identity) and the month of the visit's year from which it is in force. */
export const outpatientPersonSchema = z.strictObject({
  tier2: z.boolean(),
  tier2FromMonth: calendarMonth.optional(),
});

export const CLINICS = ['primary', 'other', 'none'] as const;

const jiangmenOutpatientFields = z.strictObject({
  region: z.literal('jiangmen'),
  date: isoDateString,
  person: outpatientPersonSchema,
  visit: z.strictObject({
    /** primary: the chosen primary clinic 选定的基层定点医疗机构; other: the other chosen institution (tier 2); none: anywhere else. */
    clinic: z.enum(CLINICS),
    referredWithin30Days: z.boolean().default(false),
    inScope: amountString,
  }),
  /** What each pool already paid this year, before this visit. */
  yearToDate: z
    .strictObject({
      tier1Used: amountString.default('0'),
      tier2PrimaryUsed: amountString.default('0'),
      otherUsed: amountString.default('0'),
    })
    .default({ tier1Used: '0', tier2PrimaryUsed: '0', otherUsed: '0' }),
});
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
 * `region` is checked first so that a missing or unknown region gets a clear message
 * (zod's discriminated union reports only "invalid value"); then the branch is validated.
 */
export const outpatientRequestSchema = z
  .looseObject({ region: z.enum(['jiangmen', 'shaoyang']) })
  .pipe(z.discriminatedUnion('region', [jiangmenOutpatientSchema, shaoyangOutpatientSchema]));
export type OutpatientRequest = z.output<typeof outpatientRequestSchema>;
export type OutpatientRequestInput = z.input<typeof jiangmenOutpatientSchema> | z.input<typeof shaoyangOutpatientSchema>;

const quotaFields = z.strictObject({
  region: z.literal('jiangmen'),
  date: isoDateString,
  person: outpatientPersonSchema,
  /** What each pool paid in each month of the date's year, up to the date's month. */
  used: z
    .array(
      z.strictObject({
        month: isoMonthString,
        tier1: amountString.default('0'),
        tier2Primary: amountString.default('0'),
        other: amountString.default('0'),
      }),
    )
    .max(12)
    .default([]),
});
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
