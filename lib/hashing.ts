/**
 * Password hashing (argon2id, OWASP parameters) and the keyed hash of ID numbers.
 * Server code (node:crypto, native argon2), but not `server-only`: the demo seed
 * (`npm run db:seed`, `npm start`, the browser tests' set-up, all run with tsx) hashes
 * the demo passwords and ID numbers with it. Sign-in uses it through lib/auth.
 */
import { createHmac } from 'node:crypto';
import argon2 from 'argon2';
import { portalSecrets } from './env';

/** OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1. */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash of a fixed string, verified against for unknown ID numbers so timing reveals nothing. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('no account has this password');
  return decoy;
}

/** HMAC-SHA256 of a normalised ID number under the portal's key (hex): the sign-in look-up. */
export function idNumberHash(normalisedId: string): string {
  return createHmac('sha256', portalSecrets().idHashKey).update(normalisedId).digest('hex');
}
