import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed';
import { expect, signIn, signInError, test } from './fixtures';

// The last account: no other browser test signs in with it after this one locks it.
const account = DEMO_ACCOUNTS[DEMO_ACCOUNTS.length - 1]!;

test('five wrong passwords lock the ID number; the right one is refused while locked', async ({ page }) => {
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await signIn(page, account.idNumber, `wrong-${attempt}`);
    await expect(signInError(page)).toContainText('身份证号码或密码不对');
  }
  await signIn(page, account.idNumber, 'wrong-5');
  await expect(signInError(page)).toContainText('已锁定');
  // How to get in meanwhile: a passkey, or the counter.
  await expect(page.locator('#signin-locked-help')).toContainText('通行密钥');
  await expect(page.locator('#locked-help')).toContainText('12393');
  await expect(page.locator('#locked-help')).toContainText('办公时间');

  await signIn(page, account.idNumber, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/signin/);
  await expect(signInError(page)).toContainText('已锁定');
  expect((await page.request.get('/api/me')).status()).toBe(401);
});
