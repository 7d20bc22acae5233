import { env } from '@/lib/env';
import { openApiDocument, type OpenApiDocument } from '@/lib/policy/openapi';

let document: OpenApiDocument | undefined;

/**
 * GET /api/v1/openapi.json — the OpenAPI 3.1 document of the estimates API, generated from the
 * commands' zod schemas (lib/policy/openapi.ts). Public; the same for everyone.
 */
export function GET(): Response {
  const url = env().NEXTAUTH_URL;
  document ??= openApiDocument(url ? { serverUrl: new URL(url).origin } : {});
  return new Response(JSON.stringify(document, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}
