/**
 * The `inpatient` request and response (the public contract in lib/policy/README.md). One zod
 * schema per request, shared by the portal's forms, the HTTP API and the CLI: the rules that
 * relate several fields (`inpatientIssues`) are part of it (`withRules`), each with its own
 * bilingual message. The response schema encodes the result's decimals (core/codec.ts).
 */
import { z } from 'zod';
import { amountString, dec, explainField, explanationSchema, isoDateString, moneyCodec, withRules, type PolicyIssue } from '../../core';
import { personIssues, personSchema, type Region } from '../insured-person';
import { LEVELS } from './parameters';

/** How the stay began: a referral 转诊, a transfer inside a medical community 医共体, a family bed 家庭病床. */
export const TRANSFERS = ['none', 'referral', 'medical_community', 'family_bed'] as const;
export type Transfer = (typeof TRANSFERS)[number];
/** Care outside Jiangmen: none, with the required filing 备案, or without it. */
export const OUT_OF_TOWN = ['none', 'registered', 'unregistered'] as const;
export type OutOfTown = (typeof OUT_OF_TOWN)[number];

const RUNNING_TOTALS = {
  tier1Paid: 'what tier-1 pooling paid',
  criticalBase: 'the critical-illness base (self-paid in-scope cost after tier 1, deductibles excluded)',
  criticalPaid: 'what critical-illness insurance paid',
  tier2Base: 'the tier-2 base (self-paid in-scope cost after all tier-1 benefits, deductibles excluded)',
  tier2Paid: 'what tier 2 paid',
  assistancePaid: 'what medical assistance paid',
} as const;
type RunningTotal = keyof typeof RUNNING_TOTALS;

/** The year's running totals before this event (RULES.md §6: bases of layers B and C, payments of A–D). */
export const hospitalYearToDateSchema = z
  .strictObject({
    tier1Paid: amountString.default('0').describe(`This year, before this event: ${RUNNING_TOTALS.tier1Paid}.`),
    criticalBase: amountString.default('0').describe(`This year, before this event: ${RUNNING_TOTALS.criticalBase}.`),
    criticalPaid: amountString.default('0').describe(`This year, before this event: ${RUNNING_TOTALS.criticalPaid}.`),
    tier2Base: amountString.default('0').describe(`This year, before this event: ${RUNNING_TOTALS.tier2Base}.`),
    tier2Paid: amountString.default('0').describe(`This year, before this event: ${RUNNING_TOTALS.tier2Paid}.`),
    assistancePaid: amountString.default('0').describe(`This year, before this event: ${RUNNING_TOTALS.assistancePaid}.`),
  })
  .describe("The year's hospital running totals before this event (send back the previous response's yearToDate).");
export type HospitalYearToDate = z.output<typeof hospitalYearToDateSchema>;
export const EMPTY_YEAR_TO_DATE: HospitalYearToDate = {
  tier1Paid: '0',
  criticalBase: '0',
  criticalPaid: '0',
  tier2Base: '0',
  tier2Paid: '0',
  assistancePaid: '0',
};

const inpatientFields = z
  .strictObject({
    region: z.literal('jiangmen' satisfies Region).describe('The insurance region: "jiangmen".'),
    date: isoDateString.describe('The date of the stay (admission); the rules in force on it apply.'),
    person: personSchema,
    stay: z
      .strictObject({
        level: z.enum(LEVELS).describe('Benefit level of the institution ("level1" includes primary-care and unrated designated institutions).'),
        inScope: amountString.describe('Cost within the covered scope 政策范围内费用, in yuan.'),
        outOfScope: amountString.default('0').describe('Cost outside the covered scope 自费, in yuan; no layer pays it.'),
        transfer: z
          .enum(TRANSFERS)
          .default('none')
          .describe(
            'How the stay began: "referral" (按规定转诊), "medical_community" (inside a county medical community), "family_bed" (from a level-2/3 stay), or "none".',
          ),
        referringDeductible: amountString.default('0').describe('With transfer "referral": the deductible already paid in the referring stay.'),
        outOfTown: z
          .enum(OUT_OF_TOWN)
          .default('none')
          .describe('Care outside Jiangmen: "registered" (filed as required), "unregistered" (not filed, or late: ratios halved), or "none".'),
        maternity: z
          .boolean()
          .default(false)
          .describe('A delivery (family-planning compliant, not covered by maternity insurance): tier 1 pays at least the maternity floor.'),
      })
      .describe('The hospital stay.'),
    yearToDate: hospitalYearToDateSchema.default(EMPTY_YEAR_TO_DATE),
    explain: explainField,
  })
  .describe('A hospital stay in Jiangmen to estimate (RULES §6).');

/** A validated request (defaults filled in): the input of `estimateInpatient`. */
export type InpatientRequest = z.output<typeof inpatientFields>;
/** What a caller may send (optional fields may be left out). */
export type InpatientRequestInput = z.input<typeof inpatientFields>;

/**
 * Rules across fields of an `inpatient` request (the person's, then the stay's).
 * - RULING (referringDeductible): it is the deductible paid in the referring stay, so it is
 *   only meaningful with `transfer: "referral"`; a non-zero value with any other transfer is
 *   refused (a zero value is accepted, so forms may always send the field).
 * - RULING (family bed, medical community): both are transfers between Jiangmen designated
 *   institutions (JM-UR 二(四)1(1); GD-MC 二(八) 县域医共体), so they are refused with a
 *   non-designated level or with out-of-town care.
 */
export function inpatientIssues(req: InpatientRequest): PolicyIssue[] {
  const issues = personIssues(req.person);
  const { stay } = req;
  if (stay.transfer !== 'referral' && !dec(stay.referringDeductible).isZero()) {
    issues.push({
      path: 'stay.referringDeductible',
      message: {
        zh: '只有按规定转诊（transfer 为 "referral"）时才填写转出医院已付的起付标准。',
        en: 'The deductible paid at the referring hospital only applies to a referral (transfer "referral").',
      },
    });
  }
  if ((stay.transfer === 'family_bed' || stay.transfer === 'medical_community') && (stay.level === 'non_designated' || stay.outOfTown !== 'none')) {
    issues.push({
      path: 'stay.transfer',
      message: {
        zh: '转家庭病床和医共体内转诊只适用于江门市内的定点医疗机构。',
        en: 'Family-bed and medical-community transfers only apply between designated institutions in Jiangmen.',
      },
    });
  }
  return issues;
}

/** The `inpatient` request's one schema: field rules and the rules across fields. */
export const inpatientRequestSchema = withRules(inpatientFields, inpatientIssues);

// ---- response --------------------------------------------------------------------------

function yearToDateResult(when: string) {
  const field = (k: RunningTotal) => moneyCodec.describe(`This year, ${when}: ${RUNNING_TOTALS[k]}.`);
  return z.object({
    tier1Paid: field('tier1Paid'),
    criticalBase: field('criticalBase'),
    criticalPaid: field('criticalPaid'),
    tier2Base: field('tier2Base'),
    tier2Paid: field('tier2Paid'),
    assistancePaid: field('assistancePaid'),
  });
}

/** The year's running totals after an event settled like a hospital stay (send them back as the next request's `yearToDate`). */
export const hospitalYearToDateResult = yearToDateResult('after this event').describe(
  "The year's hospital running totals after this event: the next event's yearToDate.",
);

/** The result of `estimateInpatient` (decimals) and the `inpatient` response (encoded). */
export const inpatientResultSchema = z
  .object({
    deductible: moneyCodec.describe('The deductible actually borne.'),
    tier1: moneyCodec.describe('Paid by tier-1 hospital pooling 一档住院统筹 (layer A).'),
    critical: moneyCodec.describe('Paid by critical-illness insurance 大病保险 (layer B).'),
    tier2: moneyCodec.describe('Paid by tier 2 二档住院 (layer C, employee identity only).'),
    assistance: moneyCodec.describe('Estimated medical assistance 医疗救助 (layer D, at least this much).'),
    outOfPocket: moneyCodec.describe('What the person pays: inScope + outOfScope − tier1 − critical − tier2 − assistance.'),
    yearToDate: hospitalYearToDateResult,
    explanation: explanationSchema,
  })
  .describe('The estimate of a hospital stay, layer by layer, with its explanation.');
export type InpatientResult = z.output<typeof inpatientResultSchema>;
/** The `inpatient` response as JSON (amounts as 2-decimal strings). */
export type InpatientResponse = z.input<typeof inpatientResultSchema>;
