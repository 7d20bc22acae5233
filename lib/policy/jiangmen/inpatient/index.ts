/** Hospital stays, RULES §6 (JM-UR 二(四)1(1), 1(4), 2(1), 3, 4; GD-MC 二(八); JM-14 一(一)): the topic's public exports. */
export {
  estimateInpatient,
  settleHospital,
  yearToDateDec,
  hospitalParameters,
  type HospitalEvent,
  type HospitalSettlement,
  type YearToDateDec,
} from './inpatient';
export * from './parameters';
export * from './schema';
