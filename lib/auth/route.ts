import 'server-only';
/**
 * next-auth's route, narrowed to what the portal uses:
 *
 *   POST /api/auth/callback/credentials   the sign-in form (ID number and password)
 *   POST /api/auth/callback/passkey       the passkey button's form
 *   GET  /api/auth/signin, /api/auth/error old addresses: to the sign-in page
 *
 * Everything else is 404 — next-auth's `_log` (which a custom logger turns on and anyone could
 * write to), `session`, `csrf`, `providers`, `signout` — and a GET of a callback is 405. A
 * callback's body must be a form (`application/x-www-form-urlencoded`, at most 16 KiB, each field
 * a bounded string): anything else is 400 with a plain zh/en message, never a 500.
 *
 * next-auth runs inside the attempt's context (lib/auth/attempt.ts). When it refuses a sign-in,
 * the answer goes straight to `/signin?error=<code>` (303) with the flash cookie that lets the
 * page show the typed ID number again and say how many tries are left; a missing CSRF cookie
 * becomes `?error=cookies`. The session cookie loses its expiry: it ends with the browser, so a
 * shared computer does not keep anyone signed in.
 */
import { attemptContext, encodeFlash, FLASH_MAX_AGE, isSignInErrorCode, TYPED_ID_MAX, type AttemptContext } from './attempt';
import { authCookieNames } from './cookies';
import { isProduction } from '../env';
import { clientFromHeaders } from '../network';

const MAX_BODY = 16 * 1024;
const FIELD_LIMITS: Record<string, number> = { csrfToken: 200, callbackUrl: 512, idNumber: 64, password: 256, response: 12_000, json: 8 };

const NO_STORE = { 'Cache-Control': 'no-store' } as const;

function plain(status: number, zh: string, en: string, headers: Record<string, string> = {}): Response {
  return new Response(`${zh}\n${en}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...NO_STORE, ...headers } });
}

const notFound = () => plain(404, '找不到这个页面。', 'Page not found.');
const badRequest = () =>
  plain(400, '提交的内容无法读取，请回到登录页重新填写。', 'What was sent could not be read. Go back to the sign-in page and try again.');

function redirect(location: string, headers: Headers = new Headers()): Response {
  headers.set('Location', location);
  headers.set('Cache-Control', 'no-store');
  return new Response(null, { status: 303, headers });
}

/** The form fields of a callback, or null when the body is not a well-formed, bounded form. */
export async function readCallbackForm(request: Request): Promise<Record<string, string> | null> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/x-www-form-urlencoded(\s*;|$)/i.test(type)) return null;
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY) return null;
  let text: string;
  try {
    text = await request.clone().text();
  } catch {
    return null;
  }
  if (text.length > MAX_BODY) return null;
  const fields: Record<string, string> = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    return null;
  }
  for (const [key, value] of params) {
    const limit = FIELD_LIMITS[key];
    if (limit === undefined || value.length > limit || Object.hasOwn(fields, key)) return null;
    fields[key] = value;
  }
  return fields;
}

/** A session cookie without Expires/Max-Age (it ends with the browser); deletions are left alone. */
export function withoutExpiry(setCookie: string, sessionName: string): string {
  const [pair = '', ...attributes] = setCookie.split(';');
  const eq = pair.indexOf('=');
  if (pair.slice(0, eq).trim() !== sessionName || pair.slice(eq + 1).trim() === '') return setCookie;
  return [pair, ...attributes.filter((a) => !/^\s*(expires|max-age)\s*=/i.test(a))].join(';');
}

/** Where next-auth's redirect should really go: the sign-in page for its error and CSRF pages. */
function targetOf(location: string | null, outcomeCode: string | undefined): string | null {
  if (!location) return null;
  let url: URL;
  try {
    url = new URL(location, 'http://portal.invalid');
  } catch {
    return '/signin';
  }
  if (url.pathname === '/api/auth/signin' && url.searchParams.get('csrf') === 'true') return '/signin?error=cookies';
  if (url.pathname === '/api/auth/error' || url.pathname === '/signin') {
    const code = outcomeCode ?? url.searchParams.get('error');
    return `/signin?error=${isSignInErrorCode(code) ? code : 'generic'}`;
  }
  return null;
}

export async function handleAuthRequest(request: Request, segments: readonly string[] | undefined, run: () => Promise<Response>): Promise<Response> {
  const [action, provider, ...rest] = segments ?? [];
  const method = request.method;
  if (rest.length > 0) return notFound();

  if (method === 'GET' && action === 'signin' && provider === undefined) return redirect('/signin');
  if (method === 'GET' && action === 'error' && provider === undefined) {
    const code = new URL(request.url).searchParams.get('error');
    return redirect(`/signin?error=${isSignInErrorCode(code) ? code : 'generic'}`);
  }
  if (action !== 'callback' || (provider !== 'credentials' && provider !== 'passkey')) return notFound();
  if (method !== 'POST') return plain(405, '请在登录页填写后提交。', 'Use the form on the sign-in page.', { Allow: 'POST' });

  const form = await readCallbackForm(request);
  if (!form) return badRequest();

  const context: AttemptContext = { client: clientFromHeaders(request.headers), userAgent: request.headers.get('user-agent') };
  const response = await attemptContext.run(context, run);

  const names = authCookieNames();
  const headers = new Headers();
  for (const [key, value] of response.headers) if (key.toLowerCase() !== 'set-cookie') headers.set(key, value);
  for (const cookie of response.headers.getSetCookie()) headers.append('Set-Cookie', withoutExpiry(cookie, names.session));
  headers.set('Cache-Control', 'no-store');

  const target = targetOf(response.headers.get('location'), context.outcome?.code);
  if (target === null) return new Response(response.body, { status: response.status, headers });

  // A refused attempt: what was typed and why, for the sign-in page only (never in the URL).
  const code = context.outcome?.code ?? (target.endsWith('=cookies') ? 'cookies' : undefined);
  if (code) {
    const flash = await encodeFlash({ ...context.outcome, code, typedId: (form.idNumber ?? '').slice(0, TYPED_ID_MAX) });
    const secure = isProduction() ? '; Secure' : '';
    headers.append('Set-Cookie', `${names.flash}=${flash}; Path=/; Max-Age=${FLASH_MAX_AGE}; HttpOnly; SameSite=Lax${secure}`);
  }
  headers.delete('Location');
  return redirect(target, headers);
}
