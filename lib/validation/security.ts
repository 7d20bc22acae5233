/** The sessions and passkeys forms' input: one schema each for the form, the action and tests. */
import { z } from 'zod';

/** Which session(s) to end, confirmed by the password typed again or by a passkey's answer (JSON). */
/**
 * Which session(s) to end, confirmed by the password typed again or by a passkey's answer (JSON);
 * the action refuses a form with neither, in the reader's words.
 */
export const endSessionsSchema = z.object({
  which: z.union([z.literal('all_others'), z.uuid()]),
  password: z.string().max(256).optional(),
  passkey: z.string().min(2).max(12_000).optional(),
});

export const addPasskeySchema = z.object({
  name: z.string().trim().min(1).max(40),
  response: z.string().min(2).max(12_000),
});

export const removePasskeySchema = z.object({ credentialId: z.string().min(1).max(1024) });
