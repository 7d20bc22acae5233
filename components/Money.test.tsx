import { describe, expect, it } from 'vitest';
import { Dec } from '@/lib/policy/core/decimal';
import { Money } from './Money';
import { byTag, render, text } from './testing/html';

const money = (value: string | Dec, locale: 'zh-CN' | 'en' = 'zh-CN') => byTag(render(<Money value={value} locale={locale} />).root, 'data')[0]!;

describe('Money', () => {
  it('shows ￥ and grouped digits, with the exact value for machines', () => {
    const el = money('54505.00');
    expect(text(el)).toBe('￥54,505.00');
    expect(el.attrs.value).toBe('54505.00');
    expect(el.attrs.class).toContain('whitespace-nowrap');
  });

  it('follows the reader’s language', () => {
    expect(text(money('11225.7', 'en'))).toBe('¥11,225.70');
  });

  it('shows zero and negative amounts plainly', () => {
    expect(text(money('0'))).toBe('￥0.00');
    expect(text(money('-0.00'))).toBe('￥0.00');
    const refund = money('-1500.00', 'en');
    expect(text(refund)).toBe('−¥1,500.00');
    expect(refund.attrs.value).toBe('-1500.00');
  });

  it('formats from the decimal text: no digit lost to floating point', () => {
    // 0.1 + 0.2 and 2^53 + 1 are exactly what they say.
    expect(text(money(new Dec('0.1').plus('0.2')))).toBe('￥0.30');
    expect(text(money('9007199254740993.00'))).toBe('￥9,007,199,254,740,993.00');
    expect(money(new Dec('9007199254740993')).attrs.value).toBe('9007199254740993');
  });

  it('refuses what is not an amount', () => {
    expect(() => render(<Money value="12,000" locale="en" />)).toThrow(RangeError);
  });
});
