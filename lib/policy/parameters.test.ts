/**
 * The date sweep over the parameter registry (Catala's tests_couverture_temporelle): every
 * parameter, from its first date to the end of next year, finds exactly one value on every day
 * looked at (the first, the 15th and the last day of each month); the day before its first date
 * finds none (unsupported_date). Every parameter also names its clause and its source.
 */
import { describe, expect, it } from 'vitest';
import { addDays, allParameters, firstOfMonthAfter, monthIndex, PolicyError } from './core';
import { parseCitation } from './core/documents';
import { JIANGMEN_CARE_START } from './jiangmen/inpatient/parameters';
import './commands'; // loads every parameter, through the commands that read them

/** "Next year" as of this code (2026): keep it one year ahead when the rules are reviewed. */
const SWEEP_END = '2027-12';

const parameters = allParameters();

/** The days the sweep looks at: the first date, then the 1st, 15th and last day of every later month to SWEEP_END. */
function days(firstDate: string): string[] {
  const out = [firstDate];
  for (let n = 1; monthIndex(firstDate) + n <= monthIndex(SWEEP_END); n += 1) {
    const first = firstOfMonthAfter(firstDate, n);
    out.push(first, `${first.slice(0, 8)}15`, addDays(firstOfMonthAfter(first), -1));
  }
  if (firstDate.slice(8) < '15') out.push(`${firstDate.slice(0, 8)}15`);
  return out;
}

describe('date sweep: exactly one value on every day to the end of next year', () => {
  it('finds every parameter of the library, each key once', () => {
    expect(parameters.length).toBeGreaterThanOrEqual(50);
    expect(new Set(parameters.map((p) => p.key)).size).toBe(parameters.length);
  });

  it.each(parameters.map((p) => [p.key, p] as const))('%s', (_key, p) => {
    // the dated entries are distinct and ordered, so a date matches exactly one of them
    expect(new Set(p.dates).size).toBe(p.dates.length);
    expect([...p.dates].sort()).toEqual(p.dates);
    expect(p.firstDate).toBe(p.dates[0]);
    const gaps: string[] = [];
    for (const day of days(p.firstDate)) {
      const use = p.find(day);
      if (use === undefined) {
        gaps.push(day);
        continue;
      }
      const matching = p.dates.filter((d, i) => d <= day && (p.dates[i + 1] === undefined || p.dates[i + 1]! > day));
      expect(matching, `${p.key} on ${day}`).toEqual([use.since]);
      expect(p.at(day)).toEqual(use);
    }
    expect(gaps).toEqual([]);
    // before the first date: an error, never a default
    expect(() => p.at(addDays(p.firstDate, -1))).toThrow(PolicyError);
  });

  it('every parameter has a label, a unit, a citation naming its document, and a source', () => {
    for (const p of parameters) {
      expect(p.label.zh.length * p.label.en.length, p.key).toBeGreaterThan(0);
      expect(p.unit.length, p.key).toBeGreaterThan(0);
      expect(parseCitation(p.citation).document, `${p.key}: ${p.citation}`).not.toBeNull();
      expect(p.source.length, p.key).toBeGreaterThan(0);
    }
  });

  it('the care rules have their figures from the day they apply: Jiangmen 2018-01-01, Shaoyang 2020-01-01', () => {
    const care = parameters.filter((p) => /^(jiangmen\.(inpatient|outpatient|special_disease)|shaoyang)\./.test(p.key));
    expect(care.length).toBeGreaterThanOrEqual(35);
    for (const p of care) expect(p.firstDate <= (p.key.startsWith('shaoyang.') ? '2020-01-01' : JIANGMEN_CARE_START), p.key).toBe(true);
  });
});
