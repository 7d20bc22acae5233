/**
 * Accessibility checks for the browser tests: axe-core against WCAG 2.0, 2.1 and 2.2 A/AA on
 * the page as it is, with every violation listed by rule and element in the failure message.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The widths every page is checked at: a small phone and a desktop. */
export const WIDTHS = [320, 1280] as const;

export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe violations on ${what}`).toEqual([]);
}
