/**
 * The sign-in form's input: one schema for the form, next-auth's `authorize` and tests.
 * Error messages are message keys of `signIn.errors` in the catalogues.
 */
import { z } from 'zod';
import { isValidIdNumber, normaliseIdNumber } from '../id-number';

export const signInSchema = z.object({
  idNumber: z
    .string({ error: 'missing' })
    .transform(normaliseIdNumber)
    .pipe(z.string().min(1, { error: 'missing' }).refine(isValidIdNumber, { error: 'invalid_id' })),
  password: z.string({ error: 'missing' }).min(1, { error: 'missing' }).max(256, { error: 'CredentialsSignin' }),
});

export type SignInInput = z.output<typeof signInSchema>;
export type SignInErrorCode = 'missing' | 'invalid_id' | 'CredentialsSignin';
