'use server';
/** Adding and removing the resident's passkeys (each audited in the data layer). */
import { ActionRefused, finishPasskeyRegistration, removeMyPasskey, residentAction, startPasskeyRegistration } from '@/lib/dal';
import { translator, type MessageKey } from '@/lib/i18n';
import { addPasskeySchema, removePasskeySchema } from '@/lib/validation/security';
import { z } from 'zod';

const both = (key: MessageKey) => ({ zh: translator('zh-CN')(key, {} as never), en: translator('en')(key, {} as never) });

/** The options for the browser's `navigator.credentials.create` (the add button calls this first). */
export const passkeyOptions = residentAction(z.object({}), async () => {
  const options = await startPasskeyRegistration();
  if (!options) throw new ActionRefused(both('security.passkeys.failed'));
  return { data: JSON.stringify(options) };
});

export const addPasskey = residentAction(addPasskeySchema, async ({ name, response }) => {
  const result = await finishPasskeyRegistration(name, response);
  if (!result.ok) throw new ActionRefused(both('security.passkeys.failed'));
  return { message: both('security.passkeys.added_ok'), revalidate: '/me/passkeys' };
});

export const removePasskey = residentAction(removePasskeySchema, async ({ credentialId }) => {
  await removeMyPasskey(credentialId);
  return { revalidate: '/me/passkeys', redirect: '/me/passkeys?removed=1' };
});
