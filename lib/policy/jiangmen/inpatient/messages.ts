/**
 * The explanation texts of a hospital stay, zh first, in plain words for elderly readers.
 * Each message names the RULES.md clause it applies; the amounts are the very figures the
 * computation used (see inpatient.ts).
 */
import { message } from '../../core';
import { ASSISTANCE_TEXT, CATEGORY_TEXT, IDENTITY_TEXT, LEVEL_TEXT, type AssistanceStatus, type Category, type Identity } from './labels';
import type { Level } from './parameters';

const lv = (level: string) => LEVEL_TEXT[level as Level] ?? { zh: level, en: level };

// --- who -------------------------------------------------------------------------------

export const personMessage = message<{ date: string; identity: string; category: string; status: string; tiers: string }>(
  'inpatient.person',
  'JM-UR 二(二)',
  (a) => {
    const status = a.status === 'none' ? '' : `，困难人员身份：${ASSISTANCE_TEXT[a.status as AssistanceStatus].zh}`;
    const tiers = a.tiers === '1+2' ? '一档和二档' : '一档';
    return `按 ${a.date} 有效的规定计算。您以${IDENTITY_TEXT[a.identity as Identity].zh}参保（${CATEGORY_TEXT[a.category as Category].zh}${status}），享受${tiers}住院待遇。`;
  },
  (a) => {
    const status = a.status === 'none' ? '' : `; assistance status: ${ASSISTANCE_TEXT[a.status as AssistanceStatus].en}`;
    const tiers = a.tiers === '1+2' ? 'tier 1 and tier 2' : 'tier 1';
    return `Worked out with the rules in force on ${a.date}. You are insured with ${IDENTITY_TEXT[a.identity as Identity].en} (${CATEGORY_TEXT[a.category as Category].en}${status}), so ${tiers} hospital benefits apply.`;
  },
);

// --- layer A: deductible ---------------------------------------------------------------

export const deductibleMessage = message<{ level: string; deductible: string }>(
  'inpatient.tier1.deductible',
  'JM-UR 二(四)1(1)',
  (a) => `在${lv(a.level).zh}住院，起付标准（先由您自己付的部分）是 ${a.deductible} 元。`,
  (a) => `For a stay at ${lv(a.level).en}, the deductible (the part you pay first) is ${a.deductible} yuan.`,
);

export const retireeDeductibleMessage = message<{ before: string; reduction: string; deductible: string }>(
  'inpatient.tier1.deductible.retiree',
  'JM-UR 二(四)1(1)',
  (a) => `职工退休人员的起付标准降低 ${a.reduction} 元：${a.before} − ${a.reduction} = ${a.deductible} 元。`,
  (a) => `Employee retirees have a deductible ${a.reduction} yuan lower: ${a.before} − ${a.reduction} = ${a.deductible} yuan.`,
);

export const wubaoDeductibleMessage = message<{ deductible: string }>(
  'inpatient.tier1.deductible.wubao',
  'JM-UR 二(四)1(1)',
  (a) => `农村五保供养对象住院不设起付标准：起付标准为 ${a.deductible} 元。`,
  (a) => `Rural five-guarantee recipients have no deductible: the deductible is ${a.deductible} yuan.`,
);

export const familyBedMessage = message<{ deductible: string }>(
  'inpatient.tier1.deductible.family_bed',
  'JM-UR 二(四)1(1)',
  (a) => `从二级、三级定点医疗机构住院转到家庭病床，不设起付标准：起付标准为 ${a.deductible} 元。`,
  (a) => `A family bed set up on transfer from a level-2 or level-3 hospital stay has no deductible: the deductible is ${a.deductible} yuan.`,
);

export const referralMessage = message<{ before: string; referring: string; deductible: string }>(
  'inpatient.tier1.deductible.referral',
  'JM-UR 二(四)3',
  (a) => `按规定转诊，起付标准连续计算：这次的起付标准 ${a.before} 元，减去转出医院已经付过的 ${a.referring} 元，为 ${a.deductible} 元（最少为 0）。`,
  (a) =>
    `Referred under the rules, so the deductible is counted continuously: this stay's ${a.before} yuan minus the ${a.referring} yuan already paid at the referring hospital leaves ${a.deductible} yuan (never below 0).`,
);

export const medicalCommunityMessage = message<{ deductible: string }>(
  'inpatient.tier1.deductible.medical_community',
  'GD-MC 二(八)',
  (a) => `在县域医共体内上下转诊，算作同一次住院，起付标准只付一次（已在转出医院付过）：这次起付标准为 ${a.deductible} 元。`,
  (a) =>
    `A transfer inside the county medical community counts as one hospital stay and the deductible is paid only once (it was paid at the first hospital): this stay's deductible is ${a.deductible} yuan.`,
);

export const belowDeductibleMessage = message<{ inScope: string; deductible: string; borne: string; tier1: string }>(
  'inpatient.tier1.payment',
  'JM-UR 二(四)1(1)',
  (a) => `政策范围内费用 ${a.inScope} 元没有超过起付标准 ${a.deductible} 元，这 ${a.borne} 元都由您自己付，一档统筹支付 ${a.tier1} 元。`,
  (a) =>
    `The covered cost of ${a.inScope} yuan does not exceed the deductible of ${a.deductible} yuan, so you pay these ${a.borne} yuan yourself and tier-1 pooling pays ${a.tier1} yuan.`,
);

// --- layer A: ratio ----------------------------------------------------------------------

export const ratioMessage = message<{ level: string; ratio: string }>(
  'inpatient.tier1.ratio',
  'JM-UR 二(四)1(1)',
  (a) => `在${lv(a.level).zh}住院，一档统筹基金支付比例是 ${a.ratio}。`,
  (a) => `At ${lv(a.level).en}, the tier-1 pooling fund pays ${a.ratio}.`,
);

export const retireeRatioMessage = message<{ before: string; points: string; ratio: string }>(
  'inpatient.tier1.ratio.retiree',
  'JM-UR 二(四)1(1)',
  (a) => `职工退休人员支付比例提高 ${a.points} 个百分点：${a.before} + ${a.points}% = ${a.ratio}。`,
  (a) => `Employee retirees get ${a.points} percentage points more: ${a.before} + ${a.points}% = ${a.ratio}.`,
);

export const wubaoRatioMessage = message<{ before: string; points: string; ratio: string }>(
  'inpatient.tier1.ratio.wubao',
  'JM-UR 二(四)1(1)',
  (a) => `农村五保供养对象在一级及以下定点医疗机构住院，支付比例提高 ${a.points} 个百分点：${a.before} + ${a.points}% = ${a.ratio}。`,
  (a) => `Rural five-guarantee recipients at a level-1 or smaller hospital get ${a.points} percentage points more: ${a.before} + ${a.points}% = ${a.ratio}.`,
);

export const unregisteredMessage = message<{ before: string; factor: string; ratio: string }>(
  'inpatient.ratio.out_of_town_unregistered',
  'JM-UR 二(四)3',
  (a) =>
    `在江门市外就医，没有按规定（或没有按时）办理备案、转诊手续：政策范围内的基金支付比例降为原来的 ${a.factor}，一档为 ${a.before} × ${a.factor} = ${a.ratio}；二档的各段比例也同样减半。大病保险比例不变。`,
  (a) =>
    `Care outside Jiangmen without the required filing or referral (or filed late): the fund ratios for covered costs fall to ${a.factor} of normal — tier 1: ${a.before} × ${a.factor} = ${a.ratio}; tier 2's brackets are halved too. Critical-illness rates are unchanged.`,
);

export const registeredMessage = message<Record<string, never>>(
  'inpatient.out_of_town_registered',
  'JM-UR 二(四)3',
  () => `在江门市外就医并已按规定办理备案（如异地安置的退休人员、单位派驻市外工作人员）：起付标准和支付比例按江门同级医疗机构执行。`,
  () =>
    `Care outside Jiangmen with the required filing (e.g. retirees settled elsewhere, staff posted outside Jiangmen): the same deductible and ratios as a Jiangmen hospital of the same level.`,
);

// --- layer A: payment --------------------------------------------------------------------

export const tier1PaymentMessage = message<{ inScope: string; deductible: string; ratio: string; remainingCap: string; tier1: string }>(
  'inpatient.tier1.payment',
  'JM-UR 二(四)1(1)',
  (a) =>
    `一档住院统筹支付：（政策范围内费用 ${a.inScope} − 起付标准 ${a.deductible}）× ${a.ratio} = ${a.tier1} 元（没有超过今年还能支付的 ${a.remainingCap} 元）。`,
  (a) =>
    `Tier-1 hospital pooling pays (covered cost ${a.inScope} − deductible ${a.deductible}) × ${a.ratio} = ${a.tier1} yuan (within the ${a.remainingCap} yuan it can still pay this year).`,
);

export const tier1CappedMessage = message<{
  inScope: string;
  deductible: string;
  ratio: string;
  computed: string;
  cap: string;
  factor: string;
  paidBefore: string;
  remainingCap: string;
  tier1: string;
}>(
  'inpatient.tier1.payment',
  'JM-UR 二(四)1(1)',
  (a) =>
    `一档住院统筹：（${a.inScope} − ${a.deductible}）× ${a.ratio} = ${a.computed} 元，但今年的最高支付限额是 ${a.cap} × ${a.factor}，今年已付 ${a.paidBefore} 元，只剩 ${a.remainingCap} 元，所以支付 ${a.tier1} 元。`,
  (a) =>
    `Tier-1 hospital pooling: (${a.inScope} − ${a.deductible}) × ${a.ratio} = ${a.computed} yuan, but this year's cap is ${a.cap} × ${a.factor}; ${a.paidBefore} yuan were already paid, leaving ${a.remainingCap} yuan, so it pays ${a.tier1} yuan.`,
);

export const maternityMessage = message<{ computed: string; floor: string; tier1: string; deductible: string }>(
  'inpatient.tier1.maternity_floor',
  'JM-UR 二(四)1(1)',
  (a) =>
    a.computed === a.tier1
      ? `住院分娩：基金支付 ${a.tier1} 元，不低于每次 ${a.floor} 元，不用补足。`
      : `住院分娩：基金支付不足每次 ${a.floor} 元的，按 ${a.floor} 元支付（但不超过政策范围内费用和今年剩余限额）。一档支付由 ${a.computed} 元提高到 ${a.tier1} 元，您实际承担的起付标准为 ${a.deductible} 元。`,
  (a) =>
    a.computed === a.tier1
      ? `Delivery: the fund pays ${a.tier1} yuan, not less than ${a.floor} yuan, so no top-up is needed.`
      : `Delivery: when the fund would pay less than ${a.floor} yuan it pays ${a.floor} yuan (never more than the covered cost or this year's remaining cap). Tier 1 rises from ${a.computed} to ${a.tier1} yuan; the deductible you actually bear is ${a.deductible} yuan.`,
);

// --- layer B: critical illness -----------------------------------------------------------

export const criticalBaseMessage = message<{ selfPaid: string; before: string; after: string }>(
  'inpatient.critical.base',
  'JM-UR 二(四)1(4)',
  (a) => `大病保险：一档报销后，这次住院您自付的政策范围内费用（不算起付标准）是 ${a.selfPaid} 元；今年累计从 ${a.before} 元增加到 ${a.after} 元。`,
  (a) =>
    `Critical-illness insurance: after tier 1, what you paid yourself of this stay's covered cost (deductible not counted) is ${a.selfPaid} yuan; this year's running total goes from ${a.before} to ${a.after} yuan.`,
);

export const criticalThresholdMessage = message<{
  group: string;
  threshold: string;
  share: string;
  start: string;
  capFull: string;
  factor: string;
  cap: string;
}>(
  'inpatient.critical.threshold',
  'JM-UR 二(四)1(4)',
  (a) => {
    if (a.group === 'standard')
      return `大病保险起赔标准是 ${a.start} 元：今年累计超过这个数的部分才赔付；今年最多赔付 ${a.cap} 元（${a.capFull} × ${a.factor}）。`;
    const who = a.group === 'tekun' ? '特困供养人员' : '建档立卡贫困人员、低保对象';
    return `${who}：从起赔标准 ${a.threshold} 元的 ${a.share}，即累计超过 ${a.start} 元的部分开始赔付，赔付比例更高，不设最高赔付限额。`;
  },
  (a) => {
    if (a.group === 'standard')
      return `The critical-illness threshold is ${a.start} yuan: only the part of this year's total above it is paid; at most ${a.cap} yuan this year (${a.capFull} × ${a.factor}).`;
    const who = a.group === 'tekun' ? 'People in extreme hardship' : 'Registered poor household members and minimum-allowance recipients';
    return `${who}: payment starts above ${a.share} of the ${a.threshold}-yuan threshold, i.e. above ${a.start} yuan, at higher rates and with no annual cap.`;
  },
);

export const criticalNonDesignatedMessage = message<{ points: string }>(
  'inpatient.critical.non_designated',
  'JM-UR 二(四)1(4)',
  (a) => `在非定点医疗机构的费用，大病保险每段赔付比例降低 ${a.points} 个百分点。`,
  (a) => `For costs at a non-designated institution every critical-illness rate is ${a.points} percentage points lower.`,
);

export const sliceMessage = (key: string, citation: string) =>
  message<{ from: string; to: string; amount: string; rate: string; pay: string }>(
    key,
    citation,
    (a) => `今年累计 ${a.from} 元到 ${a.to} 元之间的 ${a.amount} 元，按 ${a.rate} 支付：${a.pay} 元。`,
    (a) => `The ${a.amount} yuan between ${a.from} and ${a.to} yuan of this year's total, at ${a.rate}: ${a.pay} yuan.`,
  );

export const criticalSliceMessage = sliceMessage('inpatient.critical.slice', 'JM-UR 二(四)1(4)');

export const criticalNotReachedMessage = message<{ after: string; start: string; critical: string }>(
  'inpatient.critical.payment',
  'JM-UR 二(四)1(4)',
  (a) => `今年累计 ${a.after} 元没有超过 ${a.start} 元，大病保险这次赔付 ${a.critical} 元。`,
  (a) => `This year's total of ${a.after} yuan is not above ${a.start} yuan, so critical-illness insurance pays ${a.critical} yuan this time.`,
);

export const criticalPaymentMessage = message<{ remainingCap: string; critical: string }>(
  'inpatient.critical.payment',
  'JM-UR 二(四)1(4)',
  (a) =>
    a.remainingCap === 'none'
      ? `大病保险这次赔付合计 ${a.critical} 元（四舍五入到分）。`
      : `大病保险这次赔付合计 ${a.critical} 元（四舍五入到分；没有超过今年剩余的 ${a.remainingCap} 元）。`,
  (a) =>
    a.remainingCap === 'none'
      ? `Critical-illness insurance pays ${a.critical} yuan in all (rounded to the fen).`
      : `Critical-illness insurance pays ${a.critical} yuan in all (rounded to the fen; within the ${a.remainingCap} yuan left this year).`,
);

export const criticalCappedMessage = message<{ computed: string; cap: string; factor: string; paidBefore: string; remainingCap: string; critical: string }>(
  'inpatient.critical.payment',
  'JM-UR 二(四)1(4)',
  (a) =>
    `大病保险按比例算得 ${a.computed} 元，但今年最高赔付 ${a.cap} × ${a.factor}，已赔 ${a.paidBefore} 元，只剩 ${a.remainingCap} 元，所以赔付 ${a.critical} 元。`,
  (a) =>
    `By the rates critical-illness insurance would pay ${a.computed} yuan, but this year's cap is ${a.cap} × ${a.factor}; ${a.paidBefore} yuan were already paid, leaving ${a.remainingCap} yuan, so it pays ${a.critical} yuan.`,
);

// --- layer C: tier 2 ---------------------------------------------------------------------

export const tier2NotApplicableMessage = message<{ tier2: string }>(
  'inpatient.tier2.payment',
  'JM-UR 二(二)',
  (a) => `二档住院待遇只有职工身份参保人才有；您以城乡居民身份参保，二档支付 ${a.tier2} 元。`,
  (a) => `Tier-2 hospital benefits are for employee identity only; you are insured with resident identity, so tier 2 pays ${a.tier2} yuan.`,
);

export const tier2BaseMessage = message<{ selfPaid: string; before: string; after: string }>(
  'inpatient.tier2.base',
  'JM-UR 二(四)2(1)',
  (a) =>
    `二档住院：在一档待遇（包括大病保险）之后，这次您仍自付的政策范围内费用（不算起付标准）是 ${a.selfPaid} 元；今年累计从 ${a.before} 元增加到 ${a.after} 元。`,
  (a) =>
    `Tier 2: after all tier-1 benefits (critical illness included), what you still pay of this stay's covered cost (deductible not counted) is ${a.selfPaid} yuan; this year's running total goes from ${a.before} to ${a.after} yuan.`,
);

export const tier2AdjustMessage = message<{ reduction: string; halved: string }>(
  'inpatient.tier2.rates',
  'JM-UR 二(四)2(1)',
  (a) => {
    const parts: string[] = [];
    if (a.reduction !== '0') parts.push(`在非定点医疗机构住院，每段比例降低 ${a.reduction} 个百分点`);
    if (a.halved === 'yes') parts.push('市外就医未按规定备案，每段比例再减半');
    return `二档比例调整：${parts.join('；')}。`;
  },
  (a) => {
    const parts: string[] = [];
    if (a.reduction !== '0') parts.push(`at a non-designated institution every bracket is ${a.reduction} percentage points lower`);
    if (a.halved === 'yes') parts.push('care outside Jiangmen without filing halves every bracket');
    return `Tier-2 rates adjusted: ${parts.join('; ')}.`;
  },
);

export const tier2SliceMessage = sliceMessage('inpatient.tier2.slice', 'JM-UR 二(四)2(1)');

export const tier2PaymentMessage = message<{ remainingCap: string; tier2: string }>(
  'inpatient.tier2.payment',
  'JM-UR 二(四)2(1)',
  (a) => `二档住院这次支付合计 ${a.tier2} 元（四舍五入到分；没有超过今年剩余的 ${a.remainingCap} 元）。`,
  (a) => `Tier 2 pays ${a.tier2} yuan in all (rounded to the fen; within the ${a.remainingCap} yuan left this year).`,
);

export const tier2CappedMessage = message<{ computed: string; cap: string; factor: string; paidBefore: string; remainingCap: string; tier2: string }>(
  'inpatient.tier2.payment',
  'JM-UR 二(四)2(1)',
  (a) => `二档按比例算得 ${a.computed} 元，但今年最高支付 ${a.cap} × ${a.factor}，已付 ${a.paidBefore} 元，只剩 ${a.remainingCap} 元，所以支付 ${a.tier2} 元。`,
  (a) =>
    `By the rates tier 2 would pay ${a.computed} yuan, but this year's cap is ${a.cap} × ${a.factor}; ${a.paidBefore} yuan were already paid, leaving ${a.remainingCap} yuan, so it pays ${a.tier2} yuan.`,
);

// --- layer D: medical assistance ---------------------------------------------------------

export const assistancePaymentMessage = message<{
  status: string;
  left: string;
  ratio: string;
  computed: string;
  cap: string;
  remainingCap: string;
  assistance: string;
}>(
  'inpatient.assistance.payment',
  'JM-14 一(一)',
  (a) => {
    const capped = a.computed !== a.assistance ? `，按比例为 ${a.computed} 元，但今年估算只剩 ${a.remainingCap} 元救助额度` : '';
    return `医疗救助（${ASSISTANCE_TEXT[a.status as AssistanceStatus].zh}）：以上各项报销后，政策范围内费用您还要付 ${a.left} 元（包括起付标准）。救助比例“不低于” ${a.ratio}，年度限额“不低于” ${a.cap} 元；这里按最低标准估算${capped}：至少救助 ${a.assistance} 元。`;
  },
  (a) => {
    const capped = a.computed !== a.assistance ? `; by the ratio ${a.computed} yuan, but only ${a.remainingCap} yuan of the yearly amount is left` : '';
    return `Medical assistance (${ASSISTANCE_TEXT[a.status as AssistanceStatus].en}): after the layers above you would still pay ${a.left} yuan of the covered cost (deductible included). Assistance is "at least" ${a.ratio} with a yearly limit of "at least" ${a.cap} yuan; this estimate uses those minimums${capped}: at least ${a.assistance} yuan.`;
  },
);

export const assistanceNoteMessage = message<{ target: string }>(
  'inpatient.assistance.note',
  'JM-14 一(一)',
  (a) =>
    `请注意：这是按最低标准的估算，实际救助可能更多——“十四五”规划把重点救助对象住院救助比例的目标定为 ${a.target}。救助后个人负担仍然较重的，还可以申请二次医疗救助（没有公布具体标准，这里不计算）。`,
  (a) =>
    `Please note: this uses the minimum figures and the real assistance may be higher — the 14th Five-Year plan sets ${a.target} as the target ratio for key recipients. If the cost is still heavy afterwards, a second round of assistance may be requested (no figures are published, so it is not computed here).`,
);

export const povertyNoteMessage = message<Record<string, never>>(
  'inpatient.assistance.poverty_note',
  'JM-14 一(一)',
  () => `建档立卡贫困人员的住院费用，还可以按规定通过医疗救助和精准扶贫资金得到资助；没有公布具体标准，这里不计算。`,
  () =>
    `For registered poor household members, hospital costs may also be aided by medical assistance and targeted poverty-relief funds; no figures are published, so this is not computed here.`,
);

// --- totals ------------------------------------------------------------------------------

export const outOfScopeMessage = message<{ outOfScope: string }>(
  'inpatient.out_of_scope',
  'JM-UR 二(四)1(1)',
  (a) => `政策范围外的费用（自费项目）${a.outOfScope} 元，由您自己负担，以上各项都不支付。`,
  (a) => `Costs outside the covered scope (${a.outOfScope} yuan) are yours to pay; none of the layers pays them.`,
);

export const totalMessage = message<{ total: string; tier1: string; critical: string; tier2: string; assistance: string; outOfPocket: string }>(
  'inpatient.total',
  'JM-UR 二(四)1(1)',
  (a) =>
    `合计：总费用 ${a.total} 元 = 一档统筹 ${a.tier1} + 大病保险 ${a.critical} + 二档 ${a.tier2} + 医疗救助 ${a.assistance} + 您自己付 ${a.outOfPocket} 元。`,
  (a) =>
    `In all: total cost ${a.total} yuan = tier 1 ${a.tier1} + critical illness ${a.critical} + tier 2 ${a.tier2} + assistance ${a.assistance} + you pay ${a.outOfPocket} yuan.`,
);
