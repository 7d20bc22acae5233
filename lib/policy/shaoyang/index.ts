/** Shaoyang general outpatient pooling, RULES §9 (SY-OP 三(三), 三(四), 五(三)): the region's public exports. */
export { estimateShaoyangOutpatient, shaoyangParameters } from './outpatient';
export * from './parameters';
export * from './schema';
