/** Explanation texts of the personal-account credit (RULES §11; JM-UR 二(四)2(4), 三(一)1), zh first. */
import { message, type Bilingual } from '../../core';

export const messages = {
  ageMinimum: message<{ age: string; band: string; bandEn: string; amount: string; first: string }>(
    'personal_account.age_minimum',
    'JM-UR 二(四)2(4)',
    (a) => `${a.first} 首次参加江门职工医保或二档（2017 年起）：按年龄段最低划入金额；本月 1 日 ${a.age} 周岁（${a.band}），每月 ${a.amount} 元。`,
    (a) =>
      `First in the Jiangmen employee scheme or tier 2 in ${a.first} (2017 or later): the minimum credit for the age group; aged ${a.age} on the 1st of the month (${a.bandEn}): ${a.amount} yuan a month.`,
  ),
  dec2016: message<{ amount: string }>(
    'personal_account.dec2016',
    'JM-UR 二(四)2(4)',
    (a) => `2016 年 12 月有个人账户划账记录：按当时的实际划账金额 ${a.amount} 元划入。`,
    (a) => `A credit was made in December 2016: the same amount, ${a.amount} yuan, is credited.`,
  ),
  dec2016Recomputed: message<{ credit: string; base2016: string; base: string; amount: string }>(
    'personal_account.dec2016_recomputed',
    'JM-UR 二(四)2(4)',
    (a) => `缴费基数从 2016 年 12 月的 ${a.base2016} 元降到 ${a.base} 元：按降低后的基数重新计算，${a.credit} × ${a.base} ÷ ${a.base2016} = ${a.amount} 元。`,
    (a) =>
      `The base fell from ${a.base2016} yuan (December 2016) to ${a.base} yuan: recomputed on the lower base, ${a.credit} × ${a.base} ÷ ${a.base2016} = ${a.amount} yuan.`,
  ),
  historical: message<{ highest: string; minimum: string; amount: string }>(
    'personal_account.historical_highest',
    'JM-UR 二(四)2(4)',
    (a) => `2016 年 12 月没有划账记录：历史最高划账金额 ${a.highest} 元与年龄段最低划入金额 ${a.minimum} 元比较，取较高的 ${a.amount} 元。`,
    (a) =>
      `No credit in December 2016: the highest credit ever, ${a.highest} yuan, against the age-group minimum ${a.minimum} yuan; the higher, ${a.amount} yuan, is credited.`,
  ),
  own: message<{ base: string; own: string; credit: string; amount: string }>(
    'personal_account.own_contribution',
    'JM-UR 二(四)2(4)',
    (a) => `本人缴费部分（基数 ${a.base} 元 × 一档 0.5% + 二档 1.5%）为 ${a.own} 元，与划账金额 ${a.credit} 元比较，按较高的 ${a.amount} 元划入。`,
    (a) =>
      `The person's own contribution (base ${a.base} yuan × 0.5 % tier 1 + 1.5 % tier 2) is ${a.own} yuan; against the credit of ${a.credit} yuan, the higher, ${a.amount} yuan, is credited.`,
  ),
  noBase: message<Record<string, never>>(
    'personal_account.no_base',
    'JM-UR 二(四)2(4)',
    () => '没有提供本月缴费基数：如果本人缴费部分（基数 × 2%）更高，按本人缴费部分划入。',
    () => 'No contribution base given: if the own contribution (base × 2 %) is higher, that is credited instead.',
  ),
  retiree: message<{ amount: string }>(
    'personal_account.retiree',
    'JM-UR 二(四)2(4)',
    (a) => `退休人员按原职工医保办法划入，不作调整：每月 ${a.amount} 元。`,
    (a) => `Retirees are credited by the old employee-scheme method, unchanged: ${a.amount} yuan a month.`,
  ),
  retireeNone: message<{ first: string }>(
    'personal_account.retiree_none',
    'JM-UR 二(四)2(4)',
    (a) => `${a.first} 才首次在江门参加二档（2018 年 1 月 1 日或以后）：退休后不享受个人账户待遇。`,
    (a) => `First in tier 2 in Jiangmen in ${a.first} (on or after 1 January 2018): no personal account after retirement.`,
  ),
  difficult: message<Record<string, never>>(
    'personal_account.difficult_enterprise',
    'JM-UR 三(一)1',
    () => '困难企业职工退休人员按原政策不设个人账户。',
    () => 'Retirees of difficult enterprises have no personal account, as under the old rules.',
  ),
};

/** The age groups of the minimum credit, as the steps name them. */
export const BAND_NAME: readonly Bilingual[] = [
  { zh: '35 周岁及以下', en: '35 or under' },
  { zh: '36 至 45 周岁', en: '36 to 45' },
  { zh: '46 周岁及以上', en: '46 and over' },
];
