/** The Shaoyang branch of the `outpatient` request (`region: "shaoyang"`), RULES.md §9. */
import { z } from 'zod';
import { amountString, dec, isoDateString, withRules, type PolicyIssue } from '../core';

const shaoyangOutpatientFields = z.strictObject({
  region: z.literal('shaoyang'),
  date: isoDateString,
  visit: z.strictObject({
    /** "primary": the chosen designated primary institution (村卫生室、乡镇卫生院、社区卫生服务中心); "none": anywhere else. */
    clinic: z.enum(['primary', 'none']),
    inScope: amountString,
  }),
  /** What the fund already paid this year and on the visit's day, before this visit. */
  yearToDate: z.strictObject({ used: amountString.default('0'), usedToday: amountString.default('0') }).default({ used: '0', usedToday: '0' }),
});
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
