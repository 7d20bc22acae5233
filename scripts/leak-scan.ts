/**
 * Finds full resident ID numbers in text: the demo residents' numbers, and anything else that
 * looks like one and passes the GB 11643 check (a real number would too). Used on the test
 * run's output, the server's log and every response the browser tests received.
 */
import { isValidIdNumber } from '../lib/id-number';

const CANDIDATE = /(?<![0-9A-Za-z])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])/g;

export function findIdNumbers(text: string, known: readonly string[] = []): string[] {
  const found = new Set<string>();
  for (const id of known) if (text.includes(id)) found.add(id);
  for (const m of text.matchAll(CANDIDATE)) {
    const id = m[0].toUpperCase();
    if (isValidIdNumber(id)) found.add(id);
  }
  return [...found];
}

/** How to report a finding without printing the number itself. */
export function describeFinding(id: string): string {
  return `${id.slice(0, 2)}${'*'.repeat(15)}${id.slice(17)}`;
}

/**
 * The one place a full ID number may reach a browser: the sign-in form filled in again with
 * what the resident typed, after a refused attempt (the value of the `idNumber` field, in the
 * HTML and in the page's server-component payload). Removes exactly those values, so the scan
 * still finds a number anywhere else.
 */
export function withoutSignInEcho(text: string): string {
  return text
    .replace(/(<input\b[^>]*\bname="idNumber"[^>]*\bvalue=")[^"]*/g, '$1')
    .replace(/(\\?"name\\?":\\?"idNumber\\?",(?:[^{}\]]*?),?\\?"defaultValue\\?":\\?")[^"\\]*/g, '$1');
}
