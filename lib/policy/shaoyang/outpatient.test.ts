/**
 * Shaoyang general outpatient (RULES.md §9; SY-OP 三(三)): no deductible, 70 %, the fund pays
 * at most 60 a day and 600 a year (RULING), from 2020-01-01.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Dec, PolicyError, encoder, parseInput, runCommand } from '../core';
import { outpatientCommand } from '../commands';
import { estimateShaoyangOutpatient } from './outpatient';
import { shaoyangOutpatientResultSchema, shaoyangOutpatientSchema, type ShaoyangOutpatientResponse as ShaoyangOutpatientResult } from './schema';

/** The function's decimals as the response gives them (2-decimal strings). */
const encode = encoder(shaoyangOutpatientResultSchema);

function visit(inScope: string, used = '0', usedToday = '0', date = '2025-04-15', clinic: 'primary' | 'none' = 'primary'): ShaoyangOutpatientResult {
  return encode(
    estimateShaoyangOutpatient(parseInput(shaoyangOutpatientSchema, { region: 'shaoyang', date, visit: { clinic, inScope }, yearToDate: { used, usedToday } })),
  );
}

describe('Shaoyang outpatient', () => {
  it.each([
    // inScope, used this year, used today → fund, remaining year, remaining today
    ['50', '0', '0', '35.00', '565.00', '25.00'], // 50 × 70 %
    ['85.70', '0', '0', '59.99', '540.01', '0.01'], // 85.70 × 70 % = 59.99, just under the daily 60
    ['85.72', '0', '0', '60.00', '540.00', '0.00'], // 60.004 → capped at 60 a day
    ['100', '0', '0', '60.00', '540.00', '0.00'], // 70, capped at 60 a day
    ['100', '30', '30', '30.00', '540.00', '0.00'], // only 60 − 30 left today
    ['100', '570', '0', '30.00', '0.00', '0.00'], // only 600 − 570 left this year
    ['100', '600', '0', '0.00', '0.00', '0.00'], // the year is used up
  ])('in-scope %s, used %s (today %s) → fund %s', (inScope, used, usedToday, fund, year, today) => {
    const r = visit(inScope, used, usedToday);
    expect([r.fund, r.remaining.year, r.remaining.today]).toEqual([fund, year, today]);
    expect(new Dec(r.fund).plus(r.outOfPocket).eq(inScope)).toBe(true);
  });
  it('other institutions pay nothing', () => {
    expect(visit('100', '0', '0', '2025-04-15', 'none')).toMatchObject({ fund: '0.00', outOfPocket: '100.00' });
  });
  it('applies from 2020-01-01 (SY-OP: 2020年1月1日起全面实行普通门诊统筹)', () => {
    expect(() => visit('100', '0', '0', '2019-12-31')).toThrow(/unsupported_date/);
    expect(visit('100', '0', '0', '2020-01-01').fund).toBe('60.00');
  });
  it('refuses more paid today than this year', () => {
    expect(() => visit('1', '10', '20')).toThrow(PolicyError);
  });
  it('names the other reading (420 / 42) and the document date', () => {
    const r = visit('100');
    const reading = r.explanation!.steps.find((s) => s.key === 'shaoyang.outpatient.reading')!;
    expect(reading.text.zh).toContain('420.00');
    expect(reading.text.en).toContain('42.00');
    expect(r.explanation!.steps[0]!.text.zh).toContain('2019-10-30');
    expect(r.explanation!.steps[0]!.text.zh).toContain('试行');
    for (const s of r.explanation!.steps) expect(s.citation).toMatch(/^SY-OP /);
  });
  it('runs through the outpatient command with region "shaoyang"', () => {
    const r = runCommand(outpatientCommand, {
      region: 'shaoyang',
      date: '2025-04-15',
      visit: { clinic: 'primary', inScope: '100.00' },
      yearToDate: { used: '0', usedToday: '0' },
    });
    expect(r).toMatchObject({ ok: true, output: { fund: '60.00', outOfPocket: '40.00', remaining: { year: '540.00', today: '0.00' } } });
  });
  it('refuses Jiangmen-only fields for Shaoyang', () => {
    const r = runCommand(outpatientCommand, { region: 'shaoyang', date: '2025-04-15', visit: { clinic: 'other', inScope: '1' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.error.issues.map((i) => i.path)).toContain('visit.clinic');
  });
  it('never pays above 60 a day or 600 a year', () => {
    const amt = fc.integer({ min: 0, max: 100_000 }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`);
    fc.assert(
      fc.property(amt, amt, amt, (inScope, a, b) => {
        const [usedToday, used] = new Dec(a).lte(b) ? [a, b] : [b, a];
        const r = visit(inScope, used, usedToday);
        expect(new Dec(r.fund).plus(usedToday).lte(60) || new Dec(r.fund).isZero()).toBe(true);
        expect(new Dec(r.fund).plus(used).lte(600) || new Dec(r.fund).isZero()).toBe(true);
        expect(new Dec(r.fund).lte(new Dec(inScope).times('0.7').toDecimalPlaces(2))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
