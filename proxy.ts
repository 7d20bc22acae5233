/**
 * Per-request security headers: a strict Content-Security-Policy with a fresh nonce (Next.js
 * puts the nonce on its own scripts while rendering; pages are dynamic), plus HSTS in
 * production. This does NOT check sign-in: pages, actions and routes do that in the data
 * layer (STYLE.md; a proxy can be bypassed).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { isProduction } from './lib/env';

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

/** Anything shaped like an 18-character resident ID number. */
const ID_LIKE = /[1-9][0-9]{16}[0-9Xx]/;

/**
 * ID numbers never belong in a URL (URLs reach logs, history and page payloads): a request
 * whose query holds one is sent to the same address without those parameters.
 */
function withoutIdNumbers(request: NextRequest): URL | null {
  const url = request.nextUrl.clone();
  let found = false;
  for (const [key, value] of [...url.searchParams.entries()]) {
    if (ID_LIKE.test(value) || ID_LIKE.test(key)) {
      url.searchParams.delete(key);
      found = true;
    }
  }
  return found ? url : null;
}

export function proxy(request: NextRequest) {
  const cleaned = withoutIdNumbers(request);
  if (cleaned) return NextResponse.redirect(cleaned, 303);

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const production = isProduction();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development', production });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  // Lets the layout's language switch return the reader to the page they were on.
  requestHeaders.set('x-return-to', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  if (production) response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico|robots.txt).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
