import 'server-only';
/** The request's host, for the passkey relying party: proxy.ts has refused any host not in PORTAL_HOSTS. */
import { headers } from 'next/headers';

export async function relyingPartyHost(): Promise<string | null> {
  const host = (await headers()).get('host');
  return host && /^[a-z0-9.[\]:-]{1,255}$/i.test(host) ? host.toLowerCase() : null;
}
