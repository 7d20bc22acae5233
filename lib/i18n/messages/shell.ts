import { defineMessages } from '../types';

/** The frame of every page: the 大字版 switch, the folded menu on a phone, the footer. */
export const shell = defineMessages(
  {
    settings: '显示设置',
    largeText: '大字版',
    menu: '菜单',
  },
  {
    settings: 'Display settings',
    largeText: 'Large text',
    menu: 'Menu',
  },
);
