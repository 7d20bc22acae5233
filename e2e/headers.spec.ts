import { expect, test } from './fixtures';

test('pages carry a strict CSP with a fresh nonce and the security headers', async ({ request }) => {
  const first = await request.get('/signin?via=auth');
  const second = await request.get('/signin?via=auth');
  const csp = first.headers()['content-security-policy']!;
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "default-src 'self'"]) {
    expect(csp).toContain(directive);
  }
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(second.headers()['content-security-policy']).not.toContain(nonce!);
  // Next.js puts the nonce on its own scripts; nothing runs inline without it.
  const html = await first.text();
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
  expect(first.headers()['x-content-type-options']).toBe('nosniff');
  expect(first.headers()['referrer-policy']).toBe('same-origin');
  expect(first.headers()['x-powered-by']).toBeUndefined();
});

test('an unknown page shows a plain message, no stack trace', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  const html = await response!.text();
  expect(html).not.toMatch(/at .*\(.*\.(js|ts):\d+/);
});

test('the JSON route refuses anonymous readers', async ({ request }) => {
  const r = await request.get('/api/me');
  expect(r.status()).toBe(401);
  expect(await r.json()).toEqual({ error: 'unauthorized' });
});

test('ID numbers are kept out of URLs: the query is stripped of them', async ({ request }) => {
  const { DEMO_ACCOUNTS } = await import('../db/seed');
  const id = DEMO_ACCOUNTS[1]!.idNumber;
  const r = await request.get(`/signin?via=auth&idNumber=${id}`, { maxRedirects: 0 });
  expect(r.status()).toBe(303);
  const location = r.headers()['location']!;
  expect(location).not.toContain(id);
  expect(location).toContain('via=auth');
});
