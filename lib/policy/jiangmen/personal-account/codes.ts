/** Entries of the tier-2 personal account 个人账户 (RULES §11; JM-UR 二(四)2(4)). */
import type { Bilingual } from '../../core/text';

export const LEDGER_KINDS = ['credit', 'payment', 'transfer_in', 'transfer_out', 'adjustment'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];
export const LEDGER_KIND_LABELS = {
  credit: { zh: '每月划入', en: 'monthly credit' },
  payment: { zh: '支付', en: 'payment' },
  transfer_in: { zh: '转入', en: 'transfer in' },
  transfer_out: { zh: '转出', en: 'transfer out' },
  adjustment: { zh: '调整', en: 'adjustment' },
} as const satisfies Record<LedgerKind, Bilingual>;
