'use server';
/** Ends the resident's sessions on other devices, after the password is typed again. */
import { ActionRefused, endMySessions, residentAction } from '@/lib/dal';
import { translator, type MessageKey } from '@/lib/i18n';
import { endSessionsSchema } from '@/lib/validation/security';

const both = (key: MessageKey, values?: Record<string, number>) => ({
  zh: translator('zh-CN')(key, values as never),
  en: translator('en')(key, values as never),
});

export const endSessions = residentAction(
  endSessionsSchema,
  async ({ which, password }) => {
    const result = await endMySessions(which, password);
    if (!result.ok) {
      const message =
        result.error === 'CredentialsSignin' ? both('security.sessions.wrongPassword', { remaining: result.remaining }) : both('security.sessions.locked');
      throw new ActionRefused(message, [{ path: 'password', message }]);
    }
    return { message: both('security.sessions.ended', { count: result.ended }), revalidate: '/me/sessions' };
  },
  { omitValues: ['password'] },
);
