/**
 * Resident ID numbers (居民身份证号码, GB 11643-1999): 6-digit area code, 8-digit birth
 * date, 3-digit sequence (odd = male), and an ISO 7064 MOD 11-2 check character.
 * Pure functions; the full number is used only to sign in and is never stored or logged.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/**
 * A typed ID number as the rules read it: full-width characters (４４０７…, Ｘ — a Chinese input
 * method types them) become their ASCII forms (Unicode NFKC), spaces anywhere (also the
 * ideographic space) go, and a lower-case x is upper-cased.
 */
export function normaliseIdNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The check character for the first 17 digits. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

function validBirthDate(yyyymmdd: string): boolean {
  const y = parseInt(yyyymmdd.slice(0, 4), 10);
  const m = parseInt(yyyymmdd.slice(4, 6), 10);
  const d = parseInt(yyyymmdd.slice(6, 8), 10);
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return d <= days;
}

export type IdNumberProblem = 'format' | 'birth_date' | 'check_digit';

/** Why a (normalised) ID number is not valid, or null when it is. */
export function idNumberProblem(id: string): IdNumberProblem | null {
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return 'format';
  if (!validBirthDate(id.slice(6, 14))) return 'birth_date';
  if (checkCharacter(id.slice(0, 17)) !== id[17]) return 'check_digit';
  return null;
}

export function isValidIdNumber(id: string): boolean {
  return idNumberProblem(id) === null;
}

/**
 * The masked form, stored and shown on screen: the first 2 and the last character,
 * `44***************8`. Irreversible on purpose: the database also holds the birth date
 * (characters 7–14), the district (1–6) and the sex (the parity of 17), so a mask showing the
 * district and the last four (the old `440703********1234`) left exactly one number. With only
 * the province and the check character, about 500 / 11 ≈ 45 sequence numbers remain for anyone
 * who knows the rest (README, "What is stored").
 */
export function maskIdNumber(id: string): string {
  return `${id.slice(0, 2)}${'*'.repeat(15)}${id.slice(17)}`;
}

/** Whether `text` has the masked form (the database's CHECK constraint says the same). */
export const MASKED_ID_NUMBER = /^[1-9][0-9]\*{15}[0-9X]$/;

/** Builds a valid ID number from its parts (demo data and tests). */
export function makeIdNumber(area: string, birthDate: string, sequence: number): string {
  const first17 = `${area}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return `${first17}${checkCharacter(first17)}`;
}
