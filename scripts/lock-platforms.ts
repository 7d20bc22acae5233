/**
 * `npm run lock:platforms`: this machine's npm registry mirror carries only the Linux builds
 * of packages that ship one binary per platform (Next.js's SWC, Tailwind's oxide), so
 * `npm install` leaves the other platforms' optional packages out of package-lock.json and
 * `npm ci` then refuses the lock as out of sync. This adds the missing entries — version,
 * os, cpu, optional — exactly as the published packages declare them; npm skips them on
 * other platforms and a full registry resolves them as usual. Run it after `npm install`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const file = 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, LockEntry> };

/** The platform a package's name declares: "@next/swc-darwin-arm64", "…-linux-arm-gnueabihf", "…-wasm32-wasi". */
function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> | null {
  if (/-wasm32-wasi$/.test(name)) return { cpu: ['wasm32'] };
  const m = /-(darwin|win32|linux|android|freebsd|openbsd|sunos|aix)-(arm64|x64|arm|ia32|ppc64|s390x|riscv64)(?:-(gnu|musl|gnueabihf|msvc|eabi))?$/.exec(name);
  if (!m) return null;
  const libc = m[3] === 'musl' ? ['musl'] : m[3] === 'gnu' || m[3] === 'gnueabihf' ? ['glibc'] : undefined;
  return { os: [m[1]!], cpu: [m[2]!], ...(libc ? { libc } : {}) };
}

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const at = path === '' ? `node_modules/${name}` : `${path}/node_modules/${name}`;
    if (lock.packages[at] || lock.packages[`node_modules/${name}`]) continue;
    const platform = platformOf(name);
    if (!platform || !/^\d+\.\d+\.\d+/.test(spec)) {
      console.warn(`left alone: ${name}@${spec} (not a platform binary with an exact version)`);
      continue;
    }
    lock.packages[`node_modules/${name}`] = { version: spec, ...platform, ...(entry.dev ? { dev: true } : {}), optional: true };
    added += 1;
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
writeFileSync(file, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform entries added.`);
