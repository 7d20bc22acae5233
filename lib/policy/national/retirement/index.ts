/** The statutory retirement age under the 2025 gradual delay (RULES §5, national law): the topic's public exports. */
export { ageReachedOn, retirement } from './retirement';
export { RETIREMENT_CITATION, RETIREMENT_GROUPS, RETIREMENT_GROUP_LABELS, retirementRule, type RetirementGroup, type RetirementRule } from './parameters';
export * from './schema';
