import { defineMessages } from '../types';

/** Amounts of money (components/Money): the sign and the currency symbol around the grouped digits. */
export const money = defineMessages(
  {
    amount: '{sign, select, minus {−￥{amount}} other {￥{amount}}}',
  },
  {
    amount: '{sign, select, minus {−¥{amount}} other {¥{amount}}}',
  },
);
