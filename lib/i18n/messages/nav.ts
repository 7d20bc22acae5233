import { defineMessages } from '../types';

/** The main menu of a signed-in resident. */
export const nav = defineMessages(
  {
    label: '主菜单',
    me: '我的参保',
    contributions: '缴费记录',
    years: '缴费年限',
    topup: '补缴测算',
    outpatient: '门诊额度',
    clinic: '门诊选点',
    estimate: '住院费用估算',
    outOfTown: '异地就医备案',
    specialDiseases: '特定病种',
    account: '个人账户',
    sessions: '登录设备',
    passkeys: '通行密钥',
    signOut: '退出登录',
  },
  {
    label: 'Main menu',
    me: 'My insurance',
    contributions: 'Contribution history',
    years: 'Contribution years',
    topup: 'Top-up estimate',
    outpatient: 'Outpatient quota',
    clinic: 'Chosen clinic',
    estimate: 'Hospital-stay estimate',
    outOfTown: 'Out-of-town filing',
    specialDiseases: 'Special diseases',
    account: 'Personal account',
    sessions: 'Signed-in devices',
    passkeys: 'Passkeys',
    signOut: 'Sign out',
  },
);
