/** Builds the portal with `next build` unless the last build is of the same sources. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
export const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const STAMP = path.join(root, '.next', 'yibaotong-source.sha256');
const SOURCES = [
  'app',
  'components',
  'lib',
  'db',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.js',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];

/** A fingerprint of everything the build depends on (tests excluded). */
function sourceFingerprint(): string {
  const hash = createHash('sha256');
  const walk = (p: string): void => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith('.') && name !== 'node_modules') walk(path.join(p, name));
    } else if (!/\.test\.tsx?$/.test(p)) {
      hash.update(path.relative(root, p)).update('\0').update(readFileSync(p));
    }
  };
  for (const s of SOURCES) walk(path.join(root, s));
  return hash.digest('hex');
}

export function runNext(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next ${args[0]} exited with code ${code}`))));
  });
}

/** Returns true when it built, false when the build was already up to date. */
export async function ensureBuilt(): Promise<boolean> {
  const fingerprint = sourceFingerprint();
  if (existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === fingerprint) {
    return false;
  }
  // A production build, whatever NODE_ENV the caller has (next build insists on it).
  await runNext(['build'], { ...process.env, NODE_ENV: 'production' });
  writeFileSync(STAMP, fingerprint);
  return true;
}
