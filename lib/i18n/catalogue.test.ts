/**
 * Every message of the catalogue is valid ICU, has the same arguments in both languages, and
 * formats with sample arguments in both locales (the translator throws on any formatting error).
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { calendarDate, LOCALES, messagesFor, translator, type MessageKey } from './index';
import { NAMESPACES } from './messages';

function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

type Kind = { kind: 'string' | 'number' | 'date' | 'plural' | 'tag' } | { kind: 'select'; options: string[] };

/** The arguments a message takes, by name, with what kind of value each needs. */
function argumentsOf(elements: MessageFormatElement[], out = new Map<string, Kind>()): Map<string, Kind> {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
        if (!out.has(el.value)) out.set(el.value, { kind: 'string' });
        break;
      case TYPE.number:
        out.set(el.value, { kind: 'number' });
        break;
      case TYPE.date:
      case TYPE.time:
        out.set(el.value, { kind: 'date' });
        break;
      case TYPE.plural:
        out.set(el.value, { kind: 'plural' });
        for (const o of Object.values(el.options)) argumentsOf(o.value, out);
        break;
      case TYPE.select:
        out.set(el.value, { kind: 'select', options: Object.keys(el.options).sort() });
        for (const o of Object.values(el.options)) argumentsOf(o.value, out);
        break;
      case TYPE.tag:
        out.set(el.value, { kind: 'tag' });
        argumentsOf(el.children, out);
        break;
      default:
        break;
    }
  }
  return out;
}

/** Sample values for each argument: each varied over its interesting values, the others fixed. */
function samples(args: Map<string, Kind>): Record<string, unknown>[] {
  const choices = new Map<string, unknown[]>();
  for (const [name, k] of args) {
    if (k.kind === 'string') choices.set(name, [`«${name}»`]);
    else if (k.kind === 'number' || k.kind === 'plural') choices.set(name, [0, 1, 2, 21, 1234]);
    else if (k.kind === 'date') choices.set(name, [calendarDate('2025-01-01'), calendarDate('2025-12-31')]);
    else if (k.kind === 'tag') choices.set(name, [(chunks: string) => `[${chunks}]`]);
    else if (k.kind === 'select') choices.set(name, [...k.options.filter((o) => o !== 'other'), 'something-else']);
  }
  const base = Object.fromEntries([...choices].map(([n, values]) => [n, values[0]]));
  const out = [base];
  for (const [name, values] of choices) for (const v of values.slice(1)) out.push({ ...base, [name]: v });
  return out;
}

const zhLeaves = leaves(messagesFor('zh-CN'));

describe('the message catalogue', () => {
  it('has one namespace per file, each in both languages', () => {
    for (const [name, ns] of Object.entries(NAMESPACES)) {
      expect(
        leaves(ns.en).map(([k]) => k),
        name,
      ).toEqual(leaves(ns['zh-CN']).map(([k]) => k));
    }
  });

  it('holds only valid ICU messages (an `other` case in every plural and select)', () => {
    for (const locale of LOCALES) {
      for (const [key, text] of leaves(messagesFor(locale))) {
        expect(() => parse(text, { requiresOtherClause: true }), `${locale} ${key}`).not.toThrow();
      }
    }
  });

  it('takes the same arguments, of the same kinds, in both languages', () => {
    const en = new Map(leaves(messagesFor('en')));
    for (const [key, zh] of zhLeaves) {
      const zhArgs = argumentsOf(parse(zh));
      const enArgs = argumentsOf(parse(en.get(key)!));
      expect(Object.fromEntries(enArgs), key).toEqual(Object.fromEntries(zhArgs));
    }
  });

  it('formats every message with sample arguments in both locales, leaving no placeholder', () => {
    let formatted = 0;
    for (const locale of LOCALES) {
      const t = translator(locale);
      for (const [key, text] of zhLeaves) {
        const args = argumentsOf(parse(text));
        const hasTags = [...args.values()].some((k) => k.kind === 'tag');
        for (const values of samples(args)) {
          const out = hasTags ? t.markup(key as never, values as never) : args.size ? t(key as never, values as never) : t(key as never);
          expect(typeof out, `${locale} ${key}`).toBe('string');
          expect(out.trim(), `${locale} ${key}`).not.toBe('');
          expect(out, `${locale} ${key} ${JSON.stringify(values)}`).not.toMatch(/[{}]|<\/?\w+>/);
          formatted += 1;
        }
      }
    }
    expect(formatted).toBeGreaterThan(zhLeaves.length * 2);
  });

  it('keeps the error pages’ namespace plain text: the browser shows it without the ICU runtime', () => {
    for (const locale of LOCALES) {
      for (const [key, text] of leaves(messagesFor(locale).errors)) {
        expect(
          parse(text).every((el) => el.type === TYPE.literal),
          `${locale} errors.${key}`,
        ).toBe(true);
      }
    }
  });

  it('makes plurals agree with the count in English, and counts in Chinese', () => {
    const en = translator('en');
    const zh = translator('zh-CN');
    expect(en('common.months', { count: 1 })).toBe('1 month');
    expect(en('common.months', { count: 2 })).toBe('2 months');
    expect(en('common.months', { count: 0 })).toBe('0 months');
    expect(zh('common.months', { count: 1 })).toBe('1 个月');
    expect(en('common.yearsAndMonths', { years: 1, months: 11 })).toBe('1 year 11 months');
    expect(zh('common.yearsAndMonths', { years: 22, months: 5 })).toBe('22 年 5 个月');
    expect(en('explanation.summary', { count: 1 })).toBe('How this was worked out (1 step)');
    expect(zh('explanation.summary', { count: 15 })).toBe('计算说明（共 15 步）');
    // Counts are grouped the reader's way.
    expect(en('common.months', { count: 1234 })).toBe('1,234 months');
  });

  it('formats dates in messages in Beijing time, whatever the machine’s zone', () => {
    // Midnight 1 January in Beijing is still 31 December in UTC.
    const newYear = new Date('2025-01-01T00:30:00+08:00');
    expect(translator('zh-CN')('common.asOf', { date: newYear })).toBe('截至 2025年1月1日');
    expect(translator('en')('common.asOf', { date: newYear })).toBe('As of 1 January 2025');
    expect(translator('en')('common.asOf', { date: calendarDate('2025-12-31') })).toBe('As of 31 December 2025');
  });

  it('refuses a message it cannot format instead of showing its key', () => {
    const t = translator('en');
    expect(() => t('common.months' as MessageKey as never)).toThrow();
  });
});
