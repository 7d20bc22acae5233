/**
 * Special-disease outpatient 特定病种门诊 for one month (RULES.md §10; JM-UR 附表), from 2018-01-01.
 *
 * - Class 1 (一类): "按住院费用结算方式由基金按规定支付，不设起付标准" — settled through the hospital
 *   layers of §6 with a deductible of 0. RULING: like a stay, so the month shares the year's
 *   hospital caps and bases (`yearToDate`), and critical illness, tier 2 and assistance apply
 *   as for a stay ("在一档的基础上，按住院费用结算方式" for tier 2).
 * - Classes 2–4: tier 1 pays the ratio by level up to the class's monthly cap; tier 2
 *   (employee identity) pays 60 % of what is left, up to 900 / 960 a month for classes 2 / 3
 *   and with no cap for class 4 (RULINGS, RULES.md §10; the alternative readings are named
 *   in the explanation).
 * - 说明2: two or more diseases: the highest monthly cap + 60, for tier 1 and for tier 2.
 *   RULING: when one of the diseases is class 4 (no tier-2 cap), the highest tier-2 cap is
 *   "none", so tier 2 is uncapped.
 * - RULING: class-1 diseases are settled like a stay and cannot be mixed with classes 2–4 in
 *   one request (their costs are settled separately); such a request is invalid_input.
 * - RULING (rounding, RULES.md): each tier's payment is rounded to 0.01 half-up before tier 2
 *   uses it; out-of-pocket = in-scope − tier 1 − tier 2.
 */
import { type Dec, type Step, ZERO, NO_EXPLANATION, minDec, points, recorder, round2, step } from '../../core';
import { settleHospital, yearToDateDec } from '../inpatient/inpatient';
import { dec, money, percent, parameterSet } from '../../core';
import { DISEASE_BY_ID } from './diseases';
import * as m from './messages';
import { multipleDiseaseExtra, tier1MonthlyCap, tier1Ratio, tier2MonthlyCap, tier2Ratio, wubaoIncrease } from './parameters';
import type { SpecialDiseaseRequest, SpecialDiseaseResult } from './schema';

export const specialDiseaseParameters = parameterSet({
  tier1Cap: tier1MonthlyCap,
  tier1Ratio,
  tier2Cap: tier2MonthlyCap,
  tier2Ratio,
  extra: multipleDiseaseExtra,
  wubao: wubaoIncrease,
});

let class1: Step | undefined;
/** The step that says class 1 has no deductible (the same for every month: made once). */
function class1Step(): Step {
  return (class1 ??= step(m.class1Message, { deductible: money(ZERO) }));
}

/** A month of special-disease costs, from a validated request (`specialDiseaseRequestSchema`, rules across fields included). */
export function estimateSpecialDisease(req: SpecialDiseaseRequest): SpecialDiseaseResult {
  const diseases = req.month.diseases.map((id) => DISEASE_BY_ID.get(id)!);
  const p = specialDiseaseParameters.at(req.date);
  const inScope = dec(req.month.inScope);
  // Steps are recorded only when an explanation is wanted (`out?.push(step(…))` builds nothing otherwise).
  const out = recorder(req.explain);
  const classes = [...new Set(diseases.map((d) => d.cls))].sort();
  out?.push(
    step(m.diseasesMessage, {
      date: req.date,
      zh: diseases.map((d) => d.name.zh).join('、'),
      en: diseases.map((d) => d.name.en).join(', '),
      classes: classes.join(','),
    }),
  );
  for (const d of diseases) if (d.where) out?.push(step(m.whereMessage, { zh: `“${d.name.zh}”${d.where.zh}`, en: `${d.name.en}: ${d.where.en}` }));

  if (classes[0] === 1) {
    // 附表 一类 > 按住院费用结算方式由基金按规定支付，不设起付标准。
    const s = settleHospital({
      date: req.date,
      person: { ...req.person, continuousMonths: req.person.continuousMonths ?? 0 },
      level: req.month.level,
      inScope,
      outOfScope: ZERO,
      transfer: 'none',
      referringDeductible: ZERO,
      outOfTown: 'none',
      maternity: false,
      yearToDate: yearToDateDec(req.yearToDate),
      explain: out !== null,
      noDeductible: class1Step(),
    });
    out?.push(...s.explanation);
    return {
      diseaseClasses: classes,
      tier1: s.tier1,
      critical: s.critical,
      tier2: s.tier2,
      assistance: s.assistance,
      outOfPocket: s.outOfPocket,
      yearToDate: s.yearToDate,
      explanation: out ?? NO_EXPLANATION,
    };
  }

  // 附表 一档 基金支付比例: 一级及以下 60%, 其他定点 50%, 非定点 30%.
  let ratio = p.tier1Ratio.value[req.month.level];
  out?.push(step(m.tier1RatioMessage, { level: req.month.level, ratio: percent(ratio) }, [p.tier1Ratio]));
  if (req.person.assistance === 'wubao') {
    // 说明4 > 农村五保供养对象特定门诊医疗费用基金支付比例提高10个百分点（……最高不超过100%）
    const before = ratio;
    const raised = before.plus(p.wubao.value);
    ratio = raised.gt(1) ? dec('1') : raised;
    out?.push(step(m.wubaoRatioMessage, { before: percent(before), points: points(p.wubao.value), ratio: percent(ratio) }, [p.wubao]));
  }
  // 附表 一档 基金累计支付限额 (per month); 说明2: two or more diseases → the highest + 60.
  const many = diseases.length > 1;
  const caps1 = diseases.map((d) => p.tier1Cap.value[`class${d.cls as 2 | 3 | 4}`]);
  const highest1 = caps1.reduce((a, b) => (b.gt(a) ? b : a));
  const cap1 = many ? highest1.plus(p.extra.value) : highest1;
  out?.push(
    step(
      m.tier1CapMessage,
      { count: String(diseases.length), highest: money(highest1), extra: money(p.extra.value), cap: money(cap1) },
      many ? [p.tier1Cap, p.extra] : [p.tier1Cap],
    ),
  );
  const computed1 = round2(inScope.times(ratio));
  const tier1 = minDec(computed1, cap1);
  out?.push(step(m.tier1PaymentMessage, { inScope: money(inScope), ratio: percent(ratio), computed: money(computed1), cap: money(cap1), tier1: money(tier1) }));

  let tier2: Dec = ZERO;
  if (req.person.identity !== 'employee') {
    out?.push(step(m.tier2NotApplicableMessage, { tier2: money(tier2) }));
  } else {
    // 附表 二档: classes 2/3 "900元/月" / "960元/月"; class 4 "剩余范围内医疗费用，基金支付比例60%".
    // RULING (RULES.md §10): 60 % of the cost left after tier 1 for classes 2–4; class 4 uncapped.
    const uncapped = diseases.some((d) => d.cls === 4);
    let cap2: Dec | null = null;
    if (!uncapped) {
      const caps2 = diseases.map((d) => p.tier2Cap.value[`class${d.cls as 2 | 3}`]);
      const highest2 = caps2.reduce((a, b) => (b.gt(a) ? b : a));
      cap2 = many ? highest2.plus(p.extra.value) : highest2;
      out?.push(
        step(
          m.tier2CapMessage,
          { count: String(diseases.length), highest: money(highest2), extra: money(p.extra.value), cap: money(cap2) },
          many ? [p.tier2Cap, p.extra] : [p.tier2Cap],
        ),
      );
    }
    const left = inScope.minus(tier1);
    const computed2 = round2(left.times(p.tier2Ratio.value));
    tier2 = cap2 === null ? computed2 : minDec(computed2, cap2);
    out?.push(
      step(
        m.tier2PaymentMessage,
        { left: money(left), ratio: percent(p.tier2Ratio.value), computed: money(computed2), cap: cap2 === null ? 'none' : money(cap2), tier2: money(tier2) },
        [p.tier2Ratio],
      ),
    );
    out?.push(step(m.readingMessage, { cls: uncapped ? '4' : '2-3' }));
  }
  const status = req.person.assistance;
  if (status === 'dibao' || status === 'tekun' || status === 'low_income' || status === 'poverty') out?.push(step(m.assistanceNoteMessage, {}));
  const outOfPocket = inScope.minus(tier1).minus(tier2);
  out?.push(step(m.totalMessage, { inScope: money(inScope), tier1: money(tier1), tier2: money(tier2), outOfPocket: money(outOfPocket) }));
  return { diseaseClasses: classes, tier1, critical: ZERO, tier2, assistance: ZERO, outOfPocket, explanation: out ?? NO_EXPLANATION };
}

/** This month's caps of a set of approved special diseases (RULES §10): what `estimateSpecialDisease` pays at most. */
export interface SpecialDiseaseCaps {
  classes: number[];
  /** Tier 1's monthly cap; null for class 1 (settled like a hospital stay, no monthly cap). */
  tier1: Dec | null;
  /** Tier 2's monthly cap: null when tier 2 does not apply (resident identity, class 1) or is uncapped (see `tier2Uncapped`). */
  tier2: Dec | null;
  /** Class 4 among the diseases, employee identity: tier 2 pays 60 % with no cap (RULING, RULES §10). */
  tier2Uncapped: boolean;
  explanation: Step[];
}

/**
 * The monthly caps for the diseases on `date` — 附表 一档/二档 基金累计支付限额, 说明2 (two or more
 * diseases: the highest cap + 60) — with the same steps and parameters as the estimate gives.
 */
export function specialDiseaseCaps(date: string, diseaseIds: readonly string[], identity: 'resident' | 'employee'): SpecialDiseaseCaps {
  const diseases = diseaseIds.map((id) => {
    const d = DISEASE_BY_ID.get(id);
    if (!d) throw new Error(`unknown special disease ${id}`);
    return d;
  });
  if (diseases.length === 0) throw new Error('specialDiseaseCaps: no disease');
  const classes = [...new Set(diseases.map((d) => d.cls))].sort();
  if (classes[0] === 1) return { classes, tier1: null, tier2: null, tier2Uncapped: false, explanation: [class1Step()] };
  const p = specialDiseaseParameters.at(date);
  const many = diseases.length > 1;
  const explanation: Step[] = [];
  const capOf = (caps: Dec[], message: typeof m.tier1CapMessage, table: typeof p.tier1Cap | typeof p.tier2Cap): Dec => {
    const highest = caps.reduce((a, b) => (b.gt(a) ? b : a));
    const cap = many ? highest.plus(p.extra.value) : highest;
    explanation.push(
      step(
        message,
        { count: String(diseases.length), highest: money(highest), extra: money(p.extra.value), cap: money(cap) },
        many ? [table, p.extra] : [table],
      ),
    );
    return cap;
  };
  const tier1 = capOf(
    diseases.map((d) => p.tier1Cap.value[`class${d.cls as 2 | 3 | 4}`]),
    m.tier1CapMessage,
    p.tier1Cap,
  );
  if (identity !== 'employee') return { classes, tier1, tier2: null, tier2Uncapped: false, explanation };
  const uncapped = diseases.some((d) => d.cls === 4);
  if (uncapped) {
    explanation.push(step(m.readingMessage, { cls: '4' }));
    return { classes, tier1, tier2: null, tier2Uncapped: true, explanation };
  }
  const tier2 = capOf(
    diseases.map((d) => p.tier2Cap.value[`class${d.cls as 2 | 3}`]),
    m.tier2CapMessage,
    p.tier2Cap,
  );
  return { classes, tier1, tier2, tier2Uncapped: false, explanation };
}
