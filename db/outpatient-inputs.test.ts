import { describe, expect, it } from 'vitest';
import { outpatientFigures, type OutpatientRows } from './outpatient-inputs';

const claim = (over: Partial<OutpatientRows['claims'][number]>): OutpatientRows['claims'][number] => ({
  kind: 'outpatient',
  institutionId: 'P',
  institutionName: '社区卫生服务中心',
  serviceFrom: '2026-03-10',
  inScope: '100.00',
  outOfScope: '0.00',
  tier1: '0.00',
  tier2: '0.00',
  personalAccount: '0.00',
  outOfPocket: '0.00',
  ...over,
});

describe('outpatientFigures', () => {
  it('puts a Jiangmen visit’s tier-2 part in the pool of the clinic it was at, and leaves out other years and other care', () => {
    const rows: OutpatientRows = {
      region: 'jiangmen',
      enrolments: [{ validFrom: '2020-01-01', validTo: null, identity: 'employee' }],
      choices: [
        { year: 2020, kind: 'primary', effectiveFrom: '2020-01-01', institutionId: 'P' },
        { year: 2020, kind: 'other', effectiveFrom: '2020-01-01', institutionId: 'O' },
      ],
      claims: [
        claim({ tier1: '70.00', outOfPocket: '30.00' }),
        claim({ serviceFrom: '2026-04-02', tier1: '20.00', tier2: '14.00', personalAccount: '16.00', inScope: '50.00' }),
        claim({ serviceFrom: '2026-04-03', institutionId: 'O', tier2: '40.00', personalAccount: '40.00', inScope: '80.00' }),
        claim({ serviceFrom: '2025-12-30', tier1: '50.00', outOfPocket: '50.00' }),
        claim({ kind: 'inpatient', serviceFrom: '2026-05-01', tier1: '900.00', outOfPocket: '100.00', inScope: '1000.00' }),
      ],
    };
    const f = outpatientFigures(rows, '2026-04-30');
    expect(f.region).toBe('jiangmen');
    if (f.region !== 'jiangmen') return;
    expect(f.visits.map((v) => v.pools)).toEqual([['tier1'], ['tier1', 'tier2Primary'], ['other']]);
    expect(f.quota.tier1.used.toFixed(2)).toBe('90.00');
    expect(f.quota.tier1.remaining.toFixed(2)).toBe('90.00');
    expect(f.quota.tier2Primary.remaining.toFixed(2)).toBe(`${35 * 4 - 14}.00`);
    expect(f.quota.other.remaining.toFixed(2)).toBe(`${40 * 4 - 40}.00`);
    expect(f.visits[1]!.resident.toFixed(2)).toBe('16.00');
  });

  it('gives a Shaoyang resident what is left of the year’s 600 and the day’s 60', () => {
    const rows: OutpatientRows = {
      region: 'shaoyang',
      enrolments: [{ validFrom: '2020-01-01', validTo: null, identity: 'resident' }],
      choices: [],
      claims: [
        claim({ tier1: '35.00', outOfPocket: '15.00', inScope: '50.00', serviceFrom: '2026-06-01' }),
        claim({ tier1: '21.00', outOfPocket: '9.00', inScope: '30.00', serviceFrom: '2026-06-09' }),
      ],
    };
    const f = outpatientFigures(rows, '2026-06-09');
    if (f.region !== 'shaoyang') throw new Error('shaoyang expected');
    expect(f.limits.remaining.year.toFixed(2)).toBe('544.00');
    expect(f.limits.remaining.today.toFixed(2)).toBe('39.00');
  });
});
