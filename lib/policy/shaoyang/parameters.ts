/**
 * Shaoyang (Hunan) general outpatient pooling for urban and rural residents (RULES.md §9),
 * 邵医保发〔2019〕17号, issued 2019-10-30 as a one-year trial (试行期一年).
 *
 * RULING (effective date): the plan states no commencement date of its own; its text says
 * "2020年起全面取消个人（家庭）账户" and "应于2020年1月1日起取消个人（家庭）账户，全面实行普通门诊统筹"
 * (SY-OP 二、三(五)), so its figures apply from 2020-01-01. No later Shaoyang document is in
 * the seeds, so the figures stay in force after the trial year; every step labels them with
 * the document's date (2019-10-30, trial) so a reader knows how old they are.
 */
import { defineDecimalParameter, defineDecimalTable } from '../core';

export const SY_OP_LABEL = {
  zh: '邵医保发〔2019〕17号（2019-10-30 印发，试行期一年）',
  en: 'Shaoyang notice 邵医保发〔2019〕17号 (issued 2019-10-30 as a one-year trial)',
};
/** SY-OP: 邵医保发〔2019〕17号《邵阳市城乡居民基本医疗保险普通门诊统筹实施方案》. */
const SOURCE = '邵医保发〔2019〕17号（2019-10-30，试行期一年）三(三)';

/** SY-OP 三(三) > 不设起付线，支付比例70%。 */
export const shaoyangRatio = defineDecimalParameter({
  key: 'shaoyang.outpatient.ratio',
  label: { zh: '邵阳普通门诊统筹支付比例', en: 'Shaoyang general outpatient fund ratio' },
  unit: 'ratio',
  citation: 'SY-OP 三(三)',
  source: SOURCE,
  values: { '2020-01-01': '0.70' },
});

/** SY-OP 三(三) > 年度内最高不超过600元（每人每日不超过60元） */
export const shaoyangAnnualCap = defineDecimalParameter({
  key: 'shaoyang.outpatient.annual_cap',
  label: { zh: '邵阳普通门诊统筹年度最高支付额', en: 'Shaoyang general outpatient yearly limit' },
  unit: 'yuan_per_year',
  citation: 'SY-OP 三(三)',
  source: SOURCE,
  values: { '2020-01-01': '600' },
});

export const shaoyangDailyCap = defineDecimalParameter({
  key: 'shaoyang.outpatient.daily_cap',
  label: { zh: '邵阳普通门诊统筹每日最高支付额', en: 'Shaoyang general outpatient daily limit' },
  unit: 'yuan_per_day',
  citation: 'SY-OP 三(三)',
  source: SOURCE,
  values: { '2020-01-01': '60' },
});

/** SY-OP 五(三) > 基础服务包签约服务费暂定40元/人/年，其中基本公共卫生补助经费支付20元，基本医疗保险基金支付12元……个人支付8元。 */
export const familyDoctorPackage = defineDecimalTable<'total' | 'publicHealth' | 'fund' | 'person'>({
  key: 'shaoyang.family_doctor.basic_package',
  label: { zh: '家庭医生签约基础服务包服务费', en: 'family-doctor basic package fee' },
  unit: 'table',
  citation: 'SY-OP 五(三)',
  source: '邵医保发〔2019〕17号（2019-10-30，试行期一年）五(三)：40元/人/年 = 基本公共卫生20 + 医保基金12 + 个人8',
  values: { '2020-01-01': { total: '40', publicHealth: '20', fund: '12', person: '8' } },
});
