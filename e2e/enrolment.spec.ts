/**
 * The enrolment pages (我的参保, 缴费记录, 缴费年限, 补缴测算) for every demo resident, in zh-CN and
 * en: each figure is computed here with lib/policy from the resident's database rows
 * (e2e/db-rows.ts, through the one mapper db/policy-inputs.ts) and must be what the page shows.
 * One sign-in per resident; both languages and all pages in that visit. Then accessibility
 * (axe, normal and 大字版, 320 and 1280 px), a keyboard-only pass through the what-if form, and
 * the pages, filters, what-if and CSV without JavaScript.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { tierRecordsOf, type ContributionMonthRow } from '../db/contributions';
import { continuityInput, yearsInput, type EnrolmentRows } from '../db/policy-inputs';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed';
import { shanghaiDate } from '../lib/clock';
import { i18nFor, LOCALE_COOKIE, type Locale } from '../lib/i18n';
import { Dec, parseInput, yearOf } from '../lib/policy/core';
import { annualCaps, continuity, continuityRequestSchema, coverStatus } from '../lib/policy/jiangmen/continuity';
import type { ContributingCategory } from '../lib/policy/jiangmen/insured-person';
import { accumulatedYears, yearsRequestSchema } from '../lib/policy/jiangmen/years';
import { expectAccessible, WIDTHS } from './a11y';
import { dbRows, type ResidentRows } from './db-rows';
import { expect, signIn, test, useLargeText } from './fixtures';

const today = process.env.PORTAL_TODAY ?? shanghaiDate(new Date());
const CONTRIBUTING: readonly string[] = ['employee', 'unemployed', 'flexible', 'self_employed'];

/** What the pages must show, computed from the rows with lib/policy. */
function expected(rows: ResidentRows, whatIf: { plannedDate?: string; continueContributing?: boolean } = {}) {
  const current = rows.tables.enrolment_periods.filter((e) => e.validFrom <= today).sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0] ?? null;
  const contributions: ContributionMonthRow[] = rows.tables.contribution_months.map(({ personId: _p, ...r }) => r);
  const input: EnrolmentRows = {
    person: rows.person,
    enrolment: current,
    contributions,
    transferredIn: rows.tables.transferred_in_periods,
    veteran: rows.tables.veteran_deemed_service[0] ?? null,
  };
  const years = accumulatedYears(parseInput(yearsRequestSchema, yearsInput(input, today, whatIf)));
  const lifetime = rows.person.retiredOn !== null && rows.person.retiredOn <= today && (years.status === 'met' || years.status === 'lifetime_kept');
  const c = continuity(parseInput(continuityRequestSchema, continuityInput(input, today, lifetime)));
  const category = current && CONTRIBUTING.includes(current.category) ? (current.category as ContributingCategory) : null;
  const status = coverStatus(c, category);
  const caps =
    rows.person.region === 'jiangmen' && c.capFactor !== null
      ? annualCaps({
          date: today,
          identity: current?.identity ?? 'resident',
          assistance: current?.assistance ?? 'none',
          continuousMonths: c.continuousMonths,
          ...(c.tier2 ? { tier2ContinuousMonths: c.tier2.continuousMonths } : {}),
        })
      : null;
  // The history's default page: the newest ten years.
  const records = contributions.flatMap(tierRecordsOf);
  const lastYear = Math.max(...records.map((r) => yearOf(r.month)));
  const firstYear = Math.max(Math.min(...records.map((r) => yearOf(r.month))), lastYear - 9);
  const shown = records.filter((r) => yearOf(r.month) >= firstYear && yearOf(r.month) <= lastYear);
  const sum = (rs: typeof records) => rs.reduce((s, r) => s.plus(r.employerAmount).plus(r.personalAmount), new Dec(0));
  const thisYear = records.filter((r) => yearOf(r.month) === yearOf(today));
  return { current, years, c, status, caps, history: { firstYear, lastYear, total: sum(shown), thisYear: thisYear.length ? sum(thisYear) : null } };
}

async function useLocale(context: BrowserContext, locale: Locale): Promise<void> {
  const base = new URL(`http://localhost:${process.env.E2E_PORT ?? '0'}`);
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, domain: base.hostname, path: '/', sameSite: 'Lax' }]);
}

async function checkDashboard(page: Page, locale: Locale, e: ReturnType<typeof expected>, rows: ResidentRows) {
  const { t, format } = i18nFor(locale);
  await page.goto('/me');
  const s = e.status;
  const retiree = e.current?.category === 'retiree' && s.kind === 'normal';
  const cover =
    e.current?.validTo != null && e.current.validTo < today
      ? t('me.cover.ended')
      : retiree
        ? t('me.cover.lifetime')
        : s.kind === 'normal'
          ? t('me.cover.normal')
          : s.kind === 'arrears'
            ? t('me.cover.arrears', { months: s.months })
            : s.kind === 'interrupted'
              ? t('me.cover.interrupted', { since: format.month(s.since) })
              : t('me.cover.waiting', { until: format.date(s.until) });
  await expect(page.getByTestId('cover-status')).toHaveText(cover);
  if (rows.person.region === 'jiangmen' && e.current) {
    await expect(page.getByTestId('continuous-months')).toHaveText(t('common.months', { count: e.c.continuousMonths }));
    if (e.c.capFactor) await expect(page.getByTestId('cap-factor')).toHaveText(`${e.c.capFactor.times(100).toString()}%`);
    if (e.caps) {
      await expect(page.getByTestId('cap-tier1')).toHaveText(format.money(e.caps.tier1));
      await expect(page.getByTestId('cap-critical')).toHaveText(e.caps.critical ? format.money(e.caps.critical) : t('me.continuity.noCap'));
      if (e.caps.tier2) await expect(page.getByTestId('cap-tier2')).toHaveText(format.money(e.caps.tier2));
      else await expect(page.getByTestId('cap-tier2')).toHaveCount(0);
    }
  }
  const y = e.years;
  await expect(page.getByTestId('card-years-accumulated')).toHaveText(
    t('me.cards.years.headline', { years: y.accumulated.years, months: y.accumulated.months }),
  );
  if (e.history.thisYear) await expect(page.getByTestId('card-contributions-total')).toContainText(format.money(e.history.thisYear));
  // Every figure can show its working: each explanation names its clause.
  expect(await page.locator('[data-explanation] [data-citation]').count()).toBeGreaterThan(0);
}

async function checkYears(page: Page, locale: Locale, e: ReturnType<typeof expected>) {
  const { t, format } = i18nFor(locale);
  const y = e.years;
  const ym = (m: number) => t('years.ym', { years: Math.floor(m / 12), months: m % 12 });
  await page.goto('/me/years');
  await expect(page.getByTestId('local-months')).toHaveText(ym(y.localMonths));
  await expect(page.getByTestId('accumulated')).toHaveText(ym(y.accumulatedMonths));
  await expect(page.getByTestId('not-counted')).toHaveText(ym(y.nonCountingMonths));
  for (const [i, tr] of y.transfers.entries()) await expect(page.getByTestId(`transferred-${i}`)).toHaveText(ym(tr.counted));
  if (y.veteranMonths > 0) await expect(page.getByTestId('veteran-months')).toHaveText(ym(y.veteranMonths));
  if (y.minimum && y.status !== 'cross_region') await expect(page.getByTestId('minimum')).toHaveText(t('years.minimumYears', { years: y.minimum.years }));
  if (y.localMinimumMonths !== null) {
    await expect(page.getByTestId('local-check-result')).toHaveText(
      y.localMonths >= y.localMinimumMonths ? t('years.localMet') : t('years.localShort', { months: y.localMinimumMonths - y.localMonths }),
    );
  }
  await expect(page.getByTestId('years-status')).toHaveAttribute('data-status', y.status);
  if (y.minimumMetInMonth) await expect(page.getByTestId('minimum-met-in')).toHaveAttribute('data-month', y.minimumMetInMonth);
  else await expect(page.getByTestId('minimum-met-in')).toHaveCount(0);
  if (y.retirement) await expect(page.getByTestId('retirement-date')).toHaveText(format.date(y.retirement.retirementDate));
  if (y.atRetirement) {
    await expect(page.getByTestId('at-retirement')).toHaveText(ym(y.atRetirement.accumulatedMonths));
    await expect(page.getByTestId('shortfall-at-retirement')).toHaveText(
      y.atRetirement.shortfallMonths > 0 ? t('common.months', { count: y.atRetirement.shortfallMonths }) : t('years.noShortfall'),
    );
  }
  await expect(page.getByTestId('timeline').locator('svg')).toHaveAttribute('role', 'img');
}

async function checkTopUp(page: Page, locale: Locale, e: ReturnType<typeof expected>, prefix = 'base') {
  const { t, format } = i18nFor(locale);
  const y = e.years;
  if (prefix === 'base') await page.goto('/me/topup');
  if (y.topUpEligibility === 'never_employee') await expect(page.getByTestId('not-offered').first()).toBeVisible();
  const at = y.atRetirement;
  if (!at || y.status === 'cross_region' || y.status === 'lifetime_kept') return;
  await expect(page.getByTestId(`${prefix}-retirement-date`)).toHaveText(format.date(at.retirementDate));
  if (at.shortfallMonths === 0) {
    await expect(page.getByTestId(`${prefix}-nothing`)).toHaveText(t('topup.nothing'));
    return;
  }
  await expect(page.getByTestId(`${prefix}-shortfall`)).toHaveText(t('common.months', { count: at.shortfallMonths }));
  if (y.topUp?.lumpSum && y.topUp.monthly) {
    await expect(page.getByTestId(`${prefix}-lump-sum`)).toContainText(format.money(y.topUp.lumpSum.amount));
    await expect(page.getByTestId(`${prefix}-monthly-months`)).toHaveText(t('common.months', { count: y.topUp.monthly.months }));
    await expect(page.getByTestId(`${prefix}-monthly-total`)).toContainText(format.money(y.topUp.monthly.total));
    for (const s of y.topUp.monthly.schedule) await expect(page.getByTestId(`${prefix}-monthly-${s.year}`)).toContainText(format.money(s.monthlyAmount));
  }
}

async function checkHistory(page: Page, locale: Locale, e: ReturnType<typeof expected>) {
  const { format } = i18nFor(locale);
  await page.goto('/me/contributions');
  await expect(page.getByTestId('range-total')).toContainText(format.money(e.history.total));
  await expect(page.getByTestId(`year-${e.history.lastYear}`)).toBeVisible();
  await expect(page.getByTestId('history-chart').locator('svg rect title').first()).toBeAttached();
}

// The last account is kept for the lock-out test.
for (const account of DEMO_ACCOUNTS.slice(0, -1)) {
  test(`"${account.key}": every figure on the enrolment pages is lib/policy's on the database rows, in zh-CN and en`, async ({ page, context }) => {
    const rows = dbRows(account.key);
    const e = expected(rows);
    await signIn(page, account.idNumber, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/me$/);
    for (const locale of ['zh-CN', 'en'] as const) {
      await useLocale(context, locale);
      await checkDashboard(page, locale, e, rows);
      await checkYears(page, locale, e);
      await checkTopUp(page, locale, e);
      await checkHistory(page, locale, e);
    }
    // The CSV: a BOM, UTF-8, the reader's column names, totals equal to the page's.
    await useLocale(context, 'zh-CN');
    const csv = await page.request.get('/me/contributions/csv');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv; charset=utf-8');
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toContain('缴费基数');
    const last = lines[lines.length - 1]!.split(',');
    expect(last[0]).toBe('所选年份合计');
    expect(last[7]).toBe(e.history.total.toFixed(2));
  });
}

const TOP_UP = DEMO_ACCOUNTS.find((a) => a.key === 'near_retirement')!;

test('the what-if: a planned date inside the window, stopping now, and a date outside it (with the reason)', async ({ page, context }) => {
  const rows = dbRows(TOP_UP.key);
  const base = expected(rows);
  const r = base.years.retirement!;
  await signIn(page, TOP_UP.idNumber, DEMO_PASSWORD);
  for (const locale of ['zh-CN', 'en'] as const) {
    await useLocale(context, locale);
    await page.goto('/me/topup');
    const later = r.latestDate;
    await page.locator('input[name="plannedDate.year"]').fill(later.slice(0, 4));
    await page.locator('input[name="plannedDate.month"]').fill(String(Number(later.slice(5, 7))));
    await page.locator('input[name="plannedDate.day"]').fill(String(Number(later.slice(8, 10))));
    await page.getByTestId('whatif-submit').click();
    await expect(page).toHaveURL(/planned=/);
    await checkTopUp(page, locale, expected(rows, { plannedDate: later }), 'whatif');
    // Stopping now: nothing projected.
    await page.goto('/me/topup?continue=no');
    await checkTopUp(page, locale, expected(rows, { continueContributing: false }), 'whatif');
    // Outside the window: refused with why, the statutory date used.
    const tooLate = `${Number(later.slice(0, 4)) + 1}${later.slice(4)}`;
    await page.goto(`/me/topup?planned=${tooLate}`);
    const refused = expected(rows, { plannedDate: tooLate });
    expect(refused.years.retirement!.planned!.allowed).toBe(false);
    await expect(page.getByTestId('whatif-refused')).toBeVisible();
    await checkTopUp(page, locale, refused, 'whatif');
  }
  // A date that is not a date: the error summary, in the reader's language.
  await page.goto('/me/topup');
  await page.locator('input[name="plannedDate.year"]').fill('2031');
  await page.locator('input[name="plannedDate.month"]').fill('13');
  await page.locator('input[name="plannedDate.day"]').fill('1');
  await page.getByTestId('whatif-submit').click();
  await expect(page.getByTestId('whatif-errors')).toContainText('Enter a real date');
});

// Every page for the man near retirement (the most content); the dashboard and the top-up page,
// whose content differs most, for a resident who cannot top up.
for (const [account, paths] of [
  [TOP_UP, ['/me', '/me/contributions', '/me/contributions/print', '/me/years', '/me/topup?continue=no']],
  [DEMO_ACCOUNTS.find((a) => a.key === 'resident')!, ['/me', '/me/topup']],
] as const) {
  test(`axe finds nothing on the enrolment pages of "${account.key}", normal and 大字版, at 320 and 1280 px`, async ({ page, context }) => {
    test.setTimeout(240_000);
    await signIn(page, account.idNumber, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/me$/);
    for (const large of [false, true]) {
      if (large) await useLargeText(context);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        for (const path of paths) {
          await page.goto(path);
          await expectAccessible(page, `${account.key} ${path} ${width}px${large ? ' 大字版' : ''}`);
        }
      }
    }
  });
}

test('keyboard only: the what-if form is reached, filled and sent without a mouse', async ({ page }) => {
  await signIn(page, TOP_UP.idNumber, DEMO_PASSWORD);
  await page.goto('/me/topup');
  const rows = dbRows(TOP_UP.key);
  const r = expected(rows).years.retirement!;
  let reached = false;
  for (let i = 0; i < 80 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.id === 'plannedDate');
  }
  expect(reached).toBe(true);
  await page.keyboard.type(r.retirementDate.slice(0, 4));
  await page.keyboard.press('Tab');
  await page.keyboard.type(String(Number(r.retirementDate.slice(5, 7))));
  await page.keyboard.press('Tab');
  await page.keyboard.type(String(Number(r.retirementDate.slice(8, 10))));
  // On to "stop paying" and send with Enter.
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'continue')) break;
  }
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('input[name="continue"][value="no"]')).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/continue=no/);
  await checkTopUp(page, 'zh-CN', expected(rows, { plannedDate: r.retirementDate, continueContributing: false }), 'whatif');
  // The history's years unfold from the keyboard too.
  await page.goto('/me/contributions');
  // (The years' <details>, not the folded phone menu's.)
  const year = page.locator('details[data-testid^="year-"]').nth(1);
  await year.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(year).toHaveAttribute('open', '');
});

test('without JavaScript: the pages, the filters, the what-if form and the CSV work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const account = DEMO_ACCOUNTS.find((a) => a.key === 'employee_legacy')!;
  const rows = dbRows(account.key);
  const e = expected(rows);
  await signIn(page, account.idNumber, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
  await checkDashboard(page, 'zh-CN', e, rows);
  await checkYears(page, 'zh-CN', e);
  // Filters: an earlier range and one scheme, by a plain GET form.
  await page.goto('/me/contributions');
  const from = e.history.firstYear - 2;
  await page.locator('#from').selectOption(String(from));
  await page.locator('#to').selectOption(String(e.history.firstYear));
  await page.locator('#tier').selectOption('tier2');
  await page.getByRole('button', { name: '显示' }).click();
  await expect(page).toHaveURL(new RegExp(`from=${from}.*tier=tier2`));
  const records = rows.tables.contribution_months
    .map(({ personId: _p, ...r }) => r)
    .flatMap(tierRecordsOf)
    .filter((r) => r.tier === 'tier2' && yearOf(r.month) >= from && yearOf(r.month) <= e.history.firstYear);
  const total = records.reduce((s, r) => s.plus(r.employerAmount).plus(r.personalAmount), new Dec(0));
  await expect(page.getByTestId('range-total')).toContainText(i18nFor('zh-CN').format.money(total));
  await expect(page.locator('tbody tr[data-tier]:not([data-tier="tier2"])')).toHaveCount(0);
  // The CSV of the same filter has the same total.
  const href = await page.getByTestId('csv').getAttribute('href');
  const csv = (await (await page.request.get(href!)).body()).subarray(3).toString('utf8').trimEnd().split('\r\n');
  expect(csv[csv.length - 1]!.split(',')[7]).toBe(total.toFixed(2));
  // The print view of the same range.
  await page.getByTestId('print').click();
  await expect(page.getByTestId('range-total')).toContainText(i18nFor('zh-CN').format.money(total));
  // On paper: the statement without the site's header and menu.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header').first()).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('range-total')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  // The what-if form posts to the server action and comes back with the answer.
  await page.goto('/me/topup');
  await page.locator('input[name="continue"][value="no"]').check();
  await page.getByTestId('whatif-submit').click();
  await expect(page).toHaveURL(/continue=no/);
  await checkTopUp(page, 'zh-CN', expected(rows, { continueContributing: false }), 'whatif');
  // A bad date is refused with the error summary, still without JavaScript.
  await page.goto('/me/topup');
  await page.locator('input[name="plannedDate.year"]').fill('20x1');
  await page.getByTestId('whatif-submit').click();
  await expect(page.getByTestId('whatif-errors')).toContainText('请填写一个真实的日期');
  await context.close();
});
