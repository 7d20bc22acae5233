/** Continuous contribution and the cap factor, RULES §4 (JM-UR 二(四)4, 三(一)4): the topic's public exports. */
export { continuity, capFactor, capFactorStep, type CapFactor } from './continuity';
export { annualCaps, type AnnualCaps, type AnnualCapsInput } from './caps';
export { coverStatus, COVER_STATUSES, type CoverStatus, type CoverStatusKind } from './status';
export { arrearsToleranceMonths, capFactorBands, flexibleRegainMonth, type CapFactorBand } from './parameters';
export * from './records';
export * from './schema';
