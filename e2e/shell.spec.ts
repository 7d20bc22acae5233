/**
 * The shell for elderly and disabled residents (issue 8, item 7), measured in the browser: text
 * and target sizes in normal and 大字版 mode (getComputedStyle, bounding boxes), the 大字版 switch
 * without JavaScript (remembered, back to the same page, never off the site), the focus ring's
 * contrast against the background it is drawn on, keyboard-only reach of every control of the
 * shell and the signed-in pages, the current menu item, a compact header on a phone, no sideways
 * scrolling at 320 px, help in every footer and beside the sign-in form, and axe in both modes.
 * One sign-in for the signed-in pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed';
import { NAV_ITEMS } from '../lib/navigation';
import { expectAccessible } from './a11y';
import { expect, LARGE_TEXT_COOKIE, record, signIn, test, useLargeText } from './fixtures';

const account = DEMO_ACCOUNTS.find((a) => a.key === 'student')!;

/** The sizes each mode promises: body text (px) and the smaller side of a control (px). */
const MODES = {
  normal: { text: 18, target: 44 },
  large: { text: 24, target: 60 },
} as const;
type Mode = keyof typeof MODES;

async function setMode(context: BrowserContext, mode: Mode): Promise<void> {
  if (mode === 'large') await useLargeText(context);
  else await context.clearCookies({ name: LARGE_TEXT_COOKIE.name });
}

interface Measured {
  smallestText: { size: number; text: string } | null;
  smallTargets: string[];
  overflow: number;
}

/**
 * Every visible element with its own text (SVG drawings aside) and every control: buttons, fields,
 * selects, summaries, and links that stand on their own (not inline in a sentence, WCAG 2.5.8's
 * exception) — all links of the header, the menu and the footer are block or flex links.
 */
async function measure(page: Page, minTarget: number): Promise<Measured> {
  return page.evaluate((min) => {
    const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && !el.closest('.sr-only');
    let smallest: { size: number; text: string } | null = null;
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('svg') || el.closest('script, style, noscript, template') || !visible(el)) continue;
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!own) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (!smallest || size < smallest.size) smallest = { size, text: own.slice(0, 40) };
    }
    const controls = [
      ...document.body.querySelectorAll('button, input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]), select, textarea, summary, a[href]'),
    ].filter((el) => visible(el) && !(el.tagName === 'A' && getComputedStyle(el).display === 'inline'));
    const small = controls
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < min - 0.5 || box.height < min - 0.5)
      .map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    const root = document.documentElement;
    return { smallestText: smallest, smallTargets: small, overflow: root.scrollWidth - root.clientWidth };
  }, minTarget);
}

async function expectSizes(page: Page, mode: Mode, what: string): Promise<void> {
  const m = await measure(page, MODES[mode].target);
  expect(m.smallestText, what).not.toBeNull();
  expect(m.smallestText!.size, `smallest text on ${what} (${mode}): "${m.smallestText!.text}"`).toBeGreaterThanOrEqual(MODES[mode].text);
  expect(m.smallTargets, `targets under ${MODES[mode].target} px on ${what} (${mode})`).toEqual([]);
  expect(m.overflow, `sideways scrolling on ${what} (${mode})`).toBeLessThanOrEqual(0);
}

/**
 * Tabs through the page from the top until focus comes back round, and checks on the way that
 * every focus ring is at least 3:1 against the background it is drawn on (the ring sits outside
 * the control, so that is the background behind the control's parent). Returns the controls that
 * were never reached.
 */
async function tabThrough(page: Page, what: string): Promise<string[]> {
  const reachable = await page.evaluate(() => {
    const all = [...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')];
    all.forEach((el, i) => el.setAttribute('data-shell-control', String(i)));
    return all
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !(el as HTMLInputElement).disabled && !(el.closest('.sr-only') && el.tagName !== 'A'))
      .map((el) => el.getAttribute('data-shell-control')!);
  });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached = new Set<string>();
  const seenRadioGroups = new Set<string>();
  for (let i = 0; i < 400; i += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const luminance = (rgb: number[]) => {
        const [r, g, b] = rgb.map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const parse = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
      let bg = [255, 255, 255];
      for (let p = el.parentElement; p; p = p.parentElement) {
        const c = parse(getComputedStyle(p).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3]! > 0)) {
          bg = c.slice(0, 3);
          break;
        }
      }
      const style = getComputedStyle(el);
      const ring = parse(style.outlineColor).slice(0, 3);
      const [hi, lo] = [luminance(ring), luminance(bg)].sort((a, b) => b - a);
      return {
        id: el.getAttribute('data-shell-control'),
        name: (el as HTMLInputElement).type === 'radio' ? `radio:${(el as HTMLInputElement).name}` : null,
        label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
        ringWidth: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
        contrast: (hi! + 0.05) / (lo! + 0.05),
      };
    });
    if (!focus || focus.id === null) continue;
    if (reached.has(focus.id)) break;
    reached.add(focus.id);
    if (focus.name) seenRadioGroups.add(focus.name);
    expect(focus.ringWidth, `focus ring of ${focus.label} on ${what}`).toBeGreaterThanOrEqual(2);
    expect(focus.contrast, `focus ring contrast of ${focus.label} on ${what}`).toBeGreaterThanOrEqual(3);
  }
  // One radio of a group takes focus; the arrows move within it.
  const radioGroups: Record<string, string> = await page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('input[type="radio"]')].map((el) => [el.getAttribute('data-shell-control') ?? '', (el as HTMLInputElement).name]),
    ),
  );
  return reachable.filter((id) => !reached.has(id) && !(id in radioGroups && seenRadioGroups.has(`radio:${radioGroups[id]}`)));
}

function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  return Object.entries(manifest.node).find(([, v]) => v.exportedName === name)![0];
}

test('大字版 works without JavaScript: it is remembered, returns to the same page, and never leaves the site', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/signin?callbackUrl=%2Fme%2Fyears');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'normal');
  const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(await fontSize()).toBeGreaterThanOrEqual(18);
  const toggle = page.getByTestId('text-size-switch');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fme%2Fyears$/);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await fontSize()).toBeGreaterThanOrEqual(24);
  expect((await context.cookies()).find((c) => c.name === LARGE_TEXT_COOKIE.name)?.value).toBe(LARGE_TEXT_COOKIE.value);
  // Remembered on the next page, in the next language too.
  await page.goto('/no-such-page');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  await expect(page.getByTestId('text-size-switch')).toHaveText(/Large text/);
  // And off again.
  await page.getByTestId('text-size-switch').click();
  await expect(page).toHaveURL(/\/no-such-page$/);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'normal');
  expect((await context.cookies()).some((c) => c.name === LARGE_TEXT_COOKIE.name)).toBe(false);
  await context.close();

  // A forged form: a foreign or odd return address goes home instead; an unknown size changes nothing.
  const id = actionId('switchTextSize');
  for (const [fields, cookie] of [
    [{ size: 'large', returnTo: '//evil.example/x' }, true],
    [{ size: 'large', returnTo: 'https://evil.example/' }, true],
    [{ size: 'large', returnTo: '/\\evil.example' }, true],
    [{ size: 'huge', returnTo: '/me' }, false],
  ] as const) {
    const response = await request.post('/signin', { multipart: { [`$ACTION_ID_${id}`]: '', ...fields }, maxRedirects: 0 });
    await record(response);
    expect(response.status(), JSON.stringify(fields)).toBeLessThan(500);
    const location = response.headers()['location'];
    if (location !== undefined) expect(new URL(location, 'http://localhost/').host, JSON.stringify(fields)).toBe('localhost');
    expect((response.headers()['set-cookie'] ?? '').includes(`${LARGE_TEXT_COOKIE.name}=large`), JSON.stringify(fields)).toBe(cookie);
  }
});

test('sizes, help, a compact header and no sideways scrolling, in normal and 大字版 mode, signed out and in', async ({ page, context }) => {
  test.setTimeout(150_000);
  for (const mode of ['normal', 'large'] as const) {
    await setMode(context, mode);
    // A phone: the content starts in the first half of the screen; the menu is folded.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/signin');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', mode);
    expect((await page.locator('main').boundingBox())!.y, `header height (${mode})`).toBeLessThan(844 / 2);
    await expectSizes(page, mode, '/signin 390px');
    // Help beside the form and in the footer: what to do the first time and with a forgotten password, the hotline, the counter (demo).
    await expect(page.locator('#signin-help')).toContainText('第一次使用');
    await expect(page.locator('#signin-help')).toContainText('忘记密码');
    await expect(page.locator('#signin-help a[href="tel:12393"]')).toBeVisible();
    const footer = page.locator('footer');
    await expect(footer.getByTestId('help')).toContainText('12393');
    await expect(footer.getByTestId('help-demo-note')).toContainText('演示数据');
    await expect(footer).toContainText('办公时间');
    // The language switch is not the most prominent control: smaller type than the 大字版 switch.
    const fontOf = (selector: string) => page.locator(selector).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await fontOf('form[aria-label="语言"] button')).toBeLessThan(await fontOf('[data-testid="text-size-switch"]'));

    await page.goto('/no-such-page');
    await expectSizes(page, mode, '404 390px');
    await expect(page.locator('footer').getByTestId('help')).toBeVisible();

    await page.setViewportSize({ width: 320, height: 700 });
    for (const p of ['/signin', '/no-such-page']) {
      await page.goto(p);
      await expectSizes(page, mode, `${p} 320px`);
    }
  }

  await setMode(context, 'normal');
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, account.idNumber, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
  for (const mode of ['normal', 'large'] as const) {
    await setMode(context, mode);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/me');
    expect((await page.locator('main').boundingBox())!.y, `header height signed in (${mode})`).toBeLessThan(844 / 2);
    // Folded on a phone; open, the current page is marked, in words for a screen reader and in looks for the eye.
    const menu = page.getByRole('navigation');
    const current = menu.locator('a[aria-current="page"]').filter({ visible: true });
    await expect(current).toHaveCount(0);
    await menu.locator('summary').click();
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', '/me');
    const looks = await current.evaluate((el) => {
      const other = el.closest('ul')!.querySelector('a:not([aria-current])')!;
      return [getComputedStyle(el).backgroundColor, getComputedStyle(other).backgroundColor];
    });
    expect(looks[0]).not.toBe(looks[1]);
    await expectSizes(page, mode, '/me 390px, menu open');
    await page.setViewportSize({ width: 320, height: 700 });
    for (const item of NAV_ITEMS) {
      await page.goto(item.href);
      await expectSizes(page, mode, `${item.href} 320px`);
      await expect(page.locator('footer').getByTestId('help')).toBeVisible();
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/me/years');
    await expect(page.getByRole('navigation').locator('a[aria-current="page"]').filter({ visible: true })).toHaveAttribute('href', '/me/years');
    await expectSizes(page, mode, '/me/years 1280px');
  }
  await setMode(context, 'normal');
});

test('keyboard only: every control of the shell and the signed-in pages is reached, each with a focus ring of at least 3:1', async ({ page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/signin');
  expect(await tabThrough(page, '/signin')).toEqual([]);
  await signIn(page, account.idNumber, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
  for (const item of NAV_ITEMS) {
    await page.goto(item.href);
    expect(await tabThrough(page, item.href), `controls not reached on ${item.href}`).toEqual([]);
  }
  // The folded menu of a phone opens from the keyboard.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/me');
  await page.getByRole('navigation').locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation').locator('a[aria-current="page"]').filter({ visible: true })).toHaveCount(1);
  expect(await tabThrough(page, '/me 390px, menu open')).toEqual([]);
});

test('axe finds nothing on the shell in normal and 大字版 mode, signed out and in, at 320 and 1280 px', async ({ page, context }) => {
  test.setTimeout(150_000);
  for (const mode of ['normal', 'large'] as const) {
    await setMode(context, mode);
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/signin');
    await expectAccessible(page, `/signin 320px (${mode})`);
  }
  await signIn(page, account.idNumber, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
  for (const mode of ['normal', 'large'] as const) {
    await setMode(context, mode);
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/me/sessions');
    await page.getByRole('navigation').locator('summary').click();
    await expectAccessible(page, `/me/sessions 320px menu open (${mode})`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/no-such-page');
    await expectAccessible(page, `404 1280px signed in (${mode})`);
  }
});
