import { defineMessages } from '../types';

/**
 * Error pages. A client component (app/error.tsx) shows these, so this namespace must stay
 * plain text: no ICU arguments (the browser gets the strings, not the ICU runtime).
 */
export const errors = defineMessages(
  {
    title: '出错了',
    body: '页面暂时打不开。请稍后再试，或回到首页。',
    home: '回到首页',
    notFoundTitle: '找不到这个页面',
    notFoundBody: '您要找的页面不存在。',
    unauthorized: '请先登录。',
  },
  {
    title: 'Something went wrong',
    body: 'This page cannot be shown right now. Please try again later, or go back to the home page.',
    home: 'Back to the home page',
    notFoundTitle: 'Page not found',
    notFoundBody: 'The page you asked for does not exist.',
    unauthorized: 'Please sign in first.',
  },
);
