/**
 * Benchmark of the care policy engine (`npm run bench:policy`). Prints figures; asserts nothing.
 *
 * 1. In-process inpatient estimates per second, explanations included, on one core, over a
 *    realistic mix of requests: (a) already validated, (b) including zod validation
 *    (`runCommand`), (c) a whole NDJSON line: JSON.parse + validation + estimate + JSON.stringify.
 * 2. The CLI's wall time for 100 000 NDJSON inpatient requests (file in a temp dir, CLI spawned
 *    with stdin from the file and stdout to a file).
 *
 * Options: --n <requests> (default 100000), --skip-cli.
 */
import { spawn } from 'node:child_process';
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runCommand } from '../lib/policy/core';
import { inpatientCommand } from '../lib/policy/care-commands';
import { estimateInpatient } from '../lib/policy/jiangmen/inpatient/inpatient';
import { inpatientRequestSchema, type InpatientRequest, type InpatientRequestInput } from '../lib/policy/jiangmen/inpatient/schema';
import { processLine } from './policy-cli';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const nIndex = argv.indexOf('--n');
const N = nIndex >= 0 ? parseInt(argv[nIndex + 1] ?? '100000', 10) : 100_000;
const skipCli = argv.includes('--skip-cli');

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same mix. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, items: readonly (readonly [T, number])[]): T {
  let x = r() * items.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of items) {
    x -= w;
    if (x < 0) return v;
  }
  return items[items.length - 1]![0];
}

/** Cents as an amount string ("12345.67"), without floats. */
function yuan(cents: number): string {
  const c = Math.max(0, Math.floor(cents));
  const frac = c % 100;
  return frac === 0 ? String((c - frac) / 100) : `${(c - frac) / 100}.${String(frac).padStart(2, '0')}`;
}

/** A realistic mix: most stays are small, a few are very large; residents and employees; some assistance, transfers, out-of-town care, deliveries and earlier stays this year. */
export function makeRequests(count: number, seed = 20250610): InpatientRequestInput[] {
  const r = rng(seed);
  const out: InpatientRequestInput[] = [];
  for (let i = 0; i < count; i += 1) {
    const employee = r() < 0.45;
    const category = employee
      ? pick(r, [
          ['employee', 55],
          ['retiree', 30],
          ['flexible', 8],
          ['unemployed', 3],
          ['self_employed', 4],
        ] as const)
      : pick(r, [
          ['resident', 80],
          ['student', 20],
        ] as const);
    const assistance = pick(
      r,
      employee
        ? ([
            ['none', 95],
            ['low_income', 3],
            ['poverty', 2],
          ] as const)
        : ([
            ['none', 86],
            ['wubao', 2],
            ['poverty', 3],
            ['dibao', 4],
            ['tekun', 2],
            ['low_income', 3],
          ] as const),
    );
    const level = pick(r, [
      ['level1', 25],
      ['level2', 35],
      ['level3', 37],
      ['non_designated', 3],
    ] as const);
    // log-uniform in-scope cost from 300 yuan to 600 000 yuan
    const cents = Math.floor(30_000 * Math.exp(r() * Math.log(2000)));
    const transfer = pick(r, [
      ['none', 90],
      ['referral', 5],
      ['medical_community', 3],
      ['family_bed', 2],
    ] as const);
    const outOfTown =
      transfer === 'none'
        ? pick(r, [
            ['none', 90],
            ['registered', 7],
            ['unregistered', 3],
          ] as const)
        : 'none';
    const earlier = r() < 0.25;
    const req: InpatientRequestInput = {
      region: 'jiangmen',
      date: `2025-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`,
      person: {
        identity: employee ? 'employee' : 'resident',
        category,
        assistance,
        continuousMonths: pick(r, [
          [6, 5],
          [18, 8],
          [36, 40],
          [120, 47],
        ] as const),
      },
      stay: {
        level: transfer === 'none' ? level : level === 'non_designated' ? 'level2' : level,
        inScope: yuan(cents),
        outOfScope: yuan(cents * 0.1 * r()),
        transfer,
        ...(transfer === 'referral' ? { referringDeductible: '500' } : {}),
        outOfTown,
        maternity: !employee && r() < 0.03,
      },
      ...(earlier
        ? {
            yearToDate: {
              tier1Paid: yuan(r() * 5_000_000),
              criticalBase: yuan(r() * 2_000_000),
              criticalPaid: yuan(r() * 500_000),
              tier2Base: employee ? yuan(r() * 1_000_000) : '0',
              tier2Paid: employee ? yuan(r() * 500_000) : '0',
              assistancePaid: '0',
            },
          }
        : {}),
    };
    out.push(req);
  }
  return out;
}

function timeLoop(label: string, count: number, fn: (i: number) => void): number {
  // warm up (JIT), then measure
  const warm = Math.min(20_000, count);
  for (let i = 0; i < warm; i += 1) fn(i);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < count; i += 1) fn(i);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const perSecond = Math.round((count / ms) * 1000);
  console.log(`  ${label.padEnd(58)} ${String(perSecond).padStart(8)} /s   (${count} in ${ms.toFixed(0)} ms)`);
  return perSecond;
}

/** Spawns the CLI with stdin read from `file` and stdout written to `outFile` (both handed to the child directly). */
async function cliRun(file: string, outFile: string): Promise<{ ms: number; code: number | null }> {
  const input = openSync(file, 'r');
  const output = openSync(outFile, 'w');
  try {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/policy-cli.ts'), 'inpatient', '--ndjson'], {
      cwd: root,
      stdio: [input, output, 'inherit'],
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6, code };
  } finally {
    closeSync(input);
    closeSync(output);
  }
}

/** Lines and bytes of a (large) file, streamed. */
async function countLines(file: string): Promise<{ lines: number; bytes: number }> {
  let lines = 0;
  let bytes = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines += 1;
  }
  return { lines, bytes };
}

async function main(): Promise<void> {
  console.log(`bench:policy — Node ${process.version}, one core (single thread), ${N} requests of a realistic inpatient mix`);
  const raw = makeRequests(N);
  const validated: InpatientRequest[] = raw.map((r) => inpatientRequestSchema.parse(r));
  const lines = raw.map((r) => JSON.stringify(r));
  let steps = 0;
  for (let i = 0; i < 1000; i += 1) steps += estimateInpatient(validated[i]!).explanation.length;
  console.log(`  (average ${(steps / 1000).toFixed(1)} explanation steps per estimate)`);

  console.log('\n1. In-process');
  timeLoop('estimates/s, validated input, with explanation', N, (i) => {
    estimateInpatient(validated[i % N]!);
  });
  timeLoop('estimates/s, including zod validation (runCommand)', N, (i) => {
    runCommand(inpatientCommand, raw[i % N]);
  });
  const cmd = inpatientCommand as unknown as Parameters<typeof processLine>[0];
  let bytes = 0;
  timeLoop('NDJSON lines/s: JSON.parse + validate + estimate + stringify', N, (i) => {
    const r = processLine(cmd, lines[i % N]!);
    bytes += r === null ? 0 : r.text.length;
  });
  console.log(`  (average response ${Math.round(bytes / (N + Math.min(20_000, N)))} characters)`);

  if (skipCli) return;
  console.log('\n2. CLI (spawned: node --import tsx scripts/policy-cli.ts inpatient --ndjson)');
  const dir = mkdtempSync(join(tmpdir(), 'bench-policy-'));
  try {
    const file = join(dir, 'requests.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const empty = join(dir, 'empty.ndjson');
    writeFileSync(empty, '');
    const start = await cliRun(empty, join(dir, 'empty.out'));
    console.log(`  start-up (empty input)                                      ${start.ms.toFixed(0).padStart(8)} ms`);
    const run = await cliRun(file, join(dir, 'responses.ndjson'));
    const out = await countLines(join(dir, 'responses.ndjson'));
    console.log(
      `  ${N} NDJSON requests: wall time                          ${run.ms.toFixed(0).padStart(8)} ms   (${Math.round((N / run.ms) * 1000)} lines/s, exit ${run.code}, ${out.lines} lines, ${(out.bytes / 1e6).toFixed(0)} MB out)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const invoked = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invoked) void main();
