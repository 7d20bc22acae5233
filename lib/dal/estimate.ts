import 'server-only';
/**
 * 住院费用估算: what the estimator fills in for the signed-in resident (their person fields,
 * continuous months of tier 1 and tier 2, this year's settled stays summed, the filing in force)
 * and the estimate itself — the `inpatient` function of lib/policy on the validated request,
 * then the same function again on alternatives (another level, with or without a filing, in
 * Jiangmen) to say what would change the result most. Every figure is the library's.
 */
import { getDb } from '../../db/client';
import { inpatientPrefill, type InpatientPrefill } from '../../db/policy-inputs';
import { today } from '../clock';
import { isPolicyError, safeParseInput, type PolicyIssue } from '../policy/core';
import { estimateInpatient, inpatientRequestSchema, type InpatientRequest, type InpatientResult } from '../policy/jiangmen/inpatient';
import type { Bilingual } from '../policy/core/text';
import { estimateFormSchema } from '../validation/estimate';
import type { FormObject } from '../validation/form-data';
import { ActionRefused } from './action-client';
import { enrolmentFiguresOf, enrolmentRows } from './enrolment';
import { claimsOfYear, filingsOf, insuranceSummary, type InsuranceSummary } from './queries';
import { currentSubject } from './session';
import type { Filing } from './out-of-town';

export interface EstimatePrefill {
  today: string;
  summary: InsuranceSummary;
  /** Null when the estimator does not apply (no enrolment, or not Jiangmen's hospital rules). */
  prefill: InpatientPrefill | null;
  /** The filing in force today, if any. */
  filing: Filing | null;
}

/** The signed-in resident's pre-filled estimator; null without a record. */
export async function myEstimatePrefill(): Promise<EstimatePrefill | null> {
  const { personId } = await currentSubject();
  const db = await getDb();
  const on = today();
  const [summary, rows, claims, filings] = await Promise.all([
    insuranceSummary(db, personId, on),
    enrolmentRows(db, personId, on),
    claimsOfYear(db, personId, Number(on.slice(0, 4))),
    filingsOf(db, personId),
  ]);
  if (!summary || !rows) return null;
  const filing = filings.find((f) => f.status === 'active' && f.validFrom <= on && (f.validTo === null || f.validTo >= on)) ?? null;
  if (summary.region !== 'jiangmen' || !summary.enrolment) return { today: on, summary, prefill: null, filing };
  const figures = enrolmentFiguresOf(rows, on, {}, summary.region, summary.enrolment.assistance);
  const c = figures.continuity;
  const prefill = inpatientPrefill(
    summary.enrolment,
    { continuousMonths: c.continuousMonths, tier2ContinuousMonths: c.tier2?.continuousMonths ?? null },
    claims,
    filings,
    on,
  );
  return { today: on, summary, prefill, filing };
}

const NOT_FILED: Bilingual = {
  zh: '您在这一天没有有效的异地就医备案：请先办理备案，或者选择“没有备案”。',
  en: 'You have no out-of-town filing in force on that day: file one first, or choose “without a filing”.',
};

/**
 * The filing rule of the estimator: "registered" only with a filing in force on the stay's
 * date (the resident's own filings). Throws `ActionRefused` on the field otherwise.
 */
export async function checkMyFiling(req: InpatientRequest): Promise<void> {
  if (req.stay.outOfTown !== 'registered') return;
  const { personId } = await currentSubject();
  const filings = await filingsOf(await getDb(), personId);
  const on = req.date;
  const inForce = filings.some((f) => f.status === 'active' && f.validFrom <= on && (f.validTo === null || f.validTo >= on));
  if (!inForce) throw new ActionRefused(NOT_FILED, [{ path: 'stay.outOfTown', message: NOT_FILED }]);
}

/** One alternative: what changes, and the layers with it. */
export interface Alternative {
  kind: 'level' | 'filed' | 'in_jiangmen';
  /** For `level`: the level tried. */
  level?: InpatientRequest['stay']['level'];
  result: InpatientResult;
  /** Out of pocket minus the estimate's (negative: pays less). */
  difference: InpatientResult['outOfPocket'];
}

export interface Estimate {
  request: InpatientRequest;
  result: InpatientResult;
  /** The alternatives that change what the resident pays, the biggest change first (at most three). */
  alternatives: Alternative[];
}

/** The alternatives tried: every other designated level, with a filing, in Jiangmen. */
function alternativesOf(req: InpatientRequest): Omit<Alternative, 'result' | 'difference'>[] {
  const out: Omit<Alternative, 'result' | 'difference'>[] = [];
  for (const level of ['level1', 'level2', 'level3'] as const) if (level !== req.stay.level) out.push({ kind: 'level', level });
  if (req.stay.outOfTown === 'unregistered') out.push({ kind: 'filed' });
  if (req.stay.outOfTown !== 'none') out.push({ kind: 'in_jiangmen' });
  return out;
}

function requestOf(req: InpatientRequest, alt: Omit<Alternative, 'result' | 'difference'>): unknown {
  const stay = { ...req.stay };
  if (alt.kind === 'level' && alt.level) stay.level = alt.level;
  if (alt.kind === 'filed') stay.outOfTown = 'registered';
  if (alt.kind === 'in_jiangmen') stay.outOfTown = 'none';
  return { ...req, stay, explain: 'none' };
}

/** The estimate of a validated request, and what would change it most (the function run again on each alternative). */
export function estimateWithAlternatives(req: InpatientRequest): Estimate {
  const result = estimateInpatient({ ...req, explain: 'full' });
  const alternatives: Alternative[] = [];
  for (const alt of alternativesOf(req)) {
    const parsed = safeParseInput(inpatientRequestSchema, requestOf(req, alt));
    if (!parsed.ok) continue; // a combination the rules refuse (say, a family bed out of town)
    try {
      const r = estimateInpatient(parsed.value);
      const difference = r.outOfPocket.minus(result.outOfPocket);
      if (!difference.isZero()) alternatives.push({ ...alt, result: r, difference });
    } catch (error) {
      if (!isPolicyError(error)) throw error;
    }
  }
  alternatives.sort((a, b) => b.difference.abs().comparedTo(a.difference.abs()));
  return { request: req, result, alternatives: alternatives.slice(0, 3) };
}

/** The page's estimate: the request from the address, checked like the form (the filing rule too). */
export async function myEstimate(form: FormObject): Promise<{ ok: true; estimate: Estimate } | { ok: false; issues: readonly PolicyIssue[] }> {
  const parsed = safeParseInput(estimateFormSchema, form);
  if (!parsed.ok) return { ok: false, issues: parsed.error.issues };
  try {
    await checkMyFiling(parsed.value);
    return { ok: true, estimate: estimateWithAlternatives(parsed.value) };
  } catch (error) {
    if (error instanceof ActionRefused) return { ok: false, issues: error.issues };
    if (isPolicyError(error)) return { ok: false, issues: error.issues };
    throw error;
  }
}
