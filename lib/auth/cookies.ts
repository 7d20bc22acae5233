import 'server-only';
/** Names of the portal's auth cookies: `__Host-` prefixed (Secure, host-only) in production. */
import { authCookieNamesFor, type AuthCookieNames } from '../auth-cookies';
import { isProduction } from '../env';

export function authCookieNames(): AuthCookieNames {
  return authCookieNamesFor(isProduction());
}
