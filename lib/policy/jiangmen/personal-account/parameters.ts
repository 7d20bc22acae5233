/** The personal account's dated figures (RULES §11; JM-UR 二(四)2(4)). */
import { defineValueParameter } from '../../core';
import { JM_UR } from '../../core/documents';

export interface AgeBand {
  /** Ages in completed years up to and including this one; null = no upper bound. */
  upToAge: number | null;
  amount: string;
}

/** The Dec-2016 minimum monthly credits by age group. */
export const ageMinimumCredits = defineValueParameter<readonly AgeBand[]>({
  key: 'jiangmen.personal_account.age_minimum',
  label: { zh: '在职年龄段个人账户最低划入金额（2016年12月）', en: 'Minimum monthly personal-account credit by age (December 2016)' },
  unit: 'table',
  citation: 'JM-UR 二(四)2(4)',
  source: `${JM_UR.short} 二(四)2(4)`,
  values: {
    '2017-01-01': [
      { upToAge: 35, amount: '60.20' },
      { upToAge: 45, amount: '72.24' },
      { upToAge: null, amount: '84.28' },
    ],
  },
});

export const personalAccountCutoffs = defineValueParameter<{ ageMinimumIfFirstFrom: string; noRetireeAccountIfFirstFrom: string }>({
  key: 'jiangmen.personal_account.cutoffs',
  label: { zh: '个人账户划入办法的分界日期', en: 'Dates that decide the personal-account method' },
  unit: 'table',
  citation: 'JM-UR 二(四)2(4)',
  source: `${JM_UR.short} 二(四)2(4)`,
  values: { '2017-01-01': { ageMinimumIfFirstFrom: '2017-01-01', noRetireeAccountIfFirstFrom: '2018-01-01' } },
});
