/** Clinic choice 门诊选点, RULES §8 (JM-UR 二(四)1(3), 二(四)2(3); SY-OP 四(三)1): the topic's public exports. */
export * from './codes';
export * from './rules';
