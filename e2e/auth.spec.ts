import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed';
import { expect, signIn, signInError, signOutButton, test } from './fixtures';

const account = DEMO_ACCOUNTS[0]!;

test('signs in with the right password and shows the resident their own page', async ({ page }) => {
  await signIn(page, account.idNumber, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的参保');
  await expect(page.getByTestId('name')).toHaveText(account.name);
});

test('a wrong password keeps the resident out with a clear message', async ({ page }) => {
  await signIn(page, account.idNumber, `${DEMO_PASSWORD}-wrong`);
  await expect(page).toHaveURL(/\/signin/);
  await expect(signInError(page)).toContainText('身份证号码或密码不对');
  const me = await page.request.get('/api/me');
  expect(me.status()).toBe(401);
});

test('an ID number with a wrong check digit gets its own message', async ({ page }) => {
  const id = account.idNumber;
  const wrong = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
  await signIn(page, wrong, DEMO_PASSWORD);
  await expect(signInError(page)).toContainText('身份证号码不对');
});

test('sign-out ends the session on the server: the old cookie no longer works', async ({ page, browser }) => {
  await signIn(page, account.idNumber, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
  const saved = await page.context().storageState();
  expect(saved.cookies.some((c) => c.name.endsWith('yb-session'))).toBe(true);

  await signOutButton(page).click();
  await expect(page).toHaveURL(/\/signin\?signedOut=1/);
  await expect(page.getByRole('status')).toContainText('您已退出登录');

  // Replay the cookie from before sign-out in a fresh browser.
  const replay = await browser.newContext({ storageState: saved });
  const old = await replay.newPage();
  const api = await old.request.get('/api/me');
  expect(api.status()).toBe(401);
  await old.goto('/me');
  await expect(old).toHaveURL(/\/signin/);
  await expect(old.getByTestId('name')).toHaveCount(0);
  await replay.close();
});

test('session cookies are HttpOnly and SameSite=Lax, and signed-in pages are not cached', async ({ page }) => {
  await signIn(page, account.idNumber, DEMO_PASSWORD);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith('yb-session'))!;
  expect(session.httpOnly).toBe(true);
  expect(session.sameSite).toBe('Lax');
  const response = await page.request.get('/me');
  expect(response.headers()['cache-control']).toContain('no-store');
  const api = await page.request.get('/api/me');
  expect(api.headers()['cache-control']).toContain('no-store');
});

test('everything works without JavaScript: sign in, read, sign out', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, account.idNumber, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByTestId('name')).toHaveText(account.name);
  await signOutButton(page).click();
  await expect(page).toHaveURL(/\/signin\?signedOut=1/);
  expect((await page.request.get('/api/me')).status()).toBe(401);
  await context.close();
});
