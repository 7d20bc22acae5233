import 'server-only';
/**
 * The care pages' reads: 特定病种 (/me/special-diseases) and 个人账户 (/me/account). Each starts
 * from `currentSubject()`, reads the person's rows with the queries of queries.ts, turns them
 * into the policy library's requests with the one mapper (db/policy-inputs.ts) and returns the
 * library's results — every figure with its explanation. `specialDiseaseFigures` and
 * `personalAccountFigures` are the same computations from rows alone (tests use them).
 */
import { getDb, type Db } from '../../db/client';
import {
  approvalsInForce,
  careLevelOf,
  personalAccountInput,
  policyMonth,
  specialDiseaseInput,
  type PersonalAccountFacts,
  type SpecialDiseaseApprovalRow,
} from '../../db/policy-inputs';
import type { ContributionMonthRow } from '../../db/contributions';
import type { claims as claimsTable, enrolmentPeriods, personalAccountLedger } from '../../db/schema';
import { today } from '../clock';
import { Dec, ZERO, safeParseInput, type PolicyErrorBody } from '../policy/core';
import type { Level } from '../policy/jiangmen/inpatient/parameters';
import type { InstitutionLevel } from '../policy/jiangmen/institutions';
import { personalAccountCredit, personalAccountRequestSchema, type PersonalAccount } from '../policy/jiangmen/personal-account';
import {
  DISEASE_BY_ID,
  estimateSpecialDisease,
  specialDiseaseCaps,
  specialDiseaseRequestSchema,
  type SpecialDiseaseCaps,
  type SpecialDiseaseResult,
} from '../policy/jiangmen/special-disease';
import {
  claimsOfYear,
  contributionHistory,
  enrolmentOn,
  firstEmployeeMonth,
  personalAccountEntries,
  personalAccountFacts,
  specialDiseaseApprovalsOf,
} from './queries';
import { currentSubject } from './session';

type ClaimRow = typeof claimsTable.$inferSelect;
type EnrolmentRow = Pick<typeof enrolmentPeriods.$inferSelect, 'identity' | 'category' | 'assistance' | 'region'>;

// ---------------------------------------------------------------------------- 特定病种

export interface ApprovalRow extends SpecialDiseaseApprovalRow {
  institutionId: string | null;
  institutionName: string | null;
  institutionLevel: InstitutionLevel | null;
  institutionDesignated: boolean | null;
}

export interface ApprovalView extends ApprovalRow {
  inForce: boolean;
  /** The benefit level care at the approved institution is settled at. */
  level: Level | null;
}

/** What the resident asks the estimator: a month's in-scope cost at a level. */
export interface SpecialDiseaseAsk {
  inScope: string;
  level: Level;
}

export interface SpecialDiseaseFigures {
  today: string;
  /** This month, YYYY-MM. */
  month: string;
  approvals: ApprovalView[];
  /** Disease codes in force today. */
  inForce: string[];
  /** This month's caps (null without an approval in force or without Jiangmen insurance). */
  caps: SpecialDiseaseCaps | null;
  /** This month's settled special-disease care. */
  used: { inScope: Dec; tier1: Dec; tier2: Dec; outOfPocket: Dec; claims: number };
  /** What is left under each cap this month (null: no cap). */
  left: { tier1: Dec | null; tier2: Dec | null };
  /** The level of the approved institution (the estimator's default). */
  defaultLevel: Level;
  estimate: { ask: SpecialDiseaseAsk; result: SpecialDiseaseResult } | { ask: SpecialDiseaseAsk; error: PolicyErrorBody } | null;
}

const positive = (d: Dec) => (d.isNeg() ? ZERO : d);

/** The special-disease figures of a person from their rows (pure: the page and the tests compute the same). */
export function specialDiseaseFigures(
  rows: {
    approvals: readonly ApprovalRow[];
    enrolment: EnrolmentRow | null;
    claims: readonly Pick<ClaimRow, 'kind' | 'serviceFrom' | 'inScope' | 'tier1' | 'tier2' | 'outOfPocket'>[];
  },
  on: string,
  ask?: SpecialDiseaseAsk,
): SpecialDiseaseFigures {
  const month = on.slice(0, 7);
  const inForceRows = approvalsInForce(rows.approvals, on);
  // Only diseases the library knows (a code it does not know is listed, not worked out).
  const inForce = [...new Set(inForceRows.map((a) => a.diseaseCode))].filter((code) => DISEASE_BY_ID.has(code));
  const approvals = rows.approvals.map((a) => ({
    ...a,
    inForce: inForceRows.includes(a),
    level: a.institutionLevel !== null ? careLevelOf({ level: a.institutionLevel, designated: a.institutionDesignated ?? true }) : null,
  }));
  const jiangmen = rows.enrolment !== null && rows.enrolment.region === 'jiangmen';
  const caps = jiangmen && inForce.length > 0 ? specialDiseaseCaps(on, inForce, rows.enrolment!.identity) : null;
  const thisMonth = rows.claims.filter((c) => c.kind === 'special_disease' && c.serviceFrom.slice(0, 7) === month);
  const sum = (k: 'inScope' | 'tier1' | 'tier2' | 'outOfPocket') => thisMonth.reduce((s, c) => s.plus(c[k]), ZERO);
  const used = { inScope: sum('inScope'), tier1: sum('tier1'), tier2: sum('tier2'), outOfPocket: sum('outOfPocket'), claims: thisMonth.length };
  const left = {
    tier1: caps?.tier1 ? positive(caps.tier1.minus(used.tier1)) : null,
    tier2: caps?.tier2 ? positive(caps.tier2.minus(used.tier2)) : null,
  };
  const defaultLevel = approvals.find((a) => a.inForce && a.level)?.level ?? 'level1';
  let estimate: SpecialDiseaseFigures['estimate'] = null;
  if (ask && jiangmen && inForce.length > 0) {
    const parsed = safeParseInput(
      specialDiseaseRequestSchema,
      specialDiseaseInput({ date: on, enrolment: rows.enrolment!, diseases: inForce, level: ask.level, inScope: ask.inScope }),
    );
    estimate = parsed.ok ? { ask, result: estimateSpecialDisease(parsed.value) } : { ask, error: parsed.error.toJSON() };
  }
  return { today: on, month, approvals, inForce, caps, used, left, defaultLevel, estimate };
}

/** A person's rows for the special-disease page. */
export async function specialDiseaseRows(db: Db, personId: number, on: string) {
  const [approvals, [period], claims] = await Promise.all([
    specialDiseaseApprovalsOf(db, personId),
    enrolmentOn(db, personId, on),
    claimsOfYear(db, personId, Number(on.slice(0, 4))),
  ]);
  return { approvals, enrolment: period ?? null, claims };
}

/** 特定病种 of the signed-in resident today, with an estimate when asked. */
export async function mySpecialDiseases(ask?: SpecialDiseaseAsk): Promise<SpecialDiseaseFigures> {
  const { personId } = await currentSubject();
  const on = today();
  return specialDiseaseFigures(await specialDiseaseRows(await getDb(), personId, on), on, ask);
}

// ---------------------------------------------------------------------------- 个人账户

type LedgerRow = typeof personalAccountLedger.$inferSelect;

export interface CreditView {
  /** YYYY-MM */
  month: string;
  postedOn: string;
  /** As entered in the ledger. */
  amount: Dec;
  /** As the policy library computes it for the month (with its explanation). */
  computed: PersonalAccount | null;
  /** A refusal of the library for this month's stored data, when any. */
  error: PolicyErrorBody | null;
}

export interface AccountEntry {
  postedOn: string;
  kind: LedgerRow['kind'];
  amount: Dec;
  balanceAfter: Dec;
  description: string;
  month: string | null;
}

export interface PersonalAccountFigures {
  today: string;
  /** Has a personal account (tier 2, Jiangmen): false means no entries and nothing to credit. */
  hasAccount: boolean;
  balance: Dec;
  entries: AccountEntry[];
  /** Credits of the months shown, newest first. */
  credits: CreditView[];
  /** Totals of the year shown. */
  year: number;
  yearCredits: Dec;
  yearSpending: Dec;
  /** The balance at the end of each month with an entry, oldest first (the chart). */
  balances: { month: string; balance: Dec }[];
}

/** How many most recent credits are explained one by one. */
export const CREDITS_EXPLAINED = 12;

/** The personal-account figures of a person from their rows (pure). */
export function personalAccountFigures(
  rows: {
    facts: PersonalAccountFacts | null;
    firstEmployeeMonth: string | null;
    ledger: readonly Omit<LedgerRow, 'personId' | 'id'>[];
    contributions: readonly Pick<ContributionMonthRow, 'month' | 'base' | 'legacy' | 'identity'>[];
  },
  on: string,
): PersonalAccountFigures {
  const year = Number(on.slice(0, 4));
  const entries: AccountEntry[] = rows.ledger.map((e) => ({
    postedOn: e.postedOn,
    kind: e.kind,
    amount: new Dec(e.amount),
    balanceAfter: new Dec(e.balanceAfter),
    description: e.description,
    month: e.month ? policyMonth(e.month) : null,
  }));
  const byMonth = new Map(rows.contributions.filter((c) => c.identity === 'employee').map((c) => [policyMonth(c.month), c]));
  const credits: CreditView[] = entries
    .filter((e) => e.kind === 'credit' && e.month !== null)
    .slice(-CREDITS_EXPLAINED)
    .reverse()
    .map((e) => {
      if (!rows.facts || !rows.firstEmployeeMonth) return { month: e.month!, postedOn: e.postedOn, amount: e.amount, computed: null, error: null };
      const parsed = safeParseInput(
        personalAccountRequestSchema,
        personalAccountInput(rows.facts, e.month!, policyMonth(rows.firstEmployeeMonth), byMonth.get(e.month!) ?? null),
      );
      return parsed.ok
        ? { month: e.month!, postedOn: e.postedOn, amount: e.amount, computed: personalAccountCredit(parsed.value), error: null }
        : { month: e.month!, postedOn: e.postedOn, amount: e.amount, computed: null, error: parsed.error.toJSON() };
    });
  const ofYear = entries.filter((e) => Number(e.postedOn.slice(0, 4)) === year);
  const yearCredits = ofYear.filter((e) => e.amount.gt(0)).reduce((s, e) => s.plus(e.amount), ZERO);
  const yearSpending = ofYear.filter((e) => e.amount.isNeg()).reduce((s, e) => s.minus(e.amount), ZERO);
  const monthEnd = new Map<string, Dec>();
  for (const e of entries) monthEnd.set(e.postedOn.slice(0, 7), e.balanceAfter);
  return {
    today: on,
    hasAccount: entries.length > 0,
    balance: entries.at(-1)?.balanceAfter ?? ZERO,
    entries,
    credits,
    year,
    yearCredits,
    yearSpending,
    balances: [...monthEnd].map(([month, balance]) => ({ month, balance })),
  };
}

/** A person's rows for the personal-account page. */
export async function personalAccountRows(db: Db, personId: number) {
  const [[facts], [first], ledger] = await Promise.all([
    personalAccountFacts(db, personId),
    firstEmployeeMonth(db, personId),
    personalAccountEntries(db, personId),
  ]);
  // The contribution months of the credits explained (the latest CREDITS_EXPLAINED).
  const shown = ledger.filter((e) => e.kind === 'credit' && e.month !== null).slice(-CREDITS_EXPLAINED);
  const contributions =
    shown.length > 0 ? await contributionHistory(db, personId, Number(shown[0]!.month!.slice(0, 4)), Number(shown.at(-1)!.month!.slice(0, 4))) : [];
  return { facts: facts ?? null, firstEmployeeMonth: first?.first ?? null, ledger, contributions };
}

/** 个人账户 of the signed-in resident today. */
export async function myPersonalAccount(): Promise<PersonalAccountFigures> {
  const { personId } = await currentSubject();
  const on = today();
  return personalAccountFigures(await personalAccountRows(await getDb(), personId), on);
}
