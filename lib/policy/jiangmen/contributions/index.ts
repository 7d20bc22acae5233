/**
 * Contributions, RULES §2 (JM-UR 二(三)1–2), from 2017-07-01: the monthly contribution of
 * employee-identity insured and the yearly contribution of residents — the topic's public exports.
 */
export { applyNationalFloor, minimumBaseOn, monthlyContribution, residentContribution, type MinimumBase, type MonthlyContributionInput } from './contributions';
export * from './parameters';
export * from './payers';
export * from './schema';
export type { AssistanceStatus as Assistance, ResidentCategory } from '../insured-person';
