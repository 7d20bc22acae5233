import 'server-only';
/**
 * The append-only audit log (the database refuses UPDATE/DELETE/TRUNCATE on it).
 * Entries never hold a full ID number or a password: residents are named by person id,
 * unknown sign-in subjects by the keyed hash of the number tried.
 *
 * Every write a resident makes is recorded together with its audit row: `withAudit` runs
 * both in one transaction, so a write is never without its entry, nor an entry without
 * its write.
 */
import { inTransaction, type Db, type Tx } from '../db/client';
import { auditLog } from '../db/schema';

/**
 * The events of the log, by domain: `${domain}.${action}`. A new kind of write adds its
 * domain (or its action) here, in the same change that adds the write.
 */
export const AUDIT_EVENTS = {
  sign_in: ['succeeded', 'failed', 'locked', 'refused_locked', 'throttled'],
  session: ['expired', 'ended'],
  clinic_choice: ['chosen'],
  out_of_town_filing: ['submitted', 'withdrawn'],
  consent: ['granted', 'revoked'],
  passkey: ['registered', 'removed'],
} as const satisfies Record<string, readonly string[]>;

type Registry = typeof AUDIT_EVENTS;
export type AuditDomain = keyof Registry;
/** `sign_out` was logged before the registry existed; it keeps its name so that the log reads the same. */
export type AuditEvent = { [D in AuditDomain]: `${D}.${Registry[D][number]}` }[AuditDomain] | 'sign_out';

/** Every event name, for checks and reports. */
export const AUDIT_EVENT_NAMES: readonly AuditEvent[] = [
  ...(Object.keys(AUDIT_EVENTS) as AuditDomain[]).flatMap((d) => AUDIT_EVENTS[d].map((a) => `${d}.${a}` as AuditEvent)),
  'sign_out',
];

export function isAuditEvent(value: unknown): value is AuditEvent {
  return typeof value === 'string' && (AUDIT_EVENT_NAMES as readonly string[]).includes(value);
}

/** Who did it: the resident themselves, someone not (yet) known, or the portal. */
export type AuditActor = 'resident' | 'anonymous' | 'system';

export interface AuditEntry {
  event: AuditEvent;
  actor: AuditActor;
  personId?: number | null;
  subjectHash?: string | null;
  at?: Date;
  detail?: Record<string, string | number | boolean | null>;
}

export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    event: entry.event,
    actor: entry.actor,
    personId: entry.personId ?? null,
    subjectHash: entry.subjectHash ?? null,
    detail: entry.detail ?? {},
    ...(entry.at ? { at: entry.at } : {}),
  });
}

/**
 * Runs `write` and records `entry` in one transaction: if either fails, neither is kept.
 * `write` gets the transaction's handle and must use it for every query (the outer `db`
 * refuses queries while the transaction runs). `entry` may depend on what the write
 * returned (say, the row it made).
 */
export function withAudit<T>(db: Db, entry: AuditEntry | ((result: T) => AuditEntry), write: (tx: Tx) => Promise<T>): Promise<T> {
  return inTransaction(db, async (tx) => {
    const result = await write(tx);
    await audit(tx, typeof entry === 'function' ? entry(result) : entry);
    return result;
  });
}
