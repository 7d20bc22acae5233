/** When benefits start: the dated waiting periods (RULES §3; JM-UR 二(三)3). */
import { defineValueParameter } from '../../core';
import { JM_UR } from '../../core/documents';

/** > 新生儿从出生次月1日起，三个月内参加一档的，从其出生之日起享受待遇 */
export const newbornWindowMonths = defineValueParameter<number>({
  key: 'jiangmen.benefit_dates.newborn_window_months',
  label: { zh: '新生儿参保期限（月）', en: 'Months in which a newborn is covered from birth' },
  unit: 'months',
  citation: 'JM-UR 二(三)3',
  source: `${JM_UR.short} 二(三)3`,
  values: { '2017-07-01': 3 },
});

/** > 灵活就业人员、无雇工的个体工商户从缴费的3个月后（即第4个月1日起）按规定享受待遇 */
export const flexibleWaitMonths = defineValueParameter<number>({
  key: 'jiangmen.benefit_dates.flexible_wait_months',
  label: {
    zh: '灵活就业人员、无雇工个体工商户的等待期（月，缴费当月为第1个月）',
    en: 'Waiting months of flexible workers and the self-employed (payment month = month 1)',
  },
  unit: 'months',
  citation: 'JM-UR 二(三)3',
  source: `${JM_UR.short} 二(三)3`,
  values: { '2017-07-01': 3 },
});
