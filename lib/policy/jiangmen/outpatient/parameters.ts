/**
 * General outpatient pooling 普通门诊统筹 in Jiangmen (RULES.md §7), from 2018-01-01
 * (JM-UR 二(四) "从2018年1月1日起，统一按以下标准享受一档、二档待遇").
 */
import { defineDecimalParameter, defineDecimalTable } from '../../core';
import { JM_UR } from '../../core/documents';

/** JM-UR 二(四)1(3) > 参保人在选定的基层定点医疗机构普通门诊就医，基金支付比例为70% */
export const primaryRatio = defineDecimalParameter({
  key: 'jiangmen.outpatient.tier1.primary_ratio',
  label: { zh: '选定基层医疗机构普通门诊基金支付比例', en: 'fund ratio at the chosen primary clinic' },
  unit: 'ratio',
  citation: 'JM-UR 二(四)1(3)',
  source: `${JM_UR.short} 二(四)1(3)`,
  values: { '2018-01-01': '0.70' },
});

/** JM-UR 二(四)1(3) > 累计每人每年支付最高限额为180元。当年累计未达到最高支付限额，不能结转下年度使用。 */
export const tier1AnnualQuota = defineDecimalParameter({
  key: 'jiangmen.outpatient.tier1.annual_quota',
  label: { zh: '一档普通门诊年度最高支付限额', en: 'tier-1 outpatient annual limit' },
  unit: 'yuan_per_year',
  citation: 'JM-UR 二(四)1(3)',
  source: `${JM_UR.short} 二(四)1(3)`,
  values: { '2018-01-01': '180' },
});

/**
 * JM-UR 二(四)2(3) > 基层选定医疗机构……每人每月累计最高支付限额为35元（基层选定医疗机构年度最高支付
 * > 限额共600元，其中一档最高支付限额为180元，先使用完一档最高支付限额后二档最高支付限额为420元，
 * > 以月度限额计算每月为35元）
 */
export const tier2PrimaryMonthly = defineDecimalParameter({
  key: 'jiangmen.outpatient.tier2.primary_monthly',
  label: { zh: '二档基层选定医疗机构每月支付限额', en: 'tier-2 monthly amount at the primary clinic' },
  unit: 'yuan_per_month',
  citation: 'JM-UR 二(四)2(3)',
  source: `${JM_UR.short} 二(四)2(3)：每月35元（全年420元）`,
  values: { '2018-01-01': '35' },
});

/**
 * RULING (RULES.md §7): the tier-2 ratio at the primary clinic is 70 %. JM-UR 二(四)2(3) gives
 * ratios only for the other chosen institution; the primary clinic keeps the 70 % of 二(四)1(3).
 */
export const tier2PrimaryRatio = defineDecimalParameter({
  key: 'jiangmen.outpatient.tier2.primary_ratio',
  label: { zh: '二档基层选定医疗机构支付比例', en: 'tier-2 ratio at the primary clinic' },
  unit: 'ratio',
  citation: 'JM-UR 二(四)2(3)',
  source: `${JM_UR.short} 二(四)1(3) 的70%（RULES.md §7 RULING：二档在基层选定医疗机构同为70%）`,
  values: { '2018-01-01': '0.70' },
});

/** JM-UR 二(四)2(3) > ……和40元（其他选定医疗机构年度最高支付限额480元），当月累计未达到最高支付限额，可结转下月使用，但不能跨年度使用。 */
export const otherMonthly = defineDecimalParameter({
  key: 'jiangmen.outpatient.tier2.other_monthly',
  label: { zh: '二档其他选定医疗机构每月支付限额', en: 'tier-2 monthly amount at the other chosen institution' },
  unit: 'yuan_per_month',
  citation: 'JM-UR 二(四)2(3)',
  source: `${JM_UR.short} 二(四)2(3)：每月40元（全年480元）`,
  values: { '2018-01-01': '40' },
});

/**
 * JM-UR 二(四)2(3) > 经基层选定医疗机构转诊后30日内在其他选定医疗机构就医的，基金支付比例为60%；
 * > 未经转诊直接到其他选定医疗机构就医的，基金支付比例为50%
 */
export const otherRatio = defineDecimalTable<'referred' | 'direct'>({
  key: 'jiangmen.outpatient.tier2.other_ratio',
  label: { zh: '其他选定医疗机构支付比例', en: 'ratio at the other chosen institution' },
  unit: 'table',
  citation: 'JM-UR 二(四)2(3)',
  source: `${JM_UR.short} 二(四)2(3)`,
  values: { '2018-01-01': { referred: '0.60', direct: '0.50' } },
});
