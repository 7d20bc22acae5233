/** The language switch's form: one schema for the action and its tests. */
import { z } from 'zod';
import { LOCALES } from '../i18n';

/** A path on this site to go back to: "/…", never "//host" or a backslash trick. */
export const returnPath = z
  .string()
  .max(2000)
  .regex(/^\/(?![/\\])[^\\\s]*$/)
  .catch('/');

export const languageSchema = z.object({
  locale: z.enum(LOCALES),
  returnTo: returnPath,
});
