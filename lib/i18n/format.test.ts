/**
 * Dates and amounts in the reader's language: calendar dates never shift with the machine's
 * zone (npm test runs this under TZ=UTC and TZ=Asia/Shanghai), amounts never go through a float.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../policy/core/decimal';
import { amountParts, calendarDate, formatDate, formatMonth, i18nFor } from './index';

describe('calendar dates', () => {
  it.each([
    ['2025-06-01', '2025年6月1日', '1 June 2025'],
    ['2025-01-01', '2025年1月1日', '1 January 2025'],
    ['2024-12-31', '2024年12月31日', '31 December 2024'],
    ['2024-02-29', '2024年2月29日', '29 February 2024'],
    // China kept summer time in 1986–1991: noon Beijing time keeps the day.
    ['1988-04-10', '1988年4月10日', '10 April 1988'],
    ['1958-05-20', '1958年5月20日', '20 May 1958'],
  ])('%s → %s / %s', (iso, zh, en) => {
    expect(formatDate('zh-CN', iso)).toBe(zh);
    expect(formatDate('en', iso)).toBe(en);
  });

  it('shows every day of a year as that day, in both languages', () => {
    const day = new Date(Date.UTC(2025, 0, 1));
    for (let i = 0; i < 366; i += 1) {
      const iso = day.toISOString().slice(0, 10); // a UTC calendar walk, not "today"
      const [y, m, d] = iso.split('-').map(Number);
      expect(formatDate('zh-CN', iso)).toBe(`${y}年${m}月${d}日`);
      expect(formatDate('en', iso)).toMatch(new RegExp(`^${d} \\w+ ${y}$`));
      day.setUTCDate(day.getUTCDate() + 1);
    }
  });

  it('formats months from YYYY-MM or the database’s YYYY-MM-01', () => {
    expect(formatMonth('zh-CN', '2025-06')).toBe('2025年6月');
    expect(formatMonth('en', '2025-06-01')).toBe('June 2025');
    expect(formatMonth('en', '2025-12')).toBe('December 2025');
  });

  it('refuses what is not a calendar date', () => {
    expect(() => calendarDate('2025-6-1')).toThrow(RangeError);
    expect(() => formatDate('en', '10/06/2025')).toThrow(RangeError);
    expect(() => formatMonth('en', '2025-06-15')).toThrow(RangeError);
  });
});

describe('amounts of money', () => {
  const money = (locale: 'zh-CN' | 'en', v: string | Dec) => i18nFor(locale).format.money(v);

  it.each([
    ['0', '￥0.00', '¥0.00'],
    ['0.00', '￥0.00', '¥0.00'],
    ['-0.00', '￥0.00', '¥0.00'],
    ['5', '￥5.00', '¥5.00'],
    ['600.5', '￥600.50', '¥600.50'],
    ['15520.00', '￥15,520.00', '¥15,520.00'],
    ['1234567.89', '￥1,234,567.89', '¥1,234,567.89'],
    ['-11225.70', '−￥11,225.70', '−¥11,225.70'],
    ['-0.01', '−￥0.01', '−¥0.01'],
  ])('%s → %s / %s', (value, zh, en) => {
    expect(money('zh-CN', value)).toBe(zh);
    expect(money('en', value)).toBe(en);
  });

  it('keeps every digit of amounts no JavaScript number can hold', () => {
    expect(money('zh-CN', '12345678901234567.89')).toBe('￥12,345,678,901,234,567.89');
    expect(money('en', '9007199254740993.01')).toBe('¥9,007,199,254,740,993.01');
  });

  it('rounds more than two decimals half up, as the policy library does', () => {
    expect(money('zh-CN', '0.005')).toBe('￥0.01');
    expect(money('zh-CN', '2.345')).toBe('￥2.35');
    expect(money('zh-CN', '-2.345')).toBe('−￥2.35');
    expect(money('zh-CN', '-0.004')).toBe('￥0.00');
  });

  it('takes a Dec as well as decimal text', () => {
    expect(money('en', new Dec('18512.3'))).toBe('¥18,512.30');
    expect(money('en', new Dec('1e21'))).toBe('¥1,000,000,000,000,000,000,000.00');
  });

  it('refuses what is not a decimal amount', () => {
    for (const bad of ['', '1,000', '1e3', '¥5', 'NaN', ' - 5', '.5']) expect(() => money('en', bad), bad).toThrow(RangeError);
  });

  it('groups the digits of any amount without changing them (property)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 99 }), (minus, whole, cents) => {
        const text = `${minus ? '-' : ''}${whole}.${String(cents).padStart(2, '0')}`;
        const { digits, negative } = amountParts('en', text);
        expect(digits.replaceAll(',', '')).toBe(text.replace(/^-/, ''));
        expect(digits).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/);
        expect(negative).toBe(minus && (whole > 0n || cents > 0));
      }),
    );
  });
});
