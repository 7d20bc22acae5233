/** Special-disease outpatient care, RULES §10 (JM-UR 附表): the topic's public exports. */
export { estimateSpecialDisease, specialDiseaseCaps, specialDiseaseParameters, type SpecialDiseaseCaps } from './special-disease';
export * from './diseases';
export * from './parameters';
export * from './schema';
