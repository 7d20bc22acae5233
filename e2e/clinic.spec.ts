/**
 * 门诊额度 and 门诊选点 (issue 9) in the browser. The quota figures of every demo resident are
 * computed here with lib/policy from the resident's database rows (e2e/db-rows.ts, through the one
 * mapper db/outpatient-inputs.ts) and must be what the page shows. Choosing, with the date pinned
 * per request by the test clock (the `portal-test-today` cookie; lib/test-clock.ts): inside and
 * outside the October–December window, a first choice, a choice after a lost designation, the
 * refusals with their rule, the whole flow without JavaScript, two simultaneous submissions from two
 * browsers (one change, one audit row). axe on the pages in normal and 大字版 text.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { outpatientFigures, type OutpatientRows } from '../db/outpatient-inputs';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed';
import { institutionByName } from '../db/seed/institutions';
import { shanghaiDate } from '../lib/clock';
import { i18nFor, LOCALE_COOKIE, type Locale } from '../lib/i18n';
import { addDays } from '../lib/policy/core';
import { TEST_TODAY_COOKIE_NAME } from './test-clock';
import { expectAccessible } from './a11y';
import { dbRows, type ResidentRows } from './db-rows';
import { expect, signIn, test, useLargeText } from './fixtures';

const today = process.env.PORTAL_TODAY ?? shanghaiDate(new Date());
const year = parseInt(today.slice(0, 4), 10);
const host = () => new URL(`http://localhost:${process.env.E2E_PORT ?? '0'}`).hostname;
const account = (key: string) => DEMO_ACCOUNTS.find((a) => a.key === key)!;

async function setCookie(context: BrowserContext, name: string, value: string) {
  await context.addCookies([{ name, value, domain: host(), path: '/', sameSite: 'Lax' }]);
}
const pinDate = (context: BrowserContext, date: string) => setCookie(context, TEST_TODAY_COOKIE_NAME, date);
const useLocale = (context: BrowserContext, locale: Locale) => setCookie(context, LOCALE_COOKIE, locale);

async function signedIn(browser: Browser, key: string, options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, account(key).idNumber, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
  return { context, page };
}

function outpatientRowsOf(rows: ResidentRows): OutpatientRows {
  return {
    region: rows.person.region,
    enrolments: rows.tables.enrolment_periods,
    choices: rows.tables.clinic_choices,
    claims: rows.tables.claims,
  };
}

async function checkQuota(page: Page, locale: Locale, rows: ResidentRows) {
  const { format } = i18nFor(locale);
  const f = outpatientFigures(outpatientRowsOf(rows), today);
  await page.goto('/me/outpatient');
  if (f.region === 'jiangmen') {
    await expect(page.getByTestId('pool-tier1')).toContainText(format.money(f.quota.tier1.remaining));
    await expect(page.getByTestId('pool-tier1-used')).toContainText(format.money(f.quota.tier1.used));
    if (f.tier2) {
      await expect(page.getByTestId('pool-tier2-primary')).toContainText(format.money(f.quota.tier2Primary.remaining));
      await expect(page.getByTestId('pool-other')).toContainText(format.money(f.quota.other.remaining));
    } else {
      await expect(page.getByTestId('pool-other')).toHaveCount(0);
    }
    const months = page.getByTestId('quota-months').locator('tbody tr');
    await expect(months).toHaveCount(f.quota.months.length);
    const last = f.quota.months.at(-1)!;
    const lastRow = page.locator(`[data-month="${last.month}"]`);
    await expect(lastRow.locator('[data-col="tier1Left"]')).toHaveText(format.money(last.tier1.remaining));
    if (f.tier2) await expect(lastRow.locator('[data-col="t2Left"]')).toHaveText(format.money(last.tier2Primary.carried));
  } else {
    await expect(page.getByTestId('pool-shaoyang-year')).toContainText(format.money(f.limits.remaining.year));
    await expect(page.getByTestId('pool-shaoyang-day')).toContainText(format.money(f.limits.remaining.today));
  }
  await expect(page.getByTestId('visit')).toHaveCount(f.visits.length);
  if (f.visits.length > 0) {
    const fund = f.visits.reduce((s, v) => s.plus(v.fund), f.visits[0]!.fund.minus(f.visits[0]!.fund));
    const resident = f.visits.reduce((s, v) => s.plus(v.resident), f.visits[0]!.fund.minus(f.visits[0]!.fund));
    await expect(page.getByTestId('visits-fund-total')).toHaveText(format.money(fund));
    await expect(page.getByTestId('visits-resident-total')).toHaveText(format.money(resident));
  }
  // Each rule is cited: the explanation names its clauses.
  expect(await page.locator('#quota-explanation [data-citation]').count()).toBeGreaterThan(0);
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('the quota of every demo resident is what lib/policy computes from their rows; the clinic page shows their choices', async ({ browser }) => {
  // One sign-in per resident (sixteen): a few seconds each on a loaded two-core machine.
  test.setTimeout(400_000);
  for (const { key } of DEMO_ACCOUNTS) {
    const rows = dbRows(key);
    const { context, page } = await signedIn(browser, key);
    await checkQuota(page, 'zh-CN', rows);
    if (key === 'shaoyang' || key === 'employee_2019') {
      await useLocale(context, 'en');
      await checkQuota(page, 'en', rows);
      await page.goto('/me/clinic');
      await expect(page.getByTestId('clinic-primary-now-name')).toBeVisible();
      await useLocale(context, 'zh-CN');
    }
    await context.close();
  }
});

test('inside and outside the window, a refused level-2 hospital and a Shaoyang clinic — then the whole choice without JavaScript', async ({ browser }) => {
  const { context, page } = await signedIn(browser, 'student', { javaScriptEnabled: false });
  const { t } = i18nFor('zh-CN');
  const target = institutionByName('江海区礼乐街道社区卫生服务中心');
  // 30 September: the window has not opened; the page says when it opens, a change is refused with its rule.
  await pinDate(context, `${year}-09-30`);
  await page.goto('/me/clinic');
  await expect(page.getByTestId('clinic-window')).toHaveAttribute('data-open', 'no');
  await expect(page.getByTestId('clinic-ics')).toBeVisible();
  const ics = await context.request.get('/me/clinic/window.ics');
  expect(ics.headers()['content-type']).toContain('text/calendar');
  expect(await ics.text()).toContain(`DTSTART;VALUE=DATE:${year}1001`);
  await page.goto(`/me/clinic/confirm?kind=primary&institution=${target.id}`);
  await expect(page.getByTestId('choice-refused')).toHaveAttribute('data-code', 'outside_window');
  await expect(page.getByTestId('choice-refused')).toContainText('JM-UR 二(四)1(3)');

  // 1 October: open. A level-2 hospital is not a primary clinic; a Shaoyang clinic is not for a Jiangmen resident.
  await pinDate(context, `${year}-10-01`);
  await page.goto(`/me/clinic/confirm?kind=primary&institution=${institutionByName('江门市江海区人民医院').id}`);
  await expect(page.getByTestId('choice-refused')).toHaveAttribute('data-code', 'primary_not_primary_care');
  await expect(page.getByTestId('choice-refused')).toContainText('二级');
  await page.goto(`/me/clinic/confirm?kind=primary&institution=${institutionByName('邵阳市双清区渡头桥镇卫生院').id}`);
  await expect(page.getByTestId('choice-refused')).toHaveAttribute('data-code', 'other_region');

  // The flow without JavaScript: search the directory, choose, confirm, the result page, the history.
  await page.goto('/me/clinic');
  await expect(page.getByTestId('clinic-window')).toHaveAttribute('data-open', 'yes');
  await page.getByTestId('directory-form').locator('input[name="q"]').fill('礼乐');
  await page.getByTestId('directory-form').locator('button[type="submit"]').click();
  await page.locator(`[data-testid="choose-primary"][data-institution="${target.id}"]`).click();
  await expect(page.getByTestId('confirm-to')).toHaveText(target.name);
  await expect(page.getByTestId('confirm-year')).toHaveText(String(year + 1));
  await expect(page.getByTestId('confirm-reason')).toHaveText('年度变更（10 月 1 日至 12 月 31 日）');
  // The form as the browser will post it (its hidden fields: the action, the choice, the idempotency key), to replay it afterwards.
  const confirmUrl = page.url();
  const form = page.locator('form:has(input[name="idempotencyKey"])');
  const fields: Record<string, string> = {};
  for (const input of await form.locator('input[type="hidden"]').all()) fields[(await input.getAttribute('name'))!] = (await input.getAttribute('value')) ?? '';
  await page.getByRole('button', { name: t('clinic.confirmButton') }).click();
  await expect(page).toHaveURL(/\/me\/clinic\/done\?year=\d+&kind=primary&from=/);
  await expect(page.getByTestId('choice-done')).toContainText(target.name);
  // The same form sent again (a replay, a second click after a slow answer): no second change.
  const replay = await context.request.post(confirmUrl, { multipart: fields, maxRedirects: 0 });
  expect(replay.status()).toBeLessThan(400);
  await page.goto('/me/clinic');
  await expect(page.getByTestId('clinic-primary-next-name')).toHaveText(target.name);
  await expect(page.locator(`[data-testid="clinic-history-row"][data-year="${year + 1}"]`)).toHaveCount(1);
  await context.close();
});

test('a first choice is in force at once', async ({ browser }) => {
  const rows = dbRows('employee_2019');
  const first = rows.tables.clinic_choices.filter((c) => c.kind === 'primary').sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))[0]!;
  const before = addDays(first.effectiveFrom, -3);
  const { context, page } = await signedIn(browser, 'employee_2019');
  await pinDate(context, before);
  await page.goto(`/me/clinic/confirm?kind=primary&institution=${first.institutionId}`);
  await expect(page.getByTestId('confirm-reason')).toHaveText('首次选点');
  await expect(page.getByTestId('confirm-effective')).toHaveText(i18nFor('zh-CN').format.date(before));
  await page.getByRole('button', { name: i18nFor('zh-CN').t('clinic.confirmButton') }).click();
  await expect(page.getByTestId('choice-done')).toBeVisible();
  await context.close();
});

test('after the chosen clinic lost its designation, a new choice is in force at once', async ({ browser }) => {
  const rows = dbRows('resident');
  const lost = rows.tables.clinic_choices.find((c) => c.reason === 'designation_lost')!;
  // Looking back with the test clock to before her new choice: the old clinic is in force, and the directory says it is no longer designated.
  const before = addDays(lost.effectiveFrom, -7);
  const { context, page } = await signedIn(browser, 'resident');
  await pinDate(context, before);
  await page.goto('/me/clinic');
  await expect(page.getByTestId('clinic-primary-lost')).toBeVisible();
  const target = institutionByName('蓬江区白沙街道社区卫生服务中心');
  await page.goto(`/me/clinic/confirm?kind=primary&institution=${target.id}`);
  await expect(page.getByTestId('confirm-reason')).toHaveText('原机构取消定点，重新选择');
  await expect(page.getByTestId('confirm-effective')).toHaveText(i18nFor('zh-CN').format.date(before));
  await page.getByRole('button', { name: i18nFor('zh-CN').t('clinic.confirmButton') }).click();
  await expect(page.getByTestId('choice-done')).toContainText(target.name);
  await context.close();
});

test('two simultaneous submissions from two browsers: one change, one audit row', async ({ browser }) => {
  const rows = dbRows('dibao');
  const target = institutionByName('开平市水口镇卫生院');
  const [a, b] = [await signedIn(browser, 'dibao'), await signedIn(browser, 'dibao')];
  for (const s of [a, b]) {
    await pinDate(s.context, `${year}-11-15`);
    await s.page.goto(`/me/clinic/confirm?kind=primary&institution=${target.id}`);
    await expect(s.page.getByTestId('confirm-to')).toHaveText(target.name);
  }
  const button = (p: Page) => p.getByRole('button', { name: i18nFor('zh-CN').t('clinic.confirmButton') });
  await Promise.all([button(a.page).click(), button(b.page).click()]);
  const outcomes = await Promise.all(
    [a.page, b.page].map(async (p) => {
      await expect(p.getByTestId('choice-done').or(p.getByTestId('choice-refused'))).toBeVisible();
      return (await p.getByTestId('choice-done').count()) > 0 ? 'done' : 'refused';
    }),
  );
  expect(outcomes.sort()).toEqual(['done', 'refused']);
  await a.page.goto('/me/clinic');
  await expect(a.page.locator(`[data-testid="clinic-history-row"][data-year="${year + 1}"]`)).toHaveCount(1);
  if (process.env.DATABASE_URL) {
    const { default: postgres } = await import('postgres');
    const sql = postgres(process.env.DATABASE_URL, { max: 1 });
    try {
      const [audits] = await sql<
        { n: number }[]
      >`select count(*)::int as n from audit_log where person_id = ${rows.person.id} and event = 'clinic_choice.chosen'`;
      const [choices] = await sql<{ n: number }[]>`select count(*)::int as n from clinic_choices where person_id = ${rows.person.id} and year = ${year + 1}`;
      expect(audits!.n).toBe(1);
      expect(choices!.n).toBe(1);
    } finally {
      await sql.end({ timeout: 5 });
    }
  }
  await a.context.close();
  await b.context.close();
});

test('axe: the quota and clinic pages in normal and 大字版 text', async ({ browser }) => {
  // axe on a long page takes a while on a loaded two-core machine.
  test.setTimeout(300_000);
  for (const large of [false, true]) {
    const { context, page } = await signedIn(browser, large ? 'employee_legacy' : 'shaoyang');
    if (large) await useLargeText(context);
    await page.goto('/me/outpatient');
    await expectAccessible(page, `/me/outpatient${large ? ' (大字版)' : ''}`);
    await page.goto(large ? '/me/clinic' : `/me/clinic/confirm?kind=primary&institution=${institutionByName('江门市中心医院').id}`);
    await expectAccessible(page, large ? '/me/clinic (大字版)' : '/me/clinic/confirm (refused)');
    await context.close();
  }
});
