/**
 * `npm run bench:web`: how fast the built portal answers, measured (issue 8, item 8).
 *
 * Builds if needed, then starts `next start` on a free port on a fresh embedded database (and,
 * when DATABASE_URL is set, again on a new database on that server, dropped afterwards), signs in
 * as the sign-in form does (next-auth's CSRF cookie and token, the credentials callback), and with
 * 10 concurrent keep-alive connections measures requests/s, p50 and p99 of:
 *
 *   - a static file of the same server (/robots.txt) and an empty dynamic page (the 404 page:
 *     the layout and nothing else, signed out and signed in), in the same run;
 *   - every signed-in page of the menu (NAV_ITEMS in lib/navigation.ts: pages added there are
 *     measured without touching this file);
 *   - the JSON POST targets of scripts/bench-web-targets.ts.
 *
 * Prints each page's ratios to the static file (requests/s and p99), the gzip bytes of the
 * JavaScript each page loads in a modern browser (vs the empty page; the `noModule` polyfills
 * left out), the writes each request makes to the database's socket (PostgreSQL only, counted
 * in the server by scripts/bench-web-preload.mjs: the driver sends each statement of drizzle in
 * two writes, parse and execute), the server's memory (RSS) before and after the load, and the
 * load average. Figures, not pass/fail: it never fails on a slow machine.
 *
 *   BENCH_SECONDS=5       seconds per target (default 5)
 *   BENCH_CONNECTIONS=10  concurrent connections
 *   BENCH_SOAK_SECONDS=0  then load the menu's pages round-robin this long and print RSS each 30 s
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createTestDatabase } from '../db/testing';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed';
import { NAV_ITEMS } from '../lib/navigation';
import { ensureBuilt, nextBin } from './build';
import { BENCH_POST_TARGETS } from './bench-web-targets';

const root = process.cwd();
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const SECONDS = Number(process.env.BENCH_SECONDS ?? '5');
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? '10');
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? '0');
const ACCOUNT = DEMO_ACCOUNTS.find((a) => a.key === 'near_retirement') ?? DEMO_ACCOUNTS[0]!;

interface Target {
  name: string;
  path: string;
  method: 'GET' | 'POST';
  signedIn: boolean;
  body?: string;
}

interface Result {
  target: Target;
  count: number;
  errors: number;
  statuses: Set<number>;
  rps: number;
  p50: number;
  p99: number;
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

/** One HTTP request on a keep-alive agent; resolves with the status, headers and body. */
function request(
  agent: http.Agent,
  port: number,
  method: string,
  urlPath: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, agent, headers: { Host: `localhost:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

function remember(jar: Map<string, string>, setCookie: string[] | undefined): void {
  for (const line of setCookie ?? []) {
    const [pair] = line.split(';');
    const i = pair!.indexOf('=');
    const name = pair!.slice(0, i).trim();
    const value = pair!.slice(i + 1).trim();
    if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') jar.delete(name);
    else jar.set(name, value);
  }
}

/** Signs in as the form does: the page (proxy.ts makes the CSRF cookie), its token, the callback. */
async function signIn(port: number): Promise<Map<string, string>> {
  const agent = new http.Agent({ keepAlive: false });
  const jar = new Map<string, string>();
  const page = await request(agent, port, 'GET', '/signin', {});
  remember(jar, page.headers['set-cookie']);
  const token = /name="csrfToken" value="([^"]+)"/.exec(page.body.toString())?.[1];
  if (!token) throw new Error('no CSRF token on /signin');
  const form = new URLSearchParams({ csrfToken: token, callbackUrl: '/me', idNumber: ACCOUNT.idNumber, password: DEMO_PASSWORD }).toString();
  const answer = await request(
    agent,
    port,
    'POST',
    '/api/auth/callback/credentials',
    {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: `http://localhost:${port}`,
      Cookie: cookieHeader(jar),
    },
    form,
  );
  remember(jar, answer.headers['set-cookie']);
  const me = await request(agent, port, 'GET', '/me', { Cookie: cookieHeader(jar) });
  if (me.status !== 200) throw new Error(`signing in failed: /me answered ${me.status} (callback ${answer.status} → ${String(answer.headers.location)})`);
  return jar;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** CONNECTIONS loops, each on its own keep-alive socket, for `seconds`. */
async function hammer(port: number, target: Target, jar: Map<string, string>, seconds: number): Promise<Result> {
  const headers: Record<string, string> = target.signedIn ? { Cookie: cookieHeader(jar) } : {};
  if (target.method === 'POST') Object.assign(headers, { 'Content-Type': 'application/json', Origin: `http://localhost:${port}` });
  const times: number[] = [];
  const statuses = new Set<number>();
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      while (performance.now() < until) {
        const t0 = performance.now();
        try {
          const r = await request(agent, port, target.method, target.path, headers, target.body);
          statuses.add(r.status);
          if (r.status >= 500) errors += 1;
        } catch {
          errors += 1;
        }
        times.push(performance.now() - t0);
      }
      agent.destroy();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { target, count: times.length, errors, statuses, rps: times.length / elapsed, p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** The JavaScript files a page's HTML loads, gzipped (level 6, as a server would), in bytes. */
async function javaScriptBytes(port: number, urlPath: string, jar: Map<string, string>, cache: Map<string, number>): Promise<{ files: number; gzip: number }> {
  const agent = new http.Agent({ keepAlive: false });
  const page = await request(agent, port, 'GET', urlPath, { Cookie: cookieHeader(jar) });
  // Scripts a modern browser loads: not the `noModule` polyfills (only browsers without modules fetch them).
  const tags = [...page.body.toString().matchAll(/<script([^>]*)>/g)].map((m) => m[1]!).filter((attrs) => !/\snomodule/i.test(attrs));
  const sources = new Set(tags.map((attrs) => /\ssrc="([^"]+\.js)"/.exec(attrs)?.[1]).filter((src): src is string => src !== undefined));
  let gzip = 0;
  for (const src of sources) {
    if (!cache.has(src)) {
      const file = await request(agent, port, 'GET', src, {});
      cache.set(src, gzipSync(file.body, { level: 6 }).length);
    }
    gzip += cache.get(src)!;
  }
  return { files: sources.size, gzip };
}

/** RSS (MiB) of a process and its children. */
function rssMiB(pid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone
    }
  }
  let kb = 0;
  const walk = (p: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone
    }
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return kb / 1024;
}

interface Server {
  child: ChildProcess;
  port: number;
  output: () => string;
  stop: () => Promise<void>;
}

async function startServer(env: NodeJS.ProcessEnv): Promise<Server> {
  const child = spawn(process.execPath, ['--import', path.join(root, 'scripts', 'bench-web-preload.mjs'), nextBin, 'start', '-p', '0'], {
    env: { ...env, NODE_ENV: 'production', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${out}`)), 180_000);
    const check = () => {
      const m = /Local:\s+http:\/\/localhost:(\d+)[\s\S]*Database ready/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout.on('data', check);
    child.on('exit', () => reject(new Error(`the server stopped:\n${out}`)));
  });
  return {
    child,
    port,
    output: () => out,
    stop: async () => {
      child.kill('SIGTERM');
      await exitOf(child);
    },
  };
}

/** Statements the server sent to PostgreSQL for `n` requests to a target, one at a time (per request). */
async function statementsPerRequest(server: Server, target: Target, jar: Map<string, string>, n = 20): Promise<number> {
  const read = async () => {
    const before = server.output().length;
    server.child.kill('SIGUSR2');
    for (let i = 0; i < 50; i += 1) {
      const m = /BENCH_DB_WRITES (\d+)/.exec(server.output().slice(before));
      if (m) return Number(m[1]);
      await new Promise((r) => setTimeout(r, 20));
    }
    return NaN;
  };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const headers: Record<string, string> = target.signedIn ? { Cookie: cookieHeader(jar) } : {};
  if (target.method === 'POST') Object.assign(headers, { 'Content-Type': 'application/json', Origin: `http://localhost:${server.port}` });
  await request(agent, server.port, target.method, target.path, headers, target.body); // warm
  const start = await read();
  for (let i = 0; i < n; i += 1) await request(agent, server.port, target.method, target.path, headers, target.body);
  const end = await read();
  agent.destroy();
  return (end - start) / n;
}

const ms = (v: number) => v.toFixed(1).padStart(7);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));

async function benchOn(kind: 'pglite' | 'postgres'): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yb-bench-'));
  const database = await createTestDatabase({ serverUrl: kind === 'postgres' ? process.env.DATABASE_URL : undefined, dataDir, prefix: 'yb_bench' });
  const { DATABASE_URL: _ignored, ...base } = process.env;
  const env: NodeJS.ProcessEnv = { ...base, ...database.env, PORTAL_DEMO: '1', SIGN_IN_CLIENT_LIMIT: '100000' };
  let server: Server | null = null;
  try {
    if (database.kind === 'postgres') {
      const seed = spawn(process.execPath, [tsx, 'scripts/db-seed.ts', '--demo'], { env: { ...env, NODE_ENV: 'production' }, stdio: 'ignore' });
      if ((await exitOf(seed)) !== 0) throw new Error('seeding the benchmark database failed');
      env.BENCH_DB_PORT = new URL(env.DATABASE_URL!).port || '5432';
    }
    console.log(`\n=== ${kind === 'pglite' ? 'Embedded PostgreSQL (PGlite), fresh folder' : 'PostgreSQL server (DATABASE_URL), fresh database'} ===`);
    console.log(`load average before start: ${load()}`);
    server = await startServer(env);
    const jar = await signIn(server.port);
    const targets: Target[] = [
      { name: 'static file /robots.txt', path: '/robots.txt', method: 'GET', signedIn: false },
      { name: 'empty page (404), signed out', path: '/bench-empty-page', method: 'GET', signedIn: false },
      { name: 'empty page (404), signed in', path: '/bench-empty-page', method: 'GET', signedIn: true },
      { name: '/signin (no session)', path: '/signin', method: 'GET', signedIn: false },
      ...NAV_ITEMS.map((item) => ({ name: item.href, path: item.href, method: 'GET' as const, signedIn: true })),
      ...BENCH_POST_TARGETS.map((t) => ({ name: `POST ${t.name}`, path: t.path, method: 'POST' as const, signedIn: true, body: JSON.stringify(t.body) })),
    ];
    // Warm each target (compilation of routes on first use, caches), then measure.
    for (const t of targets) await hammer(server.port, t, jar, 0.5);
    const rssBefore = rssMiB(server.child.pid!);
    console.log(`server RSS after warm-up: ${rssBefore.toFixed(0)} MiB · ${CONNECTIONS} connections, ${SECONDS} s per target · load average ${load()}`);
    const results: Result[] = [];
    for (const t of targets) results.push(await hammer(server.port, t, jar, SECONDS));
    const rssAfter = rssMiB(server.child.pid!);
    const staticResult = results[0]!;
    const jsCache = new Map<string, number>();
    const emptyJs = await javaScriptBytes(server.port, '/bench-empty-page', jar, jsCache);
    console.log('');
    console.log(`${pad('target', 34)}   req/s   p50 ms  p99 ms  ×static req/s  ×static p99  JS gzip B (×empty)  DB writes/req  statuses`);
    for (const r of results) {
      const js =
        r.target.method === 'GET' && r.target.path !== '/robots.txt'
          ? await javaScriptBytes(server.port, r.target.path, r.target.signedIn ? jar : new Map<string, string>(), jsCache)
          : null;
      const stmts = database.kind === 'postgres' && r.target.path !== '/robots.txt' ? await statementsPerRequest(server, r.target, jar) : null;
      console.log(
        `${pad(r.target.name, 34)} ${r.rps.toFixed(0).padStart(7)} ${ms(r.p50)} ${ms(r.p99)}   ${(r.rps / staticResult.rps).toFixed(3).padStart(10)}   ${(r.p99 / staticResult.p99).toFixed(1).padStart(9)}   ${
          js ? `${String(js.gzip).padStart(8)} (${(js.gzip / emptyJs.gzip).toFixed(3)})` : ' '.repeat(18)
        }   ${stmts === null ? '         -' : stmts.toFixed(1).padStart(10)}  ${[...r.statuses].join(',')}${r.errors ? ` ${r.errors} errors` : ''}`,
      );
    }
    console.log(`\nserver RSS: ${rssBefore.toFixed(0)} MiB before the load, ${rssAfter.toFixed(0)} MiB after · load average ${load()}`);
    if (SOAK_SECONDS > 0) {
      console.log(`soak: the menu's pages round-robin for ${SOAK_SECONDS} s`);
      const end = Date.now() + SOAK_SECONDS * 1000;
      let i = 0;
      while (Date.now() < end) {
        const item = NAV_ITEMS[i % NAV_ITEMS.length]!;
        const r = await hammer(server.port, { name: item.href, path: item.href, method: 'GET', signedIn: true }, jar, Math.min(30, (end - Date.now()) / 1000));
        console.log(
          `  ${Math.round((SOAK_SECONDS * 1000 - (end - Date.now())) / 1000)} s: RSS ${rssMiB(server.child.pid!).toFixed(0)} MiB (${item.href} ${r.rps.toFixed(0)} req/s) · load ${load()}`,
        );
        i += 1;
      }
    }
  } finally {
    await server?.stop();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`Checking the build… ${(await ensureBuilt()) ? 'built.' : 'up to date.'}`);
  console.log(`${os.cpus().length} CPUs · load average ${load()}`);
  await benchOn('pglite');
  if (process.env.DATABASE_URL) await benchOn('postgres');
}

main().catch((e: unknown) => {
  console.error(`bench:web failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
