import 'server-only';
/**
 * The HTTP host of the public estimates API (issue 10, item 5): `POST /api/v1/estimates/<name>`
 * answers a policy command through the very command host the CLI uses (`processRequest`,
 * lib/policy/core/command.ts), so the two cannot drift. What only HTTP has is added here, in
 * this order:
 *
 * 1. the per-client rate limit (lib/rate-limit.ts, state in the database so it holds across
 *    processes): 429 with `Retry-After`. The client is the address the request guard settled
 *    (lib/network.ts, trusted proxies only); it is kept in the database only as a keyed hash.
 * 2. 415 when the Content-Type is not JSON;
 * 3. 413 when the body is over `MAX_BODY_BYTES` — by Content-Length when one is sent, and
 *    always by counting the bytes as they stream in (a body may lie about its length or send
 *    none);
 * 4. 400 with the CLI's error object for a body that is not JSON or a request the command
 *    refuses; 500 `internal_error` for a fault of the service; else 200 with the answer.
 *
 * No sign-in and no session are read; nothing of the request is stored or logged.
 */
import { createHmac } from 'node:crypto';
import { getDb } from '../db/client';
import { now } from './clock';
import { apiRateLimit, portalSecrets } from './env';
import { clientFromHeaders } from './network';
import { API_ERRORS, apiError, MAX_BODY_BYTES, type ApiErrorCode } from './policy/openapi';
import { processRequest, requestError, type Bilingual, type LineResult, type PolicyCommand } from './policy/core';
import { consume, retryAfterSeconds, type RateLimitRule } from './rate-limit';

/** The rate limit's scope: both endpoints share one budget per client. */
export const API_RATE_SCOPE = 'api.estimates';

const NO_BODY: Bilingual = { zh: '没有收到请求内容：请发送一个 JSON 请求。', en: 'No request: send one JSON request as the body.' };
const NOT_JSON: Bilingual = { zh: '请求内容不是有效的 JSON。', en: 'The request body is not valid JSON.' };

const HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } as const;

function answer(result: LineResult, status: number, headers: Record<string, string> = {}): Response {
  return new Response(result.text, { status, headers: { ...HEADERS, ...headers } });
}

function refuse(code: ApiErrorCode, headers: Record<string, string> = {}): Response {
  return answer(apiError(code), API_ERRORS[code].status, headers);
}

export function apiRule(): RateLimitRule {
  return { scope: API_RATE_SCOPE, ...apiRateLimit() };
}

/** The rate limit's key for a client address: a keyed hash, so no address is stored. */
export function clientKey(address: string | null): string {
  return createHmac('sha256', portalSecrets().authSecret)
    .update(`api:${address ?? 'unknown'}`)
    .digest('base64url')
    .slice(0, 32);
}

/** `application/json` (any parameters, e.g. charset=utf-8) or a `+json` type. */
export function isJsonMediaType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.!#$&^_-]+\+json$/.test(type);
}

/** The body as bytes, or `too_large` as soon as it passes `max` bytes (reading stops there). */
export async function readBodyLimited(request: Request, max: number): Promise<Uint8Array | 'too_large'> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > max) return 'too_large';
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return 'too_large';
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

/** The JSON text of a body, or the error object the CLI would give for it. */
function parseBody(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; error: LineResult } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: requestError('invalid_input', NOT_JSON) };
  }
  if (text.trim().length === 0) return { ok: false, error: requestError('invalid_input', NO_BODY) };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: requestError('invalid_input', NOT_JSON) };
  }
}

/** The POST handler of one estimates endpoint. */
export function estimateEndpoint(command: PolicyCommand): (request: Request) => Promise<Response> {
  return async (request) => {
    const decision = await consume(await getDb(), apiRule(), clientKey(clientFromHeaders(request.headers)), now());
    if (!decision.allowed) return refuse('rate_limited', { 'Retry-After': String(retryAfterSeconds(decision)) });
    if (!isJsonMediaType(request.headers.get('content-type'))) return refuse('unsupported_media_type');
    const bytes = await readBodyLimited(request, MAX_BODY_BYTES);
    if (bytes === 'too_large') return refuse('payload_too_large');
    const body = parseBody(bytes);
    if (!body.ok) return answer(body.error, 400);
    const result = processRequest(command, body.value);
    return answer(result, result.ok ? 200 : result.internal ? 500 : 400);
  };
}
