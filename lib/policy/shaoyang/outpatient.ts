/**
 * Shaoyang general outpatient pooling (RULES.md §9; SY-OP 三(三), 三(四), 五(三)).
 *
 * > 参保居民在定点基层医疗卫生机构就诊时，政策范围内普通门诊医疗费用可纳入医保支付范围，年度内最高
 * > 不超过600元（每人每日不超过60元），不设起付线，支付比例70%。
 *
 * RULING (RULES.md §9): 600 and 60 cap the fund's payment ("超出最高支付限额的门诊医疗费用" are
 * excluded, SY-OP 三(四)); the other reading — caps on the cost counted, so at most 420 / 42
 * from the fund — is named in the explanation.
 * RULING (rounding, RULES.md): the visit's payment is rounded once to 0.01 half-up.
 */
import { ZERO, NO_EXPLANATION, recorder, round2, minDec, step } from '../core';
import { dec, minus, money, percent, parameterSet, remainingCap } from '../core';
import * as m from './messages';
import { familyDoctorPackage, shaoyangAnnualCap, shaoyangDailyCap, shaoyangRatio } from './parameters';
import type { ShaoyangOutpatientRequest, ShaoyangOutpatientResult } from './schema';

export const shaoyangParameters = parameterSet({
  ratio: shaoyangRatio,
  annual: shaoyangAnnualCap,
  daily: shaoyangDailyCap,
  familyDoctor: familyDoctorPackage,
});

/** A Shaoyang visit, from a validated request (`shaoyangOutpatientSchema`: today's use is part of the year's). */
export function estimateShaoyangOutpatient(req: ShaoyangOutpatientRequest): ShaoyangOutpatientResult {
  const used = dec(req.yearToDate.used);
  const usedToday = dec(req.yearToDate.usedToday);
  const p = shaoyangParameters.at(req.date);
  const inScope = dec(req.visit.inScope);
  // Steps are recorded only when an explanation is wanted (`out?.push(step(…))` builds nothing otherwise).
  const out = recorder(req.explain);
  out?.push(
    step(m.rulesMessage, { date: req.date, ratio: percent(p.ratio.value), annual: money(p.annual.value), daily: money(p.daily.value) }, [
      p.ratio,
      p.annual,
      p.daily,
    ]),
  );
  const yearLeft = remainingCap(p.annual.value, used);
  const dayLeft = minDec(remainingCap(p.daily.value, usedToday), yearLeft);
  let fund = ZERO;
  if (req.visit.clinic === 'none') {
    // SY-OP 三(四) > 下列情形不纳入普通门诊统筹资金支付范围：未在定点的基层医疗卫生机构发生的门诊医疗费用
    out?.push(step(m.notCoveredMessage, { inScope: money(inScope), fund: money(fund) }));
  } else {
    const computed = round2(inScope.times(p.ratio.value));
    out?.push(step(m.computedMessage, { inScope: money(inScope), ratio: percent(p.ratio.value), computed: money(computed) }));
    fund = minDec(computed, dayLeft);
    out?.push(
      step(m.limitsMessage, {
        annual: money(p.annual.value),
        used: money(used),
        yearLeft: money(yearLeft),
        daily: money(p.daily.value),
        usedToday: money(usedToday),
        dayLeft: money(dayLeft),
        fund: money(fund),
      }),
    );
    out?.push(
      step(m.readingMessage, {
        annual: money(p.annual.value),
        daily: money(p.daily.value),
        altAnnual: money(round2(p.annual.value.times(p.ratio.value))),
        altDaily: money(round2(p.daily.value.times(p.ratio.value))),
      }),
    );
  }
  out?.push(step(m.exclusionsMessage, {}));
  const fd = p.familyDoctor.value;
  out?.push(
    step(m.familyDoctorMessage, { total: money(fd.total), publicHealth: money(fd.publicHealth), fund: money(fd.fund), person: money(fd.person) }, [
      p.familyDoctor,
    ]),
  );
  const outOfPocket = minus(inScope, fund);
  const yearAfter = minus(yearLeft, fund);
  const dayAfter = minus(dayLeft, fund);
  out?.push(
    step(m.totalMessage, { inScope: money(inScope), fund: money(fund), outOfPocket: money(outOfPocket), yearLeft: money(yearAfter), dayLeft: money(dayAfter) }),
  );
  return { fund, outOfPocket, remaining: { year: yearAfter, today: dayAfter }, explanation: out ?? NO_EXPLANATION };
}
