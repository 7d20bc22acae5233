'use server';
/** Ends the resident's sessions on other devices, after the password is typed again or a passkey confirms it. */
import { ActionRefused, endMySessions, isUnauthenticated, residentAction, startPasskeyConfirmation } from '@/lib/dal';
import { translator, type MessageKey } from '@/lib/i18n';
import { endSessionsSchema } from '@/lib/validation/security';

const both = (key: MessageKey, values?: Record<string, number>) => ({
  zh: translator('zh-CN')(key, values as never),
  en: translator('en')(key, values as never),
});

export const endSessions = residentAction(
  endSessionsSchema,
  async ({ which, password, passkey }) => {
    if (passkey === undefined && !password) {
      const message = both('security.sessions.missingPassword');
      throw new ActionRefused(message, [{ path: 'password', message }]);
    }
    const result = await endMySessions(which, passkey !== undefined ? { passkey } : { password: password! });
    if (!result.ok) {
      const message =
        result.error === 'passkey'
          ? both('security.sessions.passkeyFailed')
          : result.error === 'CredentialsSignin'
            ? both('security.sessions.wrongPassword', { remaining: result.remaining })
            : both('security.sessions.locked');
      throw new ActionRefused(message, [{ path: 'password', message }]);
    }
    // Post/redirect/get: the page says how many ended, also when no other session is left to list.
    return { redirect: `/me/sessions?ended=${result.ended}` };
  },
  { omitValues: ['password', 'passkey'] },
);

/** A challenge for confirming with one of the resident's own passkeys (null: they have none). */
export async function passkeyConfirmationOptions() {
  try {
    return await startPasskeyConfirmation();
  } catch (error) {
    if (isUnauthenticated(error)) return null;
    throw error;
  }
}
