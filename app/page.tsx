import { redirect } from 'next/navigation';
import { isSignedIn } from '@/lib/dal';

/** The home address sends residents to their own page, or to sign in. */
export default async function Home() {
  redirect((await isSignedIn()) ? '/me' : '/signin');
}
