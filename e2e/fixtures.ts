/**
 * Shared helpers for the browser tests. Every response a test's browser receives (HTML,
 * server-component payloads, JSON, scripts) is appended to responses.txt, which the leak
 * test scans for full ID numbers when every other test has run.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type APIResponse, type BrowserContext, type Page, type Response } from '@playwright/test';

const output = process.env.E2E_OUTPUT ?? '.test-output/e2e';
export const RESPONSES_FILE = path.join(output, 'responses.txt');

const TEXTUAL = /text\/|json|x-component|javascript/;

export async function record(response: Response | APIResponse): Promise<void> {
  const type = response.headers()['content-type'] ?? '';
  if (!TEXTUAL.test(type)) return;
  try {
    appendFileSync(RESPONSES_FILE, `\n### ${new URL(response.url()).pathname} ${type}\n${await response.text()}`);
  } catch {
    // A body that is gone after a navigation cannot carry anything into the page either.
  }
}

export const test = base.extend<{ recordResponses: void }>({
  recordResponses: [
    async ({ context }, use) => {
      const pending: Promise<void>[] = [];
      context.on('response', (r) => {
        pending.push(record(r));
      });
      await use();
      await Promise.all(pending);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * ID-shaped strings the tests send in places where nothing may echo them (a forged log line,
 * a forwarded header): the leak test looks for them too, valid check digit or not.
 */
export const INJECTED_ID_NUMBERS = ['44078319800101555X'] as const;

/** Signs in through the real form (no JavaScript needed). */
export async function signIn(page: Page, idNumber: string, password: string): Promise<void> {
  await page.goto('/signin');
  await page.locator('input[name="idNumber"]').fill(idNumber);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form[action="/api/auth/callback/credentials"] button[type="submit"]').click();
}

/** The sign-in page's error message (Next.js has its own, empty, role="alert" announcer). */
export function signInError(page: Page) {
  return page.locator('#signin-error');
}

/** The sign-out button in the menu. */
export function signOutButton(page: Page) {
  return page.getByRole('navigation').getByRole('button');
}

/** The cookie that turns on 大字版 (large text) for every page of the context. */
export const LARGE_TEXT_COOKIE = { name: 'text-size', value: 'large' } as const;

/** Turns on 大字版 for the pages the context opens next (the shell reads the cookie). */
export async function useLargeText(context: BrowserContext): Promise<void> {
  const base = new URL(`http://localhost:${process.env.E2E_PORT ?? '0'}`);
  await context.addCookies([{ ...LARGE_TEXT_COOKIE, domain: base.hostname, path: '/', sameSite: 'Lax' }]);
}
