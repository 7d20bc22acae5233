/**
 * The outpatient quota 门诊额度 of a person from their stored rows (RULES §7, §9): the rows go
 * into the policy library's `outpatient-quota` (Jiangmen) and `outpatient` (Shaoyang) requests,
 * and every figure comes back from it. Pure: the data layer (lib/dal/clinic.ts) reads the rows,
 * the browser tests (e2e/clinic.spec.ts) pass the rows they recorded, and both get the same figures.
 *
 * The claims table's mapping (db/seed/claims.ts): a Jiangmen visit's `tier1` is what it took from
 * the tier-1 pool, its `tier2` from the tier-2 pool of the primary clinic — or, at the other
 * chosen institution (the clinic of kind `other` in force that day), from that pool; a Shaoyang
 * visit's fund payment is `tier1`.
 */
import type { Dec } from '../lib/policy/core';
import { ZERO, dec, parseInput, parts } from '../lib/policy/core';
import { inForceOn, type ChoiceRecord } from '../lib/policy/jiangmen/clinic-choice';
import type { Identity, Region } from '../lib/policy/jiangmen/insured-person';
import { outpatientQuota, quotaRequestSchema, type QuotaResult } from '../lib/policy/jiangmen/outpatient';
import { estimateShaoyangOutpatient, shaoyangOutpatientSchema, type ShaoyangOutpatientResult } from '../lib/policy/shaoyang';

export interface OutpatientRows {
  region: Region;
  enrolments: readonly { validFrom: string; validTo: string | null; identity: Identity }[];
  choices: readonly ChoiceRecord[];
  claims: readonly {
    kind: string;
    institutionId: string | null;
    institutionName: string;
    serviceFrom: string;
    inScope: string;
    outOfScope: string;
    tier1: string;
    tier2: string;
    personalAccount: string;
    outOfPocket: string;
  }[];
}

export const POOLS = ['tier1', 'tier2Primary', 'other', 'shaoyang', 'none'] as const;
export type Pool = (typeof POOLS)[number];

export interface Visit {
  date: string;
  institutionName: string;
  /** The pool(s) the fund paid from: the tier-1 pool first, then tier 2 at the primary clinic. */
  pools: Pool[];
  inScope: Dec;
  outOfScope: Dec;
  fund: Dec;
  personalAccount: Dec;
  outOfPocket: Dec;
  /** What the resident paid: personal account + out of pocket. */
  resident: Dec;
}

export type OutpatientFigures =
  | { region: 'jiangmen'; year: number; today: string; tier2: boolean; tier2FromMonth: number | null; quota: QuotaResult; visits: Visit[] }
  | { region: 'shaoyang'; year: number; today: string; usedYear: Dec; usedToday: Dec; limits: ShaoyangOutpatientResult; visits: Visit[] };

/** The general outpatient visits of today's year up to today, in date order. */
function visitsOf(rows: OutpatientRows, today: string): OutpatientRows['claims'] {
  const year = today.slice(0, 4);
  return rows.claims
    .filter((c) => c.kind === 'outpatient' && c.serviceFrom.slice(0, 4) === year && c.serviceFrom <= today)
    .sort((a, b) => (a.serviceFrom < b.serviceFrom ? -1 : a.serviceFrom > b.serviceFrom ? 1 : 0));
}

function visit(c: OutpatientRows['claims'][number], pools: Pool[]): Visit {
  const personalAccount = dec(c.personalAccount);
  const outOfPocket = dec(c.outOfPocket);
  return {
    date: c.serviceFrom,
    institutionName: c.institutionName,
    pools,
    inScope: dec(c.inScope),
    outOfScope: dec(c.outOfScope),
    fund: dec(c.tier1).plus(dec(c.tier2)),
    personalAccount,
    outOfPocket,
    resident: personalAccount.plus(outOfPocket),
  };
}

/** Tier 2 today, and the month of today's year it began in (when it began this year). */
export function tier2Of(rows: OutpatientRows, today: string): { tier2: boolean; fromMonth: number | null } {
  const now = rows.enrolments
    .filter((e) => e.validFrom <= today && (e.validTo === null || e.validTo >= today))
    .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
  const tier2 = now?.identity === 'employee';
  if (!tier2) return { tier2: false, fromMonth: null };
  const since = rows.enrolments
    .filter((e) => e.identity === 'employee')
    .map((e) => e.validFrom)
    .sort()[0];
  return { tier2, fromMonth: since !== undefined && parts(since).year === parts(today).year ? parts(since).month : null };
}

/** The pools today, month by month, and this year's visits, through the policy library. */
export function outpatientFigures(rows: OutpatientRows, today: string): OutpatientFigures {
  const year = parts(today).year;
  const claims = visitsOf(rows, today);
  if (rows.region === 'shaoyang') {
    let usedYear: Dec = ZERO;
    let usedToday: Dec = ZERO;
    for (const c of claims) {
      usedYear = usedYear.plus(dec(c.tier1));
      if (c.serviceFrom === today) usedToday = usedToday.plus(dec(c.tier1));
    }
    // A visit of 0 yuan today: what is left of the year's 600 and the day's 60, with the rules explained.
    const limits = estimateShaoyangOutpatient(
      parseInput(shaoyangOutpatientSchema, {
        region: 'shaoyang',
        date: today,
        visit: { clinic: 'primary', inScope: '0' },
        yearToDate: { used: usedYear.toFixed(2), usedToday: usedToday.toFixed(2) },
      }),
    );
    return {
      region: 'shaoyang',
      year,
      today,
      usedYear,
      usedToday,
      limits,
      visits: claims.map((c) => visit(c, dec(c.tier1).gt(0) ? ['shaoyang'] : ['none'])),
    };
  }
  const { tier2, fromMonth } = tier2Of(rows, today);
  const byMonth = new Map<string, { tier1: Dec; tier2Primary: Dec; other: Dec }>();
  const visits: Visit[] = [];
  for (const c of claims) {
    const other = c.institutionId !== null && inForceOn(rows.choices, 'other', c.serviceFrom)?.institutionId === c.institutionId;
    const t1 = dec(c.tier1);
    const t2 = dec(c.tier2);
    const u = byMonth.get(c.serviceFrom.slice(0, 7)) ?? { tier1: ZERO, tier2Primary: ZERO, other: ZERO };
    u.tier1 = u.tier1.plus(t1);
    if (other) u.other = u.other.plus(t2);
    else u.tier2Primary = u.tier2Primary.plus(t2);
    byMonth.set(c.serviceFrom.slice(0, 7), u);
    const pools: Pool[] = [];
    if (t1.gt(0)) pools.push('tier1');
    if (t2.gt(0)) pools.push(other ? 'other' : 'tier2Primary');
    visits.push(visit(c, pools.length > 0 ? pools : ['none']));
  }
  const quota = outpatientQuota(
    parseInput(quotaRequestSchema, {
      region: 'jiangmen',
      date: today,
      person: { tier2, ...(tier2 && fromMonth !== null ? { tier2FromMonth: fromMonth } : {}) },
      used: [...byMonth.entries()].map(([month, u]) => ({
        month,
        tier1: u.tier1.toFixed(2),
        tier2Primary: u.tier2Primary.toFixed(2),
        other: u.other.toFixed(2),
      })),
    }),
  );
  return { region: 'jiangmen', year, today, tier2, tier2FromMonth: fromMonth, quota, visits };
}
