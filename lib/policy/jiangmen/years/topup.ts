/**
 * Topping up missing contribution years at retirement, JM-UR 二(三)4(1)–(2):
 *
 * > 参保人按办理一次性缴费手续时当年公布的一档、二档最低缴费基数和用人单位一档、二档合计缴费费率计算，
 * > 一次性补足差额缴费年限的金额后，可按规定享受医疗保险待遇。一次性补足差额缴费确有困难的，也可由本人
 * > 选择在我市职工基本养老保险个人养老金账户中，按每年公布的一档、二档最低缴费基数和用人单位一档、二档
 * > 合计缴费费率逐月代扣代缴，直至累计缴费年限达到规定的最低累计缴费年限。
 * > （2）跨统筹地区就业的参保人按国家和省规定的办法缴费。
 *
 * RULINGS recorded here (see ENROLMENT.md):
 * - Lump sum = shortfall months × minimum base of the year of the top-up × (employer tier-1
 *   rate + employer tier-2 rate), rounded once to 0.01 half-up (one payment).
 * - Monthly deduction: one month of contribution years per deduction, starting in the month
 *   of `date`; each month = minimum base × combined employer rate of that month's year,
 *   rounded to 0.01 half-up (each deduction is a payment).
 * - Years whose figures are not yet published (after the parameters end, 2027) use the last
 *   year with figures and are marked projected and illustrative.
 * - Cross-region workers: national and provincial rules apply; nothing is computed.
 */
import {
  type Dec,
  ZERO,
  isPolicyError,
  message,
  money,
  monthIndex,
  monthOfIndex,
  percent,
  round2,
  step,
  type Step,
  usesIllustrative,
  type ParamUse,
} from '../../core';
import { minimumBaseOn } from '../contributions/minimum-base';
import { tier1Rates, tier2Rates, UNIFIED_FROM } from '../contributions/parameters';
import { checkDate, refuse, requireFrom, yearOf } from '../../core';

export interface TopUpInput {
  /** The day of the one-off payment, or of the first monthly deduction. */
  date: string;
  /** Missing months of accumulated contribution (see `years`). */
  shortfallMonths: number;
  /** Works across regions: national and provincial rules apply instead (JM-UR 二(三)4(2)). */
  crossRegion?: boolean;
}

export interface YearFigures {
  year: number;
  minimumBase: Dec;
  /** Employer tier-1 + employer tier-2 rate. */
  rate: Dec;
  /** round2(minimumBase × rate): one month. */
  monthlyAmount: Dec;
  /** The year's figures are not published yet: those of `basedOn` are used. */
  projected: boolean;
  basedOn: number;
  illustrative: boolean;
}

export interface TopUpYear extends YearFigures {
  months: number;
  amount: Dec;
}

export interface TopUp {
  date: string;
  shortfallMonths: number;
  /** False for cross-region workers (not computed). */
  computed: boolean;
  lumpSum: { year: number; minimumBase: Dec; rate: Dec; amount: Dec; illustrative: boolean } | null;
  monthly: { firstMonth: string; lastMonth: string; months: number; total: Dec; schedule: TopUpYear[] } | null;
  illustrative: boolean;
  explanation: Step[];
}

const WHAT = { zh: '补缴', en: 'the top-up' };

const messages = {
  crossRegion: message<Record<string, never>>(
    'topup.cross_region',
    'JM-UR 二(三)4',
    () => '跨统筹地区就业的参保人，差额年限按国家和省规定的办法缴费，这里不计算金额，请向医保经办机构咨询。',
    () =>
      'For people who worked across regions the missing years are paid under national and provincial rules; no amount is computed here — ask the medical-insurance office.',
  ),
  none: message<Record<string, never>>(
    'topup.none',
    'JM-UR 二(三)4',
    () => '没有差额年限，不需要补缴。',
    () => 'No missing years: nothing to top up.',
  ),
  figures: message<{ year: string; base: string; employer1: string; employer2: string; rate: string; monthly: string }>(
    'topup.year_figures',
    'JM-UR 二(三)4',
    (a) => `${a.year} 年：最低缴费基数 ${a.base} 元 × 用人单位一档、二档合计费率（${a.employer1} + ${a.employer2} = ${a.rate}）= 每月 ${a.monthly} 元。`,
    (a) =>
      `${a.year}: minimum base ${a.base} yuan × the employer's tier-1 and tier-2 rates together (${a.employer1} + ${a.employer2} = ${a.rate}) = ${a.monthly} yuan a month.`,
  ),
  projected: message<{ year: string; basedOn: string }>(
    'topup.projected',
    'JM-UR 二(三)4',
    (a) => `${a.year} 年的最低缴费基数还没有公布，暂按 ${a.basedOn} 年的数字估算，仅供参考。`,
    (a) => `The ${a.year} minimum base is not published yet; the ${a.basedOn} figures are used as an estimate only.`,
  ),
  lumpSum: message<{ months: string; year: string; base: string; rate: string; amount: string }>(
    'topup.lump_sum',
    'JM-UR 二(三)4',
    (a) => `一次性补缴：差额 ${a.months} 个月 × ${a.year} 年最低缴费基数 ${a.base} 元 × ${a.rate} = ${a.amount} 元；补足后按规定享受待遇。`,
    (a) => `One-off top-up: ${a.months} missing months × the ${a.year} minimum base ${a.base} yuan × ${a.rate} = ${a.amount} yuan; benefits follow once paid.`,
  ),
  monthlyYear: message<{ year: string; months: string; monthly: string; amount: string }>(
    'topup.monthly_year',
    'JM-UR 二(三)4',
    (a) => `按月代扣：${a.year} 年 ${a.months} 个月 × ${a.monthly} 元 = ${a.amount} 元。`,
    (a) => `Monthly deduction: ${a.year}, ${a.months} months × ${a.monthly} yuan = ${a.amount} yuan.`,
  ),
  monthlyProjected: message<{ from: string; to: string; basedOn: string; months: string; monthly: string; amount: string }>(
    'topup.monthly_projected',
    'JM-UR 二(三)4',
    (a) =>
      `按月代扣：${a.from} 至 ${a.to} 年的最低缴费基数还没有公布，暂按 ${a.basedOn} 年每月 ${a.monthly} 元估算，共 ${a.months} 个月，约 ${a.amount} 元，仅供参考。`,
    (a) =>
      `Monthly deduction: the minimum bases for ${a.from} to ${a.to} are not published yet; estimated at the ${a.basedOn} figure, ${a.monthly} yuan a month, for ${a.months} months: about ${a.amount} yuan (estimate only).`,
  ),
  monthlyTotal: message<{ first: string; last: string; months: string; total: string }>(
    'topup.monthly_total',
    'JM-UR 二(三)4',
    (a) =>
      `一次性补缴确有困难的，可选择从本人在江门的职工基本养老保险个人养老金账户按月代扣：从 ${a.first} 到 ${a.last} 共 ${a.months} 个月，合计约 ${a.total} 元，直到年限补足。`,
    (a) =>
      `If a one-off payment is hard, the person may choose a monthly deduction from their Jiangmen basic pension personal account: ${a.months} months from ${a.first} to ${a.last}, about ${a.total} yuan in all, until the minimum is reached.`,
  ),
};

function figuresOf(year: number, basedOn: number): { figures: YearFigures; steps: Step[] } {
  const date = `${basedOn}-01-01` < UNIFIED_FROM ? UNIFIED_FROM : `${basedOn}-01-01`;
  const min = minimumBaseOn(date, 'date');
  const rateDate = `${year}-01-01` < UNIFIED_FROM ? UNIFIED_FROM : `${year}-01-01`;
  const t1: ParamUse<Readonly<Record<'employer' | 'personal', Dec>>> = tier1Rates.at(rateDate, 'date');
  const t2 = tier2Rates.at(rateDate, 'date');
  const rate = t1.value.employer.plus(t2.value.employer);
  const monthlyAmount = round2(min.amount.times(rate));
  const projected = basedOn !== year;
  const steps: Step[] = [min.step];
  if (projected) steps.push({ ...step(messages.projected, { year: String(year), basedOn: String(basedOn) }), illustrative: true });
  steps.push(
    step(
      messages.figures,
      {
        year: String(year),
        base: money(min.amount),
        employer1: percent(t1.value.employer),
        employer2: percent(t2.value.employer),
        rate: percent(rate),
        monthly: money(monthlyAmount),
      },
      [t1, t2],
    ),
  );
  const illustrative = projected || min.illustrative;
  return { figures: { year, minimumBase: min.amount, rate, monthlyAmount, projected, basedOn, illustrative }, steps };
}

/**
 * The figures of `year`: that year's, or — after the last year with figures — the last
 * year's, marked projected. Before 2017-07 → unsupported_date.
 */
export function topUpFigures(year: number): { figures: YearFigures; steps: Step[] } {
  for (let basedOn = year; basedOn >= 2017; basedOn -= 1) {
    try {
      return figuresOf(year, basedOn);
    } catch (e) {
      // A year after the figures end: try the year before. Anything else is real.
      if (!isPolicyError(e) || e.code !== 'unsupported_date' || basedOn === 2017 || year <= 2017) throw e;
    }
  }
  throw new Error('unreachable');
}

/** The lump sum and the monthly-deduction alternative for `shortfallMonths` missing months. */
export function topUp(input: TopUpInput): TopUp {
  const { date, shortfallMonths } = input;
  checkDate(date, 'date');
  if (!Number.isInteger(shortfallMonths) || shortfallMonths < 0 || shortfallMonths > 600) {
    throw refuse('shortfallMonths', { zh: '差额月数应为 0 到 600 的整数。', en: 'shortfallMonths must be a whole number from 0 to 600.' });
  }
  requireFrom(date, UNIFIED_FROM, 'date', WHAT);
  const explanation: Step[] = [];
  const base = { date, shortfallMonths };
  if (input.crossRegion === true) {
    explanation.push(step(messages.crossRegion, {}));
    return { ...base, computed: false, lumpSum: null, monthly: null, illustrative: false, explanation };
  }
  if (shortfallMonths === 0) {
    explanation.push(step(messages.none, {}));
    return { ...base, computed: true, lumpSum: null, monthly: null, illustrative: false, explanation };
  }

  // One-off: the figures published for the year of the top-up.
  const year = yearOf(date);
  const { figures: f, steps: fSteps } = topUpFigures(year);
  explanation.push(...fSteps);
  const lump = round2(f.minimumBase.times(f.rate).times(shortfallMonths));
  explanation.push(
    step(messages.lumpSum, { months: String(shortfallMonths), year: String(year), base: money(f.minimumBase), rate: percent(f.rate), amount: money(lump) }),
  );
  const lumpSum = { year, minimumBase: f.minimumBase, rate: f.rate, amount: lump, illustrative: f.illustrative };

  // Monthly: each year at that year's figures, one month of years per deduction. Years with
  // published (or illustrative) figures get a step each; projected years share one step.
  const first = monthIndex(date);
  const lastIndex = first + shortfallMonths - 1;
  const schedule: TopUpYear[] = [];
  let total: Dec = ZERO;
  for (let y = year; y <= yearOf(monthOfIndex(lastIndex)); y += 1) {
    const months = Math.min(lastIndex, y * 12 + 11) - Math.max(first, y * 12) + 1;
    const later = y === year ? null : topUpFigures(y);
    const fy = later === null ? f : later.figures;
    if (later !== null && !fy.projected) explanation.push(...later.steps);
    const amount = fy.monthlyAmount.times(months);
    total = total.plus(amount);
    if (!fy.projected || y === year) {
      explanation.push({
        ...step(messages.monthlyYear, { year: String(y), months: String(months), monthly: money(fy.monthlyAmount), amount: money(amount) }),
        ...(fy.illustrative ? { illustrative: true } : {}),
      });
    }
    schedule.push({ ...fy, months, amount });
  }
  const projected = schedule.filter((s) => s.projected && s.year !== year);
  if (projected.length > 0) {
    const p0 = projected[0]!;
    const months = projected.reduce((n, s) => n + s.months, 0);
    const amount = projected.reduce((sum, s) => sum.plus(s.amount), ZERO);
    explanation.push({
      ...step(messages.monthlyProjected, {
        from: String(p0.year),
        to: String(projected[projected.length - 1]!.year),
        basedOn: String(p0.basedOn),
        months: String(months),
        monthly: money(p0.monthlyAmount),
        amount: money(amount),
      }),
      illustrative: true,
    });
  }
  const monthly = { firstMonth: monthOfIndex(first), lastMonth: monthOfIndex(lastIndex), months: shortfallMonths, total, schedule };
  explanation.push({
    ...step(messages.monthlyTotal, { first: monthly.firstMonth, last: monthly.lastMonth, months: String(shortfallMonths), total: money(total) }),
    ...(schedule.some((s) => s.illustrative) ? { illustrative: true } : {}),
  });

  return { ...base, computed: true, lumpSum, monthly, illustrative: usesIllustrative(explanation), explanation };
}

export function topUpJson(t: TopUp) {
  return {
    date: t.date,
    shortfallMonths: t.shortfallMonths,
    computed: t.computed,
    lumpSum:
      t.lumpSum === null
        ? null
        : {
            year: t.lumpSum.year,
            minimumBase: money(t.lumpSum.minimumBase),
            rate: t.lumpSum.rate.toString(),
            amount: money(t.lumpSum.amount),
            illustrative: t.lumpSum.illustrative,
          },
    monthly:
      t.monthly === null
        ? null
        : {
            firstMonth: t.monthly.firstMonth,
            lastMonth: t.monthly.lastMonth,
            months: t.monthly.months,
            total: money(t.monthly.total),
            schedule: t.monthly.schedule.map((s) => ({
              year: s.year,
              months: s.months,
              minimumBase: money(s.minimumBase),
              rate: s.rate.toString(),
              monthlyAmount: money(s.monthlyAmount),
              amount: money(s.amount),
              projected: s.projected,
              basedOn: s.basedOn,
              illustrative: s.illustrative,
            })),
          },
    illustrative: t.illustrative,
    explanation: t.explanation,
  };
}
