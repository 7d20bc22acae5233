/**
 * `server-only` throws when it is imported outside React Server Components, and the scripts
 * (`db:seed`, `start`, the browser tests' set-up, all run with tsx) and the server's
 * instrumentation hook run outside them. This test follows every import (static and
 * dynamic, type-only ones aside) from each of those entry points and fails if it reaches a
 * server-only module; and it checks that the modules that must be server-only are. A script that
 * package.json runs with `tsx --conditions=react-server` (where `server-only` resolves to its
 * empty module, e.g. `bench:scale`, which times the data layer's own queries) may reach them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const SERVER_ONLY = /^\s*import\s+['"]server-only['"];?\s*$/m;

function tsFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir))
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => path.join(root, dir, f));
}

function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return null; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** The modules a file loads when it runs: static and dynamic imports and re-exports, not `import type`. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const m of source.matchAll(/(?:^|[\n;])\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g)) {
    if (!m[1]) specifiers.push(m[2]!);
  }
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(m[1]!);
  return specifiers.map((s) => resolve(file, s)).filter((f): f is string => f !== null);
}

function reachable(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file));
  }
  return seen;
}

const rel = (f: string) => path.relative(root, f);

/** Scripts that package.json runs under the react-server condition: server-only is empty there. */
const reactServerScripts = new Set(
  Object.values((JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts).flatMap((command) =>
    [...command.matchAll(/--conditions=react-server\s+(scripts\/[\w-]+\.ts)/g)].map((m) => path.join(root, m[1]!)),
  ),
);

describe('server-only', () => {
  const entries = [
    ...tsFiles('scripts').filter((f) => !reactServerScripts.has(f)),
    ...tsFiles('e2e'),
    path.join(root, 'instrumentation.ts'),
    path.join(root, 'playwright.config.ts'),
    path.join(root, 'db/demo.ts'),
    path.join(root, 'db/seed/index.ts'),
  ];

  it('is reached by nothing that scripts, the browser tests or the instrumentation hook load', () => {
    expect([...reactServerScripts].map(rel)).toContain('scripts/bench-scale.ts');
    const loaded = reachable(entries);
    // db:maintain runs with plain tsx (npm start, cron): it must not reach lib/auth.
    expect([...loaded].map(rel)).toEqual(expect.arrayContaining(['db/maintain.ts', 'db/archive.ts', 'lib/auth-limits.ts']));
    // The walk does follow imports: the seed hashes passwords and ID numbers.
    expect([...loaded].map(rel)).toEqual(expect.arrayContaining(['db/seed/index.ts', 'lib/hashing.ts', 'db/client.ts', 'lib/policy/core/index.ts']));
    expect([...loaded].filter((f) => SERVER_ONLY.test(readFileSync(f, 'utf8'))).map(rel)).toEqual([]);
  });

  it('guards the session, sign-in, audit and data-layer modules', () => {
    const guarded = [...tsFiles('lib/auth'), ...tsFiles('lib/dal'), path.join(root, 'lib/audit.ts'), path.join(root, 'lib/i18n/server.ts')];
    expect(guarded.length).toBeGreaterThan(10);
    expect(guarded.filter((f) => !SERVER_ONLY.test(readFileSync(f, 'utf8'))).map(rel)).toEqual([]);
  });
});
