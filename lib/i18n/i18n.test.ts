import { describe, expect, it } from 'vitest';
import { formatDate, messagesFor, resolveLocale, translator } from './index';

function leaves(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('i18n', () => {
  it('defaults to zh-CN and accepts only known locales', () => {
    expect(resolveLocale(undefined)).toBe('zh-CN');
    expect(resolveLocale('fr')).toBe('zh-CN');
    expect(resolveLocale('en')).toBe('en');
  });
  it('has the same keys in both catalogues and no empty text', () => {
    const zh = leaves(messagesFor('zh-CN')).sort();
    const en = leaves(messagesFor('en')).sort();
    expect(en).toEqual(zh);
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = translator(locale);
      for (const key of zh) expect(String(t.raw(key as never)).trim()).not.toBe('');
    }
  });
  it('uses the same placeholders in both languages', () => {
    const zhT = translator('zh-CN');
    const enT = translator('en');
    for (const key of leaves(messagesFor('zh-CN'))) {
      const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).filter((n) => n !== '{monthName}' && n !== '{month}').sort();
      expect(names(String(enT.raw(key as never))), key).toEqual(names(String(zhT.raw(key as never))));
    }
  });
  it('formats calendar dates without time zones', () => {
    expect(formatDate('zh-CN', '2025-06-01')).toBe('2025年6月1日');
    expect(formatDate('en', '2025-06-01')).toBe('1 June 2025');
  });
});
