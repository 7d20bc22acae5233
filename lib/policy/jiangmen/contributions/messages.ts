/** Explanation texts of contributions (RULES §1–2; JM-UR 二(三)1–2), zh first. */
import { message, type Bilingual, type Message } from '../../core';
import type { MonthlyPayer } from './payers';

// --- the minimum base -------------------------------------------------------------------

export const minimumBaseFixedMessage = message<{ year: string; base: string }>(
  'contributions.minimum_base.fixed',
  'JM-UR 二(三)2(1)',
  (a) => `${a.year} 年的最低缴费基数是每月 ${a.base} 元（文件直接规定）。`,
  (a) => `The minimum contribution base for ${a.year} is ${a.base} yuan a month (set by the document).`,
);

export const minimumBaseDerivedMessage = message<{ year: string; refYear: string; wage: string; share: string; base: string }>(
  'contributions.minimum_base.derived',
  'JM-UR 二(三)2(1)',
  (a) => `${a.year} 年的最低缴费基数 = ${a.refYear} 年（上上年度）在岗职工月平均工资 ${a.wage} 元 × ${a.share} = 每月 ${a.base} 元。`,
  (a) =>
    `The minimum contribution base for ${a.year} = the ${a.refYear} (year before last) average monthly wage of on-post employees, ${a.wage} yuan, × ${a.share} = ${a.base} yuan a month.`,
);

// --- a month with employee identity ---------------------------------------------------------

export type BaseAmounts = { wage: string; minimum: string; ceiling: string; base: string };

export const employeeBaseMessages = {
  within: message<BaseAmounts>(
    'contributions.base.employee',
    'JM-UR 二(三)2(1)',
    (a) => `本人工资 ${a.wage} 元，在最低缴费基数 ${a.minimum} 元和它的 3 倍 ${a.ceiling} 元之间：缴费基数就是工资 ${a.base} 元。`,
    (a) =>
      `Own wage ${a.wage} yuan lies between the minimum base ${a.minimum} yuan and three times it, ${a.ceiling} yuan: the base is the wage, ${a.base} yuan.`,
  ),
  below: message<BaseAmounts>(
    'contributions.base.employee_floor',
    'JM-UR 二(三)2(1)',
    (a) => `本人工资 ${a.wage} 元低于最低缴费基数 ${a.minimum} 元，按最低缴费基数计：缴费基数 ${a.base} 元。`,
    (a) => `Own wage ${a.wage} yuan is below the minimum base ${a.minimum} yuan, so the minimum base is used: base ${a.base} yuan.`,
  ),
  above: message<BaseAmounts>(
    'contributions.base.employee_ceiling',
    'JM-UR 二(三)2(1)',
    (a) => `本人工资 ${a.wage} 元超过最低缴费基数的 3 倍 ${a.ceiling} 元，超出部分不计：缴费基数 ${a.base} 元。`,
    (a) => `Own wage ${a.wage} yuan is above three times the minimum base, ${a.ceiling} yuan; the part above is not charged: base ${a.base} yuan.`,
  ),
};

export const minimumBaseUsedMessage = message<{ who: string; whoEn: string; base: string }>(
  'contributions.base.minimum',
  'JM-UR 二(三)2(1)',
  (a) => `${a.who}按最低缴费基数缴费：缴费基数 ${a.base} 元。`,
  (a) => `Contributes on the minimum base (${a.whoEn}): base ${a.base} yuan.`,
);

export const tierMessage = message<{
  tier: string;
  tierEn: string;
  base: string;
  rate: string;
  employerRate: string;
  personalRate: string;
  employer: string;
  personal: string;
  total: string;
}>(
  'contributions.tier',
  'JM-UR 二(三)2(1)',
  (a) =>
    `${a.tier}：${a.base} 元 × ${a.rate} = ${a.total} 元，其中按单位费率 ${a.employerRate} 的部分 ${a.employer} 元，按个人费率 ${a.personalRate} 的部分 ${a.personal} 元。`,
  (a) =>
    `${a.tierEn}: ${a.base} yuan × ${a.rate} = ${a.total} yuan: ${a.employer} yuan at the employer rate ${a.employerRate} and ${a.personal} yuan at the personal rate ${a.personalRate}.`,
);

export const payerMessages: Record<MonthlyPayer, Message<{ total: string }>> = {
  employer_and_person: message<{ total: string }>(
    'contributions.payer.employer_and_person',
    'JM-UR 二(三)1',
    (a) => `每月合计 ${a.total} 元：单位缴单位部分，个人部分由单位从工资中代扣代缴。`,
    (a) => `${a.total} yuan a month in all: the employer pays its part and deducts the employee's part from the wage.`,
  ),
  unemployment_fund: message<{ total: string }>(
    'contributions.payer.unemployment_fund',
    'JM-UR 二(三)1',
    (a) => `每月合计 ${a.total} 元，全部由失业保险基金支付，本人不用缴。`,
    (a) => `${a.total} yuan a month in all, paid entirely by the unemployment insurance fund; the person pays nothing.`,
  ),
  person: message<{ total: string }>(
    'contributions.payer.person',
    'JM-UR 二(三)1',
    (a) => `每月合计 ${a.total} 元（两部分），全部由本人缴纳。`,
    (a) => `${a.total} yuan a month in all (both parts), paid entirely by the person.`,
  ),
};

// --- a resident's year -------------------------------------------------------------------

export const residentFixedMessage = message<{ year: string; amount: string }>(
  'contributions.resident.fixed',
  'JM-UR 二(三)2(1)',
  (a) => `${a.year} 年度城乡居民个人缴费标准是每人每年 ${a.amount} 元（文件直接规定）。`,
  (a) => `The ${a.year} resident contribution is ${a.amount} yuan per person for the year (set by the document).`,
);

export const incomeMessage = message<{ year: string; refYear: string; income: string; rate: string; amount: string }>(
  'contributions.resident.income_share',
  'JM-UR 二(三)2(1)',
  (a) => `${a.year} 年度江门标准 = ${a.refYear} 年（上上年度）城乡居民人均可支配收入 ${a.income} 元 × ${a.rate} = 每人每年 ${a.amount} 元。`,
  (a) =>
    `Jiangmen's ${a.year} amount = the ${a.refYear} (year before last) per-capita disposable income of urban and rural residents, ${a.income} yuan, × ${a.rate} = ${a.amount} yuan per person for the year.`,
);

export const floorMessages = {
  local: message<{ local: string; floor: string; amount: string }>(
    'contributions.resident.national_floor_below',
    'JM-UR 二(三)2(1)',
    (a) => `国家规定的个人缴费标准 ${a.floor} 元不高于江门标准 ${a.local} 元，按江门标准：${a.amount} 元。`,
    (a) => `The national individual contribution, ${a.floor} yuan, is not above Jiangmen's ${a.local} yuan, so Jiangmen's applies: ${a.amount} yuan.`,
  ),
  national: message<{ local: string; floor: string; amount: string }>(
    'contributions.resident.national_floor_applies',
    'JM-UR 二(三)2(1)',
    (a) => `国家规定的个人缴费标准 ${a.floor} 元高于江门标准 ${a.local} 元，按国家规定：${a.amount} 元。`,
    (a) => `The national individual contribution, ${a.floor} yuan, is above Jiangmen's ${a.local} yuan, so the national figure applies: ${a.amount} yuan.`,
  ),
};

type AssistAmounts = { full: string; personal: string };

export const assistanceMessages = {
  none: message<AssistAmounts>(
    'contributions.resident.pays',
    'JM-UR 二(三)1',
    (a) => `本人缴纳全年 ${a.personal} 元（政府另有财政补助）。`,
    (a) => `The person pays ${a.personal} yuan for the year (the government adds its own subsidy).`,
  ),
  exempt: message<AssistAmounts & { status: string; statusEn: string }>(
    'contributions.resident.exempt',
    'JM-UR 二(三)1',
    (a) => `本市户籍的${a.status}属于困难城乡居民，个人缴费部分 ${a.full} 元由财政等全额补助，本人免缴：${a.personal} 元。`,
    (a) =>
      `Difficult resident with Jiangmen household registration: ${a.statusEn}. The individual part, ${a.full} yuan, is fully paid by public funds and the person pays ${a.personal} yuan.`,
  ),
  assumedLocal: message<Record<string, never>>(
    'contributions.resident.assumed_local',
    'JM-UR 二(三)1',
    () => '未说明户籍，按本市户籍计算；非本市户籍的困难人员不享受全额资助。',
    () => 'Household registration not given: taken as Jiangmen. Difficult residents registered elsewhere do not get the full subsidy.',
  ),
  lowIncomeNotQualifying: message<AssistAmounts>(
    'contributions.resident.low_income_pays',
    'JM-UR 二(三)1',
    (a) => `低收入家庭成员中，只有 60 周岁以上老人、未成年人、重度残疾人和重病患者免缴；其他成员本人缴纳 ${a.personal} 元。`,
    (a) =>
      `Of low-income family members only those aged 60 or over, minors, the severely disabled and the seriously ill pay nothing; other members pay ${a.personal} yuan.`,
  ),
  notLocal: message<AssistAmounts & { status: string; statusEn: string }>(
    'contributions.resident.not_local',
    'JM-UR 二(三)1',
    (a) => `全额资助只适用于本市户籍的困难城乡居民；非本市户籍的${a.status}本人缴纳 ${a.personal} 元。`,
    (a) =>
      `Full subsidy is only for difficult residents with Jiangmen household registration. Registered elsewhere: ${a.statusEn}; the person pays ${a.personal} yuan.`,
  ),
};

/**
 * 农村五保 is exempt because national policy folds it into 特困供养 (RULES §1, §13): the steps say
 * so beside its label.
 */
export const WUBAO_FOLDED: Bilingual = { zh: '（已并入特困供养人员）', en: ', now counted as a person in extreme hardship (特困)' };
