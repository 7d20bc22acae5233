/** Text in both of the portal's languages. The policy library always produces both. */
import { z } from 'zod';

export interface Bilingual {
  zh: string;
  en: string;
}

/** A text in zh and en (responses: labels, explanation steps, error messages). */
export const bilingualSchema = z
  .object({ zh: z.string().describe('Simplified Chinese.'), en: z.string().describe('English.') })
  .describe('The same text in Chinese (zh) and English (en).');
