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
  conditions: message<Record<string, never>>(
    'retirement.conditions',
    RETIREMENT_CITATION,
    () => '提前退休还须达到国家规定的基本养老保险最低缴费年限（《渐进式延迟法定退休年龄的办法》第三条），这里不计算养老保险年限；国家另有规定的，从其规定。',
    () =>
      'Retiring early also needs the minimum basic-pension contribution years (article 3 of the measures on the gradual delay), which are not computed here; where national rules say otherwise, they prevail.',
  ),
  plannedOk: message<{ date: string; months: string }>(
    'retirement.planned_ok',
    RETIREMENT_CITATION,
    (a) => `计划退休日期 ${a.date} 在可选范围内（与法定退休日期相差 ${a.months} 个月）。`,
    (a) => `The planned date ${a.date} is within the allowed range (${a.months} months from the statutory date).`,
  ),
  plannedOut: message<{ date: string; earliest: string; latest: string; original: string; side: 'early' | 'original' | 'late' }>(
    'retirement.planned_out',
    RETIREMENT_CITATION,
    (a) =>
      `计划退休日期 ${a.date} 不在可选范围 ${a.earliest} 至 ${a.latest} 内：${
        a.side === 'late'
          ? '弹性延迟退休最多 3 年，且须经单位同意。'
          : a.side === 'original'
            ? `退休年龄不得低于原法定退休年龄（${a.original} 达到）。`
            : '弹性提前退休最多提前 3 年。'
      }`,
    (a) =>
      `The planned date ${a.date} is outside the allowed range, ${a.earliest} to ${a.latest}: ${
        a.side === 'late'
          ? 'retirement can be postponed by at most 3 years, by agreement with the employer.'
          : a.side === 'original'
            ? `nobody may retire before the original statutory age (reached on ${a.original}).`
            : 'retirement can be brought forward by at most 3 years.'
      }`,
  ),
  month: message<{ month: string; retiree: string }>(
    'retirement.month',
    RETIREMENT_CITATION,
    (a) => `退休月份 ${a.month}（医保按当月仍缴费计算），从 ${a.retiree} 起按退休人员计。`,
    (a) => `Retirement month ${a.month} (still a contribution month for medical insurance); a retiree from ${a.retiree}.`,
  ),
};
