import { defineMessages } from '../types';

/** The form kit (components/form): words every form shares. */
export const form = defineMessages(
  {
    /** Read out before each error message; hidden on screen (the red text shows it). */
    errorPrefix: '错误：',
    errorSummaryTitle: '请先改正以下问题',
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
    optional: '(optional)',
    date: {
      year: 'Year',
      month: 'Month',
      day: 'Day',
    },
  },
);
