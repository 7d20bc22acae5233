/**
 * Accumulated contribution years, JM-UR 二(三)4:
 *
 * > 2018年1月1日前参加过我市职工医保或二档的参保人，达到法定退休年龄后可终身享受待遇的最低累计缴费年限
 * > ……为20年；2018年1月1日后（含1月1日）在我市首次参加二档的参保人，最低累计缴费年限为25年。
 * > ……（符合关系转移条件的参保职工需同时在我市实际累计缴费年限满10年）
 */
import { defineValueParameter } from '../../core';
import { JM_UR } from '../../core/documents';

export interface MinimumYearsRule {
  /** Insured in Jiangmen 职工医保 or tier 2 before this date → `beforeYears`; else `fromYears`. */
  cutoff: string;
  beforeYears: number;
  fromYears: number;
  /** Transferred-in insured also need this many years actually paid in Jiangmen. */
  localYearsIfTransferred: number;
}

export const minimumYearsRule = defineValueParameter<MinimumYearsRule>({
  key: 'jiangmen.years.minimum',
  label: { zh: '终身享受待遇的最低累计缴费年限', en: 'Minimum accumulated contribution years for lifetime benefits' },
  unit: 'table',
  citation: 'JM-UR 二(三)4',
  source: `${JM_UR.short} 二(三)4 累计缴费年限`,
  values: { '2017-07-01': { cutoff: '2018-01-01', beforeYears: 20, fromYears: 25, localYearsIfTransferred: 10 } },
});
