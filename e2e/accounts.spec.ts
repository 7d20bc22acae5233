/**
 * Every demo resident can sign in and sees their own 我的参保. The expected values come from the
 * resident's rows in the run's database (e2e/db-rows.ts), in Chinese.
 */
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed';
import { shanghaiDate } from '../lib/clock';
import { maskIdNumber } from '../lib/id-number';
import { label } from '../lib/i18n';
import {
  ASSISTANCE_LABELS,
  CATEGORY_LABELS,
  ENROLMENT_STATUS_LABELS,
  IDENTITY_LABELS,
  REGION_LABELS,
  TIERS_LABELS,
} from '../lib/policy/jiangmen/insured-person';
import { dbRows } from './db-rows';
import { expect, signIn, signOutButton, test } from './fixtures';

const today = process.env.PORTAL_TODAY ?? shanghaiDate(new Date());

// The last account is kept for the lock-out test.
for (const account of DEMO_ACCOUNTS.slice(0, -1)) {
  test(`demo resident "${account.key}" signs in and sees their own enrolment`, async ({ page }) => {
    const rows = dbRows(account.key);
    const current = rows.tables.enrolment_periods.filter((e) => e.validFrom <= today).sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0]!;
    const ended = current.validTo != null && current.validTo < today;

    await signIn(page, account.idNumber, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByTestId('name')).toHaveText(account.name);
    await expect(page.getByTestId('id-masked')).toHaveText(maskIdNumber(account.idNumber));
    await expect(page.getByTestId('region')).toHaveText(label(REGION_LABELS[rows.person.region], 'zh-CN'));
    await expect(page.getByTestId('identity')).toHaveText(label(IDENTITY_LABELS[current.identity], 'zh-CN'));
    await expect(page.getByTestId('tiers')).toHaveText(label(TIERS_LABELS[current.tiers], 'zh-CN'));
    await expect(page.getByTestId('category')).toHaveText(label(CATEGORY_LABELS[current.category], 'zh-CN'));
    await expect(page.getByTestId('assistance')).toHaveText(label(ASSISTANCE_LABELS[current.assistance], 'zh-CN'));
    await expect(page.getByTestId('status')).toHaveText(label(ENROLMENT_STATUS_LABELS[ended ? 'ended' : current.status], 'zh-CN'));
    // The page never shows the full number.
    expect(await page.content()).not.toContain(account.idNumber);

    const api = await page.request.get('/api/me');
    expect(await api.json()).toMatchObject({
      name: account.name,
      idMasked: maskIdNumber(account.idNumber),
      enrolment: { identity: current.identity, tiers: current.tiers, category: current.category },
    });

    await signOutButton(page).click();
    await expect(page).toHaveURL(/\/signin/);
  });
}
