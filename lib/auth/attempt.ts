import 'server-only';
/**
 * One sign-in request, from next-auth's route to the sign-in page that shows its outcome.
 *
 * - `attemptContext` (AsyncLocalStorage): the route handler runs next-auth inside it, with the
 *   client's validated address and user agent; `authorize` records its outcome there, and the
 *   session it starts records the user agent (the 登录设备 page).
 * - The flash cookie: when a sign-in is refused, the route adds a short-lived, encrypted,
 *   HttpOnly cookie for /signin holding what the resident typed as their ID number and why it
 *   was refused (tries left, when to come back). The sign-in page shows the form again with the
 *   number filled in. Nothing of it is ever in a URL or a log; only the refusal's code is in the
 *   address (`?error=CredentialsSignin`), so a shared or bookmarked one still shows the form.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { decode, encode } from 'next-auth/jwt';
import { portalSecrets } from '../env';

/** What the sign-in page can say about a refused attempt. */
export type SignInErrorCode = 'missing' | 'invalid_id' | 'CredentialsSignin' | 'locked' | 'throttled' | 'passkey' | 'cookies';

export const SIGN_IN_ERROR_CODES: readonly SignInErrorCode[] = ['missing', 'invalid_id', 'CredentialsSignin', 'locked', 'throttled', 'passkey', 'cookies'];

export function isSignInErrorCode(value: unknown): value is SignInErrorCode {
  return typeof value === 'string' && (SIGN_IN_ERROR_CODES as readonly string[]).includes(value);
}

export interface AttemptOutcome {
  code: SignInErrorCode;
  /** Tries left before the lock (wrong password). */
  remaining?: number;
  /** When trying again is possible (locked, throttled): ISO time. */
  until?: string;
}

export interface AttemptContext {
  client: string | null;
  userAgent: string | null;
  outcome?: AttemptOutcome;
}

export const attemptContext = new AsyncLocalStorage<AttemptContext>();

/** The longest typed ID number kept (22 is the field's own limit; full-width spaces may add a few). */
export const TYPED_ID_MAX = 40;
const FLASH_SECONDS = 120;

export interface Flash extends AttemptOutcome {
  /** What the resident typed in the ID number field. */
  typedId: string;
}

const SALT = 'yb-signin-flash';

export async function encodeFlash(flash: Flash): Promise<string> {
  const token = { typedId: flash.typedId.slice(0, TYPED_ID_MAX), code: flash.code, remaining: flash.remaining ?? null, until: flash.until ?? null };
  return encode({ token, secret: `${portalSecrets().authSecret}${SALT}`, maxAge: FLASH_SECONDS });
}

/** The flash in a cookie value, or null (missing, expired, forged). */
export async function decodeFlash(value: string | undefined): Promise<Flash | null> {
  if (!value || value.length > 4096) return null;
  try {
    const t = await decode({ token: value, secret: `${portalSecrets().authSecret}${SALT}` });
    if (!t || typeof t.typedId !== 'string' || !isSignInErrorCode(t.code)) return null;
    return {
      typedId: t.typedId.slice(0, TYPED_ID_MAX),
      code: t.code,
      ...(typeof t.remaining === 'number' ? { remaining: t.remaining } : {}),
      ...(typeof t.until === 'string' ? { until: t.until } : {}),
    };
  } catch {
    return null;
  }
}

export const FLASH_MAX_AGE = FLASH_SECONDS;
