import NextAuth from 'next-auth';
import { handleAuthRequest } from '@/lib/auth/route';
import { authOptions } from '@/lib/auth/options';

type Context = { params: Promise<{ nextauth: string[] }> };

// The options are built on first use (they read the runtime configuration), not at build time.
// lib/auth/route.ts serves only the endpoints the portal uses (404 for the rest, `_log` too),
// answers malformed bodies with 400, and tells the sign-in page why an attempt was refused.
async function handler(request: Request, context: Context): Promise<Response> {
  return handleAuthRequest(request, (await context.params).nextauth, () => NextAuth(request as never, context as never, authOptions()) as Promise<Response>);
}

export { handler as GET, handler as POST };
