/**
 * The append-only audit log (the database refuses UPDATE/DELETE/TRUNCATE on it).
 * Entries never hold a full ID number or a password: residents are named by person id,
 * unknown sign-in subjects by the keyed hash of the number tried.
 */
import type { Db } from '../db/client';
import { auditLog } from '../db/schema';

export type AuditEvent = 'sign_in.succeeded' | 'sign_in.failed' | 'sign_in.locked' | 'sign_in.refused_locked' | 'sign_out' | 'session.expired';

export interface AuditEntry {
  event: AuditEvent;
  actor: 'resident' | 'anonymous' | 'system';
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
