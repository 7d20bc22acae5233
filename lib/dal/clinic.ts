import 'server-only';
/**
 * 门诊额度 and 门诊选点 of the request's subject (RULES §7–§9): the quota figures from the policy
 * library applied to the person's settled claims (db/outpatient-inputs.ts), the choices in force
 * and their history, and the one write — a choice — as one transaction with its audit row.
 *
 * The write (`chooseClinicFor`, also what `npm run bench:clinic` drives): lock the person's row
 * (`SELECT … FOR UPDATE`), so that two submissions for the same person are serialised; look up
 * the form's idempotency key among the person's audit rows (a replay or a double click finds
 * the first one's row and changes nothing); read the choices and decide with the policy library
 * (lib/policy/jiangmen/clinic-choice); insert the choice; `withAudit` adds the audit row in the
 * same transaction. A refusal or a replay rolls the transaction back: nothing half-written.
 * The key of clinic_choices (person, year, kind, day in force) refuses a second row for the same
 * day even without the lock.
 */
import { getDb, type Db, type Tx } from '../../db/client';
import { outpatientFigures, type OutpatientFigures } from '../../db/outpatient-inputs';
import { clinicChoices } from '../../db/schema';
import { choiceByIdempotencyKey, choicePersonOf, clinicChoicesOf, enrolmentPeriodsOf, lockPersonForChoice, outpatientClaimsOfYear } from './clinic-queries';
import { institutionById, type DirectoryEntry } from './institutions';
import { withAudit } from '../audit';
import { now } from '../clock';
import type { Bilingual } from '../policy/core/text';
import {
  choiceWindow,
  decideChoice,
  inForceOn,
  isDesignatedOn,
  madeForYear,
  type ChoiceInstitution,
  type ChoiceRecord,
  type ChoiceRefusal,
  type ChoiceState,
  type ChoiceWindow,
  type ChoiceReason,
  type ChoiceActor,
  type ClinicKind,
  CLINIC_KINDS,
} from '../policy/jiangmen/clinic-choice';
import type { Step } from '../policy/core/explain';
import type { Identity, Region, Tiers } from '../policy/jiangmen/insured-person';
import { requestToday } from '../test-clock';
import { ActionRefused } from './action-client';
import { currentSubject } from './session';
import { auditEntryFor, selfSubject, type Subject } from './subject';

// ---------------------------------------------------------------------------- reads

export type { OutpatientFigures };

/** 门诊额度 of a person on a day; null without a record. */
export async function outpatientOf(db: Db, personId: number, today: string): Promise<OutpatientFigures | null> {
  const year = parseInt(today.slice(0, 4), 10);
  const [[person], enrolments, choices, visits] = await Promise.all([
    choicePersonOf(db, personId),
    enrolmentPeriodsOf(db, personId),
    clinicChoicesOf(db, personId),
    outpatientClaimsOfYear(db, personId, year),
  ]);
  if (!person) return null;
  return outpatientFigures({ region: person.region, enrolments, choices, claims: visits }, today);
}

/** 门诊额度 of the request's subject. */
export async function myOutpatient(): Promise<OutpatientFigures | null> {
  const { personId } = await currentSubject();
  return outpatientOf(await getDb(), personId, await requestToday());
}

export type ChoiceRow = Awaited<ReturnType<typeof clinicChoicesOf>>[number];

export interface KindStatus {
  kind: ClinicKind;
  /** In force today. */
  current: (ChoiceRow & { designatedToday: boolean }) | null;
  /** Next year's choice, if made. */
  nextYear: ChoiceRow | null;
  /** The institution in force next year (next year's choice, or the current one carried over). */
  inForceNextYear: ChoiceRow | null;
  /** Whether the person may hold a clinic of this kind at all (tier 2 for `other`). */
  applies: boolean;
}

export interface ClinicStatus {
  today: string;
  region: Region;
  identity: Identity | null;
  tiers: Tiers | null;
  birthDate: string;
  hukouDistrict: string;
  window: ChoiceWindow;
  kinds: KindStatus[];
  history: ChoiceRow[];
}

function stateOf(status: KindStatus): ChoiceState {
  return {
    current: status.current
      ? { institutionId: status.current.institutionId, name: status.current.institutionName, designatedToday: status.current.designatedToday }
      : null,
    nextYear: status.nextYear ? { institutionId: status.nextYear.institutionId, name: status.nextYear.institutionName } : null,
  };
}

/** Current and next year's choices and the history, on a day. */
export async function clinicStatusOf(db: Db, personId: number, today: string): Promise<ClinicStatus | null> {
  const [[person], enrolments, history] = await Promise.all([choicePersonOf(db, personId), enrolmentPeriodsOf(db, personId), clinicChoicesOf(db, personId)]);
  if (!person) return null;
  const enrolment = [...enrolments].reverse().find((e) => e.validFrom <= today && (e.validTo === null || e.validTo >= today)) ?? null;
  const year = parseInt(today.slice(0, 4), 10);
  const records: (ChoiceRecord & { row: ChoiceRow })[] = history.map((row) => ({ ...row, row }));
  const kinds = CLINIC_KINDS.map((kind): KindStatus => {
    const cur = inForceOn(records, kind, today) as (ChoiceRecord & { row: ChoiceRow }) | null;
    const next = madeForYear(records, kind, year + 1) as (ChoiceRecord & { row: ChoiceRow }) | null;
    const current = cur ? { ...cur.row, designatedToday: isDesignatedOn(cur.row, today) } : null;
    return {
      kind,
      current,
      nextYear: next?.row ?? null,
      inForceNextYear: next?.row ?? cur?.row ?? null,
      applies: kind === 'primary' || (person.region === 'jiangmen' && enrolment?.tiers === 'tier1_tier2'),
    };
  });
  return {
    today,
    region: person.region,
    identity: enrolment?.identity ?? null,
    tiers: enrolment?.tiers ?? null,
    birthDate: person.birthDate,
    hukouDistrict: person.hukouDistrict,
    window: choiceWindow(person.region, today),
    kinds,
    history: [...history].reverse(),
  };
}

/** 门诊选点 of the request's subject. */
export async function myClinicStatus(): Promise<ClinicStatus | null> {
  const { personId } = await currentSubject();
  return clinicStatusOf(await getDb(), personId, await requestToday());
}

function toChoiceInstitution(row: DirectoryEntry): ChoiceInstitution {
  return {
    id: row.id,
    name: row.name,
    region: row.region,
    level: row.level,
    primaryCare: row.primaryCare,
    designated: row.designated,
    designatedUntil: row.designatedUntil,
    specialistRoles: row.specialistRoles,
  };
}

export type ChoicePreview =
  | {
      ok: true;
      kind: ClinicKind;
      institution: DirectoryEntry;
      year: number;
      effectiveFrom: string;
      reason: ChoiceReason;
      from: string | null;
      previousInstitutionId: string | null;
      explanation: Step[];
    }
  | {
      ok: false;
      kind: ClinicKind;
      institution: DirectoryEntry | null;
      code: ChoiceRefusal | 'unknown_institution';
      citation: string;
      text: Bilingual;
      explanation: Step[];
    };

const UNKNOWN_INSTITUTION: Bilingual = { zh: '找不到这家医疗机构，请从名录中选择。', en: 'That institution was not found: choose one from the directory.' };

/** What a choice would change, and from when — or why it is refused (the confirmation step). */
export async function previewChoiceOf(db: Db, personId: number, kind: ClinicKind, institutionId: string, today: string): Promise<ChoicePreview | null> {
  const [status, inst] = await Promise.all([clinicStatusOf(db, personId, today), institutionById(db, institutionId)]);
  if (!status) return null;
  if (!inst)
    return { ok: false, kind, institution: null, code: 'unknown_institution', citation: 'JM-UR 二(四)1(3)', text: UNKNOWN_INSTITUTION, explanation: [] };
  const ks = status.kinds.find((k) => k.kind === kind)!;
  const d = decideChoice({
    person: { region: status.region, identity: status.identity ?? 'resident', tiers: status.tiers ?? 'tier1', birthDate: status.birthDate },
    kind,
    institution: toChoiceInstitution(inst),
    state: stateOf(ks),
    today,
  });
  if (!d.ok) return { ok: false, kind, institution: inst, code: d.code, citation: d.citation, text: d.text, explanation: d.explanation };
  const before = d.reason === 'annual_change' ? ks.inForceNextYear : ks.current;
  return {
    ok: true,
    kind,
    institution: inst,
    year: d.year,
    effectiveFrom: d.effectiveFrom,
    reason: d.reason,
    from: before?.institutionName ?? null,
    previousInstitutionId: before?.institutionId ?? null,
    explanation: d.explanation,
  };
}

export async function myChoicePreview(kind: ClinicKind, institutionId: string): Promise<ChoicePreview | null> {
  const { personId } = await currentSubject();
  return previewChoiceOf(await getDb(), personId, kind, institutionId, await requestToday());
}

// ---------------------------------------------------------------------------- the write

export interface ChoiceInput {
  kind: ClinicKind;
  institutionId: string;
  idempotencyKey: string;
}

export interface ChoiceDone {
  /** False when the form had been sent before: the first submission's change stands, nothing new was written. */
  changed: boolean;
  year: number;
  kind: ClinicKind;
  effectiveFrom: string;
  institutionId: string;
}

/** A refused choice: the rule's words and clause (an ActionRefused, so the form shows it). */
export class ChoiceRefused extends ActionRefused {
  readonly code: ChoiceRefusal | 'unknown_institution' | 'no_record';
  readonly citation: string;
  constructor(code: ChoiceRefused['code'], citation: string, text: Bilingual) {
    super({ zh: `${text.zh}（${citation}）`, en: `${text.en} (${citation})` });
    this.code = code;
    this.citation = citation;
  }
}

class Replayed extends Error {
  constructor(readonly done: ChoiceDone) {
    super('replayed');
  }
}

/** How far back a form key is looked for (a form is not kept open longer). */
const IDEMPOTENCY_WINDOW_MS = 24 * 3600 * 1000;

/**
 * Makes a choice for `subject` on `today` (the server action and the benchmark both call this).
 * Throws `ChoiceRefused` for a refused choice; a replayed form key returns the first result with `changed: false`.
 */
export async function chooseClinicFor(
  db: Db,
  subject: Subject,
  input: ChoiceInput,
  today: string,
  at: Date = now(),
  madeBy: ChoiceActor = 'resident',
): Promise<ChoiceDone> {
  const personId = subject.personId;
  try {
    return await withAudit(
      db,
      (done: ChoiceDone & { previousInstitutionId: string | null; reason: ChoiceReason }) =>
        auditEntryFor(subject, 'clinic_choice.chosen', {
          year: done.year,
          kind: done.kind,
          institutionId: done.institutionId,
          previousInstitutionId: done.previousInstitutionId,
          effectiveFrom: done.effectiveFrom,
          reason: done.reason,
          idempotencyKey: input.idempotencyKey,
        }),
      async (tx: Tx) => {
        const [locked] = await lockPersonForChoice(tx, personId);
        if (!locked) throw new ChoiceRefused('no_record', 'JM-UR 二(四)1(3)', { zh: '没有找到您的参保记录。', en: 'Your insurance record was not found.' });
        const [earlier] = await choiceByIdempotencyKey(tx, personId, input.idempotencyKey, new Date(at.getTime() - IDEMPOTENCY_WINDOW_MS));
        if (earlier) {
          const d = earlier.detail as Record<string, unknown>;
          throw new Replayed({
            changed: false,
            year: Number(d.year),
            kind: d.kind as ClinicKind,
            effectiveFrom: String(d.effectiveFrom),
            institutionId: String(d.institutionId),
          });
        }
        const preview = await previewChoiceOf(tx, personId, input.kind, input.institutionId, today);
        if (!preview) throw new ChoiceRefused('no_record', 'JM-UR 二(四)1(3)', { zh: '没有找到您的参保记录。', en: 'Your insurance record was not found.' });
        if (!preview.ok) throw new ChoiceRefused(preview.code, preview.citation, preview.text);
        const { previousInstitutionId } = preview;
        await tx.insert(clinicChoices).values({
          personId,
          year: preview.year,
          kind: input.kind,
          effectiveFrom: preview.effectiveFrom,
          institutionId: input.institutionId,
          previousInstitutionId,
          madeBy,
          madeAt: at,
          reason: preview.reason,
        });
        return {
          changed: true,
          year: preview.year,
          kind: input.kind,
          effectiveFrom: preview.effectiveFrom,
          institutionId: input.institutionId,
          previousInstitutionId,
          reason: preview.reason,
        };
      },
    ).then(({ previousInstitutionId: _p, reason: _r, ...done }) => done);
  } catch (error) {
    if (error instanceof Replayed) return error.done;
    throw error;
  }
}

/** The subject's choice (the server action's body). */
export async function chooseMyClinic(input: ChoiceInput): Promise<ChoiceDone> {
  const subject = await currentSubject();
  return chooseClinicFor(await getDb(), subject, input, await requestToday());
}

export { selfSubject };
