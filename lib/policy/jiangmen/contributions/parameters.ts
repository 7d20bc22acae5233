/**
 * Contribution parameters, JM-UR 二(三)2, in force from 2017-07-01:
 *
 * > 2017年1月1日至6月30日职工医保和城乡医保缴费标准按原规定……执行，2017年7月1日起按以下办法执行
 *
 * Yearly statistics that the seeds do not give (per-capita disposable income, average wage of
 * on-post employees, the national minimum individual contribution) are keyed by the insurance
 * year in which they are USED (the "上上年度" figure that year uses), end after 2027, and are
 * marked illustrative: no published figure was at hand to cite (see lib/policy/README.md).
 */
import { Dec, defineDecimalParameter, defineDecimalTable, defineParameter, type Parameter } from '../../core';
import { JM_UR } from '../../core/documents';

/** The unified contribution rules apply from this date (JM-UR 二(三)2). */
export const UNIFIED_FROM = '2017-07-01';

/** The date at which a yearly figure for insurance year `year` is looked up. */
export function insuranceYearDate(year: number): string {
  // 2017 is the first insurance year of the unified rules, which start on 1 July.
  return year === 2017 ? UNIFIED_FROM : `${String(year).padStart(4, '0')}-01-01`;
}

// ---------------------------------------------------------------------------------------
// Resident (tier 1) individual contribution
// ---------------------------------------------------------------------------------------

/**
 * How the yearly resident amount is formed. "When the logic itself changes, date the logic
 * too": 2017 is a fixed amount, 2018 on a share of an income statistic.
 *
 * > 个人缴费标准按我市上上年度城乡居民人均可支配收入为缴费基数确定，缴费费率分三年时间达到1.6%，
 * > 分别为：2018年1.2%、2019年1.4%，从2020年起为1.6%（2017年度个人缴费标准为每人每年200元）。
 */
export type ResidentRule = { kind: 'fixed'; amount: Dec } | { kind: 'income_share'; rate: Dec };
type ResidentRuleRaw = { kind: 'fixed'; amount: string } | { kind: 'income_share'; rate: string };

export const residentRule: Parameter<ResidentRule> = defineParameter<ResidentRuleRaw, ResidentRule>(
  {
    key: 'jiangmen.contributions.resident_rule',
    label: { zh: '城乡居民个人缴费标准的计算办法', en: 'How the resident individual contribution is set' },
    unit: 'table',
    citation: 'JM-UR 二(三)2(1)',
    source: `${JM_UR.short} 二(三)2(1) 一档缴费标准`,
    values: {
      '2017-07-01': { kind: 'fixed', amount: '200' },
      '2018-01-01': { kind: 'income_share', rate: '0.012' },
      '2019-01-01': { kind: 'income_share', rate: '0.014' },
      '2020-01-01': { kind: 'income_share', rate: '0.016' },
    },
  },
  (raw) => (raw.kind === 'fixed' ? { kind: 'fixed', amount: new Dec(raw.amount) } : { kind: 'income_share', rate: new Dec(raw.rate) }),
);

const ILLUSTRATIVE_INCOME =
  'Illustrative: no published 江门市统计局 figure was at hand to cite. Replace with the published ' +
  '江门市全体居民人均可支配收入 of the year before last (国民经济和社会发展统计公报).';

/**
 * 江门市城乡居民（全体居民）人均可支配收入 of the year before last, keyed by the insurance year
 * that uses it (the value at 2020-01-01 is the 2018 income). Yuan per person per year.
 */
export const residentReferenceIncome = defineDecimalParameter({
  key: 'jiangmen.statistics.resident_income_year_before_last',
  label: {
    zh: '我市上上年度城乡居民人均可支配收入（按使用年度）',
    en: 'Jiangmen per-capita disposable income of urban and rural residents, year before last (by year of use)',
  },
  unit: 'yuan_per_year',
  citation: 'JM-UR 二(三)2(1)',
  source: ILLUSTRATIVE_INCOME,
  illustrative: true,
  values: {
    '2018-01-01': '25300', // income of 2016
    '2019-01-01': '27400', // 2017
    '2020-01-01': '29600', // 2018
    '2021-01-01': '31900', // 2019
    '2022-01-01': '33300', // 2020
    '2023-01-01': '36100', // 2021
    '2024-01-01': '37300', // 2022
    '2025-01-01': '39200', // 2023
    '2026-01-01': '40900', // 2024
    '2027-01-01': '42600', // 2025
    '2028-01-01': null,
  },
});

/**
 * The national minimum individual contribution to resident medical insurance, per person per
 * year, from the yearly national notices on resident medical-insurance work. The figures are an
 * unverified recollection (the project lead's, and this module's author's for 2017); no
 * document numbers are cited because none could be checked. 2025–2027 assume no change.
 *
 * > 国家和省规定的个人缴费高于我市规定的城乡居民个人缴费标准时，按国家和省规定执行
 */
export const nationalMinimumResident = defineDecimalParameter({
  key: 'national.resident_insurance.minimum_individual_contribution',
  label: { zh: '国家规定的城乡居民医保个人缴费标准', en: 'National minimum individual resident contribution' },
  unit: 'yuan_per_year',
  citation: 'JM-UR 二(三)2(1)',
  source:
    'Yearly national notices on urban and rural resident basic medical insurance (国家医保局、财政部等), ' +
    'figures recalled without the documents at hand: illustrative until checked.',
  illustrative: true,
  values: {
    '2017-07-01': '180',
    '2018-01-01': '220',
    '2019-01-01': '250',
    '2020-01-01': '280',
    '2021-01-01': '320',
    '2022-01-01': '350',
    '2023-01-01': '380',
    '2024-01-01': '400',
    '2025-01-01': { value: '400', source: 'Assumed unchanged from 2024 (no notice at hand).' },
    '2026-01-01': { value: '400', source: 'Assumed unchanged from 2024 (future year).' },
    '2027-01-01': { value: '400', source: 'Assumed unchanged from 2024 (future year).' },
    '2028-01-01': null,
  },
});

// ---------------------------------------------------------------------------------------
// Minimum base and rates for employee identity (tiers 1 and 2)
// ---------------------------------------------------------------------------------------

/**
 * > 最低缴费基数分三年达到省、市公布的我市上上年度在岗职工月平均工资的80%，分别为：2018年65%、
 * > 2019年75%，从2020年起为80%（2017年最低缴费基数为2906元）
 */
export type MinimumBaseRule = { kind: 'fixed'; amount: Dec } | { kind: 'wage_share'; rate: Dec };
type MinimumBaseRuleRaw = { kind: 'fixed'; amount: string } | { kind: 'wage_share'; rate: string };

export const minimumBaseRule: Parameter<MinimumBaseRule> = defineParameter<MinimumBaseRuleRaw, MinimumBaseRule>(
  {
    key: 'jiangmen.contributions.minimum_base_rule',
    label: { zh: '最低缴费基数的计算办法', en: 'How the minimum contribution base is set' },
    unit: 'table',
    citation: 'JM-UR 二(三)2(1)',
    source: `${JM_UR.short} 二(三)2(1) 职工缴费标准·缴费基数`,
    values: {
      '2017-07-01': { kind: 'fixed', amount: '2906' },
      '2018-01-01': { kind: 'wage_share', rate: '0.65' },
      '2019-01-01': { kind: 'wage_share', rate: '0.75' },
      '2020-01-01': { kind: 'wage_share', rate: '0.80' },
    },
  },
  (raw) => (raw.kind === 'fixed' ? { kind: 'fixed', amount: new Dec(raw.amount) } : { kind: 'wage_share', rate: new Dec(raw.rate) }),
);

/**
 * 江门市在岗职工月平均工资 of the year before last, keyed by the year that uses it (the value at
 * 2020-01-01 is the 2018 wage). Yuan per month.
 */
export const referenceMonthlyWage = defineDecimalParameter({
  key: 'jiangmen.statistics.on_post_monthly_wage_year_before_last',
  label: {
    zh: '我市上上年度在岗职工月平均工资（按使用年度）',
    en: 'Jiangmen average monthly wage of on-post employees, year before last (by year of use)',
  },
  unit: 'yuan_per_month',
  citation: 'JM-UR 二(三)2(1)',
  source:
    'Illustrative: no published figure (省、市公布的在岗职工月平均工资) was at hand to cite; the minimum ' +
    'base actually published by the city should replace the derived figure.',
  illustrative: true,
  values: {
    '2018-01-01': '4900', // wage of 2016
    '2019-01-01': '5250', // 2017
    '2020-01-01': '5600', // 2018
    '2021-01-01': '6000', // 2019
    '2022-01-01': '6350', // 2020
    '2023-01-01': '6700', // 2021
    '2024-01-01': '7000', // 2022
    '2025-01-01': '7300', // 2023
    '2026-01-01': '7550', // 2024
    '2027-01-01': '7800', // 2025
    '2028-01-01': null,
  },
});

/** > 参保职工本人工资超过最低缴费基数300%以上部分不计征 */
export const baseCeilingMultiple = defineDecimalParameter({
  key: 'jiangmen.contributions.base_ceiling_multiple',
  label: { zh: '缴费基数上限（最低缴费基数的倍数）', en: 'Base ceiling as a multiple of the minimum base' },
  unit: 'ratio',
  citation: 'JM-UR 二(三)2(1)',
  source: `${JM_UR.short} 二(三)2(1)`,
  values: { '2017-07-01': '3' },
});

export type RateSplit = 'employer' | 'personal';

/** > 一档的缴费费率为3.5%，其中用人单位为3.0%，职工个人为0.5%。 */
export const tier1Rates = defineDecimalTable<RateSplit>({
  key: 'jiangmen.contributions.tier1_rates',
  label: { zh: '一档缴费费率', en: 'Tier-1 contribution rates' },
  unit: 'ratio',
  citation: 'JM-UR 二(三)2(1)',
  source: `${JM_UR.short} 二(三)2(1) 缴费费率`,
  values: { '2017-07-01': { employer: '0.030', personal: '0.005' } },
});

/**
 * > 二档的缴费费率2017年下半年为4.5%、2018年为4.3%，从2019年起为4.0%，其中用人单位……2017年下半年
 * > 为3.0%、2018年为2.8%，从2019年起为2.5%，职工个人缴费费率统一为1.5%。
 */
export const tier2Rates = defineDecimalTable<RateSplit>({
  key: 'jiangmen.contributions.tier2_rates',
  label: { zh: '二档缴费费率', en: 'Tier-2 contribution rates' },
  unit: 'ratio',
  citation: 'JM-UR 二(三)2(2)',
  source: `${JM_UR.short} 二(三)2(2) 缴费费率`,
  values: {
    '2017-07-01': { employer: '0.030', personal: '0.015' },
    '2018-01-01': { employer: '0.028', personal: '0.015' },
    '2019-01-01': { employer: '0.025', personal: '0.015' },
  },
});
