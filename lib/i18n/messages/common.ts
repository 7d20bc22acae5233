import { defineMessages } from '../types';

/** Words shared by every page: the portal's name, the banner, yes/no, back, change, counts of months. */
export const common = defineMessages(
  {
    appName: '医保通',
    tagline: '江门市基本医疗保险 · 参保人服务',
    skipToContent: '跳到正文',
    demoBanner: '演示数据：这里的人员、号码和金额都是示例，不是真实信息。',
    yes: '是',
    no: '否',
    none: '无',
    back: '返回',
    change: '修改',
    months: '{count, plural, other {# 个月}}',
    yearsAndMonths: '{years, plural, other {# 年}} {months, plural, other {# 个月}}',
    asOf: '截至 {date, date, long}',
  },
  {
    appName: 'Yibaotong',
    tagline: 'Jiangmen basic medical insurance · Resident services',
    skipToContent: 'Skip to main content',
    demoBanner: 'Demo data: the people, numbers and amounts here are examples, not real information.',
    yes: 'Yes',
    no: 'No',
    none: 'None',
    back: 'Back',
    change: 'Change',
    months: '{count, plural, one {# month} other {# months}}',
    yearsAndMonths: '{years, plural, one {# year} other {# years}} {months, plural, one {# month} other {# months}}',
    asOf: 'As of {date, date, long}',
  },
);
