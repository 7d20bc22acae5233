/** Accumulated contribution years and the top-up, RULES §5 (JM-UR 二(三)4, 三(一)2–3): the topic's public exports. */
export { accumulatedYears } from './years';
export { topUp, topUpFigures } from './topup';
export { minimumYearsRule, type MinimumYearsRule } from './parameters';
export * from './schema';
