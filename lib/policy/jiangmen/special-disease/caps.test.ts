/**
 * `specialDiseaseCaps` (the special-disease page's "this month's cap") is what the estimate pays
 * at most: for any set of class 2–4 diseases, either identity and any level, the estimate of a
 * month far above every cap pays exactly the cap in tier 1 and (when capped) tier 2.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DISEASES, type Disease } from './diseases';
import { specialDiseaseRequestSchema } from './schema';
import { estimateSpecialDisease, specialDiseaseCaps } from './special-disease';

const NOT_CLASS_1 = (DISEASES as readonly Disease[]).filter((d) => d.cls !== 1 && !d.residentOnly).map((d) => d.id);

describe('specialDiseaseCaps', () => {
  it('the two-disease rule: the highest cap + 60 (RULES §10 说明2)', () => {
    const one = specialDiseaseCaps('2025-06-10', ['diabetes'], 'employee');
    expect([one.tier1?.toFixed(2), one.tier2, one.tier2Uncapped]).toEqual(['180.00', null, true]);
    const two = specialDiseaseCaps('2025-06-10', ['diabetes', 'hepatitis_c_peg_ifn'], 'resident');
    expect(two.tier1?.toFixed(2)).toBe('1560.00');
    expect(two.explanation.length).toBe(1);
  });

  it('equals what the estimate pays at most (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...NOT_CLASS_1), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('resident' as const, 'employee' as const),
        fc.constantFrom('level1' as const, 'level2' as const, 'level3' as const, 'non_designated' as const),
        (diseases, identity, level) => {
          const caps = specialDiseaseCaps('2025-06-10', diseases, identity);
          const person = { identity, category: identity, assistance: 'none' as const };
          const r = estimateSpecialDisease(
            specialDiseaseRequestSchema.parse({ region: 'jiangmen', date: '2025-06-10', person, month: { diseases, level, inScope: '900000' } }),
          );
          expect(r.tier1.toFixed(2)).toBe(caps.tier1!.toFixed(2));
          if (caps.tier2 !== null) expect(r.tier2.toFixed(2)).toBe(caps.tier2.toFixed(2));
          if (caps.tier2Uncapped) expect(r.tier2.gt(10000)).toBe(true);
          if (identity === 'resident') expect(caps.tier2 === null && !caps.tier2Uncapped).toBe(true);
        },
      ),
    );
  });
});
