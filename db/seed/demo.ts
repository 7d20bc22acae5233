/**
 * Builds the whole demo for a date, in memory and without I/O: the directory and every
 * persona's history, claims included. The same `today` always gives the same result.
 */
import { isIsoDate, monthIndex, parts } from '../../lib/policy/core';
import { settleCare } from './claims';
import { personalAccountLedger } from './ledger';
import { MEDICAL_COMMUNITIES, demoInstitutions, type InstitutionRow, type MedicalCommunityRow } from './institutions';
import { PERSONAS, type Ctx } from './personas';
import type { PersonPlan } from './plan';
import { prng } from './prng';

export interface Demo {
  today: string;
  communities: readonly MedicalCommunityRow[];
  institutions: InstitutionRow[];
  plans: PersonPlan[];
  /** Things the operator should know (e.g. a future year's figures missing from the policy library). */
  notes: string[];
}

export function buildDemo(today: string): Demo {
  if (!isIsoDate(today)) throw new Error(`today must be a date (YYYY-MM-DD), not "${today}"`);
  const ctx: Ctx = { today, year: parts(today).year, c: monthIndex(today), notes: new Set() };
  const plans = PERSONAS.map((def): PersonPlan => {
    const plan: PersonPlan = { ...def.build(ctx), key: def.key, idNumber: def.idNumber, claims: [], ledger: [] };
    plan.claims = settleCare(plan, today, prng(`${today}:${def.key}`));
    plan.ledger = personalAccountLedger(plan, today, prng(`${today}:${def.key}:ledger`));
    return plan;
  });
  return { today, communities: MEDICAL_COMMUNITIES, institutions: demoInstitutions(today), plans, notes: [...ctx.notes] };
}
