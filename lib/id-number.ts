/**
 * Resident ID numbers (居民身份证号码, GB 11643-1999): 6-digit area code, 8-digit birth
 * date, 3-digit sequence (odd = male), and an ISO 7064 MOD 11-2 check character.
 * Pure functions; the full number is used only to sign in and is never stored or logged.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/** Trims and upper-cases a typed ID number (a lower-case x is common). */
export function normaliseIdNumber(raw: string): string {
  return raw.trim().replace(/\s+/g, '').toUpperCase();
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

/** The masked form shown on screen: 440703********1234. */
export function maskIdNumber(id: string): string {
  return `${id.slice(0, 6)}********${id.slice(14)}`;
}

/** Builds a valid ID number from its parts (demo data and tests). */
export function makeIdNumber(area: string, birthDate: string, sequence: number): string {
  const first17 = `${area}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return `${first17}${checkCharacter(first17)}`;
}
