'use server';
/**
 * The clinic choice's one write: checked with the shared schema, made by the data layer in one
 * transaction with its audit row (lib/dal/clinic.ts: row lock, idempotency key, the policy
 * library's rules), then post/redirect/get to the result page. A refusal comes back to the
 * form with the rule's words and clause.
 */
import { residentAction } from '@/lib/dal';
import { chooseMyClinic } from '@/lib/dal/clinic';
import { chooseClinicSchema, donePath } from '@/lib/validation/clinic';

export const chooseClinic = residentAction(chooseClinicSchema, async (input) => {
  const done = await chooseMyClinic({ kind: input.kind, institutionId: input.institution, idempotencyKey: input.idempotencyKey });
  return { redirect: donePath(done), revalidate: ['/me', '/me/clinic', '/me/outpatient'] };
});
