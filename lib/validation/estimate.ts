/**
 * 住院费用估算: the estimator's form is the `inpatient` command's request (lib/policy, the one
 * schema the CLI and the HTTP API use), as a form sends it — every value as text, under the
 * request's own field paths (`stay.inScope`, `person.continuousMonths`, `yearToDate.tier1Paid`),
 * so the library's messages land on the right fields. This file only says where text becomes a
 * number or a yes/no; every rule is the library's.
 *
 * The same fields travel in the page's address after the action (post/redirect/get): the
 * action checks them and sends the resident to `/me/estimate?stay.inScope=…#result`, and the
 * page reads the address back with this schema (`estimateQueryObject`).
 */
import { z } from 'zod';
import { inpatientRequestSchema, type InpatientRequest } from '../policy/jiangmen/inpatient/schema';
import { formDataToObject, type FormObject } from './form-data';

const text = z.unknown();

/** The form as posted → the `inpatient` request input (defaults: the library's). */
export const estimateFormSchema = z
  .object({
    date: text,
    person: z
      .object({
        identity: text,
        category: text,
        assistance: text,
        continuousMonths: text,
        tier2ContinuousMonths: text,
      })
      .partial()
      .default({}),
    stay: z
      .object({
        level: text,
        inScope: text,
        outOfScope: text,
        transfer: text,
        referringDeductible: text,
        outOfTown: text,
        maternity: text,
      })
      .partial()
      .default({}),
    yearToDate: z
      .object({ tier1Paid: text, criticalBase: text, criticalPaid: text, tier2Base: text, tier2Paid: text, assistancePaid: text })
      .partial()
      .default({}),
  })
  .transform(
    (f) =>
      ({
        region: 'jiangmen',
        date: f.date,
        person: {
          identity: f.person.identity,
          category: f.person.category,
          assistance: f.person.assistance,
          continuousMonths: numberOf(f.person.continuousMonths),
          ...(f.person.tier2ContinuousMonths === undefined ? {} : { tier2ContinuousMonths: numberOf(f.person.tier2ContinuousMonths) }),
        },
        stay: {
          level: f.stay.level,
          inScope: f.stay.inScope,
          ...(f.stay.outOfScope === undefined ? {} : { outOfScope: f.stay.outOfScope }),
          ...(f.stay.transfer === undefined ? {} : { transfer: f.stay.transfer }),
          ...(f.stay.referringDeductible === undefined ? {} : { referringDeductible: f.stay.referringDeductible }),
          ...(f.stay.outOfTown === undefined ? {} : { outOfTown: f.stay.outOfTown }),
          // A checkbox: sent (whatever its value) is yes.
          maternity: f.stay.maternity !== undefined,
        },
        yearToDate: Object.fromEntries(Object.entries(f.yearToDate).filter(([, v]) => v !== undefined)),
        // The library checks every field; the form only turned text into numbers and a yes/no.
      }) as z.input<typeof inpatientRequestSchema>,
  )
  .pipe(inpatientRequestSchema);

const NUMBER_TEXT = /^[+-]?\d+$/;
/** Whole months typed as text (" 36 " → 36); anything else is handed on for the library to refuse. */
function numberOf(v: unknown): unknown {
  return typeof v === 'string' && NUMBER_TEXT.test(v.trim()) ? Number(v.trim()) : v;
}

export type EstimateRequest = InpatientRequest;

/** An institution chosen from the directory (its id), sent beside the request; anything else is dropped. */
export const institutionIdField = z
  .string()
  .regex(/^[A-Za-z]{2,4}-?[0-9A-Za-z-]{1,40}$/)
  .optional()
  .catch(undefined);

/** The action's input: the request and, when chosen from the directory, the institution. */
export const estimateActionSchema = z.intersection(z.object({ institution: institutionIdField }), estimateFormSchema);

/** The request as the page's address: the form's field names and their text (`explain` left out). */
export function estimateSearch(req: InpatientRequest, institution?: string): string {
  const p = new URLSearchParams();
  if (institution) p.set('institution', institution);
  p.set('date', req.date);
  for (const [k, v] of Object.entries(req.person)) if (v !== undefined) p.set(`person.${k}`, String(v));
  p.set('stay.level', req.stay.level);
  p.set('stay.inScope', req.stay.inScope);
  p.set('stay.outOfScope', req.stay.outOfScope);
  p.set('stay.transfer', req.stay.transfer);
  if (req.stay.transfer === 'referral') p.set('stay.referringDeductible', req.stay.referringDeductible);
  p.set('stay.outOfTown', req.stay.outOfTown);
  if (req.stay.maternity) p.set('stay.maternity', 'on');
  for (const [k, v] of Object.entries(req.yearToDate)) p.set(`yearToDate.${k}`, v);
  return p.toString();
}

/** The page's query as the form's nested object (the same reading as a posted form); null without a query. */
export function estimateQueryObject(params: Record<string, string | string[] | undefined>): FormObject | null {
  const form = new FormData();
  for (const [k, v] of Object.entries(params)) {
    if (!/^(date|person\.|stay\.|yearToDate\.)/.test(k)) continue;
    for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) form.append(k, one);
  }
  const object = formDataToObject(form);
  return Object.keys(object).length === 0 ? null : object;
}
