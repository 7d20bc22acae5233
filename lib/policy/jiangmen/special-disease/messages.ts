/** Explanation texts of a special-disease month (RULES.md §10), zh first. */
import { message } from '../../core';
import { LEVEL_TEXT } from '../inpatient/labels';
import type { Level } from '../inpatient/parameters';

const lv = (level: string) => LEVEL_TEXT[level as Level] ?? { zh: level, en: level };
const CLASS_ZH: Readonly<Record<string, string>> = { '1': '一类', '2': '二类', '3': '三类', '4': '四类' };

export const diseasesMessage = message<{ date: string; zh: string; en: string; classes: string }>(
  'special_disease.diseases',
  'JM-UR 附表',
  (a) =>
    `按 ${a.date} 所在月份计算。您的特定病种：${a.zh}；属于${a.classes
      .split(',')
      .map((c) => CLASS_ZH[c] ?? c)
      .join('、')}病种。`,
  (a) => `Worked out for the month of ${a.date}. Your special diseases: ${a.en}; class ${a.classes.split(',').join(' and ')}.`,
);

export const whereMessage = message<{ zh: string; en: string }>(
  'special_disease.where',
  'JM-UR 附表',
  (a) => `请注意：${a.zh}，否则基金不支付。这里假定您在符合规定的机构就诊。`,
  (a) => `Please note: ${a.en}; otherwise the fund pays nothing. This estimate assumes you were treated at such an institution.`,
);

export const class1Message = message<{ deductible: string }>(
  'special_disease.class1',
  'JM-UR 附表',
  (a) =>
    `一类特定病种“按住院费用结算方式由基金按规定支付，不设起付标准”：起付标准为 ${a.deductible} 元，其余按住院的办法计算（包括年度限额、大病保险、二档和医疗救助）。`,
  (a) =>
    `Class-1 special diseases are "settled like hospital costs, with no deductible": the deductible is ${a.deductible} yuan and the rest follows the hospital rules (annual caps, critical illness, tier 2 and assistance).`,
);

export const tier1RatioMessage = message<{ level: string; ratio: string }>(
  'special_disease.tier1.ratio',
  'JM-UR 附表',
  (a) => `在${lv(a.level).zh}看特定病种门诊，一档基金支付比例是 ${a.ratio}。`,
  (a) => `At ${lv(a.level).en}, tier 1 pays ${a.ratio} of special-disease outpatient costs.`,
);

export const wubaoRatioMessage = message<{ before: string; points: string; ratio: string }>(
  'special_disease.tier1.ratio.wubao',
  'JM-UR 附表',
  (a) => `农村五保供养对象支付比例提高 ${a.points} 个百分点（最高 100%）：${a.before} + ${a.points}% = ${a.ratio}。`,
  (a) => `Rural five-guarantee recipients get ${a.points} percentage points more (at most 100%): ${a.before} + ${a.points}% = ${a.ratio}.`,
);

export const capMessage = (key: string, tierZh: string, tierEn: string) =>
  message<{ count: string; highest: string; extra: string; cap: string }>(
    key,
    'JM-UR 附表',
    (a) =>
      a.count === '1'
        ? `${tierZh}每月最多支付 ${a.cap} 元，当月用不完不能转到下个月。`
        : `您有 ${a.count} 个特定病种：${tierZh}取较高的月限额 ${a.highest} 元再加 ${a.extra} 元，每月最多支付 ${a.cap} 元；当月用不完不能转到下个月。`,
    (a) =>
      a.count === '1'
        ? `${tierEn} pays at most ${a.cap} yuan a month; what is unused does not carry to the next month.`
        : `You have ${a.count} special diseases: ${tierEn} takes the higher monthly limit of ${a.highest} yuan plus ${a.extra}, so at most ${a.cap} yuan a month; what is unused does not carry over.`,
  );

export const tier1CapMessage = capMessage('special_disease.tier1.cap', '一档', 'Tier 1');
export const tier2CapMessage = capMessage('special_disease.tier2.cap', '二档', 'Tier 2');

export const tier1PaymentMessage = message<{ inScope: string; ratio: string; computed: string; cap: string; tier1: string }>(
  'special_disease.tier1.payment',
  'JM-UR 附表',
  (a) =>
    a.computed === a.tier1
      ? `一档支付：${a.inScope} × ${a.ratio} = ${a.tier1} 元（没有超过每月 ${a.cap} 元）。`
      : `一档：${a.inScope} × ${a.ratio} = ${a.computed} 元，超过每月限额 ${a.cap} 元，所以支付 ${a.tier1} 元。`,
  (a) =>
    a.computed === a.tier1
      ? `Tier 1 pays ${a.inScope} × ${a.ratio} = ${a.tier1} yuan (within the monthly ${a.cap} yuan).`
      : `Tier 1: ${a.inScope} × ${a.ratio} = ${a.computed} yuan, above the monthly limit of ${a.cap} yuan, so it pays ${a.tier1} yuan.`,
);

export const tier2NotApplicableMessage = message<{ tier2: string }>(
  'special_disease.tier2.payment',
  'JM-UR 二(二)',
  (a) => `二档待遇只有职工身份参保人才有；您以城乡居民身份参保，二档支付 ${a.tier2} 元。`,
  (a) => `Tier-2 benefits are for employee identity only; you are insured with resident identity, so tier 2 pays ${a.tier2} yuan.`,
);

export const tier2PaymentMessage = message<{ left: string; ratio: string; computed: string; cap: string; tier2: string }>(
  'special_disease.tier2.payment',
  'JM-UR 附表',
  (a) => {
    const head = `二档：一档支付后剩下的 ${a.left} 元，基金再支付 ${a.ratio}：${a.left} × ${a.ratio} = ${a.computed} 元`;
    if (a.cap === 'none') return `${head}，四类病种不设每月限额，支付 ${a.tier2} 元。`;
    return a.computed === a.tier2 ? `${head}（没有超过每月 ${a.cap} 元），支付 ${a.tier2} 元。` : `${head}，超过每月限额 ${a.cap} 元，所以支付 ${a.tier2} 元。`;
  },
  (a) => {
    const head = `Tier 2: of the ${a.left} yuan left after tier 1 the fund pays ${a.ratio}: ${a.left} × ${a.ratio} = ${a.computed} yuan`;
    if (a.cap === 'none') return `${head}; class 4 has no monthly limit, so it pays ${a.tier2} yuan.`;
    return a.computed === a.tier2
      ? `${head} (within the monthly ${a.cap} yuan), so it pays ${a.tier2} yuan.`
      : `${head}, above the monthly limit of ${a.cap} yuan, so it pays ${a.tier2} yuan.`;
  },
);

export const readingMessage = message<{ cls: string }>(
  'special_disease.tier2.reading',
  'JM-UR 附表',
  (a) =>
    a.cls === '4'
      ? '说明：附表的单元格是合并的，文字版看不出合并范围。这里按“四类二档支付剩余费用的 60%，不设月限额”计算；另一种理解是四类二档也按每月 960 元封顶。'
      : '说明：附表的单元格是合并的，文字版看不出合并范围。这里按“二档支付一档后剩余费用的 60%，每月不超过 900 元（二类）/ 960 元（三类）”计算；另一种理解是二、三类二档按一档的分级比例（一级及以下 60%、其他定点 50%、非定点 30%）支付。',
  (a) =>
    a.cls === '4'
      ? "Note: the table's cells are merged and the text version loses their extent. This estimate reads class-4 tier 2 as 60 % of what is left with no monthly limit; another reading caps it at 960 yuan a month."
      : "Note: the table's cells are merged and the text version loses their extent. This estimate reads tier 2 as 60 % of what is left after tier 1, up to 900 (class 2) / 960 (class 3) yuan a month; another reading pays classes 2–3 at the tier-1 ratios by level (60 % level 1, 50 % other designated, 30 % non-designated).",
);

export const assistanceNoteMessage = message<Record<string, never>>(
  'special_disease.assistance_note',
  'JM-14 一(一)',
  () => '困难人员的特定病种门诊费用，还可能得到医疗救助（门诊救助）；没有公布具体标准，这里不计算。',
  () =>
    'For people with an assistance status, special-disease outpatient costs may also get medical assistance (outpatient assistance); no figures are published, so it is not computed here.',
);

export const totalMessage = message<{ inScope: string; tier1: string; tier2: string; outOfPocket: string }>(
  'special_disease.total',
  'JM-UR 附表',
  (a) => `合计：本月 ${a.inScope} 元 = 一档 ${a.tier1} + 二档 ${a.tier2} + 您自己付 ${a.outOfPocket} 元。`,
  (a) => `In all: this month's ${a.inScope} yuan = tier 1 ${a.tier1} + tier 2 ${a.tier2} + you pay ${a.outOfPocket} yuan.`,
);
