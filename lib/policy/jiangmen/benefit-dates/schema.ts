/** The `benefit-start` request and response (RULES §3; JM-UR 二(三)3). */
import { z } from 'zod';
import { explanationSchema, isoDateString, isoMonthString, withRules } from '../../core';

/** The special resident categories that may enrol during the year (JM-UR 二(三)3; newborns: kind "newborn"). */
export const MID_YEAR_REASONS = [
  'new_student',
  'newly_unemployed',
  'new_retiree',
  'veteran',
  'released_prisoner',
  'new_resident',
  'difficult_resident',
] as const;
export type MidYearReason = (typeof MID_YEAR_REASONS)[number];

/** The routes by which benefits start (or, `employee_stop`, stop): one request shape each. */
export const BENEFIT_START_KINDS = ['resident_year', 'newborn', 'mid_year', 'employee', 'unemployed', 'flexible', 'self_employed', 'employee_stop'] as const;
export type BenefitStartKind = (typeof BENEFIT_START_KINDS)[number];

/** The kinds whose benefits start after the waiting period (JM-UR 二(三)3). */
export const WAITING_KINDS = ['flexible', 'self_employed'] as const satisfies readonly BenefitStartKind[];

const year = z.number().int().min(1900).max(9999);

const newborn = withRules(
  z
    .strictObject({
      kind: z.literal('newborn' satisfies BenefitStartKind).describe('The kind of request: "newborn".'),
      birthDate: isoDateString.describe('Date of birth.'),
      enrolledOn: isoDateString.describe('Date of successful enrolment (payment).'),
    })
    .describe('A newborn: covered from birth when enrolled within three months from the 1st of the month after birth.'),
  (r) =>
    r.enrolledOn < r.birthDate
      ? [{ path: 'enrolledOn', message: { zh: '参保日期不能早于出生日期。', en: 'The enrolment date cannot be before the birth date.' } }]
      : [],
);

export const benefitStartRequestSchema = z
  .discriminatedUnion('kind', [
    z
      .strictObject({
        kind: z.literal('resident_year' satisfies BenefitStartKind).describe('The kind of request: "resident_year".'),
        year: year.describe('The insurance year paid for.'),
        paidOn: isoDateString.describe('Date of payment (due by 31 December of the year before).'),
      })
      .describe("A resident's yearly payment."),
    newborn,
    z
      .strictObject({
        kind: z.literal('mid_year' satisfies BenefitStartKind).describe('The kind of request: "mid_year".'),
        reason: z.enum(MID_YEAR_REASONS).describe('Why the person may enrol during the year.'),
        paidOn: isoDateString.describe('Date of payment of the full-year amount.'),
      })
      .describe('Mid-year enrolment of the special resident categories.'),
    z
      .strictObject({
        kind: z.literal('employee' satisfies BenefitStartKind).describe('The kind of request: "employee".'),
        paidIn: isoMonthString.describe('Month of the first contribution.'),
      })
      .describe('An employee (and employer): the month of the first contribution.'),
    z
      .strictObject({
        kind: z.literal('unemployed' satisfies BenefitStartKind).describe('The kind of request: "unemployed".'),
        appliedOn: isoDateString.describe('Date of applying for unemployment insurance benefit.'),
      })
      .describe('Unemployed, receiving unemployment benefit.'),
    z
      .strictObject({
        kind: z.enum(WAITING_KINDS).describe('"flexible" or "self_employed".'),
        paidIn: isoMonthString.describe('Month of the first contribution (month 1 of the wait).'),
      })
      .describe('A flexible worker or self-employed person without employees.'),
    z
      .strictObject({
        kind: z.literal('employee_stop' satisfies BenefitStartKind).describe('The kind of request: "employee_stop".'),
        lastPaidMonth: isoMonthString.describe('The last month contributed for.'),
      })
      .describe('Employee identity stopping.'),
  ])
  .describe('When benefits start or stop: one shape per kind (RULES §3).');
/** A validated `benefit-start` request: the input of `benefitDates()`. */
export type BenefitStartRequest = z.output<typeof benefitStartRequestSchema>;

const day = z.string().describe('A date, YYYY-MM-DD.');

/** The result of `benefitDates()` and the `benefit-start` response (no amounts: the same JSON). */
export const benefitDatesResultSchema = z
  .object({
    kind: z.enum(BENEFIT_START_KINDS).describe('The kind of the request.'),
    start: day.nullable().describe('First day with benefits (null: no benefits by this route, e.g. a late yearly payment).'),
    lastDay: day.nullable().describe('Last day covered, where the payment fixes it (a paid year); else null.'),
    stopsOn: day.nullable().describe('Employee identity stopping: the first day without benefits; else null.'),
    yearsToPay: z.array(z.number().int()).describe('Insurance years the person must pay for (residents and newborns).'),
    illustrative: z.boolean().describe('True when an illustrative figure was used.'),
    explanation: explanationSchema,
  })
  .describe('When benefits start or stop, with the explanation.');
export type BenefitDates = z.output<typeof benefitDatesResultSchema>;
