import 'server-only';
/**
 * 异地就医备案: the signed-in resident's out-of-town filings — read, file, cancel. Each write
 * runs with its audit row in one transaction (`withAudit`); the rules that depend on today and
 * on the resident's other filings are checked here (the form's own rules are in
 * lib/validation/out-of-town.ts, the one schema of the form and the action).
 */
import { getDb } from '../../db/client';
import type { outOfTownFilings } from '../../db/schema';
import { AUDIT_EVENTS, withAudit } from '../audit';
import { now, today } from '../clock';
import type { Bilingual } from '../policy/core/text';
import type { FilingInput } from '../validation/out-of-town';
import { ActionRefused } from './action-client';
import { activeFilingOn, auditEventsOf, filingsOf, insertFiling, openFilingsOn, revokeFiling } from './queries';
import { currentSubject } from './session';
import { auditEntryFor } from './subject';

export type Filing = typeof outOfTownFilings.$inferSelect;

export const FILING_EVENTS = AUDIT_EVENTS.out_of_town_filing.map((a) => `out_of_town_filing.${a}` as const);

const REFUSALS = {
  past: {
    zh: '开始日期不能早于今天：已经发生的就医请向医保经办机构办理补备案。',
    en: 'The start date cannot be before today: for care already given, ask the insurance office.',
  },
  twice: {
    zh: '您已经有一份有效或即将生效的备案。要改动，请先取消它，再重新备案。',
    en: 'You already have a filing in force or about to start. To change it, cancel it first, then file again.',
  },
  gone: { zh: '这份备案已经取消或已经到期，不能再取消。', en: 'That filing has already been cancelled or has ended: it cannot be cancelled.' },
} as const satisfies Record<string, Bilingual>;

export interface MyFilings {
  today: string;
  /** In force today (the estimator and the settled-claim views use it). */
  active: Filing | null;
  /** Active and not ended: may be cancelled. */
  open: Filing[];
  /** Every filing, newest first. */
  all: Filing[];
  /** Filing and cancelling, from the audit log (the last year). */
  activity: { at: Date; event: string; detail: unknown }[];
}

/** 异地就医备案 of the signed-in resident. */
export async function myFilings(): Promise<MyFilings> {
  const { personId } = await currentSubject();
  const db = await getDb();
  const on = today();
  const until = now();
  const [[active], open, all, activity] = await Promise.all([
    activeFilingOn(db, personId, on),
    openFilingsOn(db, personId, on),
    filingsOf(db, personId),
    auditEventsOf(db, personId, FILING_EVENTS, new Date(until.getTime() - 365 * 86_400_000), until),
  ]);
  return { today: on, active: active ?? null, open, all, activity };
}

/** The filing in force today for the signed-in resident (null without one). */
export async function myActiveFiling(): Promise<Filing | null> {
  const { personId } = await currentSubject();
  const [active] = await activeFilingOn(await getDb(), personId, today());
  return active ?? null;
}

/** Files a new filing for the signed-in resident, with its audit row. */
export async function fileMyFiling(input: FilingInput): Promise<number> {
  const subject = await currentSubject();
  const db = await getDb();
  const on = today();
  if (input.validFrom < on) throw new ActionRefused(REFUSALS.past, [{ path: 'validFrom', message: REFUSALS.past }]);
  const open = await openFilingsOn(db, subject.personId, on);
  if (open.length > 0) throw new ActionRefused(REFUSALS.twice);
  const [row] = await withAudit(
    db,
    (rows: { id: number }[]) =>
      auditEntryFor(subject, 'out_of_town_filing.submitted', {
        filing: rows[0]?.id ?? null,
        kind: input.kind,
        validFrom: input.validFrom,
        validTo: input.validTo,
      }),
    (tx) => insertFiling(tx, subject.personId, input, on),
  );
  return row!.id;
}

/** Cancels one of the signed-in resident's own active filings, with its audit row. */
export async function cancelMyFiling(id: number): Promise<void> {
  const subject = await currentSubject();
  const db = await getDb();
  await withAudit(db, auditEntryFor(subject, 'out_of_town_filing.withdrawn', { filing: id }), async (tx) => {
    const rows = await revokeFiling(tx, subject.personId, id);
    // Nothing changed (not this person's, or not active): refuse, and the transaction keeps no audit row.
    if (rows.length === 0) throw new ActionRefused(REFUSALS.gone);
    return rows;
  });
}
