import { defineMessages } from '../types';

/** The main menu of a signed-in resident. */
export const nav = defineMessages(
  {
    label: '主菜单',
    me: '我的参保',
    signOut: '退出登录',
  },
  {
    label: 'Main menu',
    me: 'My insurance',
    signOut: 'Sign out',
  },
);
