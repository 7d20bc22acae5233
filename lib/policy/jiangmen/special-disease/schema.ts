/** The `special-disease` request: one person's special-disease outpatient costs for one month (RULES.md §10). */
import { z } from 'zod';
import { amountString, explainField, explanationSchema, isoDateString, moneyCodec, wholeMonths, withRules, type PolicyIssue } from '../../core';
import { personIssues, personSchema, type Region } from '../insured-person';
import { LEVELS } from '../inpatient/parameters';
import { EMPTY_YEAR_TO_DATE, hospitalYearToDateResult, hospitalYearToDateSchema } from '../inpatient/schema';
import { DISEASE_BY_ID, DISEASE_IDS, type Disease } from './diseases';

const specialDiseaseFields = z
  .strictObject({
    region: z.literal('jiangmen' satisfies Region).describe('The insurance region: "jiangmen".'),
    date: isoDateString.describe('Any day of the month the costs belong to.'),
    person: personSchema
      .extend({
        continuousMonths: wholeMonths
          .optional()
          .describe('Whole months of continuous contribution: needed for class 1 only (settled like a hospital stay, whose annual caps depend on it).'),
      })
      .describe('The insured person.'),
    month: z
      .strictObject({
        diseases: z
          .array(z.enum(DISEASE_IDS).describe('A special disease (one of the 28 ids of JM-UR 附表, e.g. "diabetes").'))
          .min(1)
          .max(28)
          .describe('The approved special diseases, each once (class 1 cannot be mixed with classes 2–4).'),
        level: z.enum(LEVELS).describe('Benefit level of the institution.'),
        inScope: amountString.describe("The month's in-scope special-disease outpatient cost, in yuan."),
      })
      .describe('The month of special-disease outpatient care.'),
    yearToDate: hospitalYearToDateSchema.default(EMPTY_YEAR_TO_DATE).describe("Class 1 only: the year's hospital running totals (same keys as inpatient)."),
    explain: explainField,
  })
  .describe('One month of special-disease outpatient costs in Jiangmen (RULES §10).');
export type SpecialDiseaseRequest = z.output<typeof specialDiseaseFields>;
export type SpecialDiseaseRequestInput = z.input<typeof specialDiseaseFields>;

/** Rules across fields of a `special-disease` request. */
export function specialDiseaseIssues(req: SpecialDiseaseRequest): PolicyIssue[] {
  const issues: PolicyIssue[] = personIssues(req.person);
  const diseases: Disease[] = [];
  const seen = new Set<string>();
  for (const [i, id] of req.month.diseases.entries()) {
    const d = DISEASE_BY_ID.get(id)!;
    if (seen.has(id)) issues.push({ path: `month.diseases.${i}`, message: { zh: '同一个病种只能填写一次。', en: 'Each disease can be given only once.' } });
    seen.add(id);
    diseases.push(d);
    // 说明5 > 其中"小儿脑性瘫痪（含0-3岁精神运动发育迟缓儿）"和"儿童孤独症"仅限城乡居民身份参保人。
    if (d.residentOnly && req.person.identity !== 'resident') {
      issues.push({
        path: `month.diseases.${i}`,
        message: { zh: `“${d.name.zh}”只限城乡居民身份参保人。`, en: `"${d.name.en}" is covered for resident identity only.` },
      });
    }
  }
  const class1 = diseases.filter((d) => d.cls === 1).length;
  if (class1 > 0 && class1 < diseases.length) {
    issues.push({
      path: 'month.diseases',
      message: {
        zh: '一类特定病种按住院的办法结算，请和二、三、四类病种分开计算。',
        en: 'Class-1 special diseases are settled like a hospital stay; please estimate them separately from classes 2–4.',
      },
    });
  }
  if (class1 > 0 && req.person.continuousMonths === undefined) {
    issues.push({
      path: 'person.continuousMonths',
      message: {
        zh: '一类特定病种按住院的办法结算，需要填写连续缴费月数。',
        en: 'Class-1 special diseases are settled like a hospital stay, which needs the continuous months of contribution.',
      },
    });
  }
  return issues;
}

export const specialDiseaseRequestSchema = withRules(specialDiseaseFields, specialDiseaseIssues);

/** The result of `estimateSpecialDisease()` (decimals) and the `special-disease` response (encoded). */
export const specialDiseaseResultSchema = z
  .object({
    diseaseClasses: z.array(z.number().int()).describe('The classes of the diseases given, ascending ([1]: settled like a hospital stay).'),
    tier1: moneyCodec.describe('Paid by tier 1.'),
    critical: moneyCodec.describe('Paid by critical-illness insurance (class 1 only).'),
    tier2: moneyCodec.describe('Paid by tier 2 (employee identity only).'),
    assistance: moneyCodec.describe('Estimated medical assistance (class 1 only).'),
    outOfPocket: moneyCodec.describe('What the person pays.'),
    yearToDate: hospitalYearToDateResult.optional().describe("Class 1 only: the year's hospital running totals after this month."),
    explanation: explanationSchema,
  })
  .describe('A month of special-disease outpatient costs, with the explanation.');
export type SpecialDiseaseResult = z.output<typeof specialDiseaseResultSchema>;
export type SpecialDiseaseResponse = z.input<typeof specialDiseaseResultSchema>;
