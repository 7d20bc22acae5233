/**
 * Schema pieces for what a form sends: every value arrives as text (see form-data.ts), so a
 * form's schema says where text becomes a number, a yes/no or a list. Each keeps the inner
 * schema's own messages (the policy library's `whole_months`, `amount`, …): text that does
 * not convert is handed on as it is, and the inner schema reports it.
 */
import { z } from 'zod';

const NUMBER_TEXT = /^[+-]?\d+(\.\d+)?$/;

/** A number typed as text (`" 36 "` → 36), checked by `schema`. */
export function formNumber<S extends z.ZodType>(schema: S) {
  return z.preprocess((v) => (typeof v === 'string' && NUMBER_TEXT.test(v.trim()) ? Number(v.trim()) : v), schema);
}

/** A checkbox: checked (sent, whatever its value) is true, unchecked (not sent) is false. */
export function formCheckbox() {
  return z.preprocess((v) => v !== undefined, z.boolean());
}

/** A yes/no question answered with radios valued `true` and `false`. */
export function formBoolean<S extends z.ZodType = z.ZodBoolean>(schema?: S) {
  return z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), schema ?? z.boolean());
}

/** A list: checkboxes sharing a name send nothing, one value or several; this is always an array. */
export function formList<S extends z.ZodType>(item: S) {
  return z.preprocess((v): unknown[] => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]), z.array(item));
}
