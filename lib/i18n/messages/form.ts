import { defineMessages } from '../types';

/** The form kit (components/form): words every form shares. */
export const form = defineMessages(
  {
    /** Read out before each error message; hidden on screen (the red text shows it). */
    errorPrefix: '错误：',
    errorSummaryTitle: '请先改正以下问题',
    /** The page title while a form shows errors, so the first thing read out says so. */
    titleWithError: '错误：{title}',
    optional: '（选填）',
    date: {
      year: '年',
      month: '月',
      day: '日',
    },
  },
  {
    errorPrefix: 'Error:',
    errorSummaryTitle: 'There is a problem',
    titleWithError: 'Error: {title}',
    optional: '(optional)',
    date: {
      year: 'Year',
      month: 'Month',
      day: 'Day',
    },
  },
);
