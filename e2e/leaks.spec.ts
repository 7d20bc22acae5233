/**
 * Runs after every other browser test: no full ID number in any HTML, server-component
 * payload, JSON or script the browser received, nor in the server's log.
 */
import { existsSync, readFileSync } from 'node:fs';
import { DEMO_ACCOUNTS } from '../db/seed';
import { describeFinding, findIdNumbers, withoutSignInEcho } from '../scripts/leak-scan';
import { expect, INJECTED_ID_NUMBERS, RESPONSES_FILE, test } from './fixtures';

// The demo residents' numbers, and the ID-shaped strings the tests themselves sent (a forged log line's, say).
const known = [...DEMO_ACCOUNTS.map((a) => a.idNumber), ...INJECTED_ID_NUMBERS];

test('no full ID number reached the browser', () => {
  expect(existsSync(RESPONSES_FILE)).toBe(true);
  // The sign-in form filled in again with what the resident typed is the one allowed echo.
  const text = withoutSignInEcho(readFileSync(RESPONSES_FILE, 'utf8'));
  expect(text.length).toBeGreaterThan(10_000); // the other tests did record what they received
  expect(text).toContain('********'); // masked numbers were served
  expect(findIdNumbers(text, known).map(describeFinding)).toEqual([]);
});

test('no full ID number in the server log', () => {
  const log = process.env.E2E_SERVER_LOG;
  expect(log && existsSync(log)).toBeTruthy();
  expect(findIdNumbers(readFileSync(log!, 'utf8'), known).map(describeFinding)).toEqual([]);
});
