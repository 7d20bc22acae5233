/** The helpers that should move to core: fast formatting must equal core's money() / percent(). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Dec, money, percent } from '../../core';
import { amount, fmt, marginal, pct } from './toolkit';

describe('fmt equals money()', () => {
  it.each(['0', '-0', '0.004', '0.005', '-0.004', '-1.5', '15520', '16012.3', '2.345', '123456789.999', '1e-30', '100000000000000000000', '0.1', '-0.105'])('%s', (v) => {
    expect(fmt(new Dec(v))).toBe(money(new Dec(v)));
  });
  it('for any decimal', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }), (n, scale) => {
        const d = new Dec(n.toString()).dividedBy(new Dec(10).pow(scale));
        expect(fmt(d)).toBe(money(d));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('pct equals percent()', () => {
  it.each(['0.85', '0.725', '1', '0', '0.05', '0.425', '0.175', '1.5', '0.000001', '-0.1', '12'])('%s', (v) => {
    expect(pct(new Dec(v))).toBe(percent(new Dec(v)));
  });
  it('for ratios with up to 6 decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000_000 }), (n) => {
        const d = new Dec(n).dividedBy(1_000_000);
        expect(pct(d)).toBe(percent(d));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('amount', () => {
  it('parses amount strings exactly', () => {
    expect(amount('20000.50').eq(new Dec('20000.5'))).toBe(true);
    expect(amount('0').isZero()).toBe(true);
  });
});

describe('marginal brackets', () => {
  const brackets = [
    { from: new Dec(0), to: new Dec(5000), rate: new Dec('0.5') },
    { from: new Dec(5000), to: new Dec(200000), rate: new Dec('0.85') },
    { from: new Dec(200000), to: null, rate: new Dec('0.9') },
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
