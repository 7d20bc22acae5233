/**
 * The `inpatient` request (the public contract in lib/policy/README.md). One zod schema,
 * shared by the portal's forms, the HTTP API and the CLI. Rules that relate several fields
 * (`inpatientIssues`) are part of the schema (`withRules`), each with its own bilingual message.
 */
import { z } from 'zod';
import { amountString, assertNoIssues, dec, isoDateString, wholeMonths, withRules, type Bilingual, type PolicyIssue } from '../../core';

const issue = (path: string, message: Bilingual): PolicyIssue => ({ path, message });
import { ASSISTANCE_STATUSES, CATEGORIES, CATEGORIES_BY_IDENTITY, CATEGORY_TEXT, IDENTITIES, IDENTITY_TEXT, type Category } from './labels';
import { LEVELS } from './parameters';

export const TRANSFERS = ['none', 'referral', 'medical_community', 'family_bed'] as const;
export type Transfer = (typeof TRANSFERS)[number];
export const OUT_OF_TOWN = ['none', 'registered', 'unregistered'] as const;
export type OutOfTown = (typeof OUT_OF_TOWN)[number];

/** The insured person, as every Jiangmen care command describes them. */
export const personSchema = z.strictObject({
  identity: z.enum(IDENTITIES),
  category: z.enum(CATEGORIES),
  assistance: z.enum(ASSISTANCE_STATUSES),
  continuousMonths: wholeMonths,
});
export type Person = z.output<typeof personSchema>;

/** The year's running totals before this event (RULES.md §6: bases of layers B and C, payments of A–D). */
export const hospitalYearToDateSchema = z.strictObject({
  tier1Paid: amountString.default('0'),
  criticalBase: amountString.default('0'),
  criticalPaid: amountString.default('0'),
  tier2Base: amountString.default('0'),
  tier2Paid: amountString.default('0'),
  assistancePaid: amountString.default('0'),
});
export type HospitalYearToDate = z.output<typeof hospitalYearToDateSchema>;
export const EMPTY_YEAR_TO_DATE: HospitalYearToDate = {
  tier1Paid: '0',
  criticalBase: '0',
  criticalPaid: '0',
  tier2Base: '0',
  tier2Paid: '0',
  assistancePaid: '0',
};

const inpatientFields = z.strictObject({
  region: z.literal('jiangmen'),
  date: isoDateString,
  person: personSchema,
  stay: z.strictObject({
    level: z.enum(LEVELS),
    inScope: amountString,
    outOfScope: amountString.default('0'),
    transfer: z.enum(TRANSFERS).default('none'),
    referringDeductible: amountString.default('0'),
    outOfTown: z.enum(OUT_OF_TOWN).default('none'),
    maternity: z.boolean().default(false),
  }),
  yearToDate: hospitalYearToDateSchema.default(EMPTY_YEAR_TO_DATE),
});

/** A validated request (defaults filled in). */
export type InpatientRequest = z.output<typeof inpatientFields>;
/** What a caller may send (optional fields may be left out). */
export type InpatientRequestInput = z.input<typeof inpatientFields>;

/**
 * Person rules common to the Jiangmen care commands (JM-UR 二(二)).
 * - The category must belong to the identity (resident: resident, student; employee: the rest).
 * - RULING (五保 with employee identity): JM-UR 二(四)1(1) gives 五保 benefits to
 *   "只参加一档的农村五保供养对象" — people in tier 1 only, i.e. resident identity. Employee
 *   identity always carries tier 2 (二(二)2), so the combination is refused as invalid_input
 *   rather than silently dropping either the status or tier 2.
 */
export function personIssues(person: Person, prefix = 'person'): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (!(CATEGORIES_BY_IDENTITY[person.identity] as readonly Category[]).includes(person.category)) {
    const allowed = CATEGORIES_BY_IDENTITY[person.identity].map((c) => `"${c}"`).join(', ');
    issues.push(
      issue(`${prefix}.category`, {
        zh: `“${CATEGORY_TEXT[person.category].zh}”不能以${IDENTITY_TEXT[person.identity].zh}参保；${IDENTITY_TEXT[person.identity].zh}只能是：${allowed}。`,
        en: `"${person.category}" cannot be insured with ${IDENTITY_TEXT[person.identity].en}; for that identity use one of: ${allowed}.`,
      }),
    );
  }
  if (person.assistance === 'wubao' && person.identity === 'employee') {
    issues.push(
      issue(`${prefix}.assistance`, {
        zh: '农村五保供养对象的待遇只适用于只参加一档（城乡居民身份）的参保人；职工身份同时参加一档和二档，不能选“五保”。',
        en: 'Rural five-guarantee (五保) benefits apply to people in tier 1 only (resident identity); employee identity always includes tier 2, so "wubao" cannot be used with it.',
      }),
    );
  }
  return issues;
}

/**
 * Cross-field rules of a hospital stay. Throws `invalid_input` listing every problem.
 * - RULING (referringDeductible): it is the deductible paid in the referring stay, so it is
 *   only meaningful with `transfer: "referral"`; a non-zero value with any other transfer is
 *   refused (a zero value is accepted, so forms may always send the field).
 * - RULING (family bed, medical community): both are transfers between Jiangmen designated
 *   institutions (JM-UR 二(四)1(1); GD-MC 二(八) 县域医共体), so they are refused with a
 *   non-designated level or with out-of-town care.
 */
/** Rules across fields of an `inpatient` request. */
export function inpatientIssues(req: InpatientRequest): PolicyIssue[] {
  const issues = personIssues(req.person);
  const { stay } = req;
  if (stay.transfer !== 'referral' && !dec(stay.referringDeductible).isZero()) {
    issues.push(
      issue('stay.referringDeductible', {
        zh: '只有按规定转诊（transfer 为 "referral"）时才填写转出医院已付的起付标准。',
        en: 'The deductible paid at the referring hospital only applies to a referral (transfer "referral").',
      }),
    );
  }
  if ((stay.transfer === 'family_bed' || stay.transfer === 'medical_community') && (stay.level === 'non_designated' || stay.outOfTown !== 'none')) {
    issues.push(
      issue('stay.transfer', {
        zh: '转家庭病床和医共体内转诊只适用于江门市内的定点医疗机构。',
        en: 'Family-bed and medical-community transfers only apply between designated institutions in Jiangmen.',
      }),
    );
  }
  return issues;
}

/** The `inpatient` request's one schema: field rules and the rules across fields. */
export const inpatientRequestSchema = withRules(inpatientFields, inpatientIssues);

/** For callers that did not go through the schema (e.g. the library's own functions). */
export function checkInpatientRequest(req: InpatientRequest): void {
  assertNoIssues(inpatientIssues(req));
}
