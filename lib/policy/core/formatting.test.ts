/**
 * Core's formatting is written for speed (no decimal objects on the hot path): it must give
 * exactly what decimal.js's own half-up formatting gives. Also the marginal brackets.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { Dec, cmp, dec, marginal, maxDec, minDec, money, percent, round2 } from './index';

/** References: decimal.js formatting (fine in tests; the library itself avoids toFixed). */
const refMoney = (d: Decimal) => {
  const s = d.toFixed(2, Decimal.ROUND_HALF_UP);
  return s === '-0.00' ? '0.00' : s;
};
const refPercent = (d: Decimal) => `${d.times(100).toDecimalPlaces(4).toString()}%`;

describe('money() equals decimal.js half-up formatting', () => {
  it.each([
    ...['0', '-0', '0.004', '0.005', '-0.004', '-1.5', '15520', '16012.3', '2.345', '123456789.999', '1e-30', '100000000000000000000', '0.1', '-0.105'],
    // the edges of money()'s fast path (values under 10 000 000 with two places or fewer)
    ...['9999999.99', '9999999.995', '10000000', '10000000.01', '0.01', '0.99', '-0.05', '1234567.8', '0.50', '0.056', '9999999.994'],
  ])('%s', (v) => {
    expect(money(new Dec(v))).toBe(refMoney(new Dec(v)));
  });
  it('for any decimal', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }), (n, scale) => {
        const d = new Dec(n.toString()).dividedBy(new Dec(10).pow(scale));
        expect(money(d)).toBe(refMoney(d));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('percent() equals the decimal reference', () => {
  it.each(['0.85', '0.725', '1', '0', '0.05', '0.425', '0.175', '1.5', '0.000001', '-0.1', '12'])('%s', (v) => {
    expect(percent(new Dec(v))).toBe(refPercent(new Dec(v)));
  });
  it('for ratios with up to 6 decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000_000 }), (n) => {
        const d = new Dec(n).dividedBy(1_000_000);
        expect(percent(d)).toBe(refPercent(d));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('dec', () => {
  it('parses amount strings exactly', () => {
    expect(dec('20000.50').eq(new Dec('20000.5'))).toBe(true);
    expect(dec('0').isZero()).toBe(true);
  });
});

describe('marginal brackets', () => {
  const brackets = [
    { upTo: new Dec(5000), rate: new Dec('0.5') },
    { upTo: new Dec(200000), rate: new Dec('0.85') },
    { upTo: null, rate: new Dec('0.9') },
  ];
  it('pays only the slice this event adds', () => {
    // (3000, 6000]: 2000 × 50 % + 1000 × 85 % = 1000 + 850
    expect(marginal(new Dec(3000), new Dec(6000), brackets).total.toString()).toBe('1850');
  });
  it('nothing when the base does not grow', () => {
    expect(marginal(new Dec(6000), new Dec(6000), brackets).slices).toEqual([]);
  });
  it('crosses every bracket', () => {
    // (0, 250000]: 2500 + 195000 × 85 % + 50000 × 90 % = 2500 + 165750 + 45000
    expect(marginal(new Dec(0), new Dec(250000), brackets).total.toString()).toBe('213250');
  });
});

describe('comparisons and rounding read the digits as decimal.js does', () => {
  const decimalArb = fc
    .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 9 }))
    .map(([n, scale]) => new Dec(n.toString()).dividedBy(new Dec(10).pow(scale)));
  it('cmp, minDec, maxDec equal decimal.js comparedTo', () => {
    fc.assert(
      fc.property(decimalArb, decimalArb, (a, b) => {
        expect(cmp(a, b)).toBe(a.comparedTo(b));
        expect(cmp(a, a.plus(0))).toBe(0);
        expect(minDec(a, b).eq(Dec.min(a, b))).toBe(true);
        expect(maxDec(a, b).eq(Dec.max(a, b))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it('round2 equals decimal.js half-up to two places', () => {
    fc.assert(
      fc.property(decimalArb, (a) => {
        expect(round2(a).toString()).toBe(a.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString());
      }),
      { numRuns: 2000 },
    );
  });
});
