/**
 * Contributions, RULES §2 (JM-UR 二(三)1–2), from 2017-07-01: the monthly contribution of
 * employee-identity insured and the yearly contribution of residents.
 */
export { monthlyContribution, monthlyContributionJson } from './monthly';
export type { MonthlyCategory, MonthlyContribution, MonthlyContributionInput, Payer, TierContribution } from './monthly';
export { residentContribution, residentContributionJson, applyNationalFloor } from './resident';
export type { Assistance, ResidentCategory, ResidentContribution, ResidentContributionInput } from './resident';
export { minimumBaseOn } from './minimum-base';
export type { MinimumBase } from './minimum-base';
export * from './parameters';
