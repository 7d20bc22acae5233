/**
 * How one contribution record reads, in the page, the print view and the CSV alike: its months,
 * scheme, rates, payer, status and dates in the reader's words (one place, so the three agree).
 */
import type { TierRecord } from '@/lib/dal';
import { label, type I18n } from '@/lib/i18n';
import { Dec, monthIndex, monthOfIndex, percent } from '@/lib/policy/core';
import { RECORD_STATUS_LABELS, RECORD_TIER_LABELS } from '@/lib/policy/jiangmen/continuity/records';
import { CONTRIBUTION_PAYER_LABELS } from '@/lib/policy/jiangmen/contributions/payers';

/** The columns' message keys (contributions.columns.*). */
export const COLUMNS = ['year', 'month', 'tier', 'base', 'rates', 'employer', 'personal', 'total', 'payer', 'status', 'dates'] as const;

export interface RecordText {
  month: string;
  tier: string;
  base: string;
  rates: string;
  payer: string;
  status: string;
  dates: string;
}

export function recordText(r: TierRecord, { locale, t, format }: I18n): RecordText {
  const first = r.month.slice(0, 7);
  const last = monthOfIndex(monthIndex(first) + r.months - 1);
  const rate = (v: string | null) => (v === null ? '—' : percent(new Dec(v)));
  return {
    month: r.months === 1 ? format.month(first) : t('contributions.months', { from: format.month(first), to: format.month(last) }),
    tier: label(RECORD_TIER_LABELS[r.tier], locale),
    base: r.base === null ? t('contributions.noBase') : format.money(r.base),
    rates: r.employerRate === null && r.personalRate === null ? '—' : `${rate(r.employerRate)} / ${rate(r.personalRate)}`,
    payer: label(CONTRIBUTION_PAYER_LABELS[r.payer], locale),
    status: label(RECORD_STATUS_LABELS[r.status], locale),
    dates:
      r.status === 'arrears'
        ? `${t('contributions.dueOn', { date: format.date(r.dueOn) })}; ${t('contributions.owed')}`
        : r.status === 'back_paid'
          ? `${t('contributions.dueOn', { date: format.date(r.dueOn) })}; ${t('contributions.backPaidOn', { date: format.date(r.paidOn!) })}`
          : `${t('contributions.dueOn', { date: format.date(r.dueOn) })}; ${t('contributions.paidOn', { date: format.date(r.paidOn!) })}`,
  };
}

/** A record's employer + personal amount. */
export function recordTotal(r: TierRecord): Dec {
  return new Dec(r.employerAmount).plus(r.personalAmount);
}
