import { redirect } from 'next/navigation';
import { getSession } from '@/lib/dal/session';

/** The home address sends residents to their own page, or to sign in. */
export default async function Home() {
  const session = await getSession();
  redirect(session.state === 'active' ? '/me' : '/signin');
}
