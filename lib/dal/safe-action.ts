import 'server-only';
/** The action wrapper (action-client.ts) wired to Next.js, the session and the reader's language. */
import { revalidatePath } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import { getLocale } from '../i18n/server';
import { createActionClient } from './action-client';
import { currentSubject } from './session';

export const { residentAction, publicAction } = createActionClient({
  subject: currentSubject,
  locale: getLocale,
  redirect,
  revalidatePath: (path) => revalidatePath(path),
  rethrow: unstable_rethrow,
});
