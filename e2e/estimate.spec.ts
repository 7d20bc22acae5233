/**
 * 住院费用估算 and 异地就医备案. For every demo resident (the last is kept for the lock-out
 * test): the estimator's pre-filled values and its figures, with JavaScript (zh-CN, no page
 * load) and without (en, a plain form post), are lib/policy's `estimateInpatient` on the inputs
 * computed here from the resident's database rows (e2e/db-rows.ts, through the one mapper
 * db/policy-inputs.ts). Then a filing: refused with per-field errors (typed values kept), filed,
 * honoured by the estimate, cancelled — each write in the audit log, shown on the page from it.
 * axe on the estimate and the filing page, normal and 大字版.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { ContributionMonthRow } from '../db/contributions';
import { continuityInput, inpatientPrefill, yearsInput, type EnrolmentRows, type InpatientPrefill } from '../db/policy-inputs';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed';
import { shanghaiDate } from '../lib/clock';
import { i18nFor, LOCALE_COOKIE, type Locale } from '../lib/i18n';
import { parseInput } from '../lib/policy/core';
import { continuity, continuityRequestSchema } from '../lib/policy/jiangmen/continuity';
import { estimateInpatient, inpatientRequestSchema, type InpatientResult } from '../lib/policy/jiangmen/inpatient';
import type { Level } from '../lib/policy/jiangmen/inpatient/parameters';
import { accumulatedYears, yearsRequestSchema } from '../lib/policy/jiangmen/years';
import { expectAccessible } from './a11y';
import { dbRows, type ResidentRows } from './db-rows';
import { expect, record, signIn, test, useLargeText } from './fixtures';

const today = process.env.PORTAL_TODAY ?? shanghaiDate(new Date());
const LAYERS = ['deductible', 'tier1', 'critical', 'tier2', 'assistance', 'outOfPocket'] as const;

/** The estimator's pre-filled inputs, computed from the rows as the data layer does (null: not offered). */
function prefillOf(rows: ResidentRows, filings = rows.tables.out_of_town_filings): InpatientPrefill | null {
  if (rows.person.region !== 'jiangmen') return null;
  const current = rows.tables.enrolment_periods.filter((e) => e.validFrom <= today).sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
  if (!current) return null;
  const contributions: ContributionMonthRow[] = rows.tables.contribution_months.map(({ personId: _p, ...r }) => r);
  const input: EnrolmentRows = {
    person: rows.person,
    enrolment: current,
    contributions,
    transferredIn: rows.tables.transferred_in_periods,
    veteran: rows.tables.veteran_deemed_service[0] ?? null,
  };
  const years = accumulatedYears(parseInput(yearsRequestSchema, yearsInput(input, today)));
  const lifetime = rows.person.retiredOn !== null && rows.person.retiredOn <= today && (years.status === 'met' || years.status === 'lifetime_kept');
  const c = continuity(parseInput(continuityRequestSchema, continuityInput(input, today, lifetime)));
  return inpatientPrefill(
    current,
    { continuousMonths: c.continuousMonths, tier2ContinuousMonths: c.tier2?.continuousMonths ?? null },
    rows.tables.claims,
    filings,
    today,
  );
}

interface Stay {
  level: Level;
  inScope: string;
  outOfScope: string;
  outOfTown?: 'none' | 'registered' | 'unregistered';
}

function expected(pre: InpatientPrefill, stay: Stay): InpatientResult {
  return estimateInpatient(
    parseInput(inpatientRequestSchema, {
      region: 'jiangmen',
      date: today,
      person: pre.person,
      stay: { level: stay.level, inScope: stay.inScope, outOfScope: stay.outOfScope, outOfTown: stay.outOfTown ?? pre.outOfTown },
      yearToDate: pre.yearToDate,
    }),
  );
}

async function useLocale(context: BrowserContext, locale: Locale): Promise<void> {
  const base = new URL(`http://localhost:${process.env.E2E_PORT ?? '0'}`);
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, domain: base.hostname, path: '/', sameSite: 'Lax' }]);
}

/** The pre-filled values are the rows' (each with where it came from). */
async function checkPrefill(page: Page, pre: InpatientPrefill) {
  const form = page.getByTestId('estimate-form');
  await expect(form.locator('select[name="person.identity"]')).toHaveValue(pre.person.identity);
  await expect(form.locator('select[name="person.category"]')).toHaveValue(pre.person.category);
  await expect(form.locator('select[name="person.assistance"]')).toHaveValue(pre.person.assistance);
  await expect(form.locator('input[name="person.continuousMonths"]')).toHaveValue(String(pre.person.continuousMonths));
  if (pre.person.tier2ContinuousMonths !== undefined)
    await expect(form.locator('input[name="person.tier2ContinuousMonths"]')).toHaveValue(String(pre.person.tier2ContinuousMonths));
  for (const [k, v] of Object.entries(pre.yearToDate)) await expect(form.locator(`input[name="yearToDate.${k}"]`)).toHaveValue(v);
  await expect(form.locator(`input[name="stay.outOfTown"][value="${pre.outOfTown}"]`)).toBeChecked();
  await expect(form.locator('[data-source="person.continuousMonths"]')).not.toBeEmpty();
  await expect(form.locator('[data-source="yearToDate.tier1Paid"]')).not.toBeEmpty();
}

async function fillStay(page: Page, stay: Stay) {
  const form = page.getByTestId('estimate-form');
  await form.locator(`input[name="stay.level"][value="${stay.level}"]`).check();
  await form.locator('input[name="stay.inScope"]').fill(stay.inScope);
  await form.locator('input[name="stay.outOfScope"]').fill(stay.outOfScope);
  if (stay.outOfTown) await form.locator(`input[name="stay.outOfTown"][value="${stay.outOfTown}"]`).check();
}

/** Every layer in the table, and the sum the resident pays, are lib/policy's. */
async function checkResult(page: Page, locale: Locale, r: InpatientResult) {
  const { format } = i18nFor(locale);
  const result = page.getByTestId('estimate-result');
  for (const k of LAYERS) await expect(result.locator(`[data-layer="${k}"]`)).toHaveText(format.money(r[k]));
  await expect(page.getByTestId('you-pay')).toHaveText(format.money(r.outOfPocket));
  await expect(result.locator('[data-explanation] [data-citation]').first()).toBeAttached();
  await expect(page.getByTestId('estimate-chart').locator('svg rect').first()).toBeAttached();
}

/** A context without JavaScript with the same session (one sign-in per resident), its responses recorded for the leak test. */
async function noScriptContext(browser: Browser, context: BrowserContext, locale: Locale): Promise<BrowserContext> {
  const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
  plain.on('response', (r) => void record(r));
  await useLocale(plain, locale);
  return plain;
}

const LEVELS: readonly Level[] = ['level1', 'level2', 'level3'];

for (const [i, account] of DEMO_ACCOUNTS.slice(0, -1).entries()) {
  test(`"${account.key}": the estimate is lib/policy's on the pre-filled inputs, with JavaScript (zh-CN) and without (en)`, async ({
    page,
    context,
    browser,
  }) => {
    test.setTimeout(120_000);
    const rows = dbRows(account.key);
    const pre = prefillOf(rows);
    await signIn(page, account.idNumber, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/me$/);
    await useLocale(context, 'zh-CN');
    await page.goto('/me/estimate');
    if (!pre) {
      await expect(page.getByTestId('estimate-unavailable')).toBeVisible();
      return;
    }
    await checkPrefill(page, pre);
    const stay: Stay = { level: LEVELS[i % 3]!, inScope: String(8000 + 4500 * i), outOfScope: String(300 * (i % 4)) };
    const want = expected(pre, stay);
    // With JavaScript: the answer arrives without a page load (the window keeps its marker).
    await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
    await fillStay(page, stay);
    await page.getByTestId('estimate-submit').click();
    await expect(page.getByTestId('estimate-result')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
    await checkResult(page, 'zh-CN', want);
    // What would change the result most: each alternative is the library's on the changed input.
    for (const li of await page.getByTestId('alternatives').locator('li').all()) {
      const level = await li.getAttribute('data-level');
      if ((await li.getAttribute('data-kind')) === 'level' && level) {
        await expect(li).toHaveAttribute('data-pay', expected(pre, { ...stay, level: level as Level }).outOfPocket.toFixed(2));
      }
    }

    // Without JavaScript, in English: the same figures from a plain form post.
    const plain = await noScriptContext(browser, context, 'en');
    const p2 = await plain.newPage();
    await p2.goto('/me/estimate');
    await checkPrefill(p2, pre);
    await fillStay(p2, stay);
    await p2.getByTestId('estimate-submit').click();
    await expect(p2.getByTestId('estimate-result')).toBeVisible();
    await checkResult(p2, 'en', want);
    await plain.close();
  });
}

const FILER = DEMO_ACCOUNTS.find((a) => a.key === 'transferred_in')!;

test('a filing: refused with each field’s message, filed, honoured by the estimate, cancelled — each in the audit log', async ({ page, context }) => {
  test.setTimeout(120_000);
  const rows = dbRows(FILER.key);
  await signIn(page, FILER.idNumber, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
  await useLocale(context, 'zh-CN');
  await page.goto('/me/out-of-town');
  await expect(page.getByTestId('no-active')).toBeVisible();
  const before = await page.getByTestId('filing-activity').locator('li').count();

  // Nothing chosen, a place typed: the errors in Chinese, the place kept.
  await page.locator('input[name="destination"]').fill('广东省广州市');
  await page.getByTestId('filing-submit').click();
  await expect(page.getByTestId('filing-errors')).toContainText('请选择备案类型');
  await expect(page.getByTestId('filing-errors')).toContainText('开始日期');
  await expect(page.locator('input[name="destination"]')).toHaveValue('广东省广州市');

  // Filed from today, without an end.
  await page.locator('input[name="kind"][value="temporary"]').check();
  await page.locator('input[name="validFrom.year"]').fill(today.slice(0, 4));
  await page.locator('input[name="validFrom.month"]').fill(String(Number(today.slice(5, 7))));
  await page.locator('input[name="validFrom.day"]').fill(String(Number(today.slice(8, 10))));
  await page.getByTestId('filing-submit').click();
  await expect(page.getByTestId('filed')).toBeVisible();
  await expect(page.getByTestId('active-destination')).toHaveText('广东省广州市');
  expect(await page.getByTestId('filing-activity').locator('li').count()).toBe(before + 1);
  await expect(page.getByTestId('filing-activity').locator('li').first()).toHaveAttribute('data-event', 'out_of_town_filing.submitted');

  // The estimate honours it: "registered" chosen from the filing, and the figures are the library's with it.
  const filed = [...rows.tables.out_of_town_filings, { status: 'active' as const, validFrom: today, validTo: null }];
  const pre = prefillOf(rows, filed as typeof rows.tables.out_of_town_filings)!;
  expect(pre.outOfTown).toBe('registered');
  await page.goto('/me/estimate');
  await checkPrefill(page, pre);
  const stay: Stay = { level: 'level3', inScope: '30000', outOfScope: '2000' };
  await fillStay(page, stay);
  await page.getByTestId('estimate-submit').click();
  await expect(page.getByTestId('estimate-result')).toBeVisible();
  const registered = expected(pre, stay);
  await checkResult(page, 'zh-CN', registered);
  expect(registered.outOfPocket.lt(expected(pre, { ...stay, outOfTown: 'unregistered' }).outOfPocket)).toBe(true);

  // Cancelled: audited, and "registered" is no longer accepted.
  await page.goto('/me/out-of-town');
  await page.getByTestId('cancel-filing').click();
  await expect(page.getByTestId('cancelled')).toBeVisible();
  await expect(page.getByTestId('no-active')).toBeVisible();
  expect(await page.getByTestId('filing-activity').locator('li').count()).toBe(before + 2);
  await expect(page.getByTestId('filing-activity').locator('li').first()).toHaveAttribute('data-event', 'out_of_town_filing.withdrawn');
  await expect(page.getByTestId('filings').locator('[data-testid="filing-row"]').first()).toHaveAttribute('data-status', 'revoked');
  await page.goto('/me/estimate');
  await expect(page.locator('input[name="stay.outOfTown"][value="none"]')).toBeChecked();
  await fillStay(page, { ...stay, outOfTown: 'registered' });
  await page.getByTestId('estimate-submit').click();
  await expect(page.locator('#stay-outOfTown-error')).toContainText('没有有效的异地就医备案');
  // Unregistered: the library's halved ratios, and a filing is what would change it most.
  await page.locator('input[name="stay.outOfTown"][value="unregistered"]').check();
  await page.getByTestId('estimate-submit').click();
  await expect(page.getByTestId('estimate-result')).toBeVisible();
  const none = prefillOf(rows)!;
  await checkResult(page, 'zh-CN', expected(none, { ...stay, outOfTown: 'unregistered' }));
  await expect(page.getByTestId('alternatives').locator('li[data-kind="filed"]')).toHaveAttribute(
    'data-pay',
    expected(none, { ...stay, outOfTown: 'registered' }).outOfPocket.toFixed(2),
  );
});

test('the print view, bad input without JavaScript, and axe on the estimate and the filing page, normal and 大字版', async ({ page, context, browser }) => {
  test.setTimeout(180_000);
  const account = DEMO_ACCOUNTS.find((a) => a.key === 'employee_legacy')!;
  await signIn(page, account.idNumber, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
  await useLocale(context, 'zh-CN');
  const pre = prefillOf(dbRows(account.key))!;

  // Bad input without JavaScript: the error summary and the field's message in English, what was typed kept.
  const plain = await noScriptContext(browser, context, 'en');
  const p2 = await plain.newPage();
  await p2.goto('/me/estimate');
  await p2.locator('input[name="stay.inScope"]').fill('12,5x');
  await p2.getByTestId('estimate-submit').click();
  await expect(p2.getByTestId('estimate-errors')).toContainText('Enter an amount');
  await expect(p2.locator('#stay-inScope-error')).toContainText('Enter an amount');
  await expect(p2.locator('input[name="stay.inScope"]')).toHaveValue('12,5x');
  await plain.close();

  // A hospital from the directory (searched for level 3): its level is chosen; the estimate and its print view are lib/policy's at it.
  const stay: Stay = { level: 'level3', inScope: '60000', outOfScope: '1000' };
  await page.goto('/me/estimate?level=level3');
  await page.getByTestId('estimate-directory').getByTestId('use-institution').first().click();
  await expect(page.getByTestId('chosen-institution')).toBeVisible();
  await expect(page.locator('input[name="stay.level"][value="level3"]')).toBeChecked();
  await page.locator('input[name="stay.inScope"]').fill(stay.inScope);
  await page.locator('input[name="stay.outOfScope"]').fill(stay.outOfScope);
  await page.getByTestId('estimate-submit').click();
  await expect(page.getByTestId('estimate-result')).toBeVisible();
  await expect(page.getByTestId('result-institution')).toBeVisible();
  await checkResult(page, 'zh-CN', expected(pre, stay));
  await page.getByTestId('print-link').click();
  await expect(page).toHaveURL(/\/me\/estimate\/print\?/);
  await expect(page.getByTestId('result-institution')).toBeVisible();
  await checkResult(page, 'zh-CN', expected(pre, stay));
  for (const large of [false, true]) {
    if (large) await useLargeText(context);
    // The directory search open (a level searched for) beside the form.
    await page.goto('/me/estimate?level=level2');
    await fillStay(page, stay);
    await page.getByTestId('estimate-submit').click();
    await expect(page.getByTestId('estimate-result')).toBeVisible();
    await expectAccessible(page, `estimate result${large ? ' 大字版' : ''}`);
    await page.locator('input[name="stay.inScope"]').fill('abc');
    await page.getByTestId('estimate-submit').click();
    await expect(page.getByTestId('estimate-errors')).toBeVisible();
    await expectAccessible(page, `estimate errors${large ? ' 大字版' : ''}`);
    await page.goto('/me/out-of-town');
    await page.getByTestId('filing-submit').click();
    await expect(page.getByTestId('filing-errors')).toBeVisible();
    await expectAccessible(page, `out-of-town errors${large ? ' 大字版' : ''}`);
  }
});
