/**
 * The top-up what-if (补缴测算): one schema for the form (a date in three parts and a yes/no),
 * the action that checks it, and the page that reads the same choices back from its query.
 * A planned date only has to be a real date here; whether the law allows it is the policy
 * library's answer (`retirement.planned`), which the page shows with its reason.
 */
import { z } from 'zod';
import { isIsoDate } from '../policy/core';

const DATE_MESSAGE = {
  zh: '请填写一个真实的日期：年（4 位数字）、月（1–12）、日，或者三项都不填。',
  en: 'Enter a real date: year (4 digits), month (1–12) and day, or leave all three empty.',
};

function isoOf(parts: { year?: string; month?: string; day?: string }): string | null | undefined {
  const [y, m, d] = [parts.year, parts.month, parts.day].map((v) => (v ?? '').trim());
  if (!y && !m && !d) return undefined;
  if (!/^\d{4}$/.test(y!) || !/^\d{1,2}$/.test(m!) || !/^\d{1,2}$/.test(d!)) return null;
  const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  return isIsoDate(iso) && iso >= '1990-01-01' && iso <= '2100-12-31' ? iso : null;
}

/** What the resident chose: a planned date (or none: the statutory date) and paying on or not. */
export const whatIfSchema = z.object({
  plannedDate: z.iso.date().optional(),
  continueContributing: z.boolean(),
});
export type WhatIfChoice = z.output<typeof whatIfSchema>;

/** The form as posted: `plannedDate.year/month/day` (the form kit's DateInput) and `continue` = yes | no. */
export const whatIfFormSchema = z
  .object({
    plannedDate: z.object({ year: z.string().optional(), month: z.string().optional(), day: z.string().optional() }).optional(),
    continue: z.enum(['yes', 'no']).catch('yes'),
  })
  .transform((form, ctx): WhatIfChoice => {
    const iso = form.plannedDate ? isoOf(form.plannedDate) : undefined;
    if (iso === null) {
      ctx.addIssue({ code: 'custom', path: ['plannedDate'], message: DATE_MESSAGE.en, params: { bilingual: DATE_MESSAGE } });
      return z.NEVER;
    }
    return { ...(iso ? { plannedDate: iso } : {}), continueContributing: form.continue !== 'no' };
  })
  .pipe(whatIfSchema);

/** The page's query for a what-if (`?planned=YYYY-MM-DD&continue=no`). */
export function whatIfSearch(c: WhatIfChoice): string {
  const p = new URLSearchParams();
  if (c.plannedDate) p.set('planned', c.plannedDate);
  if (!c.continueContributing) p.set('continue', 'no');
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Reads the page's query with the same rules (anything not understood is left out). */
export function parseWhatIfQuery(params: Record<string, string | string[] | undefined>): WhatIfChoice | null {
  const one = (k: string) => {
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const planned = one('planned');
  const [year, month, day] = (planned ?? '').split('-');
  const parsed = whatIfFormSchema.safeParse({ plannedDate: planned ? { year, month, day } : undefined, continue: one('continue') === 'no' ? 'no' : 'yes' });
  if (!parsed.success) return null;
  return parsed.data.plannedDate === undefined && parsed.data.continueContributing ? null : parsed.data;
}
