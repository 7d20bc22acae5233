/**
 * The portal's configuration: the environment, validated once (STYLE.md), plus the secrets
 * that the embedded demo keeps in its data folder.
 *
 * Modes:
 * - production: NODE_ENV=production with a DATABASE_URL and without PORTAL_DEMO=1.
 *   Secrets must come from the environment; PORTAL_TODAY is ignored; cookies are Secure.
 * - demo / development / test: everything else. Secrets missing from the environment are
 *   generated once and kept in `<data dir>/secrets.json` (git-ignored, mode 0600).
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const secret = z.string().min(32, 'must be at least 32 characters');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** A PostgreSQL server; without it the portal uses embedded PostgreSQL (PGlite). */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  /** Folder for the embedded database and demo secrets; "memory" keeps PGlite in memory. */
  PORTAL_DATA_DIR: z.string().min(1).optional(),
  /** "1": a DATABASE_URL database holds demo data (tests); allows demo seeding and PORTAL_TODAY. */
  PORTAL_DEMO: z.enum(['0', '1']).optional(),
  /** Pins today's date (YYYY-MM-DD) for tests and the demo; ignored in production. */
  PORTAL_TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
    .optional(),
  /** "1": the browser tests' server — a request may pin its date with a cookie (lib/test-clock.ts); ignored in production. */
  PORTAL_TEST_CLOCK: z.enum(['0', '1']).optional(),
  NEXTAUTH_SECRET: secret.optional(),
  AUTH_SECRET: secret.optional(),
  /** Key of the HMAC that turns an ID number into its sign-in look-up hash. */
  ID_HASH_KEY: secret.optional(),
  NEXTAUTH_URL: z.url().optional(),
  /**
   * How many reverse proxies in front of the portal append to X-Forwarded-For (and set
   * X-Forwarded-Host/-Proto). 0 (the default): none — the client is the connection's address and
   * every X-Forwarded-* header a client sends is dropped (lib/network.ts).
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * The host names (with :port where not 80/443) the portal answers to, comma-separated; any
   * other Host is refused and every redirect stays on these. Default: the host of NEXTAUTH_URL,
   * or in the demo localhost, 127.0.0.1 and [::1] on the port the server listens on.
   */
  PORTAL_HOSTS: z
    .string()
    .regex(/^\s*[a-z0-9.[\]:-]+(\s*,\s*[a-z0-9.[\]:-]+)*\s*$/i, 'must be host names (host or host:port), comma-separated')
    .optional(),
  /** Sign-in attempts (password or passkey) allowed per client address within the window below. */
  SIGN_IN_CLIENT_LIMIT: z.coerce.number().int().min(1).default(30),
  SIGN_IN_CLIENT_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(10)
    .default(15 * 60),
  /** Failed password sign-ins per minute, all clients together, above which every password sign-in waits. */
  SIGN_IN_GLOBAL_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  /** Requests to the public estimates API (`/api/v1/estimates/*`) allowed per client address within the window below. */
  API_RATE_LIMIT: z.coerce.number().int().min(1).default(120),
  API_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** Forgets the validated environment and secrets (tests that change process.env). */
export function resetEnvForTests(): void {
  cached = undefined;
  secrets = undefined;
}

/** The validated environment (read once per process). */
export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  cached = parsed.data;
  return cached;
}

/** Production: a real server database, not marked as demo, built for production. */
export function isProduction(): boolean {
  const e = env();
  return e.NODE_ENV === 'production' && e.DATABASE_URL !== undefined && e.PORTAL_DEMO !== '1';
}

/** True when the database is the embedded one (no DATABASE_URL). */
export function isEmbedded(): boolean {
  return env().DATABASE_URL === undefined;
}

/** The per-client and global sign-in limits (lib/auth/throttle.ts uses them with lib/rate-limit.ts). */
export function signInLimits(): { client: { limit: number; windowMs: number }; globalFailuresPerMinute: number } {
  const e = env();
  return {
    client: { limit: e.SIGN_IN_CLIENT_LIMIT, windowMs: e.SIGN_IN_CLIENT_WINDOW_SECONDS * 1000 },
    globalFailuresPerMinute: e.SIGN_IN_GLOBAL_FAILURES_PER_MINUTE,
  };
}

/** The per-client limit of the public estimates API (lib/public-api.ts uses it with lib/rate-limit.ts). */
export function apiRateLimit(): { limit: number; windowMs: number } {
  const e = env();
  return { limit: e.API_RATE_LIMIT, windowMs: e.API_RATE_LIMIT_WINDOW_SECONDS * 1000 };
}

/** Demo data may be seeded: always for the embedded database, on a server only when asked. */
export function demoAllowed(): boolean {
  return isEmbedded() || env().PORTAL_DEMO === '1';
}

/** The data folder (embedded database, demo secrets); absolute. */
export function dataDir(): string {
  const dir = env().PORTAL_DATA_DIR;
  // Resolved at run time from the configuration; nothing here belongs in the build's trace.
  if (dir === 'memory' || dir === undefined) return path.join(/*turbopackIgnore: true*/ process.cwd(), '.data');
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir);
}

interface Secrets {
  authSecret: string;
  idHashKey: string;
}

let secrets: Secrets | undefined;

function localSecrets(): Secrets {
  const dir = dataDir();
  const file = path.join(dir, 'secrets.json');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>;
    if (typeof stored.authSecret === 'string' && typeof stored.idHashKey === 'string') {
      return { authSecret: stored.authSecret, idHashKey: stored.idHashKey };
    }
  }
  const fresh: Secrets = {
    authSecret: randomBytes(32).toString('base64url'),
    idHashKey: randomBytes(32).toString('base64url'),
  };
  mkdirSync(dir, { recursive: true });
  try {
    // `wx`: if another process wrote it first, use theirs.
    writeFileSync(file, `${JSON.stringify(fresh, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600);
    return fresh;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return localSecrets();
    throw e;
  }
}

/** The session-signing secret and the ID-hash key. */
export function portalSecrets(): Secrets {
  if (secrets) return secrets;
  const e = env();
  const authSecret = e.NEXTAUTH_SECRET ?? e.AUTH_SECRET;
  const idHashKey = e.ID_HASH_KEY;
  if (authSecret !== undefined && idHashKey !== undefined) {
    secrets = { authSecret, idHashKey };
    return secrets;
  }
  if (isProduction()) {
    throw new Error('In production set NEXTAUTH_SECRET (or AUTH_SECRET) and ID_HASH_KEY, each at least 32 characters.');
  }
  const local = localSecrets();
  secrets = { authSecret: authSecret ?? local.authSecret, idHashKey: idHashKey ?? local.idHashKey };
  return secrets;
}
