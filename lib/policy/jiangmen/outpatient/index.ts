/** General outpatient pooling in Jiangmen and the quota status, RULES §7 (JM-UR 二(四)1(3), 二(四)2(3)): the topic's public exports. */
export { accrualMonths, estimateJiangmenOutpatient, estimateOutpatient, outpatientParameters } from './outpatient';
export { outpatientQuota } from './quota';
export * from './parameters';
export * from './schema';
