import 'server-only';
/**
 * Passkeys (WebAuthn, @simplewebauthn/server v14): a signed-in resident registers one (named),
 * lists and removes them on /me/passkeys; anyone may sign in with one. Sign-in with a passkey is
 * not subject to the password lock (issue 11, item 3), so typing wrong passwords for someone's
 * number cannot keep them out. Registration, use and removal are audited.
 *
 * Challenges are single-use rows (webauthn_challenges): the response that answers one deletes
 * it, so a recorded response cannot be replayed. The relying party is the request's host, which
 * proxy.ts has checked against PORTAL_HOSTS; user verification (PIN, fingerprint) is required.
 */
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { z } from 'zod';
import { inTransaction, type Db } from '../../db/client';
import { passkeyCredentials, passkeys, persons, webauthnChallenges } from '../../db/schema';
import { audit, withAudit } from '../audit';
import { portalSecrets } from '../env';

const CHALLENGE_MS = 5 * 60 * 1000;
/** `reauth`: a signed-in resident confirms a sensitive step (ending other sessions) with a passkey. */
export type ChallengePurpose = 'sign_in' | 'register' | 'reauth';

/** The relying party for a request's (checked) Host: the host name, and the origins it may be used from. */
export function relyingParty(host: string): { rpID: string; origins: string[] } {
  const hostname = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
  return { rpID: hostname, origins: [`http://${host}`, `https://${host}`] };
}

const b64u = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const fromB64u = (text: string) => new Uint8Array(Buffer.from(text, 'base64url'));

async function storeChallenge(db: Db, challenge: string, purpose: ChallengePurpose, now: Date): Promise<void> {
  // Expired challenges go as new ones are made (a few at a time: the table stays small).
  await db.execute(
    sql`delete from ${webauthnChallenges} where challenge in (select challenge from ${webauthnChallenges} where expires_at < ${now.toISOString()}::timestamptz limit 100)`,
  );
  await db.insert(webauthnChallenges).values({ challenge, purpose, expiresAt: new Date(now.getTime() + CHALLENGE_MS) });
}

/** Takes (deletes) a live challenge of this purpose; true when it was there. */
function takeChallenge(db: Db, purpose: ChallengePurpose, now: Date): (challenge: string) => Promise<boolean> {
  return async (challenge) => {
    if (typeof challenge !== 'string' || challenge.length > 200) return false;
    const taken = await db
      .delete(webauthnChallenges)
      .where(
        and(
          eq(webauthnChallenges.challenge, challenge),
          eq(webauthnChallenges.purpose, purpose),
          sql`${webauthnChallenges.expiresAt} > ${now.toISOString()}::timestamptz`,
        ),
      )
      .returning({ c: webauthnChallenges.challenge });
    return taken.length === 1;
  };
}

/** A stable, opaque WebAuthn user handle for a person (the person id is not shown to authenticators). */
function userHandle(personId: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array(createHash('sha256').update(`yb-passkey-user:${portalSecrets().authSecret}:${personId}`).digest().subarray(0, 16));
}

// ---------------------------------------------------------------------------- registration

export async function registrationOptions(db: Db, personId: number, host: string, now: Date): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const { rpID } = relyingParty(host);
  const [person] = await db.select({ idMasked: persons.idMasked }).from(persons).where(eq(persons.id, personId));
  const existing = await myPasskeys(db, personId);
  const options = await generateRegistrationOptions({
    rpName: '医保通',
    rpID,
    userName: person?.idMasked ?? 'resident',
    userID: userHandle(personId),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.credentialId })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
  await storeChallenge(db, options.challenge, 'register', now);
  return options;
}

/** The browser's answers, as much as we read of them before the library checks them. */
const credentialJson = z.object({
  id: z.string().min(1).max(1024),
  rawId: z.string().min(1).max(1024),
  type: z.literal('public-key'),
  response: z.record(z.string(), z.unknown()),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.string().max(40).optional(),
});

/** Parses a credential response sent as JSON text; null when it is not one. */
export function parseCredential(text: unknown): z.infer<typeof credentialJson> | null {
  if (typeof text !== 'string' || text.length > 20_000) return null;
  try {
    const parsed = credentialJson.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const passkeyNameSchema = z.string().trim().min(1).max(40);

export type RegisterResult = { ok: true } | { ok: false; error: 'invalid' | 'not_verified' };

export async function registerPasskey(db: Db, personId: number, name: string, responseText: unknown, host: string, now: Date): Promise<RegisterResult> {
  const response = parseCredential(responseText);
  const label = passkeyNameSchema.safeParse(name);
  if (!response || !label.success) return { ok: false, error: 'invalid' };
  const { rpID, origins } = relyingParty(host);
  let verification;
  try {
    verification = await verifyRegistrationResponse({
      response: response as unknown as RegistrationResponseJSON,
      expectedChallenge: takeChallenge(db, 'register', now),
      expectedOrigin: origins,
      expectedRPID: rpID,
      requireUserVerification: true,
    });
  } catch {
    return { ok: false, error: 'not_verified' };
  }
  if (!verification.verified) return { ok: false, error: 'not_verified' };
  const { credential } = verification.registrationInfo;
  await withAudit(db, { event: 'passkey.registered', actor: 'resident', personId, at: now, detail: { name: label.data } }, async (tx) => {
    await tx.insert(passkeys).values({
      personId,
      credentialId: credential.id,
      publicKey: b64u(credential.publicKey),
      counter: credential.counter,
      transports: (credential.transports ?? []).slice(0, 8),
      name: label.data,
      createdAt: now,
    });
    await tx.insert(passkeyCredentials).values({ credentialId: credential.id, personId });
  });
  return { ok: true };
}

export interface PasskeySummary {
  credentialId: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export function myPasskeys(db: Db, personId: number): Promise<PasskeySummary[]> {
  return db
    .select({ credentialId: passkeys.credentialId, name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt })
    .from(passkeys)
    .where(eq(passkeys.personId, personId))
    .orderBy(passkeys.createdAt);
}

/** Removes one of the person's own passkeys (audited); false when they have none by that id. */
export async function removePasskey(db: Db, personId: number, credentialId: string, now: Date): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const removed = await tx
      .delete(passkeys)
      .where(and(eq(passkeys.personId, personId), eq(passkeys.credentialId, credentialId)))
      .returning({ name: passkeys.name });
    if (removed.length === 0) return false;
    await tx.delete(passkeyCredentials).where(and(eq(passkeyCredentials.credentialId, credentialId), eq(passkeyCredentials.personId, personId)));
    await audit(tx, { event: 'passkey.removed', actor: 'resident', personId, at: now, detail: { name: removed[0]!.name } });
    return true;
  });
}

// ---------------------------------------------------------------------------- sign-in

export async function signInOptions(db: Db, host: string, now: Date): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const { rpID } = relyingParty(host);
  const options = await generateAuthenticationOptions({ rpID, userVerification: 'required', allowCredentials: [] });
  await storeChallenge(db, options.challenge, 'sign_in', now);
  return options;
}

export type PasskeySignIn = { ok: true; personId: number } | { ok: false; error: 'passkey' };

type StoredPasskey = typeof passkeys.$inferSelect;

/** Checks a passkey's answer against the stored key and a live challenge of `purpose` (taken, so it cannot be replayed). */
async function verifyAnswer(
  db: Db,
  response: z.infer<typeof credentialJson>,
  key: StoredPasskey,
  purpose: ChallengePurpose,
  host: string,
  now: Date,
): Promise<{ verified: boolean; newCounter: number }> {
  const { rpID, origins } = relyingParty(host);
  try {
    const v = await verifyAuthenticationResponse({
      response: response as unknown as AuthenticationResponseJSON,
      expectedChallenge: takeChallenge(db, purpose, now),
      expectedOrigin: origins,
      expectedRPID: rpID,
      credential: { id: key.credentialId, publicKey: fromB64u(key.publicKey), counter: key.counter, transports: key.transports },
      requireUserVerification: true,
    });
    return { verified: v.verified, newCounter: v.authenticationInfo.newCounter };
  } catch {
    return { verified: false, newCounter: key.counter };
  }
}

/** Signs in with a passkey's answer (JSON text). Not subject to the password lock. */
export async function signInWithPasskey(db: Db, responseText: unknown, host: string, context: { ip?: string | null }, now: Date): Promise<PasskeySignIn> {
  const detail = { ip: context.ip ?? null, method: 'passkey' };
  const response = parseCredential(responseText);
  if (!response) return { ok: false, error: 'passkey' };
  const [owner] = await db.select({ personId: passkeyCredentials.personId }).from(passkeyCredentials).where(eq(passkeyCredentials.credentialId, response.id));
  const [key] = owner
    ? await db
        .select()
        .from(passkeys)
        .where(and(eq(passkeys.personId, owner.personId), eq(passkeys.credentialId, response.id)))
    : [];
  if (!key) {
    await audit(db, { event: 'sign_in.failed', actor: 'anonymous', at: now, detail: { ...detail, reason: 'unknown_passkey' } });
    return { ok: false, error: 'passkey' };
  }
  const { verified, newCounter } = await verifyAnswer(db, response, key, 'sign_in', host, now);
  if (!verified) {
    await audit(db, { event: 'sign_in.failed', actor: 'anonymous', personId: key.personId, at: now, detail: { ...detail, reason: 'not_verified' } });
    return { ok: false, error: 'passkey' };
  }
  await withAudit(db, { event: 'sign_in.succeeded', actor: 'resident', personId: key.personId, at: now, detail: { ...detail, passkey: key.name } }, (tx) =>
    tx
      .update(passkeys)
      .set({ counter: newCounter, lastUsedAt: now })
      .where(and(eq(passkeys.personId, key.personId), eq(passkeys.credentialId, key.credentialId))),
  );
  return { ok: true, personId: key.personId };
}

// ---------------------------------------------------------------------------- confirming a step

/** Options for a signed-in resident to confirm a step with one of their own passkeys; null when they have none. */
export async function reauthOptions(db: Db, personId: number, host: string, now: Date): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const own = await db.select({ id: passkeys.credentialId, transports: passkeys.transports }).from(passkeys).where(eq(passkeys.personId, personId));
  if (own.length === 0) return null;
  const { rpID } = relyingParty(host);
  const options = await generateAuthenticationOptions({
    rpID,
    userVerification: 'required',
    allowCredentials: own.map((k) => ({ id: k.id, transports: k.transports })),
  });
  await storeChallenge(db, options.challenge, 'reauth', now);
  return options;
}

/**
 * A signed-in resident's passkey answer to a `reauth` challenge: true only for one of their own
 * passkeys, verified with user verification. The use is recorded (the key's counter and last use).
 */
export async function confirmWithPasskey(db: Db, personId: number, responseText: unknown, host: string, now: Date): Promise<boolean> {
  const response = parseCredential(responseText);
  if (!response) return false;
  const [key] = await db
    .select()
    .from(passkeys)
    .where(and(eq(passkeys.personId, personId), eq(passkeys.credentialId, response.id)));
  if (!key) return false;
  const { verified, newCounter } = await verifyAnswer(db, response, key, 'reauth', host, now);
  if (!verified) return false;
  await db
    .update(passkeys)
    .set({ counter: newCounter, lastUsedAt: now })
    .where(and(eq(passkeys.personId, personId), eq(passkeys.credentialId, key.credentialId)));
  return true;
}
