/**
 * Benchmark of the care policy engine (`npm run bench:policy`). Prints figures; asserts nothing.
 *
 * Every measure runs on a varied generated set — no request repeated: hospital stays of every
 * level, category, assistance status, transfer, out-of-town case and delivery, half of them with
 * year-to-date figures (some near or over the annual caps), dated 2018–2027; Jiangmen and
 * Shaoyang outpatient visits with pools partly used. For each set, on one core (this thread):
 *
 *  0. the decimal.js floor: replaying just the decimal.js arithmetic and comparisons that the
 *     estimates made (recorded once, `explain: "none"`), plus parsing their amounts — what any
 *     estimate with decimal.js must spend at least;
 *  1. the estimate from a validated request, `explain: "none"` and `"full"`;
 *  2. `runCommand` (zod validation + estimate + encoding), none and full;
 *  3. a whole NDJSON line (JSON.parse + validation + estimate + encoding + JSON.stringify), none
 *     and full, with the average response size.
 *
 * Each rate is printed per wall-clock second and per CPU second of this process (on a shared
 * machine compare the CPU rates), with the load average. Then the CLI (worker threads, every
 * core) on 100 000 NDJSON hospital stays, `--explain=none` and full: wall time and CPU time of
 * the child processes.
 *
 * Options: --n <requests> (default 100000), --skip-cli, --baseline <dir>: also measures the
 * library and CLI in <dir> (a checkout of an older commit, e.g. `git archive <commit> lib scripts
 * | tar -x -C <dir>` with node_modules linked) on the same requests, interleaved with this one.
 */
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Decimal from 'decimal.js';
import { Dec, runCommand, processLine, type PolicyCommand } from '../lib/policy/core';
import { inpatientCommand, outpatientCommand } from '../lib/policy/commands';
import { estimateInpatient } from '../lib/policy/jiangmen/inpatient/inpatient';
import { inpatientRequestSchema, type InpatientRequestInput } from '../lib/policy/jiangmen/inpatient/schema';
import { estimateOutpatient } from '../lib/policy/jiangmen/outpatient/outpatient';
import { outpatientRequestSchema, type OutpatientRequestInput } from '../lib/policy/jiangmen/outpatient/schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

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

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * The mix of the first benchmark (kept as it was: lib/policy/testdata/record-cli-fixture.ts takes
 * 40 of its requests): most stays small, a few very large; residents and employees; some
 * assistance, transfers, out-of-town care, deliveries and earlier stays this year.
 */
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
      date: `2025-${pad2(1 + Math.floor(r() * 12))}-${pad2(1 + Math.floor(r() * 28))}`,
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

/**
 * Varied hospital stays: dates over 2018–2027 (each day a different parameter lookup), every
 * category and assistance status, every transfer and out-of-town case, deliveries, and in half
 * of them year-to-date figures of earlier stays — from small to past the annual caps, with
 * bases that put this stay inside or across the critical-illness and tier-2 brackets.
 */
export function variedInpatient(count: number, seed = 101): InpatientRequestInput[] {
  const r = rng(seed);
  const out: InpatientRequestInput[] = [];
  for (let i = 0; i < count; i += 1) {
    const base = makeRequests(1, Math.floor(r() * 2 ** 31))[0]!;
    const employee = base.person.identity === 'employee';
    const year = 2018 + Math.floor(r() * 10);
    const earlier = r() < 0.5;
    const scale = pick(r, [
      [20_000, 40], // a few small stays before
      [200_000, 35], // bases inside the brackets
      [2_000_000, 20], // near the caps
      [30_000_000, 5], // past them
    ] as const);
    const maternity = !employee && base.person.category === 'resident' && r() < 0.08;
    out.push({
      ...base,
      date: `${year}-${pad2(1 + Math.floor(r() * 12))}-${pad2(1 + Math.floor(r() * 28))}`,
      stay: { ...base.stay, maternity, ...(maternity ? { inScope: yuan(100_000 + r() * 1_500_000) } : {}) },
      ...(earlier
        ? {
            yearToDate: {
              tier1Paid: yuan(r() * scale),
              criticalBase: yuan(r() * scale),
              criticalPaid: yuan(r() * scale * 0.5),
              ...(employee ? { tier2Base: yuan(r() * scale), tier2Paid: yuan(r() * scale * 0.5) } : {}),
              ...(['dibao', 'tekun', 'low_income'].includes(base.person.assistance) ? { assistancePaid: yuan(r() * 4_000_000) } : {}),
            },
          }
        : {}),
    });
  }
  return out;
}

/** Varied outpatient visits: Jiangmen (every clinic, tier 2 from different months, pools partly used) and Shaoyang. */
export function variedOutpatient(count: number, seed = 202): OutpatientRequestInput[] {
  const r = rng(seed);
  const out: OutpatientRequestInput[] = [];
  for (let i = 0; i < count; i += 1) {
    const month = 1 + Math.floor(r() * 12);
    const inScope = yuan(1_000 + Math.exp(r() * Math.log(100)) * 1_000);
    if (r() < 0.2) {
      const used = Math.floor(r() * 70_000);
      out.push({
        region: 'shaoyang',
        date: `${2020 + Math.floor(r() * 8)}-${pad2(month)}-${pad2(1 + Math.floor(r() * 28))}`,
        visit: { clinic: r() < 0.9 ? 'primary' : 'none', inScope },
        ...(r() < 0.6 ? { yearToDate: { used: yuan(used), usedToday: yuan(Math.min(used, r() * 7_000)) } } : {}),
      });
      continue;
    }
    const tier2 = r() < 0.5;
    const clinic = pick(r, [
      ['primary', 70],
      ['other', tier2 ? 25 : 5],
      ['none', 5],
    ] as const);
    out.push({
      region: 'jiangmen',
      date: `${2018 + Math.floor(r() * 10)}-${pad2(month)}-${pad2(1 + Math.floor(r() * 28))}`,
      person: { tier2, ...(tier2 && r() < 0.3 ? { tier2FromMonth: 1 + Math.floor(r() * 12) } : {}) },
      visit: { clinic, ...(clinic === 'other' && r() < 0.5 ? { referredWithin30Days: true } : {}), inScope },
      ...(r() < 0.6
        ? { yearToDate: { tier1Used: yuan(r() * 20_000), tier2PrimaryUsed: yuan(r() * month * 3_500), otherUsed: yuan(r() * month * 4_000) } }
        : {}),
    });
  }
  return out;
}

// ---- the decimal.js floor --------------------------------------------------------------

/** The decimal.js methods replayed for the floor: arithmetic, rounding and comparisons. */
const ARITHMETIC = [
  'plus',
  'minus',
  'times',
  'dividedBy',
  'toDecimalPlaces',
  'lt',
  'lte',
  'gt',
  'gte',
  'eq',
  'comparedTo',
  'isZero',
  'isNeg',
  'add',
  'sub',
  'mul',
  'div',
  'toDP',
  'cmp',
  'isNegative',
] as const;
type Op = readonly [code: number, receiver: Decimal, a: unknown, b: unknown];

/** One estimate's decimal.js work: the arithmetic calls in order, and the amounts parsed. */
interface Recorded {
  ops: Op[];
  parses: string[];
}

/**
 * Runs `fn` with every decimal.js method counted (top-level calls only: decimal.js calls its own
 * methods internally) and the arithmetic ones recorded with their operands.
 */
function recordDecimal<T>(fn: () => T): { result: T; calls: number; ops: Op[] } {
  const P = Decimal.prototype as unknown as Record<string, unknown>;
  const saved = new Map<string, (...a: unknown[]) => unknown>();
  let depth = 0;
  let calls = 0;
  const ops: Op[] = [];
  for (const name of Object.getOwnPropertyNames(P)) {
    const original = P[name];
    if (typeof original !== 'function' || name === 'constructor') continue;
    saved.set(name, original as (...a: unknown[]) => unknown);
    const code = (ARITHMETIC as readonly string[]).indexOf(name);
    P[name] = function (this: Decimal, ...args: unknown[]) {
      if (depth === 0) {
        calls += 1;
        if (code >= 0) ops.push([code, this, args[0], args[1]]);
      }
      depth += 1;
      try {
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } finally {
        depth -= 1;
      }
    };
  }
  try {
    return { result: fn(), calls, ops };
  } finally {
    for (const [name, f] of saved) P[name] = f;
  }
}

/** Replays recorded operations (direct calls, no dynamic dispatch). */
function replay(ops: readonly Op[]): void {
  for (let i = 0; i < ops.length; i += 1) {
    const op = ops[i]!;
    const code = op[0];
    const x = op[1];
    const a = op[2];
    const b = op[3];
    const y = a as Decimal.Value;
    switch (code) {
      case 0:
      case 13:
        x.plus(y);
        break;
      case 1:
      case 14:
        x.minus(y);
        break;
      case 2:
      case 15:
        x.times(y);
        break;
      case 3:
      case 16:
        x.dividedBy(y);
        break;
      case 4:
      case 17:
        x.toDecimalPlaces(a as number, b as Decimal.Rounding);
        break;
      case 5:
        x.lt(y);
        break;
      case 6:
        x.lte(y);
        break;
      case 7:
        x.gt(y);
        break;
      case 8:
        x.gte(y);
        break;
      case 9:
        x.eq(y);
        break;
      case 10:
      case 18:
        x.comparedTo(y);
        break;
      case 11:
        x.isZero();
        break;
      default:
        x.isNeg();
    }
  }
}

/** The amounts a validated request carries that the library parses (zero is shared, not parsed). */
function amountsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/^\d+(\.\d+)?$/.test(value) && !['0', '0.0', '0.00', '1'].includes(value)) out.push(value);
  } else if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) amountsOf(v, out);
  }
  return out;
}

// ---- timing ------------------------------------------------------------------------------

interface Rate {
  wall: number;
  cpu: number;
}

/**
 * Runs `fn` over `count` items after a warm-up (JIT) and prints the rate per wall-clock second
 * and per CPU second of this process (on a shared machine the wall-clock rate drops with other
 * load, the CPU rate much less).
 */
function timeLoop(label: string, count: number, fn: (i: number) => void, floor?: Rate): Rate {
  const warm = Math.min(20_000, count);
  for (let i = 0; i < warm; i += 1) fn(i);
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < count; i += 1) fn(i);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const rate = { wall: (count / ms) * 1000, cpu: (count / cpuMs) * 1000 };
  const vsFloor = floor === undefined ? '' : `  = ${(floor.cpu / rate.cpu).toFixed(2)} × the floor's cost`;
  console.log(
    `  ${label.padEnd(52)} ${String(Math.round(rate.wall)).padStart(8)} /s  ${String(Math.round(rate.cpu)).padStart(8)} /CPU s${vsFloor}   (${count} in ${ms.toFixed(0)} ms)`,
  );
  return rate;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

// ---- the library under test, and optionally an older one -----------------------------------

interface Library {
  name: string;
  /** Estimate from a validated request. */
  estimate(validated: unknown): { explanation: unknown };
  parse(request: unknown): unknown;
  command: PolicyCommand;
  processLine(command: PolicyCommand, line: string): { text: string } | null;
  runCommand(command: PolicyCommand, request: unknown): unknown;
  cli: string;
  explainOption: boolean;
}

interface SetUnderTest {
  name: string;
  requests: object[];
  current: Library;
  baseline?: Library;
}

/** The modules of an older checkout this benchmark calls (typed as this checkout's: the same names and shapes). */
interface BaselineModules {
  core: { processLine: Library['processLine']; runCommand: Library['runCommand'] };
  commands: { inpatientCommand: PolicyCommand; outpatientCommand: PolicyCommand };
  inpatient: { estimateInpatient: Library['estimate'] };
  inpatientSchema: { inpatientRequestSchema: { parse(x: unknown): unknown } };
  outpatient: { estimateOutpatient: Library['estimate'] };
  outpatientSchema: { outpatientRequestSchema: { parse(x: unknown): unknown } };
}

async function loadBaseline(dir: string): Promise<{ inpatient: Library; outpatient: Library }> {
  const at = async <K extends keyof BaselineModules>(p: string): Promise<BaselineModules[K]> =>
    (await import(pathToFileURL(join(dir, p)).href)) as BaselineModules[K];
  const core = await at<'core'>('lib/policy/core/index.ts');
  const cmds = await at<'commands'>('lib/policy/commands.ts');
  const inp = await at<'inpatient'>('lib/policy/jiangmen/inpatient/inpatient.ts');
  const inpSchema = await at<'inpatientSchema'>('lib/policy/jiangmen/inpatient/schema.ts');
  const outp = await at<'outpatient'>('lib/policy/jiangmen/outpatient/outpatient.ts');
  const outpSchema = await at<'outpatientSchema'>('lib/policy/jiangmen/outpatient/schema.ts');
  const common = {
    name: 'baseline',
    processLine: core.processLine,
    runCommand: core.runCommand,
    cli: join(dir, 'scripts/policy-cli.ts'),
    explainOption: false,
  };
  return {
    inpatient: { ...common, estimate: inp.estimateInpatient, parse: (x) => inpSchema.inpatientRequestSchema.parse(x), command: cmds.inpatientCommand },
    outpatient: { ...common, estimate: outp.estimateOutpatient, parse: (x) => outpSchema.outpatientRequestSchema.parse(x), command: cmds.outpatientCommand },
  };
}

const currentInpatient: Library = {
  name: 'this checkout',
  estimate: (v) => estimateInpatient(v as never),
  parse: (x) => inpatientRequestSchema.parse(x),
  command: inpatientCommand,
  processLine,
  runCommand,
  cli: join(root, 'scripts/policy-cli.ts'),
  explainOption: true,
};
const currentOutpatient: Library = {
  ...currentInpatient,
  estimate: (v) => estimateOutpatient(v as never),
  parse: (x) => outpatientRequestSchema.parse(x),
  command: outpatientCommand,
};

function measureSet(set: SetUnderTest): void {
  const N = set.requests.length;
  const { current, baseline } = set;
  const withExplain = (explain: 'full' | 'none') => set.requests.map((r) => ({ ...r, explain }));
  const none = withExplain('none');
  const full = withExplain('full');
  const noneValidated = none.map((r) => current.parse(r));
  const fullValidated = full.map((r) => current.parse(r));
  console.log(`\n${set.name}: ${N} requests, no two alike (load average ${load()})`);

  // The floor: record each estimate's decimal.js work once, then replay it.
  const recorded: Recorded[] = [];
  let noneCalls = 0;
  for (let i = 0; i < N; i += 1) {
    const rec = recordDecimal(() => current.estimate(noneValidated[i]));
    noneCalls += rec.calls;
    recorded.push({ ops: rec.ops, parses: amountsOf(noneValidated[i]) });
  }
  const sample = Math.min(N, 2000);
  let fullCalls = 0;
  for (let i = 0; i < sample; i += 1) fullCalls += recordDecimal(() => current.estimate(fullValidated[i])).calls;
  const arithmetic = recorded.reduce((s, r) => s + r.ops.length, 0) / N;
  const parses = recorded.reduce((s, r) => s + r.parses.length, 0) / N;
  console.log(
    `  decimal.js calls per estimate: ${(noneCalls / N).toFixed(1)} without explanation (${arithmetic.toFixed(1)} arithmetic and comparisons, + ${parses.toFixed(1)} amounts parsed), ${(fullCalls / sample).toFixed(1)} with it`,
  );
  if (baseline !== undefined) {
    const baseValidated = set.requests.map((r) => baseline.parse(r));
    let baseCalls = 0;
    for (let i = 0; i < sample; i += 1) baseCalls += recordDecimal(() => baseline.estimate(baseValidated[i])).calls;
    console.log(`  decimal.js calls per estimate, baseline: ${(baseCalls / sample).toFixed(1)}`);
  }
  let sink = 0;
  const floor = timeLoop('decimal.js floor (replayed arithmetic + parsing)', N, (i) => {
    const r = recorded[i]!;
    replay(r.ops);
    for (const p of r.parses) sink += new Dec(p).e;
  });

  console.log('  estimate from a validated request');
  timeLoop('explain none', N, (i) => void current.estimate(noneValidated[i]), floor);
  timeLoop('explain full', N, (i) => void current.estimate(fullValidated[i]), floor);
  if (baseline !== undefined) {
    const baseValidated = set.requests.map((r) => baseline.parse(r));
    timeLoop('baseline (always full)', N, (i) => void baseline.estimate(baseValidated[i]), floor);
  }
  console.log('  runCommand: validate + estimate + encode');
  timeLoop('explain none', N, (i) => void current.runCommand(current.command, none[i]), floor);
  timeLoop('explain full', N, (i) => void current.runCommand(current.command, full[i]), floor);
  if (baseline !== undefined) timeLoop('baseline', N, (i) => void baseline.runCommand(baseline.command, set.requests[i]), floor);

  console.log('  NDJSON line: JSON.parse + validate + estimate + encode + JSON.stringify');
  const size = (lines: string[], lib: Library) => {
    let chars = 0;
    let bytes = 0;
    for (const l of lines) {
      const t = lib.processLine(lib.command, l)!.text;
      chars += t.length;
      bytes += Buffer.byteLength(t);
    }
    return `${Math.round(bytes / lines.length)} bytes (${Math.round(chars / lines.length)} characters)`;
  };
  const noneLines = none.map((r) => JSON.stringify(r));
  const fullLines = full.map((r) => JSON.stringify(r));
  timeLoop('explain none', N, (i) => void current.processLine(current.command, noneLines[i]!), floor);
  timeLoop('explain full', N, (i) => void current.processLine(current.command, fullLines[i]!), floor);
  const baseLines = set.requests.map((r) => JSON.stringify(r));
  if (baseline !== undefined) timeLoop('baseline', N, (i) => void baseline.processLine(baseline.command, baseLines[i]!), floor);
  console.log(`  average response: explain none ${size(noneLines, current)}, full ${size(fullLines, current)}`);
  if (baseline !== undefined) console.log(`  average response, baseline: ${size(baseLines, baseline)}`);
  if (sink === 0.5) console.log(sink);
}

// ---- the CLI -----------------------------------------------------------------------------

/**
 * Spawns the CLI through bash with stdin from `file` and stdout to `outFile`; bash's `times`
 * gives the CPU time of the CLI (all its threads).
 */
async function cliRun(cli: string, args: string[], file: string, outFile: string): Promise<{ ms: number; cpu: string; code: number | null }> {
  const command = `${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(cli)} ${args.join(' ')} < ${JSON.stringify(file)} > ${JSON.stringify(outFile)}; code=$?; times; exit $code`;
  const t0 = process.hrtime.bigint();
  const child = spawn('bash', ['-c', command], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const children = out.trim().split('\n')[1] ?? '';
  const seconds = children.split(/\s+/).map((t) => {
    const m = /^(\d+)m([\d.]+)s$/.exec(t);
    return m === null ? NaN : parseInt(m[1]!, 10) * 60 + parseFloat(m[2]!);
  });
  return { ms, cpu: `${(seconds[0]! + seconds[1]!).toFixed(2)} s CPU (user ${seconds[0]!.toFixed(2)}, system ${seconds[1]!.toFixed(2)})`, code };
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

async function measureCli(requests: object[], libraries: Library[]): Promise<void> {
  const N = requests.length;
  console.log(`\nCLI: ${N} NDJSON hospital stays (the varied set), spawned as node --import tsx <cli> inpatient --ndjson [--explain=none]`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-policy-'));
  try {
    const file = join(dir, 'requests.ndjson');
    writeFileSync(file, `${requests.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const empty = join(dir, 'empty.ndjson');
    writeFileSync(empty, '');
    for (const lib of libraries) {
      const start = await cliRun(lib.cli, ['inpatient', '--ndjson'], empty, join(dir, 'empty.out'));
      console.log(`  ${lib.name}: start-up (empty input) ${start.ms.toFixed(0)} ms, ${start.cpu}`);
      for (const args of lib.explainOption ? [['--explain=none'], []] : [[]]) {
        const before = load();
        const run = await cliRun(lib.cli, ['inpatient', '--ndjson', ...args], file, join(dir, 'responses.ndjson'));
        const out = await countLines(join(dir, 'responses.ndjson'));
        console.log(
          `  ${lib.name} ${args.join(' ') || '(full explanation)'}: ${(run.ms / 1000).toFixed(2)} s wall, ${run.cpu}; ${Math.round((N / run.ms) * 1000)} lines/s, exit ${run.code}, ${out.lines} lines, ${(out.bytes / 1e6).toFixed(0)} MB out (load ${before} → ${load()})`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = (await import('node:util')).parseArgs({
    options: { n: { type: 'string', default: '100000' }, 'skip-cli': { type: 'boolean', default: false }, baseline: { type: 'string' } },
  });
  const N = parseInt(values.n, 10);
  const base = values.baseline === undefined ? undefined : await loadBaseline(resolve(values.baseline));
  console.log(`bench:policy — Node ${process.version}, one thread; load average ${load()}`);
  const inpatient = variedInpatient(N);
  measureSet({ name: 'Hospital stays (inpatient)', requests: inpatient, current: currentInpatient, ...(base ? { baseline: base.inpatient } : {}) });
  measureSet({
    name: 'Outpatient visits (Jiangmen and Shaoyang)',
    requests: variedOutpatient(N),
    current: currentOutpatient,
    ...(base ? { baseline: base.outpatient } : {}),
  });
  if (!values['skip-cli']) await measureCli(inpatient, base ? [currentInpatient, base.inpatient] : [currentInpatient]);
}

const invoked = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invoked) void main();
