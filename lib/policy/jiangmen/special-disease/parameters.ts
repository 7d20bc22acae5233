/**
 * Special-disease outpatient 特定病种门诊 (RULES.md §10; JM-UR 附表), from 2018-01-01
 * (JM-UR 二(四)1(2), 二(四)2(2) "详见附表", in force with the unified benefits).
 */
import { defineDecimalParameter, defineDecimalTable } from '../../core';
import { JM_UR } from '../../core/documents';
import type { Level } from '../inpatient/parameters';

/** JM-UR 附表《特定病种门诊补助范围和待遇标准》. */
const SOURCE = `${JM_UR.short} 附表`;

/** 附表 一档 基金累计支付限额: 二类 1500元/月, 三类 240元/月, 四类 180元/月 (说明1: 月度实际基金支付累计额). */
export const tier1MonthlyCap = defineDecimalTable<'class2' | 'class3' | 'class4'>({
  key: 'jiangmen.special_disease.tier1_monthly_cap',
  label: { zh: '特定病种门诊一档每月支付限额', en: 'special-disease tier-1 monthly limit' },
  unit: 'table',
  citation: 'JM-UR 附表',
  source: `${SOURCE} 一档 基金累计支付限额`,
  values: { '2018-01-01': { class2: '1500', class3: '240', class4: '180' } },
});

/**
 * 附表 一档 基金支付比例 (merged cell for classes 2–4):
 * > 1、本市一级及以下定点医疗机构基金支付比例为60%。2、其他定点医疗机构基金支付比例为50%。
 * > 3、非定点医疗机构基金支付比例为30%。
 */
export const tier1Ratio = defineDecimalTable<Level>({
  key: 'jiangmen.special_disease.tier1_ratio',
  label: { zh: '特定病种门诊一档基金支付比例', en: 'special-disease tier-1 fund ratio' },
  unit: 'table',
  citation: 'JM-UR 附表',
  source: `${SOURCE} 一档 基金支付比例`,
  values: { '2018-01-01': { level1: '0.60', level2: '0.50', level3: '0.50', non_designated: '0.30' } },
});

/**
 * 附表 二档 基金累计支付限额: 二类 900元/月, 三类 960元/月; 四类 "在一档待遇支付的基础上，剩余范围内
 * 医疗费用，基金支付比例60%" with no limit given. RULING (RULES.md §10): class 4 has no tier-2 cap.
 */
export const tier2MonthlyCap = defineDecimalTable<'class2' | 'class3'>({
  key: 'jiangmen.special_disease.tier2_monthly_cap',
  label: { zh: '特定病种门诊二档每月支付限额', en: 'special-disease tier-2 monthly limit' },
  unit: 'table',
  citation: 'JM-UR 附表',
  source: `${SOURCE} 二档 基金累计支付限额（四类未设限额）`,
  values: { '2018-01-01': { class2: '900', class3: '960' } },
});

/**
 * 附表 二档 四类: > 剩余范围内医疗费用，基金支付比例60%。
 * RULING (RULES.md §10, merged cells): classes 2 and 3 also pay 60 % of what is left after tier 1.
 */
export const tier2Ratio = defineDecimalParameter({
  key: 'jiangmen.special_disease.tier2_ratio',
  label: { zh: '特定病种门诊二档基金支付比例', en: 'special-disease tier-2 fund ratio' },
  unit: 'ratio',
  citation: 'JM-UR 附表',
  source: `${SOURCE} 二档 四类 60%（二、三类按 RULES.md §10 RULING 同为60%）`,
  values: { '2018-01-01': '0.60' },
});

/** 说明2 > 一档或二档患有两个或两个以上特定病种的，取较高病种月支付限额并增加60元。 */
export const multipleDiseaseExtra = defineDecimalParameter({
  key: 'jiangmen.special_disease.multiple_extra',
  label: { zh: '患两个以上特定病种每月增加的限额', en: 'extra monthly limit for two or more special diseases' },
  unit: 'yuan_per_month',
  citation: 'JM-UR 附表',
  source: `${SOURCE} 说明2`,
  values: { '2018-01-01': '60' },
});

/** 说明4 > 农村五保供养对象特定门诊医疗费用基金支付比例提高10个百分点（基金支付比例最高不超过100%） */
export const wubaoIncrease = defineDecimalParameter({
  key: 'jiangmen.special_disease.wubao_increase',
  label: { zh: '农村五保供养对象特定病种门诊支付比例提高', en: 'special-disease ratio increase for five-guarantee recipients' },
  unit: 'percentage_points',
  citation: 'JM-UR 附表',
  source: `${SOURCE} 说明4`,
  values: { '2018-01-01': '0.10' },
});
