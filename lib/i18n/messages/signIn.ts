import { defineMessages } from '../types';

/** The sign-in page (/signin). */
export const signIn = defineMessages(
  {
    title: '登录',
    errorTitle: '错误：登录',
    intro: '请用您的身份证号码和密码登录，查看您本人的医保信息。',
    idNumber: '身份证号码',
    idNumberHint: '18 位，最后一位可能是 X。可以用全角数字，也可以带空格。',
    password: '密码',
    submit: '登录',
    lockRule: '为了安全：同一个身份证号码 15 分钟内输错 5 次，将锁定 15 分钟。',
    passkey: {
      or: '或者',
      button: '用通行密钥登录',
      hint: '用手机或电脑上的指纹、面容或锁屏密码登录，不用输入密码。需要先在“通行密钥”页面添加。',
      failed: '通行密钥登录没有成功，请再试一次，或用身份证号码和密码登录。',
    },
    errors: {
      CredentialsSignin: '身份证号码或密码不对，请再试一次。',
      remaining: '身份证号码或密码不对。还可以再试 {remaining, plural, other {# 次}}，再输错这个号码将锁定 15 分钟。',
      locked: '这个身份证号码连续输错 5 次，已锁定 15 分钟。请 15 分钟后再试，这段时间内正确的密码也无法登录。',
      lockedUntil: '这个身份证号码输错次数太多，已锁定，请在 {time} 以后再试。这段时间内正确的密码也无法登录。',
      lockedHelp: '现在就要办理？如果您添加过通行密钥，可以用下面的“用通行密钥登录”，它不受锁定影响；也可以带身份证到医保服务窗口办理。',
      throttled: '从这台电脑或这个网络尝试登录的次数太多，请在 {time} 以后再试。',
      throttledSoon: '尝试登录的次数太多，请过几分钟再试。',
      invalid_id: '身份证号码不对：请检查是否为 18 位，最后一位可能是 X。',
      missing: '请填写身份证号码和密码。',
      passkey: '通行密钥登录没有成功，请再试一次，或用身份证号码和密码登录。',
      cookies: '请允许本网站使用 Cookie，然后再登录。',
      generic: '登录没有成功，请再试一次。',
    },
    notices: {
      signedOut: '您已退出登录。',
      expired: '为了您的安全，登录已结束（超过 30 分钟没有操作，或登录超过 12 小时）。请重新登录。',
    },
  },
  {
    title: 'Sign in',
    errorTitle: 'Error: Sign in',
    intro: 'Sign in with your resident ID number and password to see your own medical insurance.',
    idNumber: 'Resident ID number',
    idNumberHint: '18 characters; the last one may be X. Full-width digits and spaces are fine.',
    password: 'Password',
    submit: 'Sign in',
    lockRule: 'For your safety: after 5 wrong tries within 15 minutes for one ID number, it is locked for 15 minutes.',
    passkey: {
      or: 'or',
      button: 'Sign in with a passkey',
      hint: 'Use the fingerprint, face or screen lock of your phone or computer instead of a password. Add a passkey on the “Passkeys” page first.',
      failed: 'Signing in with a passkey did not work. Try again, or sign in with your ID number and password.',
    },
    errors: {
      CredentialsSignin: 'The ID number or the password is wrong. Please try again.',
      remaining:
        'The ID number or the password is wrong. {remaining, plural, one {You have # more try} other {You have # more tries}} before this ID number is locked for 15 minutes.',
      locked:
        'This ID number had 5 wrong tries and is locked for 15 minutes. Please try again after 15 minutes; until then even the right password will not work.',
      lockedUntil: 'This ID number had too many wrong tries and is locked. Please try again after {time}; until then even the right password will not work.',
      lockedHelp:
        'Need to get in now? If you have added a passkey, use “Sign in with a passkey” below: the lock does not apply to it. Or bring your ID card to a medical-insurance service counter.',
      throttled: 'Too many sign-in attempts came from this computer or network. Please try again after {time}.',
      throttledSoon: 'Too many sign-in attempts. Please try again in a few minutes.',
      invalid_id: 'That ID number is not valid: check that it has 18 characters; the last one may be X.',
      missing: 'Please enter your ID number and password.',
      passkey: 'Signing in with a passkey did not work. Try again, or sign in with your ID number and password.',
      cookies: 'Please allow this site to use cookies, then sign in again.',
      generic: 'Signing in did not work. Please try again.',
    },
    notices: {
      signedOut: 'You have signed out.',
      expired: 'For your safety you were signed out (no activity for 30 minutes, or signed in for more than 12 hours). Please sign in again.',
    },
  },
);
