import 'server-only';
/**
 * The subject of a request: whose data a read or a write is about, and who is acting.
 * Today both are the signed-in resident (`actor.kind: 'self'`). When a resident may act for
 * someone else with their consent, `personId` becomes that person and `actor` stays the
 * resident, with a new `kind`; every read and write already starts from this one value
 * (`currentSubject()` in session.ts), so nothing else will need to change how it finds it.
 *
 * This module has no Next.js in it, so the action wrapper and tests can use it directly.
 */
import type { AuditEntry, AuditEvent } from '../audit';

export type ActorKind = 'self';

export interface Actor {
  /** The signed-in resident. */
  readonly personId: number;
  readonly kind: ActorKind;
}

export interface Subject {
  /** The person whose data is read or written. */
  readonly personId: number;
  readonly actor: Actor;
}

/** The subject of a resident acting for themselves. */
export function selfSubject(personId: number): Subject {
  return { personId, actor: { personId, kind: 'self' } };
}

export type UnauthenticatedReason = 'none' | 'expired';

/** No valid session: `none` without a session cookie, `expired` for one that ended or is not ours. */
export class Unauthenticated extends Error {
  readonly reason: UnauthenticatedReason;

  constructor(reason: UnauthenticatedReason) {
    super(`unauthenticated: ${reason}`);
    this.name = 'Unauthenticated';
    this.reason = reason;
  }
}

export function isUnauthenticated(value: unknown): value is Unauthenticated {
  return value instanceof Unauthenticated;
}

/** Where a request without a valid session is sent. */
export function signInPath(reason: UnauthenticatedReason): '/signin' | '/signin?reason=expired' {
  return reason === 'expired' ? '/signin?reason=expired' : '/signin';
}

/** The audit entry of a write made by a subject. */
export function auditEntryFor(subject: Subject, event: AuditEvent, detail?: AuditEntry['detail']): AuditEntry {
  switch (subject.actor.kind) {
    case 'self':
      return { event, actor: 'resident', personId: subject.personId, ...(detail ? { detail } : {}) };
  }
}
