import 'server-only';
/**
 * Signing in with an ID number and password (next-auth's Credentials `authorize` calls this),
 * and checking a signed-in resident's own password again (the sessions page).
 *
 * Order: validate → count the attempt for the client address (refused over its limit) → the
 * global ceiling on failures → count the attempt for the ID number (refused while locked or with
 * 5 attempts in the window) → verify the password (a decoy hash for unknown numbers, so timing
 * tells nothing) → settle: a failure may lock the number; a success is refused if a lock came
 * into force meanwhile. Every outcome is audited with the validated client address; nothing logs
 * or stores the full ID number.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { personIdHashes, persons } from '../../db/schema';
import { audit } from '../audit';
import { signInSchema } from '../validation/sign-in';
import { decoyHash, idNumberHash, verifyPassword } from '../hashing';
import { admitAttempt, countClientAttempt, countGlobalFailure, globalFailuresAllowed, settleFailure, settleSuccess } from './throttle';

export type SignInRefusal =
  | { ok: false; error: 'missing' | 'invalid_id' }
  /** Wrong password (or unknown number): `remaining` tries before the lock. */
  | { ok: false; error: 'CredentialsSignin'; remaining: number }
  /** The ID number is locked until `until`. */
  | { ok: false; error: 'locked'; until: Date }
  /** Too many attempts from this client address, or too many failures overall: try after `until`. */
  | { ok: false; error: 'throttled'; until: Date };

export type SignInResult = { ok: true; personId: number } | SignInRefusal;

export interface SignInContext {
  /** The client address, validated (lib/network.ts); null when unknown. */
  ip?: string | null;
}

/** The key of a client address in the per-client limit. */
const clientKey = (ip: string | null | undefined) => ip ?? 'unknown';

/** The audit entry's detail is only ever what we validated ourselves. */
const detailOf = (context: SignInContext) => ({ ip: context.ip ?? null });

/** Checks a password for the number whose keyed hash is `subjectHash`, under the per-number lock. */
async function checkUnderLock(
  db: Db,
  subjectHash: string,
  password: string,
  detail: Record<string, string | number | null>,
  now: Date,
): Promise<
  { ok: true; personId: number } | Exclude<SignInRefusal, { error: 'missing' | 'invalid_id' | 'throttled' }> | { ok: false; error: 'throttled'; until: Date }
> {
  const global = await globalFailuresAllowed(db, now);
  if (!global.allowed) {
    await audit(db, { event: 'sign_in.throttled', actor: 'anonymous', subjectHash, at: now, detail: { ...detail, limit: 'global' } });
    return { ok: false, error: 'throttled', until: new Date(now.getTime() + global.retryAfterMs) };
  }
  const admission = await admitAttempt(db, subjectHash, now);
  if (!admission.admitted) {
    await audit(db, { event: 'sign_in.refused_locked', actor: 'anonymous', subjectHash, at: now, detail });
    return { ok: false, error: 'locked', until: admission.until };
  }
  // One statement: the hash's look-up table, then the person by id (both by key; db/SCALE.md).
  const [person] = await db
    .select({ id: persons.id, passwordHash: persons.passwordHash })
    .from(persons)
    .where(inArray(persons.id, db.select({ id: personIdHashes.personId }).from(personIdHashes).where(eq(personIdHashes.idHash, subjectHash))));
  const valid = await verifyPassword(person?.passwordHash ?? (await decoyHash()), password);
  const personId = person?.id ?? null;

  if (!person || !person.passwordHash || !valid) {
    await countGlobalFailure(db, now);
    const outcome = await settleFailure(db, subjectHash, now);
    if (outcome.lockedUntil) {
      await audit(db, {
        event: outcome.locked ? 'sign_in.locked' : 'sign_in.failed',
        actor: 'anonymous',
        personId,
        subjectHash,
        at: now,
        detail: { ...detail, lockedUntil: outcome.lockedUntil.toISOString() },
      });
      return { ok: false, error: 'locked', until: outcome.lockedUntil };
    }
    await audit(db, { event: 'sign_in.failed', actor: 'anonymous', personId, subjectHash, at: now, detail: { ...detail, failures: outcome.failures } });
    return { ok: false, error: 'CredentialsSignin', remaining: outcome.remaining };
  }

  const settled = await settleSuccess(db, subjectHash, now);
  if (!settled.ok) {
    // The right password, but the number was locked while it was being checked.
    await audit(db, { event: 'sign_in.refused_locked', actor: 'resident', personId: person.id, subjectHash, at: now, detail: { ...detail, checked: true } });
    return { ok: false, error: 'locked', until: settled.lockedUntil };
  }
  return { ok: true, personId: person.id };
}

export async function signInWithPassword(db: Db, raw: unknown, context: SignInContext, now: Date): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) {
    const codes = parsed.error.issues.map((i) => i.message);
    return { ok: false, error: codes.includes('invalid_id') && !codes.includes('missing') ? 'invalid_id' : 'missing' };
  }
  const { idNumber, password } = parsed.data;
  const subjectHash = idNumberHash(idNumber);
  const detail = detailOf(context);

  const client = await countClientAttempt(db, clientKey(context.ip), now);
  if (!client.allowed) {
    // Audited once, when the client crosses its limit (not for every refused attempt after it).
    if (client.count - 1 <= client.limit) await audit(db, { event: 'sign_in.throttled', actor: 'anonymous', at: now, detail: { ...detail, limit: 'client' } });
    return { ok: false, error: 'throttled', until: new Date(now.getTime() + client.retryAfterMs) };
  }

  const result = await checkUnderLock(db, subjectHash, password, detail, now);
  if (result.ok)
    await audit(db, { event: 'sign_in.succeeded', actor: 'resident', personId: result.personId, at: now, detail: { ...detail, method: 'password' } });
  return result;
}

export type PasswordCheck =
  { ok: true } | { ok: false; error: 'CredentialsSignin'; remaining: number } | { ok: false; error: 'locked' | 'throttled'; until: Date };

/**
 * A signed-in resident types their password again (to end sessions): checked under the same
 * per-number lock as sign-in (through the number's keyed hash), so it is no way around it.
 */
export async function checkOwnPassword(db: Db, personId: number, password: string, context: SignInContext, now: Date): Promise<PasswordCheck> {
  const [row] = await db.select({ idHash: personIdHashes.idHash }).from(personIdHashes).where(eq(personIdHashes.personId, personId));
  if (!row) return { ok: false, error: 'CredentialsSignin', remaining: 0 };
  const result = await checkUnderLock(db, row.idHash, password.slice(0, 256), detailOf(context), now);
  if (result.ok) return result.personId === personId ? { ok: true } : { ok: false, error: 'CredentialsSignin', remaining: 0 };
  return result;
}
