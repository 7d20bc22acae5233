/**
 * What the presentation layer promises in a real browser: the icon and robots.txt are served,
 * the error summary takes focus (with and without JavaScript), and no page's JavaScript carries
 * the message catalogue — app/error.tsx gets its few words, in the reader's language only.
 */
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed';
import { messagesFor, type Locale } from '../lib/i18n';
import { expect, signIn, signInError, test } from './fixtures';

const account = DEMO_ACCOUNTS[0]!;

function leaves(node: unknown): string[] {
  return typeof node === 'string' ? [node] : Object.values(node as Record<string, unknown>).flatMap(leaves);
}

test('the icon, the touch icon and robots.txt are served, and pages point at the icon', async ({ page, request }) => {
  for (const [path, type] of [
    ['/favicon.ico', /^image\/(x-icon|vnd\.microsoft\.icon)/],
    ['/icon.svg', /^image\/svg\+xml/],
    ['/apple-touch-icon.png', /^image\/png/],
    ['/robots.txt', /^text\/plain/],
  ] as const) {
    const r = await request.get(path);
    expect(r.status(), path).toBe(200);
    expect(r.headers()['content-type'], path).toMatch(type);
  }
  expect(await (await request.get('/robots.txt')).text()).toMatch(/^Disallow: \/$/m);
  await page.goto('/signin');
  await expect(page.locator('link[rel="icon"][href="/icon.svg"]')).toHaveCount(1);
  await expect(page.locator('link[rel="icon"][href="/favicon.ico"]')).toHaveCount(1);
  // The browser fetched it without a CSP complaint.
  const icon = await page.evaluate(async () => (await fetch('/icon.svg')).status);
  expect(icon).toBe(200);
});

for (const javaScriptEnabled of [true, false]) {
  test(`a refused sign-in puts focus on the error summary (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await signIn(page, account.idNumber, `${DEMO_PASSWORD}-wrong`);
    await expect(signInError(page)).toContainText('身份证号码或密码不对');
    await expect(signInError(page)).toBeFocused();
    // Its link leads to the field to fix.
    await signInError(page).getByRole('link').click();
    await expect(page.locator('#idNumber')).toBeFocused();
    await context.close();
  });
}

test('a bad ID number is marked on its field, with the error read out as an error', async ({ page }) => {
  const id = account.idNumber;
  await signIn(page, id.slice(0, 17) + (id[17] === '1' ? '2' : '1'), DEMO_PASSWORD);
  const field = page.locator('#idNumber');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/错误： 身份证号码不对/);
});

test('no page’s JavaScript carries the catalogue; the error words come in the reader’s language only', async ({ page }) => {
  // Every namespace but `errors`: app/global-error.tsx, which runs when the layout itself failed
  // and so cannot know the reader's language, carries that one namespace in both languages.
  const messages = (locale: Locale) =>
    Object.entries(messagesFor(locale))
      .filter(([name]) => name !== 'errors')
      .flatMap(([, ns]) => leaves(ns))
      // A single English word ("Responses") also names things in the framework's own code
      // (hasPendingResponses): only phrases and Chinese messages tell a shipped catalogue.
      .filter((m) => m.length >= 8 && !/[{}]/.test(m) && (/\s/.test(m) || /[^ -~]/.test(m)));
  const all = [...messages('zh-CN'), ...messages('en')];
  const scripts = new Map<string, string>();
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.set(r.url(), await r.text().catch(() => ''));
  });
  await page.goto('/signin');
  const zhHtml = await (await page.request.get('/signin?via=auth')).text();
  await signIn(page, account.idNumber, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
  await page.waitForLoadState('networkidle');
  expect(scripts.size).toBeGreaterThan(0);
  for (const [url, body] of scripts) for (const m of all) expect(body.includes(m), `${url} contains "${m}"`).toBe(false);

  // The error namespace travels with the page, in Chinese for a Chinese reader…
  const zhErrors = messagesFor('zh-CN').errors;
  const enErrors = messagesFor('en').errors;
  expect(zhHtml).toContain(zhErrors.body);
  expect(zhHtml).not.toContain(enErrors.body);
  // …and in English for an English one, with nothing else of the catalogue.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const enHtml = await (await page.request.get('/me')).text();
  expect(enHtml).toContain(enErrors.body);
  expect(enHtml).not.toContain(zhErrors.body);
  expect(enHtml).not.toContain(messagesFor('en').signIn.errors.locked);
});
