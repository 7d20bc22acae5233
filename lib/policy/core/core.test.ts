import { describe, expect, it } from 'vitest';
import { Dec, money, round2, percent } from './decimal';
import { addDays, addMonths, ageOn, epochDay, fromEpochDay, isIsoDate, monthIndex, monthOfIndex } from './dates';
import { defineDecimalParameter } from './params';
import { PolicyError } from './errors';
import { amountString, parseInput, safeParseInput, withRules } from './validate';
import { z } from 'zod';

describe('money', () => {
  it.each([
    ['15520', '15520.00'],
    ['0.005', '0.01'],
    ['0.004', '0.00'],
    ['-0.004', '0.00'],
    ['-1.5', '-1.50'],
    ['123456789.999', '123456790.00'],
    ['1e-30', '0.00'],
    ['100000000000000000000', '100000000000000000000.00'],
  ])('formats %s as %s', (input, expected) => {
    expect(money(new Dec(input))).toBe(expected);
  });
  it('rounds half-up at the cent', () => {
    expect(round2(new Dec('2.345')).toString()).toBe('2.35');
    expect(round2(new Dec('2.344999')).toString()).toBe('2.34');
  });
  it('formats ratios as percentages', () => {
    expect(percent(new Dec('0.85'))).toBe('85%');
    expect(percent(new Dec('0.725'))).toBe('72.5%');
  });
});

describe('dates', () => {
  it('validates calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-6-1')).toBe(false);
  });
  it('adds months, keeping the day where it exists', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-03-15', -3)).toBe('2024-12-15');
  });
  it('counts days without the machine clock or zone', () => {
    expect(epochDay('1970-01-01')).toBe(0);
    expect(fromEpochDay(epochDay('2000-02-29'))).toBe('2000-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
  it('computes ages on birthdays', () => {
    expect(ageOn('1965-06-10', '2025-06-09')).toBe(59);
    expect(ageOn('1965-06-10', '2025-06-10')).toBe(60);
  });
  it('round-trips month indexes', () => {
    expect(monthOfIndex(monthIndex('2025-12-01'))).toBe('2025-12');
    expect(monthIndex('2026-01') - monthIndex('2025-12')).toBe(1);
  });
});

describe('parameters', () => {
  const p = defineDecimalParameter({
    key: 'test.example',
    label: { zh: '示例', en: 'example' },
    unit: 'ratio',
    citation: 'TEST',
    source: 'test',
    values: { '2018-01-01': '0.5', '2020-01-01': { value: '0.6', illustrative: true }, '2023-01-01': null },
  });
  it('returns the value in force on a date', () => {
    expect(p.at('2018-01-01').value.toString()).toBe('0.5');
    expect(p.at('2019-12-31').value.toString()).toBe('0.5');
    expect(p.at('2020-01-01').value.toString()).toBe('0.6');
    expect(p.at('2020-01-01').illustrative).toBe(true);
    expect(p.at('2019-01-01').since).toBe('2018-01-01');
  });
  it('refuses a date before the first value, and after the parameter ends', () => {
    expect(() => p.at('2017-12-31')).toThrow(PolicyError);
    try {
      p.at('2017-12-31', 'visit.date');
    } catch (e) {
      expect((e as PolicyError).code).toBe('unsupported_date');
      expect((e as PolicyError).issues[0]!.path).toBe('visit.date');
    }
    expect(() => p.at('2023-01-01')).toThrow(/unsupported_date/);
  });
});

describe('validation', () => {
  const schema = z.strictObject({ amount: amountString, kind: z.enum(['a', 'b']), flag: z.boolean().optional() });
  it('lists each bad field with zh and en messages', () => {
    const r = safeParseInput(schema, { amount: '1.234', kind: 'c', extra: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.error.issues.map((i) => i.path).sort();
    expect(paths).toEqual(['amount', 'extra', 'kind']);
    for (const issue of r.error.issues) {
      expect(issue.message.zh.length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
  });
  it('says a missing field is required', () => {
    const r = safeParseInput(schema, { kind: 'a' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues).toContainEqual({ path: 'amount', message: expect.objectContaining({ en: expect.stringContaining('amount') }) });
  });
  it.each(['20000', '20000.5', '20000.50', '0', '999999999.99'])('accepts amount %s', (a) => {
    expect(parseInput(schema, { amount: a, kind: 'a' }).amount).toBe(a);
  });
  it.each(['', '1000000000', '1.234', '-1', '1e5', ' 1', '1.'])('refuses amount %j', (a) => {
    expect(safeParseInput(schema, { amount: a, kind: 'a' }).ok).toBe(false);
  });
  it('refuses a number where an amount string is expected', () => {
    expect(safeParseInput(schema, { amount: 20000, kind: 'a' }).ok).toBe(false);
  });
});

describe('rules across fields', () => {
  const schema = withRules(z.strictObject({ from: z.number(), to: z.number() }), (v) =>
    v.to < v.from ? [{ path: 'to', message: { zh: '结束不能早于开始。', en: 'The end cannot be before the start.' } }] : [],
  );
  it('are part of the schema, with their own zh and en text', () => {
    const r = safeParseInput(schema, { from: 5, to: 3 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues).toEqual([{ path: 'to', message: { zh: '结束不能早于开始。', en: 'The end cannot be before the start.' } }]);
    expect(safeParseInput(schema, { from: 3, to: 5 }).ok).toBe(true);
  });
  it('run only on input whose fields are valid', () => {
    const r = safeParseInput(schema, { from: 'x', to: 3 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.path)).toEqual(['from']);
  });
});
