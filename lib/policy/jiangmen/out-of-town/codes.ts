/**
 * Out-of-town care filings 异地就医备案 (RULES §6; JM-UR 二(四)3): out-of-town care without the
 * required filing or referral halves the in-scope fund ratios; retirees settled elsewhere and
 * staff posted outside Jiangmen keep the Jiangmen deductible and ratios.
 */
import type { Bilingual } from '../../core/text';

export const FILING_KINDS = ['resettled_retiree', 'posted_worker', 'long_term_resident', 'referral', 'temporary'] as const;
export type FilingKind = (typeof FILING_KINDS)[number];
export const FILING_KIND_LABELS = {
  resettled_retiree: { zh: '异地安置退休人员', en: 'retiree settled elsewhere' },
  posted_worker: { zh: '单位派驻外地工作人员', en: 'staff posted outside Jiangmen by the employer' },
  long_term_resident: { zh: '异地长期居住人员', en: 'long-term resident elsewhere' },
  referral: { zh: '转诊转院', en: 'referral to a hospital elsewhere' },
  temporary: { zh: '临时外出就医', en: 'temporary stay elsewhere' },
} as const satisfies Record<FilingKind, Bilingual>;

export const FILING_STATUSES = ['active', 'expired', 'revoked'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];
export const FILING_STATUS_LABELS = {
  active: { zh: '有效', en: 'active' },
  expired: { zh: '已到期', en: 'expired' },
  revoked: { zh: '已取消', en: 'cancelled' },
} as const satisfies Record<FilingStatus, Bilingual>;
