/** The tier-2 personal account, RULES §11 (JM-UR 二(四)2(4), 三(一)1): the topic's public exports. */
export { personalAccountCredit } from './personal-account';
export { ageMinimumCredits, personalAccountCutoffs, type AgeBand } from './parameters';
export * from './codes';
export * from './schema';
