/**
 * The clinic choice 门诊选点: one schema for the confirmation page's query, the form, the server
 * action and the benchmark — which kind, which institution (a directory id), and the form's
 * idempotency key (made when the confirmation page is drawn; a replay or a double click sends it
 * again and changes nothing).
 */
import { z } from 'zod';
import { CLINIC_KINDS } from '../policy/jiangmen/clinic-choice/codes';

export const clinicTargetSchema = z.object({
  kind: z.enum(CLINIC_KINDS),
  institution: z
    .string()
    .trim()
    .regex(/^[A-Z]{1,4}-[0-9A-Z-]{1,32}$/),
});
export type ClinicTarget = z.output<typeof clinicTargetSchema>;

export const chooseClinicSchema = clinicTargetSchema.extend({
  idempotencyKey: z.string().regex(/^[A-Za-z0-9-]{16,64}$/),
});
export type ChooseClinicInput = z.output<typeof chooseClinicSchema>;

/** The confirmation page's address for a target. */
export function confirmPath(target: ClinicTarget): string {
  return `/me/clinic/confirm?${new URLSearchParams({ kind: target.kind, institution: target.institution }).toString()}`;
}

/** The result page's address (post/redirect/get). */
export function donePath(done: { year: number; kind: string; effectiveFrom: string }): string {
  return `/me/clinic/done?${new URLSearchParams({ year: String(done.year), kind: done.kind, from: done.effectiveFrom }).toString()}`;
}
