/**
 * 异地就医备案 (out-of-town care filing): one schema for the form, the action and the tests.
 * The form sends the reason (`kind`), the place (`destination`) and two dates in three parts
 * each (`validFrom.year/month/day`, `validTo.…`, the end optional: a retiree settled elsewhere
 * files without an end). Every message is bilingual (the resident reads their own language).
 * Whether the dates suit today (not in the past, one filing at a time) is the data layer's
 * check (lib/dal/out-of-town.ts), which knows today and the resident's filings.
 */
import { z } from 'zod';
import { isIsoDate } from '../policy/core';
import { FILING_KINDS, type FilingKind } from '../policy/jiangmen/out-of-town/codes';
import type { Bilingual } from '../policy/core/text';

export const FILING_MESSAGES = {
  kind: { zh: '请选择备案类型。', en: 'Choose the reason for the filing.' },
  destination: { zh: '请填写就医地，例如“广东省广州市”（2 至 40 个字）。', en: 'Enter the place of care, e.g. “Guangzhou, Guangdong” (2 to 40 characters).' },
  validFrom: { zh: '请填写开始日期：年（4 位数字）、月、日。', en: 'Enter the start date: year (4 digits), month and day.' },
  validTo: { zh: '结束日期要填写完整的真实日期，或者三项都不填。', en: 'Enter a real end date, or leave all three parts empty.' },
  order: { zh: '结束日期不能早于开始日期。', en: 'The end date cannot be before the start date.' },
  tooLong: { zh: '备案期限最长 5 年，请把结束日期提前。', en: 'A filing lasts at most 5 years: choose an earlier end date.' },
  id: { zh: '找不到这份备案，请刷新页面。', en: 'That filing was not found: reload the page.' },
} as const satisfies Record<string, Bilingual>;

const issue = (bilingual: Bilingual) => ({ message: bilingual.en, params: { bilingual } });

const dateParts = z.object({ year: z.string().optional(), month: z.string().optional(), day: z.string().optional() }).optional();

/** Three parts → `YYYY-MM-DD`; undefined when all are empty, null when not a real date. */
export function isoOfParts(parts: { year?: string | undefined; month?: string | undefined; day?: string | undefined } | undefined): string | null | undefined {
  const [y, m, d] = [parts?.year, parts?.month, parts?.day].map((v) => (v ?? '').trim());
  if (!y && !m && !d) return undefined;
  if (!/^\d{4}$/.test(y!) || !/^\d{1,2}$/.test(m!) || !/^\d{1,2}$/.test(d!)) return null;
  const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  return isIsoDate(iso) && iso >= '2000-01-01' && iso <= '2100-12-31' ? iso : null;
}

/** A filing as the data layer writes it. */
export interface FilingInput {
  kind: FilingKind;
  destination: string;
  validFrom: string;
  validTo: string | null;
}

/** The filing form (the one schema of the form and the action): each field checked on its own, so every error shows at once. */
export const filingFormSchema = z
  .object({
    kind: z.unknown().refine((v): v is FilingKind => typeof v === 'string' && (FILING_KINDS as readonly string[]).includes(v), issue(FILING_MESSAGES.kind)),
    destination: z.unknown().refine((v) => typeof v === 'string' && v.trim().length >= 2 && v.trim().length <= 40, issue(FILING_MESSAGES.destination)),
    validFrom: dateParts.refine((p) => typeof isoOfParts(p) === 'string', issue(FILING_MESSAGES.validFrom)),
    validTo: dateParts.refine((p) => isoOfParts(p) !== null, issue(FILING_MESSAGES.validTo)),
  })
  .transform((form, ctx): FilingInput => {
    const from = isoOfParts(form.validFrom)!;
    const to = isoOfParts(form.validTo) ?? null;
    if (to && to < from) ctx.addIssue({ code: 'custom', path: ['validTo'], ...issue(FILING_MESSAGES.order) });
    else if (to && to > `${Number(from.slice(0, 4)) + 5}${from.slice(4)}`)
      ctx.addIssue({ code: 'custom', path: ['validTo'], ...issue(FILING_MESSAGES.tooLong) });
    return { kind: form.kind, destination: (form.destination as string).trim(), validFrom: from, validTo: to };
  });

/** Cancelling a filing: its number (the resident's own; the data layer checks). */
export const cancelFilingSchema = z.object({
  id: z
    .unknown()
    .refine((v) => typeof v === 'string' && /^\d{1,15}$/.test(v), issue(FILING_MESSAGES.id))
    .transform((v) => Number(v)),
});
