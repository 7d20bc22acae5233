import 'server-only';
/**
 * Signing in with an ID number and password (next-auth's Credentials `authorize` calls this).
 * Order: validate → refuse while locked → verify the password (a decoy hash for unknown
 * numbers, so timing tells nothing) → count a failure (locking on the fifth) or clear them.
 * Every outcome is audited; nothing logs or stores the full ID number.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { personIdHashes, persons } from '../../db/schema';
import { audit } from '../audit';
import { signInSchema, type SignInErrorCode } from '../validation/sign-in';
import { decoyHash, idNumberHash, verifyPassword } from '../hashing';
import { clearFailures, lockedUntil, recordFailure } from './throttle';

export type SignInResult = { ok: true; personId: number } | { ok: false; error: SignInErrorCode | 'locked' };

export interface SignInContext {
  ip?: string | null;
}

export async function signInWithPassword(db: Db, raw: unknown, context: SignInContext, now: Date): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) {
    const codes = parsed.error.issues.map((i) => i.message);
    return { ok: false, error: codes.includes('missing') ? 'missing' : codes.includes('invalid_id') ? 'invalid_id' : 'CredentialsSignin' };
  }
  const { idNumber, password } = parsed.data;
  const subjectHash = idNumberHash(idNumber);
  const detail = { ip: context.ip ?? null };

  if (await lockedUntil(db, subjectHash, now)) {
    await audit(db, { event: 'sign_in.refused_locked', actor: 'anonymous', subjectHash, at: now, detail });
    return { ok: false, error: 'locked' };
  }

  // One statement: the hash's look-up table, then the person by id (both by key; db/SCALE.md).
  const [person] = await db
    .select({ id: persons.id, passwordHash: persons.passwordHash })
    .from(persons)
    .where(inArray(persons.id, db.select({ id: personIdHashes.personId }).from(personIdHashes).where(eq(personIdHashes.idHash, subjectHash))));
  const valid = await verifyPassword(person?.passwordHash ?? (await decoyHash()), password);

  if (!person || !person.passwordHash || !valid) {
    const outcome = await recordFailure(db, subjectHash, now);
    const personId = person?.id ?? null;
    if (outcome.lockedUntil) {
      await audit(db, {
        event: 'sign_in.locked',
        actor: 'anonymous',
        personId,
        subjectHash,
        at: now,
        detail: { ...detail, lockedUntil: outcome.lockedUntil.toISOString() },
      });
      return { ok: false, error: 'locked' };
    }
    await audit(db, { event: 'sign_in.failed', actor: 'anonymous', personId, subjectHash, at: now, detail: { ...detail, failures: outcome.failures } });
    return { ok: false, error: 'CredentialsSignin' };
  }

  await clearFailures(db, subjectHash, now);
  await audit(db, { event: 'sign_in.succeeded', actor: 'resident', personId: person.id, at: now, detail });
  return { ok: true, personId: person.id };
}
