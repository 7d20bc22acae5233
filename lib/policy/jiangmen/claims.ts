/** Settled claims by kind of care: hospital stays (RULES §6), general outpatient (§7, §9), special diseases (§10). */
import type { Bilingual } from '../core/text';

export const CLAIM_KINDS = ['inpatient', 'outpatient', 'special_disease'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export const CLAIM_KIND_LABELS = {
  inpatient: { zh: '住院', en: 'hospital stay' },
  outpatient: { zh: '普通门诊', en: 'general outpatient visit' },
  special_disease: { zh: '特定病种门诊', en: 'special-disease outpatient care' },
} as const satisfies Record<ClaimKind, Bilingual>;
