/**
 * Every request except static files passes here — page loads, prefetches, RSC and segment
 * requests, server actions, API routes — and gets, in this order:
 *
 * 1. the request guard's mark checked (lib/network.ts: the client address and the forwarded
 *    headers were settled as the server received the request);
 * 2. the Host checked against PORTAL_HOSTS (in the demo localhost, 127.0.0.1, [::1] on the
 *    serving port): any other host is refused, so no URL or redirect is built on a foreign one;
 * 3. for a request that can change something (not GET/HEAD/OPTIONS), the Origin (when sent)
 *    checked against the same hosts, whatever the forwarded headers say, and cross-site fetches
 *    refused (server actions included: Next.js's `serverActions.allowedOrigins` stays empty);
 * 4. ID numbers stripped from the query (a 303 to the same address without them);
 * 5. Next.js's internal error pages refused as addresses of their own (never cached anywhere);
 * 6. the sign-in page's CSRF cookie made when it is missing (one redirect at most from any page
 *    to the form, and a bookmarked sign-in address works in a fresh browser);
 * 7. a strict Content-Security-Policy with a fresh nonce (Next.js puts the nonce on its own
 *    scripts while rendering; pages are dynamic), plus HSTS in production.
 *
 * This does NOT check sign-in: pages, actions and routes do that in the data layer (STYLE.md; a
 * proxy can be bypassed).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { authCookieNamesFor, csrfTokenOf, newCsrfCookie } from './lib/auth-cookies';
import { env, isProduction, portalSecrets } from './lib/env';
import { allowedHosts, GUARD_HEADER, guardToken, originAllowed, PORT_HEADER } from './lib/network';

export function contentSecurityPolicy(nonce: string, options: { dev: boolean; production: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.production ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Anything shaped like an 18-character resident ID number (also full-width, with spaces). */
const ID_LIKE = /[1-9][0-9]{16}[0-9Xx]/;

function hasIdNumber(text: string): boolean {
  return ID_LIKE.test(text) || ID_LIKE.test(text.normalize('NFKC').replace(/\s+/g, ''));
}

/**
 * ID numbers never belong in a URL (URLs reach logs, history and page payloads): a request
 * whose query holds one is sent to the same address without those parameters.
 */
function withoutIdNumbers(request: NextRequest): URL | null {
  const url = request.nextUrl.clone();
  let found = false;
  for (const [key, value] of [...url.searchParams.entries()]) {
    if (hasIdNumber(value) || hasIdNumber(key)) {
      url.searchParams.delete(key);
      found = true;
    }
  }
  return found ? url : null;
}

/** A short plain answer in both languages, never cached. */
function plain(status: number, zh: string, en: string, headers: Record<string, string> = {}): NextResponse {
  return new NextResponse(`${zh}\n${en}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Next.js's own error pages: rendered inside the request that failed, never served at their own address. */
const INTERNAL_PAGES = /^\/_(global-error|not-found|error)(\/|\.rsc$|$)/;

export function proxy(request: NextRequest) {
  const token = guardToken();
  if (!token || request.headers.get(GUARD_HEADER) !== token) {
    return plain(503, '服务正在启动，请稍后再试。', 'The portal is starting. Please try again in a moment.', { 'Retry-After': '1' });
  }

  const config = env();
  const hosts = allowedHosts({ portalHosts: config.PORTAL_HOSTS, publicUrl: config.NEXTAUTH_URL }, request.headers.get(PORT_HEADER));
  const host = (request.headers.get('host') ?? '').toLowerCase();
  if (!hosts.has(host)) return plain(400, '网址不对：请使用医保通的正式网址。', 'Wrong address: please use the portal’s own address.');

  if (!SAFE_METHODS.has(request.method)) {
    const origin = request.headers.get('origin');
    const crossSite = request.headers.get('sec-fetch-site') === 'cross-site';
    if (crossSite || (origin !== null && !originAllowed(origin, hosts))) {
      return plain(403, '拒绝来自其他网站的提交。', 'A form sent from another website was refused.');
    }
  }

  const cleaned = withoutIdNumbers(request);
  if (cleaned) return NextResponse.redirect(cleaned, 303);

  if (INTERNAL_PAGES.test(request.nextUrl.pathname)) return plain(404, '找不到这个页面。', 'Page not found.');

  const production = isProduction();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development', production });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  // Lets the layout's language switch return the reader to the page they were on.
  requestHeaders.set('x-return-to', `${request.nextUrl.pathname}${request.nextUrl.search}`);

  // The sign-in form posts next-auth's CSRF token: make its cookie here when it is missing, and
  // hand it to this very render too (the page reads the request's cookies).
  let csrfCookie: string | null = null;
  if (request.nextUrl.pathname === '/signin' && request.method === 'GET') {
    const names = authCookieNamesFor(production);
    const secret = portalSecrets().authSecret;
    if (!csrfTokenOf(request.cookies.get(names.csrf)?.value, secret)) {
      csrfCookie = newCsrfCookie(secret).value;
      const others = (request.headers.get('cookie') ?? '')
        .split(';')
        .map((c) => c.trim())
        .filter((c) => c && !c.startsWith(`${names.csrf}=`));
      requestHeaders.set('cookie', [...others, `${names.csrf}=${csrfCookie}`].join('; '));
    }
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  if (production) response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  if (csrfCookie !== null) {
    response.cookies.set(authCookieNamesFor(production).csrf, csrfCookie, { httpOnly: true, sameSite: 'lax', path: '/', secure: production });
  }
  return response;
}

export const config = {
  // Every request but the static files; prefetch, RSC and segment requests included (issue 11, item 8).
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt|icon.svg|apple-touch-icon.png).*)'],
};
