/**
 * Sign-in under attack (issue 11) and without dead ends (issue 8, item 7): what a refused
 * attempt shows, bookmarked sign-in addresses, next-auth's endpoints, malformed bodies, forwarded
 * headers and foreign origins, prefetch requests, passkeys with a virtual authenticator, and the
 * 登录设备 page ending another session.
 */
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed';
import { expect, INJECTED_ID_NUMBERS, signIn, signInError, signOutButton, test } from './fixtures';

// Accounts no other browser test locks.
const typist = DEMO_ACCOUNTS[3]!;
const keyHolder = DEMO_ACCOUNTS[4]!;
const traveller = DEMO_ACCOUNTS[5]!;

/** ４４０７… as a Chinese input method types it, with spaces. */
const fullWidth = (id: string) =>
  `${[...id.slice(0, 6)].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')} ${id.slice(6, 14)} ${id.slice(14)}`;

test('a refused sign-in keeps the typed number, says how many tries are left, puts 错误 in the title and focuses the summary', async ({ page }) => {
  const typed = fullWidth(typist.idNumber);
  await signIn(page, typed, `${DEMO_PASSWORD}-wrong`);
  await expect(page).toHaveURL(/\/signin\?error=CredentialsSignin$/);
  await expect(page).toHaveTitle(/^错误：登录/);
  await expect(signInError(page)).toBeFocused();
  await expect(signInError(page)).toContainText(/还可以再试 \d 次/);
  await expect(page.locator('input[name="idNumber"]')).toHaveValue(typed);
  // The same number, typed in full width with spaces, signs in: it is the same number.
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('form[action="/api/auth/callback/credentials"] button[type="submit"]').click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByTestId('name')).toHaveText(typist.name);
});

test('no dead ends: shared sign-in addresses open the form in a fresh browser; a signed-out page is one redirect away', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const address of [
    '/signin?via=auth&callbackUrl=%2Fme',
    '/signin?error=CredentialsSignin',
    '/signin?error=locked',
    '/api/auth/signin?callbackUrl=%2Fme',
  ]) {
    await page.goto(address);
    await expect(page.locator('input[name="idNumber"]'), address).toBeVisible();
    await expect(page.getByText('请允许本网站使用 Cookie')).toHaveCount(0);
  }
  const me = await context.request.get('/me', { maxRedirects: 0 });
  expect(me.status()).toBe(307);
  expect(new URL(me.headers()['location']!, 'http://x').pathname).toBe('/signin');
  const form = await context.request.get('/signin', { maxRedirects: 0 });
  expect(form.status()).toBe(200);
  await context.close();
});

test('next-auth answers only its callbacks: _log 404, malformed bodies 400, a GET of a callback 405', async ({ request }) => {
  const forged = `x\n[auth] sign_in.succeeded id=${INJECTED_ID_NUMBERS[0]}`;
  for (const body of [{ form: { level: 'error', code: forged } }, { data: { level: 'error', code: forged } }]) {
    expect((await request.post('/api/auth/_log', body)).status()).toBe(404);
  }
  for (const path of ['/api/auth/session', '/api/auth/csrf', '/api/auth/providers', '/api/auth/signout'])
    expect((await request.get(path)).status(), path).toBe(404);
  const malformed = [
    { headers: { 'Content-Type': 'application/json' }, data: '{"csrfToken": ' },
    { headers: { 'Content-Type': 'text/plain' }, data: 'idNumber=1' },
    { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, data: `idNumber=${'9'.repeat(70_000)}` },
    { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, data: 'idNumber=1&idNumber=2&unexpected=3' },
  ];
  for (const [i, m] of malformed.entries()) {
    for (const provider of ['credentials', 'passkey']) {
      const r = await request.post(`/api/auth/callback/${provider}`, m);
      expect(r.status(), `${provider} body ${i}`).toBe(400);
      expect(await r.text()).toContain('could not be read');
    }
  }
  expect((await request.get('/api/auth/callback/credentials')).status()).toBe(405);
  // A non-form body to a server action page, and to the passkey options route.
  const action = await request.post('/signin', { headers: { 'Next-Action': 'x'.repeat(42), 'Content-Type': 'text/plain;charset=UTF-8' }, data: '{not json' });
  expect(action.status()).toBeLessThan(500);
  expect((await request.get('/api/passkey/options')).status()).toBe(405);
});

test('forwarded headers and foreign hosts or origins are not trusted', async ({ page, request, baseURL }) => {
  await page.goto('/signin');
  const csrf = await page.locator('input[name="csrfToken"]').first().inputValue();
  const r = await page.request.post('/api/auth/callback/credentials', {
    headers: { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https', 'X-Forwarded-For': 'not-an-ip <script>', Origin: baseURL! },
    form: { csrfToken: csrf, idNumber: traveller.idNumber, password: `${DEMO_PASSWORD}-x`, callbackUrl: 'http://evil.example/me' },
    maxRedirects: 0,
  });
  expect(r.status()).toBe(303);
  expect(r.headers()['location']).toBe('/signin?error=CredentialsSignin');
  expect((await request.get('/signin', { headers: { Host: 'evil.example' } })).status()).toBe(400);
  const foreign = await request.post('/signin', { headers: { Origin: 'http://evil.example', 'X-Forwarded-Host': 'evil.example' }, form: { a: 'b' } });
  expect(foreign.status()).toBe(403);
  const crossSite = await request.post('/api/auth/callback/credentials', { headers: { 'Sec-Fetch-Site': 'cross-site' }, form: { a: 'b' } });
  expect(crossSite.status()).toBe(403);
});

test('prefetch and RSC requests get the CSP and lose ID numbers like page requests', async ({ request }) => {
  const special: Record<string, string>[] = [
    { Purpose: 'prefetch' },
    { 'Next-Router-Prefetch': '1' },
    { RSC: '1' },
    { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' },
  ];
  for (const headers of special) {
    const page = await request.get('/signin', { headers, maxRedirects: 0 });
    expect(page.headers()['content-security-policy'], JSON.stringify(headers)).toContain("object-src 'none'");
    const withId = await request.get(`/signin?q=${DEMO_ACCOUNTS[1]!.idNumber}`, { headers, maxRedirects: 0 });
    expect(withId.status(), JSON.stringify(headers)).toBe(303);
    expect(withId.headers()['location']).not.toContain(DEMO_ACCOUNTS[1]!.idNumber);
  }
  const error = await request.get('/_global-error');
  expect(error.status()).toBe(404);
  expect(error.headers()['cache-control']).toBe('no-store');
});

test('a passkey: registered after a password sign-in, then signs in without the password, confirms ending another sign-in, then removed', async ({
  page,
  browser,
}) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  });
  await signIn(page, keyHolder.idNumber, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
  await page.goto('/me/passkeys');
  await expect(page.getByTestId('no-passkeys')).toBeVisible();
  await page.locator('#passkey-name').fill('我的手机');
  await page.getByTestId('add-passkey').getByRole('button').click();
  await expect(page.getByTestId('passkey-status')).toContainText('已添加');
  await expect(page.getByTestId('passkey-name')).toHaveText(['我的手机']);

  await signOutButton(page).click();
  await expect(page).toHaveURL(/\/signin\?signedOut=1/);
  await page.getByTestId('passkey-sign-in').getByRole('button').click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByTestId('name')).toHaveText(keyHolder.name);

  // The passkey also confirms ending another device's sign-in (no password typed).
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, keyHolder.idNumber, DEMO_PASSWORD);
  await expect(otherPage).toHaveURL(/\/me$/);
  expect((await other.request.get('/api/me')).status()).toBe(200);
  await page.goto('/me/sessions');
  await page.getByTestId('end-with-passkey').getByRole('button').click();
  await expect(page.getByTestId('sessions-ended')).toBeVisible();
  await expect(page.getByTestId('no-other-sessions')).toBeVisible();
  expect((await other.request.get('/api/me')).status()).toBe(401);
  expect((await page.request.get('/api/me')).status()).toBe(200);
  await other.close();

  await page.goto('/me/passkeys');
  await page.getByRole('button', { name: '删除通行密钥“我的手机”' }).click();
  await expect(page.getByTestId('no-passkeys')).toBeVisible();
});

test('登录设备: the sessions page ends another session, whose cookie is then refused', async ({ browser }) => {
  // Other browser tests sign in as this resident too and leave their sessions open: count
  // what is there before the second device signs in.
  const mine = await browser.newContext();
  const page = await mine.newPage();
  await signIn(page, traveller.idNumber, DEMO_PASSWORD);
  await page.goto('/me/sessions');
  const rows = page.getByTestId('sessions').locator('tbody tr');
  const before = await rows.count();
  expect(before).toBeGreaterThanOrEqual(1);

  const other = await browser.newContext({
    userAgent: 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
  });
  const otherPage = await other.newPage();
  await signIn(otherPage, traveller.idNumber, DEMO_PASSWORD);
  await expect(otherPage).toHaveURL(/\/me$/);

  await page.reload();
  await expect(rows).toHaveCount(before + 1);
  await expect(rows.filter({ hasText: 'Android' })).toHaveCount(1);
  await expect(page.locator('tr[data-current="true"]')).toHaveCount(1);

  // A wrong password ends nothing.
  await page.locator('#password').fill('not-my-password');
  await page.getByRole('button', { name: '结束登录' }).click();
  await expect(page.locator('#password-error')).toContainText('密码不对');
  expect((await other.request.get('/api/me')).status()).toBe(200);

  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '结束登录' }).click();
  // The other session is gone from the list, and nothing is left to end.
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('no-other-sessions')).toBeVisible();
  await expect(page.getByTestId('sessions-ended')).toContainText('已结束');
  expect((await other.request.get('/api/me')).status()).toBe(401);
  expect((await mine.request.get('/api/me')).status()).toBe(200);
  await other.close();
  await mine.close();
});
