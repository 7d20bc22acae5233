import { defineMessages } from '../types';

/** The language switch (each side names the other language in that language). */
export const language = defineMessages(
  {
    label: '语言',
    switchTo: 'English',
    switchToHint: 'Switch to English',
  },
  {
    label: 'Language',
    switchTo: '中文',
    switchToHint: '切换到中文',
  },
);
