/** Explanation texts of the statutory retirement age (RULES §5, national law), zh first. */
import { message } from '../../core';
import { RETIREMENT_CITATION } from './parameters';

export const messages = {
  original: message<{ group: string; groupEn: string; age: string; ageEn: string; date: string }>(
    'retirement.original',
    RETIREMENT_CITATION,
    (a) => `${a.group}在 2025 年以前达到原法定退休年龄 ${a.age}，不延迟：${a.date} 达到法定退休年龄。`,
    (a) => `For ${a.groupEn} reaching the original retirement age of ${a.ageEn} before 2025 there is no delay: the statutory age is reached on ${a.date}.`,
  ),
  delay: message<{
    group: string;
    groupEn: string;
    base: string;
    before: string;
    m: string;
    step: string;
    cap: string;
    delay: string;
    age: string;
    ageEn: string;
    date: string;
  }>(
    'retirement.delay',
    RETIREMENT_CITATION,
    (a) =>
      `${a.group}：出生月份在 ${a.before} 年 12 月之后第 ${a.m} 个月，每 ${a.step} 个月延迟 1 个月（最多 ${a.cap} 个月），延迟 ${a.delay} 个月；法定退休年龄 ${a.age}，在 ${a.date} 达到。`,
    (a) =>
      `${a.groupEn}: the birth month is ${a.m} months after December ${a.before}; one month of delay for every ${a.step} months (at most ${a.cap}): ${a.delay} months of delay; statutory retirement age ${a.ageEn}, reached on ${a.date}.`,
  ),
  window: message<{ earliest: string; latest: string; original: string }>(
    'retirement.window',
    RETIREMENT_CITATION,
    (a) =>
      `可以选择弹性退休：最早 ${a.earliest}（提前最多 3 年，且不早于原法定退休年龄的 ${a.original}；须达到养老保险最低缴费年限），最晚 ${a.latest}（经单位同意，延迟最多 3 年）。`,
    (a) =>
      `Flexible retirement: at the earliest on ${a.earliest} (up to 3 years earlier, never before the original age, reached on ${a.original}; requires the minimum pension contribution years), at the latest on ${a.latest} (up to 3 years later, by agreement with the employer).`,
  ),
  plannedOk: message<{ date: string; months: string }>(
    'retirement.planned_ok',
    RETIREMENT_CITATION,
    (a) => `计划退休日期 ${a.date} 在可选范围内（与法定退休日期相差 ${a.months} 个月）。`,
    (a) => `The planned date ${a.date} is within the allowed range (${a.months} months from the statutory date).`,
  ),
  plannedOut: message<{ date: string; earliest: string; latest: string }>(
    'retirement.planned_out',
    RETIREMENT_CITATION,
    (a) => `计划退休日期 ${a.date} 不在可选范围 ${a.earliest} 至 ${a.latest} 内。`,
    (a) => `The planned date ${a.date} is outside the allowed range, ${a.earliest} to ${a.latest}.`,
  ),
  month: message<{ month: string; retiree: string }>(
    'retirement.month',
    RETIREMENT_CITATION,
    (a) => `退休月份 ${a.month}（医保按当月仍缴费计算），从 ${a.retiree} 起按退休人员计。`,
    (a) => `Retirement month ${a.month} (still a contribution month for medical insurance); a retiree from ${a.retiree}.`,
  ),
};
