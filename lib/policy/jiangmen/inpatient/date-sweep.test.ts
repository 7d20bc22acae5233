/**
 * Date sweep (like Catala's tests_couverture_temporelle): every month from the first rule to
 * the end of next year finds exactly one value for every care parameter; the day before the
 * first rule finds none (unsupported_date).
 */
import { describe, expect, it } from 'vitest';
import { allParameters, PolicyError } from '../../core';
import '../../care-commands'; // loads every care parameter
import { capFactorBands } from '../continuity/cap-factor';

/** "Next year" as of this code (2026): keep it one year ahead when the rules are reviewed. */
const SWEEP_END_YEAR = 2027;

const MINE = ['jiangmen.inpatient.', 'jiangmen.outpatient.', 'jiangmen.special_disease.', 'shaoyang.'];
const care = allParameters().filter((p) => MINE.some((prefix) => p.key.startsWith(prefix)));

function months(fromYear: number, fromMonth: number): string[] {
  const out: string[] = [];
  for (let y = fromYear; y <= SWEEP_END_YEAR; y += 1) {
    for (let m = y === fromYear ? fromMonth : 1; m <= 12; m += 1) out.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return out;
}

describe('date sweep of the care parameters', () => {
  it('finds the parameters', () => {
    expect(care.length).toBeGreaterThanOrEqual(35);
  });

  it.each(care.map((p) => [p.key, p] as const))('%s', (_key, p) => {
    // Jiangmen care rules apply from 2018-01-01; Shaoyang's plan from 2020-01-01.
    const start = p.key.startsWith('shaoyang.') ? '2020-01-01' : '2018-01-01';
    expect(p.firstDate <= start).toBe(true);
    // the dated entries are distinct and ordered, so a date matches exactly one of them
    expect(new Set(p.dates).size).toBe(p.dates.length);
    expect([...p.dates].sort()).toEqual(p.dates);
    for (const month of months(parseInt(start.slice(0, 4), 10), 1)) {
      for (const day of ['01', '15', '28']) {
        const date = `${month}-${day}`;
        const use = p.find(date);
        expect(use, `${p.key} on ${date}`).toBeDefined();
        const matching = p.dates.filter((d, i) => d <= date && (p.dates[i + 1] === undefined || p.dates[i + 1]! > date));
        expect(matching).toEqual([use!.since]);
      }
    }
    if (p.firstDate === start) {
      const dayBefore = start === '2018-01-01' ? '2017-12-31' : '2019-12-31';
      expect(() => p.at(dayBefore)).toThrow(PolicyError);
    }
  });

  it('the cap factor (continuity, used by hospital stays) covers the same months', () => {
    for (const month of months(2018, 1)) expect(capFactorBands.find(`${month}-01`)).toBeDefined();
  });

  it('every parameter has a label, unit, RULES.md citation and source', () => {
    for (const p of care) {
      expect(p.label.zh.length * p.label.en.length).toBeGreaterThan(0);
      expect(p.citation).toMatch(/^(JM-UR|JM-14|GD-MC|SY-OP) /);
      expect(p.source.length).toBeGreaterThan(0);
    }
  });
});
