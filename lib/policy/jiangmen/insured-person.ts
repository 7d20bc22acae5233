/**
 * Who is insured, how, and in which tier (RULES §1, JM-UR 二(一)(二)): the code lists every
 * other part of the portal derives from — the database enums (`db/schema.ts`), the request
 * schemas, the data layer's types — and their one pair of zh/en labels, shared by pages and
 * explanations. English labels are lower-case (they are used inside sentences); a page that
 * shows one on its own capitalises it (`sentenceCase` in lib/i18n).
 *
 * > 参保人按身份分为城乡居民身份和职工身份……城乡居民身份只参加一档；职工身份同时参加一档和二档。（JM-UR 二(二)）
 */
import { z } from 'zod';
import type { Bilingual } from '../core/text';
import type { PolicyIssue } from '../core/errors';
import { wholeMonths } from '../core/validate';

/** 统筹区: the insurance regions the portal serves (Shaoyang: RULES §9 only). */
export const REGIONS = ['jiangmen', 'shaoyang'] as const;
export type Region = (typeof REGIONS)[number];
export const REGION_LABELS = {
  jiangmen: { zh: '江门市', en: 'Jiangmen' },
  shaoyang: { zh: '邵阳市', en: 'Shaoyang' },
} as const satisfies Record<Region, Bilingual>;

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];
export const SEX_LABELS = {
  male: { zh: '男', en: 'male' },
  female: { zh: '女', en: 'female' },
} as const satisfies Record<Sex, Bilingual>;

/** 城乡居民身份 / 职工身份 (JM-UR 二(二)). */
export const IDENTITIES = ['resident', 'employee'] as const;
export type Identity = (typeof IDENTITIES)[number];
export const IDENTITY_LABELS = {
  resident: { zh: '城乡居民身份', en: 'resident identity' },
  employee: { zh: '职工身份', en: 'employee identity' },
} as const satisfies Record<Identity, Bilingual>;

/** 一档 / 一档+二档: employee identity always has both (JM-UR 二(二)2). */
export const TIERS = ['tier1', 'tier1_tier2'] as const;
export type Tiers = (typeof TIERS)[number];
export const TIERS_LABELS = {
  tier1: { zh: '一档', en: 'tier 1' },
  tier1_tier2: { zh: '一档 + 二档', en: 'tier 1 + tier 2' },
} as const satisfies Record<Tiers, Bilingual>;

/** The tiers an identity insures in (JM-UR 二(二)). */
export const TIERS_BY_IDENTITY = { resident: 'tier1', employee: 'tier1_tier2' } as const satisfies Record<Identity, Tiers>;

/** Categories of insured people (JM-UR 二(二)1–2). */
export const CATEGORIES = ['resident', 'student', 'employee', 'retiree', 'unemployed', 'flexible', 'self_employed'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABELS = {
  resident: { zh: '城乡居民', en: 'resident' },
  student: { zh: '学生或儿童', en: 'student or child' },
  employee: { zh: '在职职工', en: 'employee' },
  retiree: { zh: '职工退休人员', en: 'employee retiree' },
  unemployed: { zh: '领取失业保险金人员', en: 'unemployed person receiving unemployment benefit' },
  flexible: { zh: '灵活就业人员', en: 'flexible worker' },
  self_employed: { zh: '无雇工的个体工商户', en: 'self-employed without employees' },
} as const satisfies Record<Category, Bilingual>;

/** JM-UR 二(二): which categories insure with which identity. */
export const CATEGORIES_BY_IDENTITY = {
  resident: ['resident', 'student'],
  employee: ['employee', 'retiree', 'unemployed', 'flexible', 'self_employed'],
} as const satisfies Record<Identity, readonly Category[]>;

/** Categories insured with employee identity (JM-UR 二(二)2). */
export type EmployeeCategory = (typeof CATEGORIES_BY_IDENTITY.employee)[number];
export type ResidentCategory = (typeof CATEGORIES_BY_IDENTITY.resident)[number];

/** Employee-identity categories that pay a monthly contribution: all but retirees (JM-UR 二(三)2, 二(三)4). */
export const CONTRIBUTING_CATEGORIES = ['employee', 'unemployed', 'flexible', 'self_employed'] as const satisfies readonly EmployeeCategory[];
export type ContributingCategory = (typeof CONTRIBUTING_CATEGORIES)[number];

/** Assistance statuses that change benefits (RULES §1; JM-UR 二(三)1, 二(四)1). */
export const ASSISTANCE_STATUSES = ['none', 'wubao', 'poverty', 'dibao', 'tekun', 'low_income'] as const;
export type AssistanceStatus = (typeof ASSISTANCE_STATUSES)[number];
export const ASSISTANCE_LABELS = {
  none: { zh: '无', en: 'none' },
  wubao: { zh: '农村五保供养对象', en: 'rural five-guarantee recipient (五保)' },
  poverty: { zh: '建档立卡贫困人员', en: 'registered poor household member' },
  dibao: { zh: '最低生活保障对象', en: 'minimum living allowance recipient (低保)' },
  tekun: { zh: '特困供养人员', en: 'person in extreme hardship (特困)' },
  low_income: { zh: '低收入家庭成员', en: 'low-income family member' },
} as const satisfies Record<AssistanceStatus, Bilingual>;

/** The state of an enrolment period. */
export const ENROLMENT_STATUSES = ['active', 'suspended', 'ended'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
export const ENROLMENT_STATUS_LABELS = {
  active: { zh: '正常参保', en: 'insured' },
  suspended: { zh: '暂停（欠费）', en: 'suspended (contributions owed)' },
  ended: { zh: '已终止', en: 'ended' },
} as const satisfies Record<EnrolmentStatus, Bilingual>;

/** The insured person, as the Jiangmen care commands describe them (rules across fields: `personIssues`). */
export const personSchema = z
  .strictObject({
    identity: z.enum(IDENTITIES).describe('Insurance identity: "resident" (城乡居民身份, tier 1 only) or "employee" (职工身份, tiers 1 and 2).'),
    category: z
      .enum(CATEGORIES)
      .describe('Category of insured person; must belong to the identity ("resident", "student" for resident identity; the others for employee identity).'),
    assistance: z.enum(ASSISTANCE_STATUSES).describe('Assistance status that changes benefits ("none" if none).'),
    continuousMonths: wholeMonths.describe('Whole months of continuous contribution up to the event (sets the cap factor on the annual caps, RULES §4).'),
    tier2ContinuousMonths: wholeMonths
      .optional()
      .describe(
        'Continuous employee-identity months, for the tier-2 cap factor when they differ (RULES §13: an identity switch keeps only tier-1 time); default continuousMonths.',
      ),
  })
  .describe('The insured person.');
export type Person = z.output<typeof personSchema>;

/**
 * Person rules common to the Jiangmen care commands (JM-UR 二(二)), as issues at `prefix`.
 * - The category must belong to the identity (resident: resident, student; employee: the rest).
 * - RULING (五保 with employee identity): JM-UR 二(四)1(1) gives 五保 benefits to
 *   "只参加一档的农村五保供养对象" — people in tier 1 only, i.e. resident identity. Employee
 *   identity always carries tier 2 (二(二)2), so the combination is refused as invalid_input
 *   rather than silently dropping either the status or tier 2.
 */
export function personIssues(person: Pick<Person, 'identity' | 'category' | 'assistance'>, prefix = 'person'): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (!(CATEGORIES_BY_IDENTITY[person.identity] as readonly Category[]).includes(person.category)) {
    const allowed = CATEGORIES_BY_IDENTITY[person.identity].map((c) => `"${c}"`).join(', ');
    issues.push({
      path: `${prefix}.category`,
      message: {
        zh: `“${CATEGORY_LABELS[person.category].zh}”不能以${IDENTITY_LABELS[person.identity].zh}参保；${IDENTITY_LABELS[person.identity].zh}只能是：${allowed}。`,
        en: `"${person.category}" cannot be insured with ${IDENTITY_LABELS[person.identity].en}; for that identity use one of: ${allowed}.`,
      },
    });
  }
  if (person.assistance === 'wubao' && person.identity === 'employee') {
    issues.push({
      path: `${prefix}.assistance`,
      message: {
        zh: '农村五保供养对象的待遇只适用于只参加一档（城乡居民身份）的参保人；职工身份同时参加一档和二档，不能选“五保”。',
        en: 'Rural five-guarantee (五保) benefits apply to people in tier 1 only (resident identity); employee identity always includes tier 2, so "wubao" cannot be used with it.',
      },
    });
  }
  return issues;
}
