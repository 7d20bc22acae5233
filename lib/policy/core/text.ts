/** Text in both of the portal's languages. The policy library always produces both. */
export interface Bilingual {
  zh: string;
  en: string;
}
