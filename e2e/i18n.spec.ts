import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed';
import { expect, signIn, signInError, test } from './fixtures';

const account = DEMO_ACCOUNTS[0]!;

test('Chinese by default; the switch on every page changes the language and remembers it', async ({ page }) => {
  await page.goto('/signin');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('登录');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  expect((await page.context().cookies()).find((c) => c.name === 'locale')?.value).toBe('en');

  // Remembered across pages and after signing in.
  await signIn(page, account.idNumber, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My insurance');
  await expect(page.getByRole('navigation')).toContainText('Sign out');

  // The switch returns the reader to the page they were on.
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的参保');
});

test('error messages follow the chosen language', async ({ page }) => {
  await page.goto('/signin');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en'); // the switch has answered (and set its cookie)
  await signIn(page, account.idNumber, 'not the password');
  await expect(signInError(page)).toContainText('The ID number or the password is wrong');
});

test('the language switch works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/signin');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await context.close();
});
