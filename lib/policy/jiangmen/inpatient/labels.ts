/** Words for the codes of a request, in plain zh and en, shared by the care messages. */
import type { Bilingual, Dec } from '../../core';

export const IDENTITIES = ['resident', 'employee'] as const;
export type Identity = (typeof IDENTITIES)[number];

export const CATEGORIES = ['resident', 'student', 'employee', 'retiree', 'unemployed', 'flexible', 'self_employed'] as const;
export type Category = (typeof CATEGORIES)[number];

/** JM-UR 二(二): which categories insure with which identity. */
export const CATEGORIES_BY_IDENTITY: Readonly<Record<Identity, readonly Category[]>> = {
  resident: ['resident', 'student'],
  employee: ['employee', 'retiree', 'unemployed', 'flexible', 'self_employed'],
};

export const ASSISTANCE_STATUSES = ['none', 'wubao', 'poverty', 'dibao', 'tekun', 'low_income'] as const;
export type AssistanceStatus = (typeof ASSISTANCE_STATUSES)[number];

export const IDENTITY_TEXT: Readonly<Record<Identity, Bilingual>> = {
  resident: { zh: '城乡居民身份', en: 'resident identity' },
  employee: { zh: '职工身份', en: 'employee identity' },
};

export const CATEGORY_TEXT: Readonly<Record<Category, Bilingual>> = {
  resident: { zh: '城乡居民', en: 'resident' },
  student: { zh: '学生或儿童', en: 'student or child' },
  employee: { zh: '在职职工', en: 'employee' },
  retiree: { zh: '职工退休人员', en: 'employee retiree' },
  unemployed: { zh: '领取失业保险金人员', en: 'unemployed person receiving unemployment benefit' },
  flexible: { zh: '灵活就业人员', en: 'flexible worker' },
  self_employed: { zh: '无雇工的个体工商户', en: 'self-employed without employees' },
};

export const ASSISTANCE_TEXT: Readonly<Record<AssistanceStatus, Bilingual>> = {
  none: { zh: '无', en: 'none' },
  wubao: { zh: '农村五保供养对象', en: 'rural five-guarantee recipient (五保)' },
  poverty: { zh: '建档立卡贫困人员', en: 'registered poor household member' },
  dibao: { zh: '最低生活保障对象', en: 'minimum living allowance recipient (低保)' },
  tekun: { zh: '特困供养人员', en: 'person in extreme hardship (特困)' },
  low_income: { zh: '低收入家庭成员', en: 'low-income family member' },
};

export const LEVEL_TEXT: Readonly<Record<string, Bilingual>> = {
  level1: { zh: '一级及以下定点医疗机构', en: 'a level-1 or smaller designated hospital' },
  level2: { zh: '二级定点医疗机构', en: 'a level-2 designated hospital' },
  level3: { zh: '三级定点医疗机构', en: 'a level-3 designated hospital' },
  non_designated: { zh: '非定点医疗机构', en: 'a non-designated institution' },
};

/** "5" for 0.05: a ratio change in percentage points. */
export function points(ratio: Dec): string {
  return ratio.times(100).toString();
}
