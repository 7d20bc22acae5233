/**
 * Hospital stays 住院 — the dated figures (RULES.md §6). Each value is keyed by the date it
 * is in force from; a date before 2018-01-01 is `unsupported_date` (JM-UR 二(四): "从2018年1月1日
 * 起，统一按以下标准享受一档、二档待遇").
 */
import { Dec, defineDecimalParameter, defineDecimalTable, defineParameter, type Bilingual } from '../../core';

export const LEVELS = ['level1', 'level2', 'level3', 'non_designated'] as const;
export type Level = (typeof LEVELS)[number];
/** The benefit levels of RULES §6 ("一级及以下" includes primary-care and unrated institutions). */
export const LEVEL_LABELS = {
  level1: { zh: '一级及以下定点医疗机构', en: 'level-1 or smaller designated hospital' },
  level2: { zh: '二级定点医疗机构', en: 'level-2 designated hospital' },
  level3: { zh: '三级定点医疗机构', en: 'level-3 designated hospital' },
  non_designated: { zh: '非定点医疗机构', en: 'non-designated institution' },
} as const satisfies Record<Level, Bilingual>;

/** JM-UR: 江府办〔2017〕20号《江门市基本医疗保险城乡一体化改革方案》 (kept short: it is in every response). */
const JM_UR = '江府办〔2017〕20号';
/** JM-UR 二(四): the unified tier-1 / tier-2 benefits apply from this date. */
export const JIANGMEN_CARE_START = '2018-01-01';

// ---------------------------------------------------------------------------------------
// Layer A — tier-1 pooling 一档住院统筹 (JM-UR 二(四)1(1))
// ---------------------------------------------------------------------------------------

/**
 * > 起付标准分别为一级及以下定点医疗机构500元，二级定点医疗机构600元，三级定点医疗机构900元，
 * > 非定点医疗机构1500元。
 */
export const deductibleByLevel = defineDecimalTable<Level>({
  key: 'jiangmen.inpatient.tier1.deductible',
  label: { zh: '住院起付标准', en: 'hospital deductible' },
  unit: 'table',
  citation: 'JM-UR 二(四)1(1)',
  source: `${JM_UR} 二(四)1(1) 起付标准`,
  values: { '2018-01-01': { level1: '500', level2: '600', level3: '900', non_designated: '1500' } },
});

/**
 * > 住院基金支付比例分别为一级及以下定点医疗机构（含基层定点医疗机构和未定级定点医疗机构）85%，
 * > 二级定点医疗机构80%，三级定点医疗机构55%，非定点医疗机构40%。
 */
export const ratioByLevel = defineDecimalTable<Level>({
  key: 'jiangmen.inpatient.tier1.ratio',
  label: { zh: '住院统筹基金支付比例', en: 'hospital pooling fund ratio' },
  unit: 'table',
  citation: 'JM-UR 二(四)1(1)',
  source: `${JM_UR} 二(四)1(1) 住院基金支付比例`,
  values: { '2018-01-01': { level1: '0.85', level2: '0.80', level3: '0.55', non_designated: '0.40' } },
});

/** > 基金对一档参保人在基本医疗保险年度内累计最高支付限额为20万元。 */
export const tier1AnnualCap = defineDecimalParameter({
  key: 'jiangmen.inpatient.tier1.annual_cap',
  label: { zh: '一档住院统筹年度最高支付限额', en: 'tier-1 hospital pooling annual cap' },
  unit: 'yuan_per_year',
  citation: 'JM-UR 二(四)1(1)',
  source: `${JM_UR} 二(四)1(1) 年度最高支付限额`,
  values: { '2018-01-01': '200000' },
});

/** > 同时参加一档和二档的职工退休人员在上述起付标准的基础上降低100元，在上述住院基金支付比例基础上提高5个百分点。 */
export const retireeDeductibleReduction = defineDecimalParameter({
  key: 'jiangmen.inpatient.tier1.retiree_deductible_reduction',
  label: { zh: '职工退休人员起付标准降低额', en: 'deductible reduction for employee retirees' },
  unit: 'yuan',
  citation: 'JM-UR 二(四)1(1)',
  source: `${JM_UR} 二(四)1(1)`,
  values: { '2018-01-01': '100' },
});

export const retireeRatioIncrease = defineDecimalParameter({
  key: 'jiangmen.inpatient.tier1.retiree_ratio_increase',
  label: { zh: '职工退休人员住院支付比例提高', en: 'ratio increase for employee retirees' },
  unit: 'percentage_points',
  citation: 'JM-UR 二(四)1(1)',
  source: `${JM_UR} 二(四)1(1)`,
  values: { '2018-01-01': '0.05' },
});

/** > 只参加一档的农村五保供养对象住院可以享受零起付标准，在一级及以下定点医疗机构住院，基金支付比例提高10个百分点。 */
export const wubaoLevel1RatioIncrease = defineDecimalParameter({
  key: 'jiangmen.inpatient.tier1.wubao_level1_ratio_increase',
  label: { zh: '农村五保供养对象一级及以下住院支付比例提高', en: 'ratio increase at level 1 for rural five-guarantee recipients' },
  unit: 'percentage_points',
  citation: 'JM-UR 二(四)1(1)',
  source: `${JM_UR} 二(四)1(1)`,
  values: { '2018-01-01': '0.10' },
});

/** > 孕产妇享受住院分娩医疗费用待遇……基金支付费用低于500元的，按每人每次500元支付。 */
export const maternityFloor = defineDecimalParameter({
  key: 'jiangmen.inpatient.tier1.maternity_floor',
  label: { zh: '住院分娩基金最低支付额', en: 'minimum fund payment for a delivery' },
  unit: 'yuan',
  citation: 'JM-UR 二(四)1(1)',
  source: `${JM_UR} 二(四)1(1) 住院分娩`,
  values: { '2018-01-01': '500' },
});

/**
 * JM-UR 二(四)3 — > 市外异地就医务人员未按规定办理或超时办理报销、转诊、申请备案报批手续的，
 * > 发生的住院医疗费用政策范围内基金支付比例降低为上述标准的50%。
 */
export const unregisteredOutOfTownFactor = defineDecimalParameter({
  key: 'jiangmen.inpatient.out_of_town_unregistered_factor',
  label: { zh: '异地就医未按规定备案的支付比例系数', en: 'ratio factor for out-of-town care without filing' },
  unit: 'ratio',
  citation: 'JM-UR 二(四)3',
  source: `${JM_UR} 二(四)3`,
  values: { '2018-01-01': '0.5' },
});

// ---------------------------------------------------------------------------------------
// Layer B — critical illness insurance 大病保险 (JM-UR 二(四)1(4))
// ---------------------------------------------------------------------------------------

/**
 * > 大病保险起赔标准原则上按我市上上年度城乡居民人均可支配收入确定（其中2017年维持1万元不变，
 * > 从2018年起，大病保险起赔标准由市人力资源社会保障局公布确定）
 * JM-14 一(一) confirms "大病保险起赔标准降为1万元" (as of 2020). RULES.md: 10 000 until a
 * published figure is cited.
 */
export const criticalThreshold = defineDecimalParameter({
  key: 'jiangmen.inpatient.critical.threshold',
  label: { zh: '大病保险起赔标准', en: 'critical-illness insurance threshold' },
  unit: 'yuan_per_year',
  citation: 'JM-UR 二(四)1(4)',
  source: `${JM_UR} 二(四)1(4)：2017年维持1万元`,
  values: {
    '2017-01-01': '10000',
    '2018-01-01': {
      value: '10000',
      source: '江门医保"十四五"规划 一(一)："大病保险起赔标准降为1万元"（2020年）；2018年起由市人社局公布，未见其他公布数字',
    },
  },
});

export const CRITICAL_GROUPS = ['standard', 'poverty_dibao', 'tekun'] as const;
export type CriticalGroup = (typeof CRITICAL_GROUPS)[number];

/**
 * Where each group's payment starts, as a share of the threshold.
 * > 建档立卡的贫困人员、最低生活保障对象超过起赔标准的30%以上……特困供养人员超过起赔标准的20%以上
 * RULING (RULES.md §6 B): "超过起赔标准的30%以上" = the part above 30 % of the threshold.
 */
export const criticalThresholdShare = defineDecimalTable<CriticalGroup>({
  key: 'jiangmen.inpatient.critical.threshold_share',
  label: { zh: '大病保险起赔点占起赔标准的比例', en: 'share of the threshold where critical-illness payment starts' },
  unit: 'table',
  citation: 'JM-UR 二(四)1(4)',
  source: `${JM_UR} 二(四)1(4) 赔付比例`,
  values: { '2018-01-01': { standard: '1', poverty_dibao: '0.3', tekun: '0.2' } },
});

/** > 12万元（含12万元）以内……超过12万以上的年度累计自付医疗费用 */
export const criticalBracketEdge = defineDecimalParameter({
  key: 'jiangmen.inpatient.critical.bracket_edge',
  label: { zh: '大病保险分段点', en: 'critical-illness bracket edge' },
  unit: 'yuan_per_year',
  citation: 'JM-UR 二(四)1(4)',
  source: `${JM_UR} 二(四)1(4) 赔付比例`,
  values: { '2018-01-01': '120000' },
});

/** Rates below and above the bracket edge, by group (60/70, 70/80, 80/90 %). */
type RatePair<T> = { readonly below: T; readonly above: T };
export const criticalRates = defineParameter<Readonly<Record<CriticalGroup, RatePair<string>>>, Readonly<Record<CriticalGroup, RatePair<Dec>>>>(
  {
    key: 'jiangmen.inpatient.critical.rates',
    label: { zh: '大病保险赔付比例', en: 'critical-illness payment rates' },
    unit: 'table',
    citation: 'JM-UR 二(四)1(4)',
    source: `${JM_UR} 二(四)1(4) 赔付比例`,
    values: {
      '2018-01-01': {
        standard: { below: '0.60', above: '0.70' },
        poverty_dibao: { below: '0.70', above: '0.80' },
        tekun: { below: '0.80', above: '0.90' },
      },
    },
  },
  (raw) => {
    const pair = (p: RatePair<string>): RatePair<Dec> => ({ below: new Dec(p.below), above: new Dec(p.above) });
    return { standard: pair(raw.standard), poverty_dibao: pair(raw.poverty_dibao), tekun: pair(raw.tekun) };
  },
);

/**
 * > 大病保险资金对参保人在基本医疗保险年度内累计最高赔付限额为24万元。建档立卡的贫困人员、
 * > 最低生活保障对象和特困供养人员不设最高赔付限额。
 */
export const criticalAnnualCap = defineDecimalParameter({
  key: 'jiangmen.inpatient.critical.annual_cap',
  label: { zh: '大病保险年度最高赔付限额', en: 'critical-illness annual cap' },
  unit: 'yuan_per_year',
  citation: 'JM-UR 二(四)1(4)',
  source: `${JM_UR} 二(四)1(4) 年度最高支付限额`,
  values: { '2018-01-01': '240000' },
});

/** > 在非定点医疗机构发生的费用，大病保险赔付比例在上述标准的基础上降低10个百分点。 */
export const criticalNonDesignatedReduction = defineDecimalParameter({
  key: 'jiangmen.inpatient.critical.non_designated_reduction',
  label: { zh: '非定点医疗机构大病保险赔付比例降低', en: 'critical-illness rate reduction at non-designated institutions' },
  unit: 'percentage_points',
  citation: 'JM-UR 二(四)1(4)',
  source: `${JM_UR} 二(四)1(4)`,
  values: { '2018-01-01': '0.10' },
});

// ---------------------------------------------------------------------------------------
// Layer C — tier 2 二档住院 (JM-UR 二(四)2(1))
// ---------------------------------------------------------------------------------------

export interface RateBand<T = Dec> {
  /** Upper edge of the band (inclusive, "含"), null = no top. */
  readonly upTo: T | null;
  readonly rate: T;
}

/**
 * > 享受一档待遇后个人年度累计自付范围内医疗费用（不含起付标准以内的费用）在5000元（含5000元）
 * > 以内的，基金支付比例为50%；……5000元以上、20万元（含20万元）以内的，基金支付比例为85%；
 * > ……超过20万元以上的，基金支付比例为90%。
 */
export const tier2Bands = defineParameter<readonly RateBand<string>[], readonly RateBand[]>(
  {
    key: 'jiangmen.inpatient.tier2.bands',
    label: { zh: '二档住院分段支付比例', en: 'tier-2 hospital brackets' },
    unit: 'table',
    citation: 'JM-UR 二(四)2(1)',
    source: `${JM_UR} 二(四)2(1) 住院基金支付比例`,
    values: {
      '2018-01-01': [
        { upTo: '5000', rate: '0.50' },
        { upTo: '200000', rate: '0.85' },
        { upTo: null, rate: '0.90' },
      ],
    },
  },
  (raw) => raw.map((b) => ({ upTo: b.upTo === null ? null : new Dec(b.upTo), rate: new Dec(b.rate) })),
);

/** > 在非定点医疗机构住院的，基金支付比例在上述标准基础上降低10个百分点。 */
export const tier2NonDesignatedReduction = defineDecimalParameter({
  key: 'jiangmen.inpatient.tier2.non_designated_reduction',
  label: { zh: '非定点医疗机构二档支付比例降低', en: 'tier-2 rate reduction at non-designated institutions' },
  unit: 'percentage_points',
  citation: 'JM-UR 二(四)2(1)',
  source: `${JM_UR} 二(四)2(1)`,
  values: { '2018-01-01': '0.10' },
});

/** > 基金对二档参保人在基本医疗保险年度内累计最高支付限额为20万元。 */
export const tier2AnnualCap = defineDecimalParameter({
  key: 'jiangmen.inpatient.tier2.annual_cap',
  label: { zh: '二档住院年度最高支付限额', en: 'tier-2 hospital annual cap' },
  unit: 'yuan_per_year',
  citation: 'JM-UR 二(四)2(1)',
  source: `${JM_UR} 二(四)2(1) 年度最高支付限额`,
  values: { '2018-01-01': '200000' },
});

// ---------------------------------------------------------------------------------------
// Layer D — medical assistance 医疗救助 (JM-14 一(一))
// ---------------------------------------------------------------------------------------

/** JM-14: 江门市医疗保障事业发展"十四五"规划. */
const JM_14 = '江门医保"十四五"规划 一(一)';

/**
 * > 对最低生活保障家庭成员、特困供养人员（含孤儿）、低收入家庭成员等医疗救助比例不低于70%，
 * > 年度最高救助限额不低于8万元
 * RULING (RULES.md §6 D): estimate with exactly 70 % and 80 000, labelled "at least".
 * RULING (start date): JM-14 reports this unified standard as achieved during 2016–2020 and
 * gives no start date; the portal applies it with the unified hospital rules from 2018-01-01.
 */
export const assistanceRatio = defineDecimalParameter({
  key: 'jiangmen.inpatient.assistance.ratio',
  label: { zh: '医疗救助比例（不低于）', en: 'medical assistance ratio (at least)' },
  unit: 'ratio',
  citation: 'JM-14 一(一)',
  source: `${JM_14}："医疗救助比例不低于70%"（下限；估算按70%）`,
  values: { '2018-01-01': '0.70' },
});

export const assistanceAnnualCap = defineDecimalParameter({
  key: 'jiangmen.inpatient.assistance.annual_cap',
  label: { zh: '医疗救助年度最高救助限额（不低于）', en: 'medical assistance annual cap (at least)' },
  unit: 'yuan_per_year',
  citation: 'JM-14 一(一)',
  source: `${JM_14}："年度最高救助限额不低于8万元"（下限；估算按8万元）`,
  values: { '2018-01-01': '80000' },
});

/** JM-14 indicator table: 重点救助对象符合规定的住院医疗费用救助比例 80 % (target, "保持稳定"). */
export const assistanceTargetRatio = defineDecimalParameter({
  key: 'jiangmen.inpatient.assistance.target_ratio',
  label: { zh: '重点救助对象住院救助比例（规划指标）', en: 'hospital assistance ratio for key recipients (plan indicator)' },
  unit: 'ratio',
  citation: 'JM-14 一(一)',
  source: '江门医保"十四五"规划 主要指标：重点救助对象住院救助比例 80%（预期性）',
  values: { '2018-01-01': '0.80' },
});
