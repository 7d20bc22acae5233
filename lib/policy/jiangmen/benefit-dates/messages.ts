/** Explanation texts of when benefits start and stop (RULES §3; JM-UR 二(三)3), zh first. */
import { message } from '../../core';

export const messages = {
  residentYear: message<{ year: string; paidOn: string; start: string; end: string }>(
    'benefit_dates.resident_year',
    'JM-UR 二(三)3',
    (a) => `${a.paidOn} 已缴 ${a.year} 年度的费用（在上一年 12 月 31 日前）：${a.start} 至 ${a.end} 享受待遇，中途不退费。`,
    (a) => `Paid for ${a.year} on ${a.paidOn} (by 31 December of the year before): benefits from ${a.start} to ${a.end}; no refund during the year.`,
  ),
  residentLate: message<{ year: string; paidOn: string; deadline: string }>(
    'benefit_dates.resident_late',
    'JM-UR 二(三)3',
    (a) =>
      `${a.year} 年度的费用应在 ${a.deadline} 前缴纳；${a.paidOn} 缴费已过期限，不能按年度参保。只有新生儿、新入学学生、新失业人员、新退休人员、退伍军人、刑释人员、新迁入户籍人员和困难居民可以年中参保。`,
    (a) =>
      `The ${a.year} contribution is due by ${a.deadline}; a payment on ${a.paidOn} is too late for the yearly enrolment. Only newborns, new students, the newly unemployed, new retirees, veterans, released prisoners, new residents and difficult residents may enrol during the year.`,
  ),
  newbornWithin: message<{ birth: string; windowEnd: string; enrolledOn: string; years: string; yearsEn: string; yearEnd: string }>(
    'benefit_dates.newborn_within',
    'JM-UR 二(三)3',
    (a) =>
      `出生 ${a.birth}，${a.enrolledOn} 参保，在出生次月 1 日起三个月内（至 ${a.windowEnd}）：从出生当天 ${a.birth} 起享受待遇，需缴纳 ${a.years} 年度的费用（跨年的须缴两年），保障到 ${a.yearEnd}。`,
    (a) =>
      `Born ${a.birth} and enrolled ${a.enrolledOn}, within three months from the 1st of the month after birth (until ${a.windowEnd}): benefits from the birth date ${a.birth}; pay for ${a.yearsEn} (both years when the cover crosses a year end); covered to ${a.yearEnd}.`,
  ),
  newbornLater: message<{ birth: string; windowEnd: string; enrolledOn: string; start: string; year: string }>(
    'benefit_dates.newborn_later',
    'JM-UR 二(三)3',
    (a) =>
      `出生 ${a.birth}，${a.enrolledOn} 才参保，已超过三个月期限（${a.windowEnd}）：从缴费成功次月 1 日 ${a.start} 起享受待遇，缴纳 ${a.year} 年全年费用。`,
    (a) =>
      `Born ${a.birth} but enrolled only on ${a.enrolledOn}, after the three-month window (${a.windowEnd}): benefits from the 1st of the month after payment, ${a.start}; pay the full ${a.year} amount.`,
  ),
  midYear: message<{ paidOn: string; start: string; year: string; yearEnd: string }>(
    'benefit_dates.mid_year',
    'JM-UR 二(三)3',
    (a) => `年中参保：${a.paidOn} 缴纳 ${a.year} 年全年费用，从缴费成功次月 1 日 ${a.start} 起享受待遇，至 ${a.yearEnd}。`,
    (a) => `Mid-year enrolment: the full ${a.year} amount paid on ${a.paidOn}; benefits from the 1st of the next month, ${a.start}, to ${a.yearEnd}.`,
  ),
  employee: message<{ paidIn: string; start: string }>(
    'benefit_dates.employee',
    'JM-UR 二(三)3',
    (a) => `职工（和用人单位）${a.paidIn} 缴费，从缴费次月 1 日 ${a.start} 起享受待遇。`,
    (a) => `Employee (and employer) paid in ${a.paidIn}: benefits from the 1st of the next month, ${a.start}.`,
  ),
  unemployed: message<{ appliedOn: string; start: string }>(
    'benefit_dates.unemployed',
    'JM-UR 二(三)3',
    (a) => `失业人员 ${a.appliedOn} 申请领取失业保险金，从当月 1 日 ${a.start} 起享受待遇。`,
    (a) => `Unemployed person who applied for unemployment benefit on ${a.appliedOn}: benefits from the 1st of that month, ${a.start}.`,
  ),
  flexible: message<{ paidIn: string; wait: string; nth: string; start: string }>(
    'benefit_dates.flexible',
    'JM-UR 二(三)3',
    (a) =>
      `灵活就业人员、无雇工的个体工商户 ${a.paidIn} 缴费：缴费当月算第 1 个月，${a.wait} 个月后，即第 ${a.nth} 个月的 1 日 ${a.start} 起享受待遇（个人账户按月划入）。`,
    (a) =>
      `Flexible worker / self-employed who paid in ${a.paidIn}: the payment month counts as month 1; benefits start after ${a.wait} months, on the 1st of the next month, ${a.start} (the personal account is credited month by month).`,
  ),
  stop: message<{ lastPaidMonth: string; stopsOn: string; lastDay: string }>(
    'benefit_dates.employee_stop',
    'JM-UR 二(三)3',
    (a) => `最后缴费月份 ${a.lastPaidMonth}：从停止缴费次月 1 日 ${a.stopsOn} 起停止享受职工身份待遇，最后一天是 ${a.lastDay}。`,
    (a) =>
      `Last month paid ${a.lastPaidMonth}: employee-identity benefits stop from the 1st of the month after, ${a.stopsOn}; the last covered day is ${a.lastDay}.`,
  ),
};
