/**
 * Who is asking and under which name: the client's address, the host and the origin of a
 * request, trusted only as far as the configuration says (lib/env.ts).
 *
 * - The client address is the connection's (the socket's remote address). Only when
 *   TRUSTED_PROXY_HOPS = n > 0 is X-Forwarded-For read, and then only the entry that the n-th
 *   proxy from us appended; whatever the address, it is validated as an IP (node:net isIP)
 *   before it is used or stored, and anything else is `null`.
 * - With no trusted proxy, every X-Forwarded-* header (and Forwarded, X-Real-IP) a client sends
 *   is dropped before Next.js sees the request: Next.js then fills X-Forwarded-For, -Host, -Proto
 *   and -Port from the connection and the Host header itself, so its server-action origin check
 *   and next-auth's URLs rest on the Host header, which proxy.ts checks against PORTAL_HOSTS.
 *
 * Next.js's `next start` does not hand the connection to route handlers or the proxy, so
 * `installRequestGuard` (called from instrumentation.ts when a server process starts) rewrites
 * each request's headers as the Node.js server receives it, before Next.js reads them, and marks
 * it with a token of this process; proxy.ts refuses requests without the mark (a request that
 * arrived before the guard was installed). Not `server-only`: instrumentation and tests use it.
 */
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';

/** Set by the guard: the validated client address, or `unknown`. */
export const CLIENT_HEADER = 'x-portal-client';
/** Set by the guard: this process's token (a client cannot know it). */
export const GUARD_HEADER = 'x-portal-guard';
/** Set by the guard: the port the server received the request on. */
export const PORT_HEADER = 'x-portal-port';

const FORWARDED_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip', 'forwarded'] as const;

/** An address as a proxy or the socket writes it (`[::1]:80`, `1.2.3.4:5`, `::ffff:1.2.3.4`) → a plain IP, or null. */
export function validIp(raw: string | undefined | null): string | null {
  if (typeof raw !== 'string') return null;
  let text = raw.trim();
  if (text.length === 0 || text.length > 64) return null;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d{1,5}$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(text);
  if (mapped) text = mapped[1]!;
  return isIP(text) ? text.toLowerCase() : null;
}

/**
 * The client's address: with `hops` trusted proxies, the address the farthest trusted proxy saw
 * (the `hops`-th entry of X-Forwarded-For from the right, the connection being the 0-th); with
 * none, the connection's. Null when that entry is not an IP address.
 */
export function clientAddressOf(remoteAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string | null {
  const chain = hops > 0 ? (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')).split(',').filter((s) => s.trim() !== '') : [];
  chain.push(remoteAddress ?? '');
  return validIp(chain[Math.max(0, chain.length - 1 - hops)]);
}

/** The validated client address the guard put on the request (route handlers, actions). */
export function clientFromHeaders(headers: { get(name: string): string | null }): string | null {
  return validIp(headers.get(CLIENT_HEADER));
}

/**
 * The hosts (`host` or `host:port`, lower case) the portal answers to: PORTAL_HOSTS; else the
 * host of NEXTAUTH_URL; else (the demo) localhost, 127.0.0.1 and [::1] on the serving port.
 */
export function allowedHosts(config: { portalHosts?: string | undefined; publicUrl?: string | undefined }, port: string | null): Set<string> {
  if (config.portalHosts) {
    return new Set(
      config.portalHosts
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    );
  }
  if (config.publicUrl) return new Set([new URL(config.publicUrl).host.toLowerCase()]);
  const names = ['localhost', '127.0.0.1', '[::1]'];
  return new Set(port && port !== '80' ? names.map((n) => `${n}:${port}`) : names);
}

/** Whether an Origin header names one of the allowed hosts (http or https, no path). */
export function originAllowed(origin: string, hosts: ReadonlySet<string>): boolean {
  const m = /^(https?):\/\/([^/?#\s]+)$/i.exec(origin.trim());
  return m !== null && hosts.has(m[2]!.toLowerCase());
}

const TOKEN_KEY = Symbol.for('yibaotong.requestGuardToken');
type TokenHolder = { [TOKEN_KEY]?: string };

/** This process's guard token, once the guard is installed. */
export function guardToken(): string | undefined {
  return (globalThis as TokenHolder)[TOKEN_KEY];
}

/** Rewrites one request's headers as described above (exported for tests). */
export function guardRequest(req: IncomingMessage, hops: number, token: string): void {
  const h = req.headers;
  const client = clientAddressOf(req.socket?.remoteAddress, h['x-forwarded-for'], hops);
  if (hops === 0) for (const name of FORWARDED_HEADERS) delete h[name];
  h[CLIENT_HEADER] = client ?? 'unknown';
  h[GUARD_HEADER] = token;
  h[PORT_HEADER] = String(req.socket?.localPort ?? '');
}

/** Installs the guard on every HTTP and HTTPS server of this process (once). */
export function installRequestGuard(hops: number): void {
  const holder = globalThis as TokenHolder;
  if (holder[TOKEN_KEY]) return;
  const token = randomBytes(18).toString('base64url');
  for (const proto of [http.Server.prototype, https.Server.prototype] as { emit: (event: string | symbol, ...args: unknown[]) => boolean }[]) {
    const emit = proto.emit;
    proto.emit = function guardedEmit(this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === 'request') guardRequest(args[0] as IncomingMessage, hops, token);
      return emit.call(this, event, ...args);
    };
  }
  holder[TOKEN_KEY] = token;
}
