/**
 * 特定病种 and 个人账户 for every demo resident: each figure is computed here with lib/policy from
 * the resident's database rows (e2e/db-rows.ts, through the one mapper db/policy-inputs.ts) and
 * must be what the page shows; the CSV's totals are the page's. One sign-in per resident, both
 * languages in that visit; axe on a few combinations in both text sizes; the estimator without
 * JavaScript for one resident.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { approvalsInForce, personalAccountInput, policyMonth, specialDiseaseInput } from '../db/policy-inputs';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed';
import { shanghaiDate } from '../lib/clock';
import { i18nFor, LOCALE_COOKIE, type Locale } from '../lib/i18n';
import { Dec, parseInput } from '../lib/policy/core';
import { personalAccountCredit, personalAccountRequestSchema } from '../lib/policy/jiangmen/personal-account';
import { estimateSpecialDisease, specialDiseaseCaps, specialDiseaseRequestSchema } from '../lib/policy/jiangmen/special-disease';
import { expectAccessible } from './a11y';
import { dbRows, type ResidentRows } from './db-rows';
import { expect, signIn, test, useLargeText } from './fixtures';

const today = process.env.PORTAL_TODAY ?? shanghaiDate(new Date());
const month = today.slice(0, 7);
const year = Number(today.slice(0, 4));
const ZERO = new Dec(0);

function enrolmentOf(rows: ResidentRows) {
  return rows.tables.enrolment_periods.filter((e) => e.validFrom <= today).sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0] ?? null;
}

/** The special-disease figures the page must show, from the rows with lib/policy. */
function specialDiseases(rows: ResidentRows) {
  const approvals = rows.tables.special_disease_approvals;
  const inForce = [...new Set(approvalsInForce(approvals, today).map((a) => a.diseaseCode))];
  const enrolment = enrolmentOf(rows);
  const jiangmen = enrolment?.region === 'jiangmen';
  const caps = jiangmen && inForce.length > 0 ? specialDiseaseCaps(today, inForce, enrolment.identity) : null;
  const used = rows.tables.claims
    .filter((c) => c.kind === 'special_disease' && c.serviceFrom.slice(0, 7) === month)
    .reduce((s, c) => ({ tier1: s.tier1.plus(c.tier1), tier2: s.tier2.plus(c.tier2) }), { tier1: ZERO, tier2: ZERO });
  const estimate = (inScope: string, level: 'level1' | 'level2' | 'level3' | 'non_designated') =>
    estimateSpecialDisease(
      parseInput(specialDiseaseRequestSchema, specialDiseaseInput({ date: today, enrolment: enrolment!, diseases: inForce, level, inScope })),
    );
  return { approvals, inForce, caps, used, estimate };
}

/** The personal-account figures the page must show, from the rows with lib/policy. */
function account(rows: ResidentRows) {
  const ledger = [...rows.tables.personal_account_ledger].sort((a, b) => (a.postedOn !== b.postedOn ? (a.postedOn < b.postedOn ? -1 : 1) : a.id - b.id));
  const ofYear = ledger.filter((e) => Number(e.postedOn.slice(0, 4)) === year);
  const employee = rows.tables.contribution_months.filter((c) => c.identity === 'employee').sort((a, b) => (a.month < b.month ? -1 : 1));
  const first = employee[0]?.month ?? null;
  const credits = ledger
    .filter((e) => e.kind === 'credit' && e.month !== null)
    .slice(-12)
    .map((e) => {
      const m = policyMonth(e.month!);
      const contribution = employee.find((c) => policyMonth(c.month) === m) ?? null;
      const computed = first
        ? personalAccountCredit(parseInput(personalAccountRequestSchema, personalAccountInput(rows.person, m, policyMonth(first), contribution)))
        : null;
      return { month: m, amount: new Dec(e.amount), computed };
    });
  return {
    hasAccount: ledger.length > 0,
    balance: ledger.length ? new Dec(ledger.at(-1)!.balanceAfter) : ZERO,
    yearCredits: ofYear.filter((e) => new Dec(e.amount).gt(0)).reduce((s, e) => s.plus(e.amount), ZERO),
    yearSpending: ofYear.filter((e) => new Dec(e.amount).isNeg()).reduce((s, e) => s.minus(e.amount), ZERO),
    yearNet: ofYear.reduce((s, e) => s.plus(e.amount), ZERO),
    credits,
  };
}

async function useLocale(context: BrowserContext, locale: Locale): Promise<void> {
  const base = new URL(`http://localhost:${process.env.E2E_PORT ?? '0'}`);
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, domain: base.hostname, path: '/', sameSite: 'Lax' }]);
}

async function checkSpecialDiseases(page: Page, locale: Locale, rows: ResidentRows, estimateNow: boolean) {
  const { t, format } = i18nFor(locale);
  const e = specialDiseases(rows);
  await page.goto('/me/special-diseases');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('specialDiseases.title'));
  if (e.approvals.length === 0) {
    await expect(page.getByText(t('specialDiseases.none'))).toBeVisible();
    return e;
  }
  await expect(page.getByTestId('approvals').locator('tbody tr')).toHaveCount(e.approvals.length);
  for (const a of e.approvals) await expect(page.locator(`tr[data-disease="${a.diseaseCode}"]`).first()).toContainText(format.date(a.approvedFrom));
  if (!e.caps || e.caps.tier1 === null) return e;
  await expect(page.getByTestId('cap-tier1')).toHaveText(format.money(e.caps.tier1));
  await expect(page.getByTestId('used-tier1')).toHaveText(format.money(e.used.tier1));
  const left1 = e.caps.tier1.minus(e.used.tier1);
  await expect(page.getByTestId('left-tier1')).toHaveText(format.money(left1.isNeg() ? ZERO : left1));
  await expect(page.getByTestId('cap-tier2')).toHaveText(
    e.caps.tier2 ? format.money(e.caps.tier2) : e.caps.tier2Uncapped ? t('specialDiseases.tier2Uncapped') : t('specialDiseases.tier2None'),
  );
  if (estimateNow) {
    // The estimator, with JavaScript: the month's figures at the approved institution's level.
    await page.getByLabel(t('specialDiseases.inScope')).fill('1234.50');
    const level = (await page.locator('input[name="level"]:checked').getAttribute('value')) as 'level1' | 'level2' | 'level3' | 'non_designated';
    await page.getByTestId('estimate-submit').click();
    const r = e.estimate('1234.50', level);
    await expect(page.getByTestId('estimate-tier1')).toHaveText(format.money(r.tier1));
    await expect(page.getByTestId('estimate-tier2')).toHaveText(format.money(r.tier2));
    await expect(page.getByTestId('estimate-out-of-pocket')).toHaveText(format.money(r.outOfPocket));
    // Bad input: the error summary in the reader's language, nothing estimated.
    await page.getByLabel(t('specialDiseases.inScope')).fill('12.345');
    await page.getByTestId('estimate-submit').click();
    await expect(page.getByTestId('estimate-errors')).toBeVisible();
  }
  return e;
}

async function checkAccount(page: Page, locale: Locale, rows: ResidentRows) {
  const { t, format } = i18nFor(locale);
  const a = account(rows);
  await page.goto('/me/account');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('account.title'));
  if (!a.hasAccount) {
    await expect(page.getByText(t('account.none'))).toBeVisible();
    return a;
  }
  await expect(page.getByTestId('balance')).toHaveText(format.money(a.balance));
  await expect(page.getByTestId('year-credits')).toHaveText(format.money(a.yearCredits));
  await expect(page.getByTestId('year-spending')).toHaveText(format.money(a.yearSpending));
  await expect(page.getByTestId('balance-chart').locator('svg')).toBeVisible();
  for (const c of a.credits) {
    const item = page.getByTestId(`credit-${c.month}`).first();
    await expect(item.getByTestId('credit-amount')).toHaveText(format.money(c.amount));
    if (c.computed) await expect(item.getByTestId('credit-computed')).toHaveText(format.money(c.computed.credit));
  }
  return a;
}

async function checkCsv(page: Page, locale: Locale, a: ReturnType<typeof account>) {
  const { t } = i18nFor(locale);
  const response = await page.request.get('/me/account/csv');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/csv; charset=utf-8');
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
  expect(lines[0]!.split(',')[0]).toBe(t('account.date'));
  const totals = lines.slice(-2).map((l) => l.split(','));
  expect(totals[0]![0]).toBe(t('account.yearCredits', { year: String(year) }));
  expect(totals[0]![3]).toBe(a.yearCredits.toFixed(2));
  expect(totals[1]![3]).toBe(a.yearSpending.negated().toFixed(2));
  // The rows add up to the totals (amounts are the 4th column; descriptions hold no commas before it).
  const net = lines.slice(1, -2).reduce((s, l) => s.plus(l.split(',')[3]!), ZERO);
  expect(net.toFixed(2)).toBe(a.yearNet.toFixed(2));
  expect(a.yearCredits.minus(a.yearSpending).toFixed(2)).toBe(net.toFixed(2));
}

test('特定病种 and 个人账户 show what lib/policy computes from each resident’s rows, in both languages', async ({ browser }) => {
  // A ceiling for busy machines; on a quiet one the whole visit takes well under a minute and a half.
  test.setTimeout(DEMO_ACCOUNTS.length * 30_000);
  let checkedCaps = 0;
  let checkedAccounts = 0;
  for (const [i, account_] of DEMO_ACCOUNTS.entries()) {
    const rows = dbRows(account_.key);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, account_.idNumber, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/me$/);
    for (const locale of ['zh-CN', 'en'] as const) {
      await useLocale(context, locale);
      const sd = await checkSpecialDiseases(page, locale, rows, locale === 'zh-CN');
      if (sd.caps) checkedCaps += 1;
      const a = await checkAccount(page, locale, rows);
      if (a.hasAccount) {
        checkedAccounts += 1;
        if (locale === 'zh-CN' || i % 4 === 0) await checkCsv(page, locale, a);
      }
    }
    await context.close();
  }
  // The demo has residents with approvals and with accounts: the checks above were not vacuous.
  expect(checkedCaps).toBeGreaterThan(0);
  expect(checkedAccounts).toBeGreaterThan(0);
});

test('the estimator works without JavaScript; the pages are accessible in both text sizes', async ({ browser }) => {
  const who = DEMO_ACCOUNTS.find((a) => a.key === 'employee_legacy')!;
  const rows = dbRows(who.key);
  const e = specialDiseases(rows);
  const r = e.estimate('400', 'level2');
  const { t, format } = i18nFor('zh-CN');

  // Without JavaScript: the form posts to the server action, which answers with the page (PRG).
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const page = await plain.newPage();
  await signIn(page, who.idNumber, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
  await page.goto('/me/special-diseases');
  await page.getByLabel(t('specialDiseases.inScope')).fill('400');
  await page.getByLabel(t('specialDiseases.levels.level2')).check();
  await page.getByTestId('estimate-submit').click();
  await expect(page).toHaveURL(/inScope=400/);
  await expect(page.getByTestId('estimate-tier1')).toHaveText(format.money(r.tier1));
  await expect(page.getByTestId('estimate-out-of-pocket')).toHaveText(format.money(r.outOfPocket));
  await plain.close();

  // axe (it needs scripts): normal text in Chinese, then 大字版 in English.
  const context = await browser.newContext();
  const checked = await context.newPage();
  await signIn(checked, who.idNumber, DEMO_PASSWORD);
  await expect(checked).toHaveURL(/\/me$/);
  await checked.goto('/me/special-diseases?inScope=400&level=level2');
  await expect(checked.getByTestId('estimate-tier1')).toHaveText(format.money(r.tier1));
  await expectAccessible(checked, '/me/special-diseases with an estimate, zh');
  await checked.goto('/me/account');
  await expectAccessible(checked, '/me/account, zh');
  await useLargeText(context);
  await useLocale(context, 'en');
  await checked.goto('/me/special-diseases?inScope=400&level=level2');
  await expect(checked.getByTestId('estimate-tier1')).toHaveText(i18nFor('en').format.money(r.tier1));
  await expectAccessible(checked, '/me/special-diseases, en, large text');
  await checked.goto('/me/account');
  await expectAccessible(checked, '/me/account, en, large text');
  await context.close();
});
