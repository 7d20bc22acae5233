/** When benefits start and stop, RULES §3 (JM-UR 二(三)3): the topic's public exports. */
export { benefitDates } from './benefit-dates';
export { flexibleWaitMonths, newbornWindowMonths } from './parameters';
export * from './schema';
