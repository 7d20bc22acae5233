import type { Messages } from '../types';

/** English — the portal's second language. Same keys as zh-CN.ts (the type checks it). */
export const en = {
  common: {
    appName: 'Yibaotong',
    tagline: 'Jiangmen basic medical insurance · Resident services',
    skipToContent: 'Skip to main content',
    demoBanner: 'Demo data: the people, numbers and amounts here are examples, not real information.',
    home: 'Back to the home page',
    yes: 'Yes',
    no: 'No',
    none: 'None',
    dateFormat: '{day} {monthName} {year}',
  },
  language: {
    label: 'Language',
    switchTo: '中文',
    switchToHint: '切换到中文',
  },
  nav: {
    label: 'Main menu',
    me: 'My insurance',
    signOut: 'Sign out',
  },
  signIn: {
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
  me: {
    title: 'My insurance',
    intro: 'This is your enrolment as the medical insurance system records it.',
    notEnrolled: 'We found no enrolment for you. Please contact your local medical insurance office.',
    personTitle: 'About you',
    enrolmentTitle: 'Your enrolment',
    name: 'Name',
    idNumber: 'ID number',
    region: 'Insured in',
    identity: 'Identity',
    tiers: 'Tier',
    category: 'Category',
    assistance: 'Assistance status',
    status: 'Status',
    since: 'This enrolment began on',
    until: 'This enrolment ended on',
    employer: 'Employer',
  },
  errors: {
    title: 'Something went wrong',
    body: 'This page cannot be shown right now. Please try again later, or go back to the home page.',
    notFoundTitle: 'Page not found',
    notFoundBody: 'The page you asked for does not exist.',
    unauthorized: 'Please sign in first.',
  },
} as const satisfies Messages;
