import { defineMessages } from '../types';

/** The sign-in page (/signin). */
export const signIn = defineMessages(
  {
    title: '登录',
    intro: '请用您的身份证号码和密码登录，查看您本人的医保信息。',
    idNumber: '身份证号码',
    idNumberHint: '18 位，最后一位可能是 X。',
    password: '密码',
    submit: '登录',
    lockRule: '为了安全：同一个身份证号码连续输错 5 次，将锁定 15 分钟。',
    errors: {
      CredentialsSignin: '身份证号码或密码不对，请再试一次。',
      locked: '这个身份证号码连续输错 5 次，已锁定 15 分钟。请 15 分钟后再试，这段时间内正确的密码也无法登录。',
      invalid_id: '身份证号码不对：请检查是否为 18 位，最后一位可能是 X。',
      missing: '请填写身份证号码和密码。',
      cookies: '请允许本网站使用 Cookie，然后再登录。',
      generic: '登录没有成功，请稍后再试。',
    },
    notices: {
      signedOut: '您已退出登录。',
      expired: '为了您的安全，登录已结束（超过 30 分钟没有操作，或登录超过 12 小时）。请重新登录。',
    },
  },
  {
    title: 'Sign in',
    intro: 'Sign in with your resident ID number and password to see your own medical insurance.',
    idNumber: 'Resident ID number',
    idNumberHint: '18 characters; the last one may be X.',
    password: 'Password',
    submit: 'Sign in',
    lockRule: 'For your safety: after 5 wrong tries for one ID number, it is locked for 15 minutes.',
    errors: {
      CredentialsSignin: 'The ID number or the password is wrong. Please try again.',
      locked:
        'This ID number had 5 wrong tries and is locked for 15 minutes. Please try again after 15 minutes; until then even the right password will not work.',
      invalid_id: 'That ID number is not valid: check that it has 18 characters; the last one may be X.',
      missing: 'Please enter your ID number and password.',
      cookies: 'Please allow this site to use cookies, then sign in again.',
      generic: 'Signing in did not work. Please try again later.',
    },
    notices: {
      signedOut: 'You have signed out.',
      expired: 'For your safety you were signed out (no activity for 30 minutes, or signed in for more than 12 hours). Please sign in again.',
    },
  },
);
