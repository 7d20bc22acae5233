import 'server-only';
/** Names of the portal's auth cookies: `__Host-` prefixed (Secure, host-only) in production. */
import { isProduction } from '../env';

export function authCookieNames(): { session: string; csrf: string; callback: string } {
  const secure = isProduction();
  return {
    session: secure ? '__Host-yb-session' : 'yb-session',
    csrf: secure ? '__Host-yb-csrf' : 'yb-csrf',
    callback: secure ? '__Host-yb-callback' : 'yb-callback',
  };
}
