/** The `special-disease` request: one person's special-disease outpatient costs for one month (RULES.md §10). */
import { z } from 'zod';
import { amountString, isoDateString, wholeMonths, withRules, type PolicyIssue } from '../../core';
import { ASSISTANCE_STATUSES, CATEGORIES, IDENTITIES } from '../inpatient/labels';
import { LEVELS } from '../inpatient/parameters';
import { EMPTY_YEAR_TO_DATE, hospitalYearToDateSchema, personIssues } from '../inpatient/schema';
import { DISEASE_BY_ID, DISEASE_IDS, type Disease } from './diseases';

const specialDiseaseFields = z.strictObject({
  region: z.literal('jiangmen'),
  /** Any day of the month the costs belong to. */
  date: isoDateString,
  person: z.strictObject({
    identity: z.enum(IDENTITIES),
    category: z.enum(CATEGORIES),
    assistance: z.enum(ASSISTANCE_STATUSES),
    /** Needed for class 1 only (settled like a hospital stay, whose annual caps depend on it). */
    continuousMonths: wholeMonths.optional(),
  }),
  month: z.strictObject({
    diseases: z.array(z.enum(DISEASE_IDS)).min(1).max(28),
    level: z.enum(LEVELS),
    /** The month's in-scope special-disease outpatient cost. */
    inScope: amountString,
  }),
  /** Class 1 only: the year's hospital running totals (same keys as `inpatient`). */
  yearToDate: hospitalYearToDateSchema.default(EMPTY_YEAR_TO_DATE),
});
export type SpecialDiseaseRequest = z.output<typeof specialDiseaseFields>;
export type SpecialDiseaseRequestInput = z.input<typeof specialDiseaseFields>;

/** Rules across fields of a `special-disease` request. */
export function specialDiseaseIssues(req: SpecialDiseaseRequest): PolicyIssue[] {
  const issues: PolicyIssue[] = personIssues({ ...req.person, continuousMonths: req.person.continuousMonths ?? 0 });
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
