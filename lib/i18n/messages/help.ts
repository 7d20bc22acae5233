import { defineMessages } from '../types';

/**
 * Where to get help (components/Help.tsx): in every page's footer and beside the sign-in form,
 * the lock-out message and the "not enrolled" message. The counter's address and hours are demo
 * data and say so.
 */
export const help = defineMessages(
  {
    title: '需要帮助？',
    firstTimeTitle: '第一次使用',
    firstTime:
      '用您本人的身份证号码和密码登录。还没有密码：请带身份证原件到下面的医保服务窗口开通，工作人员会当场帮您设置密码。家人可以陪同，但密码要由您本人设置。',
    forgotTitle: '忘记密码',
    forgot: '本网站不能在网上找回密码。请带身份证原件到医保服务窗口重新设置密码，当天就能用。记不清密码时不要反复尝试：输错 5 次会锁定 15 分钟。',
    hotlineTitle: '医保服务热线',
    hotlineNumber: '12393',
    hotlineCall: '拨打 12393',
    hotline: '有关参保、缴费、报销的问题，都可以打电话问。',
    counterTitle: '医保服务窗口（演示数据）',
    counterAddress: '地址：江门市蓬江区示例大道 1 号 江门市医疗保障服务大厅一楼',
    counterHours: '办公时间：周一至周五 8:30–12:00，14:30–17:30（法定节假日除外）',
    counterBring: '请带身份证原件；代办的，还要带代办人的身份证。',
    demoNote: '演示数据：窗口地址和办公时间是示例，不是真实信息。',
  },
  {
    title: 'Need help?',
    firstTimeTitle: 'Using the portal for the first time',
    firstTime:
      'Sign in with your own resident ID number and password. No password yet? Bring your ID card to the medical insurance counter below; the staff will set up your password there and then. A family member may come with you, but you set the password yourself.',
    forgotTitle: 'Forgotten password',
    forgot:
      'The password cannot be reset online. Bring your ID card to the medical insurance counter to set a new password; it works the same day. Do not keep guessing: after 5 wrong tries the ID number is locked for 15 minutes.',
    hotlineTitle: 'Medical insurance hotline',
    hotlineNumber: '12393',
    hotlineCall: 'Call 12393',
    hotline: 'Ask about enrolment, contributions and claims by phone.',
    counterTitle: 'Medical insurance counter (demo data)',
    counterAddress: 'Address: Jiangmen Medical Security Service Hall, ground floor, 1 Example Avenue, Pengjiang District, Jiangmen',
    counterHours: 'Open: Monday to Friday 8:30–12:00 and 14:30–17:30 (closed on public holidays)',
    counterBring: 'Bring your ID card; someone acting for you also brings their own ID card.',
    demoNote: 'Demo data: the counter’s address and opening hours are examples, not real information.',
  },
);
