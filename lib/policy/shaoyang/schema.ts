/** The Shaoyang branch of the `outpatient` request (`region: "shaoyang"`), RULES.md §9. */
import { z } from 'zod';
import type { Region } from '../jiangmen/insured-person';
import { amountString, dec, explainField, explanationSchema, isoDateString, moneyCodec, withRules, type PolicyIssue } from '../core';

/** Where a Shaoyang visit is: the chosen designated primary institution (村卫生室、乡镇卫生院、社区卫生服务中心), or anywhere else. */
export const SHAOYANG_CLINICS = ['primary', 'none'] as const;

const shaoyangOutpatientFields = z
  .strictObject({
    region: z.literal('shaoyang' satisfies Region).describe('The insurance region: "shaoyang".'),
    date: isoDateString.describe('The date of the visit (from 2020-01-01).'),
    visit: z
      .strictObject({
        clinic: z.enum(SHAOYANG_CLINICS).describe('"primary" (the chosen designated primary institution) or "none" (anywhere else).'),
        inScope: amountString.describe('Cost within the covered scope, in yuan.'),
      })
      .describe('The visit.'),
    yearToDate: z
      .strictObject({
        used: amountString.default('0').describe('What the fund already paid this year, before this visit.'),
        usedToday: amountString.default('0').describe("What the fund already paid on the visit's day (part of `used`)."),
      })
      .default({ used: '0', usedToday: '0' })
      .describe("What the fund already paid this year and on the visit's day, before this visit."),
    explain: explainField,
  })
  .describe('A general outpatient visit in Shaoyang (RULES §9; residents, no person needed).');
export type ShaoyangOutpatientRequest = z.output<typeof shaoyangOutpatientFields>;

/** Rules across fields of a Shaoyang `outpatient` request. */
export function shaoyangOutpatientIssues(req: ShaoyangOutpatientRequest): PolicyIssue[] {
  if (dec(req.yearToDate.usedToday).gt(dec(req.yearToDate.used))) {
    return [
      {
        path: 'yearToDate.usedToday',
        message: { zh: '今天已支付的金额不能大于今年已支付的金额。', en: "Today's payments cannot exceed this year's payments." },
      },
    ];
  }
  return [];
}

export const shaoyangOutpatientSchema = withRules(shaoyangOutpatientFields, shaoyangOutpatientIssues);

/** The result of `estimateShaoyangOutpatient()` (decimals) and its response (encoded). */
export const shaoyangOutpatientResultSchema = z
  .object({
    fund: moneyCodec.describe('Paid by outpatient pooling for this visit.'),
    outOfPocket: moneyCodec.describe('What the person pays: inScope − fund.'),
    remaining: z
      .object({ year: moneyCodec.describe('Left of the yearly 600 after this visit.'), today: moneyCodec.describe("Left of the day's 60 after this visit.") })
      .describe('What is left after this visit.'),
    explanation: explanationSchema,
  })
  .describe('A general outpatient visit in Shaoyang, with the explanation.');
export type ShaoyangOutpatientResult = z.output<typeof shaoyangOutpatientResultSchema>;
export type ShaoyangOutpatientResponse = z.input<typeof shaoyangOutpatientResultSchema>;
