/**
 * A signed-in resident can read only their own data, through every page and route the
 * portal has. The list of routes comes from the build itself, so a new page or route is
 * covered without editing this test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed';
import { maskIdNumber } from '../lib/id-number';
import { expect, record, signIn, test } from './fixtures';

const me = DEMO_ACCOUNTS[0]!;
const others = DEMO_ACCOUNTS.slice(1);

/** Every app route of the build, except Next's internal ones and next-auth's (tested apart). */
function routes(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), '.next', 'app-path-routes-manifest.json'), 'utf8')) as Record<string, string>;
  return [...new Set(Object.values(manifest))].filter((r) => !r.startsWith('/_') && !r.startsWith('/api/auth/')).sort();
}

/** Ways a request might try to name another resident. */
function tamperings(): { query: string; headers: Record<string, string> }[] {
  const other = others[0]!;
  const ids = ['1', '2', '3', '5', '8', '13', '42'];
  return [
    { query: '', headers: {} },
    ...ids.map((id) => ({ query: `?personId=${id}&id=${id}&person=${id}&residentId=${id}&userId=${id}`, headers: { 'x-person-id': id, 'x-user-id': id } })),
    // The proxy strips ID numbers from URLs; nothing may select a resident by one either.
    { query: `?idNumber=${other.idNumber}&id=${other.idNumber}`, headers: {} },
  ];
}

test('the build has the routes this test expects to cover', () => {
  expect(routes()).toEqual(expect.arrayContaining(['/', '/api/me', '/me', '/signin']));
});

test('every page and route serves only the signed-in resident', async ({ page }) => {
  // About 18 requests a route (GET and POST, each tampering): more routes, more time.
  test.setTimeout(Math.max(60_000, routes().length * 20_000));
  await signIn(page, me.idNumber, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
  // A mask now keeps only 3 characters (lib/id-number.ts), so another resident's may equal mine: only those that differ tell.
  const myMask = maskIdNumber(me.idNumber);
  const forbidden = others.flatMap((o) => [o.name, o.idNumber, ...(maskIdNumber(o.idNumber) === myMask ? [] : [maskIdNumber(o.idNumber)])]);

  for (const route of routes()) {
    for (const [n, { query, headers }] of tamperings().entries()) {
      const url = `${route}${query}`;
      for (const method of ['GET', 'POST'] as const) {
        const response =
          method === 'GET'
            ? await page.request.get(url, { headers })
            : await page.request.post(url, { headers, form: { personId: '2', idNumber: others[0]!.idNumber } });
        await record(response);
        const body = await response.text();
        for (const text of forbidden) expect(body, `${method} ${route} (tampering ${n}) must not show another resident`).not.toContain(text);
      }
    }
  }

  // The resident's own data is still what they get.
  const mine = await page.request.get('/api/me?personId=2');
  expect(mine.status()).toBe(200);
  expect(((await mine.json()) as { name: string }).name).toBe(me.name);
  await page.goto('/me?personId=2');
  await expect(page.getByTestId('name')).toHaveText(me.name);
});

test('without a session no route shows any resident', async ({ request }) => {
  // About 9 requests a route: more routes, more time.
  test.setTimeout(Math.max(60_000, routes().length * 10_000));
  const everyone = DEMO_ACCOUNTS.flatMap((a) => [a.name, maskIdNumber(a.idNumber)]);
  for (const route of routes()) {
    for (const [n, { query, headers }] of tamperings().entries()) {
      const response = await request.get(`${route}${query}`, { headers });
      await record(response);
      const body = await response.text();
      for (const text of everyone) expect(body, `${route} (tampering ${n})`).not.toContain(text);
    }
  }
});

test('a forged or altered session cookie is refused', async ({ page, browser }) => {
  await signIn(page, me.idNumber, DEMO_PASSWORD);
  const state = await page.context().storageState();
  const session = state.cookies.find((c) => c.name.endsWith('yb-session'))!;
  const tampered = { ...state, cookies: state.cookies.map((c) => (c === session ? { ...c, value: `${c.value.slice(0, -4)}AAAA` } : c)) };
  const context = await browser.newContext({ storageState: tampered });
  const response = await context.request.get('/api/me');
  expect(response.status()).toBe(401);
  await context.close();
});
