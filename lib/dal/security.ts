import 'server-only';
/**
 * The subject's own sign-in security: their sessions (登录设备) and passkeys. Reads and writes
 * start from `currentSubject()`; ending sessions needs the password typed again or a passkey
 * (OWASP ASVS 5.0 7.5.2), the password checked under the same per-number lock as sign-in.
 */
import { headers } from 'next/headers';
import { getDb } from '../../db/client';
import { now } from '../clock';
import { clientFromHeaders } from '../network';
import { describeDevice } from '../user-agent';
import { activeSessions, endOtherSessions } from '../auth/sessions';
import { checkOwnPassword, type PasswordCheck } from '../auth/sign-in';
import {
  confirmWithPasskey,
  myPasskeys,
  reauthOptions,
  registerPasskey,
  registrationOptions,
  removePasskey,
  signInOptions,
  type PasskeySummary,
  type RegisterResult,
} from '../auth/passkeys';
import { relyingPartyHost } from '../auth/host';
import { consume } from '../rate-limit';
import { currentSessionId, currentSubject } from './session';

export interface MySession {
  id: string;
  browser: string | null;
  system: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

/** The subject's active sessions, this one marked. */
export async function mySessions(): Promise<MySession[]> {
  const { personId } = await currentSubject();
  const current = await currentSessionId();
  const rows = await activeSessions(await getDb(), personId, now());
  return rows.map((r) => ({ id: r.id, ...describeDevice(r.userAgent), createdAt: r.createdAt, lastSeenAt: r.lastSeenAt, current: r.id === current }));
}

export type EndSessionsResult = { ok: true; ended: number } | Exclude<PasswordCheck, { ok: true }> | { ok: false; error: 'passkey' };

/**
 * Ends one other session (`which` = its id) or all others (`all_others`) once the resident has
 * confirmed it is them: the password typed again (under the same per-number lock as sign-in), or
 * one of their own passkeys answering a `reauth` challenge (OWASP ASVS 5.0 7.5.2).
 */
export async function endMySessions(which: string, proof: { password: string } | { passkey: string }): Promise<EndSessionsResult> {
  const { personId } = await currentSubject();
  const current = await currentSessionId();
  const db = await getDb();
  const at = now();
  if ('passkey' in proof) {
    const host = await relyingPartyHost();
    if (!host || !(await confirmWithPasskey(db, personId, proof.passkey, host, at))) return { ok: false, error: 'passkey' };
  } else {
    const check = await checkOwnPassword(db, personId, proof.password, { ip: clientFromHeaders(await headers()) }, at);
    if (!check.ok) return check;
  }
  return { ok: true, ended: await endOtherSessions(db, personId, current, which, at) };
}

/** A challenge for the subject to confirm a step with one of their passkeys; null when they have none (or the host is not ours). */
export async function startPasskeyConfirmation() {
  const { personId } = await currentSubject();
  const host = await relyingPartyHost();
  if (!host) return null;
  return reauthOptions(await getDb(), personId, host, now());
}

export type { PasskeySummary };

export async function myPasskeyList(): Promise<PasskeySummary[]> {
  const { personId } = await currentSubject();
  return myPasskeys(await getDb(), personId);
}

/** Options for registering a passkey (the browser's `navigator.credentials.create`). */
export async function startPasskeyRegistration() {
  const { personId } = await currentSubject();
  const host = await relyingPartyHost();
  if (!host) return null;
  return registrationOptions(await getDb(), personId, host, now());
}

export async function finishPasskeyRegistration(name: string, response: string): Promise<RegisterResult> {
  const { personId } = await currentSubject();
  const host = await relyingPartyHost();
  if (!host) return { ok: false, error: 'invalid' };
  return registerPasskey(await getDb(), personId, name, response, host, now());
}

export async function removeMyPasskey(credentialId: string): Promise<boolean> {
  const { personId } = await currentSubject();
  return removePasskey(await getDb(), personId, credentialId, now());
}

/** Challenges for passkey sign-in handed out per client address and minute (each is a row until used or expired). */
const PASSKEY_OPTIONS_RULE = { scope: 'passkey.options', limit: 20, windowMs: 60_000 };

/** Options for signing in with a passkey (anyone may ask; nothing about a resident in them), or the wait when over the limit. */
export async function passkeySignInOptions(
  request: Request,
): Promise<{ ok: true; options: Awaited<ReturnType<typeof signInOptions>> } | { ok: false; retryAfterMs: number | null }> {
  const db = await getDb();
  const at = now();
  const decision = await consume(db, PASSKEY_OPTIONS_RULE, clientFromHeaders(request.headers) ?? 'unknown', at);
  if (!decision.allowed) return { ok: false, retryAfterMs: decision.retryAfterMs };
  const host = await relyingPartyHost();
  if (!host) return { ok: false, retryAfterMs: null };
  return { ok: true, options: await signInOptions(db, host, at) };
}
