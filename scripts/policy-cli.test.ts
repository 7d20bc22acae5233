/**
 * The policy CLI: RULES.md worked examples 1–8 through the CLI's line processing, the NDJSON
 * stream (order, bad lines, blank lines), usage and exit codes, and two real spawns.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commands } from '../lib/policy/commands';
import { processLine } from '../lib/policy/core';
import { runCli, usage, type CliIO } from './policy-cli';
import { variedInpatient } from './bench-policy';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function line(command: string, request: unknown): Record<string, unknown> {
  const r = processLine(commands.get(command)!, JSON.stringify(request));
  expect(r).not.toBeNull();
  return JSON.parse(r!.text) as Record<string, unknown>;
}

const DATE = '2025-06-10';
const resident = { identity: 'resident', category: 'resident', assistance: 'none', continuousMonths: 36 };
const employee = { identity: 'employee', category: 'employee', assistance: 'none', continuousMonths: 36 };

describe('RULES.md worked examples through the CLI', () => {
  it.each([
    [
      '1',
      { person: resident, stay: { level: 'level2', inScope: '20000', outOfScope: '2000' } },
      { deductible: '600.00', tier1: '15520.00', critical: '0.00', outOfPocket: '6480.00' },
    ],
    [
      '2',
      { person: employee, stay: { level: 'level3', inScope: '100000', outOfScope: '5000' } },
      { deductible: '900.00', tier1: '54505.00', critical: '20757.00', tier2: '18512.30', outOfPocket: '11225.70' },
    ],
    [
      '3',
      { person: { ...employee, category: 'retiree' }, stay: { level: 'level1', inScope: '8000' } },
      { deductible: '400.00', tier1: '6840.00', tier2: '380.00', outOfPocket: '780.00' },
    ],
    [
      '4',
      { person: { ...resident, assistance: 'wubao' }, stay: { level: 'level1', inScope: '10000' } },
      { deductible: '0.00', tier1: '9500.00', outOfPocket: '500.00' },
    ],
    [
      '5',
      { person: { ...resident, continuousMonths: 10 }, stay: { level: 'level3', inScope: '500000' } },
      { tier1: '100000.00', critical: '120000.00', outOfPocket: '280000.00' },
    ],
    [
      '6',
      { person: { ...resident, assistance: 'dibao' }, stay: { level: 'level2', inScope: '50000' } },
      { tier1: '39520.00', critical: '4816.00', assistance: '3964.80', outOfPocket: '1699.20' },
    ],
  ])('example %s (inpatient)', (_n, req, expected) => {
    const out = line('inpatient', { region: 'jiangmen', date: DATE, ...req });
    expect(out).toMatchObject(expected);
    expect(Object.keys(out).sort()).toEqual(['assistance', 'critical', 'deductible', 'explanation', 'outOfPocket', 'tier1', 'tier2', 'yearToDate']);
  });
  it('example 7 (outpatient)', () => {
    const out = line('outpatient', {
      region: 'jiangmen',
      date: '2025-04-15',
      person: { tier2: true, tier2FromMonth: 1 },
      visit: { clinic: 'primary', referredWithin30Days: false, inScope: '200.00' },
      yearToDate: { tier1Used: '180.00', tier2PrimaryUsed: '50.00', otherUsed: '0.00' },
    });
    expect(out).toMatchObject({ fund: '90.00', outOfPocket: '110.00' }); // 35 × 4 − 50
    expect(Object.keys(out).sort()).toEqual(['explanation', 'fund', 'outOfPocket', 'remaining']);
  });
  it('example 8 (special-disease)', () => {
    const out = line('special-disease', {
      region: 'jiangmen',
      date: DATE,
      person: { identity: 'employee', category: 'employee', assistance: 'none' },
      month: { diseases: ['diabetes'], level: 'level2', inScope: '400' },
    });
    expect(out).toMatchObject({ tier1: '180.00', tier2: '132.00', outOfPocket: '88.00' });
  });
});

function fakeIO(input: string | string[]): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const chunks = typeof input === 'string' ? [input] : input;
  return {
    stdin: (async function* () {
      for (const c of chunks) yield c;
    })(),
    write: (chunk) => {
      out += chunk;
    },
    error: (text) => {
      err += text;
    },
    out: () => out,
    err: () => err,
  };
}

describe('NDJSON mode', () => {
  const good = JSON.stringify({ region: 'jiangmen', date: DATE, person: resident, stay: { level: 'level2', inScope: '20000' } });
  const bad = JSON.stringify({ region: 'jiangmen', date: DATE, person: resident, stay: { level: 'level2', inScope: '1.234' } });
  const early = JSON.stringify({ region: 'jiangmen', date: '2017-12-31', person: resident, stay: { level: 'level2', inScope: '1' } });

  it('answers every non-blank line in order; bad lines give their error and processing continues', async () => {
    // chunk boundaries fall inside lines; a CRLF line and blank lines are mixed in
    const text = `${good}\n\n{not json\n${bad}\r\n   \n${early}\n${good}`;
    const io = fakeIO([text.slice(0, 37), text.slice(37, 300), text.slice(300)]);
    const code = await runCli(['inpatient', '--ndjson'], io);
    const lines = io
      .out()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { tier1?: string; error?: { code: string; issues: { path: string }[] } });
    expect(lines).toHaveLength(5);
    expect(lines[0]!.tier1).toBe('15520.00');
    expect(lines[1]!.error!.code).toBe('invalid_input'); // not JSON
    expect(lines[2]!.error!.issues[0]!.path).toBe('stay.inScope');
    expect(lines[3]!.error!.code).toBe('unsupported_date');
    expect(lines[4]!.tier1).toBe('15520.00');
    expect(code).toBe(1);
  });
  it('exits 0 when every line succeeds; no input gives no output', async () => {
    const io = fakeIO(`${good}\n${good}\n`);
    expect(await runCli(['inpatient', '--ndjson'], io)).toBe(0);
    expect(io.out().split('\n')).toHaveLength(3);
    const empty = fakeIO('');
    expect(await runCli(['inpatient', '--ndjson'], empty)).toBe(0);
    expect(empty.out()).toBe('');
  });
  it('streams thousands of lines in order', async () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      JSON.stringify({ region: 'jiangmen', date: DATE, person: resident, stay: { level: 'level2', inScope: String(1000 + i) } }),
    );
    const io = fakeIO(many.join('\n'));
    expect(await runCli(['inpatient', '--ndjson'], io)).toBe(0);
    const outs = io
      .out()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { tier1: string });
    expect(outs).toHaveLength(2000);
    expect(outs[1999]!.tier1).toBe('1919.20'); // (2999 − 600) × 80 % = 2399 × 80 %
  });
});

describe('single-request mode, usage and exit codes', () => {
  it('exit 0 and one JSON line on success', async () => {
    const io = fakeIO(JSON.stringify({ region: 'shaoyang', date: DATE, visit: { clinic: 'primary', inScope: '100' } }));
    expect(await runCli(['outpatient'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ fund: '60.00' });
  });
  it('exit 2 with the error JSON on stdout for invalid input, invalid JSON or no input', async () => {
    for (const input of ['{"region":"jiangmen"}', '{oops', '  ']) {
      const io = fakeIO(input);
      expect(await runCli(['inpatient'], io)).toBe(2);
      expect(JSON.parse(io.out())).toMatchObject({ error: { code: 'invalid_input' } });
    }
  });
  it('unknown or missing command: usage listing every registered command on stderr, exit 2', async () => {
    for (const argv of [['nope'], [], ['--ndjson'], ['inpatient', '--bogus']]) {
      const io = fakeIO('');
      expect(await runCli(argv, io)).toBe(2);
      for (const name of commands.keys()) expect(io.err()).toContain(name);
    }
  });
  it('--help: usage with each summary on stdout, exit 0', async () => {
    const io = fakeIO('');
    expect(await runCli(['--help'], io)).toBe(0);
    for (const [name, c] of commands) {
      expect(io.out()).toContain(name);
      expect(io.out()).toContain(c.summary.en);
    }
    expect(usage(commands)).toBe(io.out());
  });
});

describe('--explain', () => {
  const example2 = { region: 'jiangmen', date: DATE, person: employee, stay: { level: 'level3', inScope: '100000', outOfScope: '5000' } };
  it('--explain=none: the figures without the explanation, single request and NDJSON; a request that says "full" keeps it', async () => {
    for (const argv of [
      ['inpatient', '--explain=none'],
      ['inpatient', '--explain', 'none'],
    ]) {
      const io = fakeIO(JSON.stringify(example2));
      expect(await runCli(argv, io)).toBe(0);
      expect(JSON.parse(io.out())).toEqual({
        deductible: '900.00',
        tier1: '54505.00',
        critical: '20757.00',
        tier2: '18512.30',
        assistance: '0.00',
        outOfPocket: '11225.70',
        yearToDate: {
          tier1Paid: '54505.00',
          criticalBase: '44595.00',
          criticalPaid: '20757.00',
          tier2Base: '23838.00',
          tier2Paid: '18512.30',
          assistancePaid: '0.00',
        },
      });
    }
    const io = fakeIO(`${JSON.stringify(example2)}\n${JSON.stringify({ ...example2, explain: 'full' })}\n`);
    expect(await runCli(['inpatient', '--ndjson', '--explain=none'], io)).toBe(0);
    const [none, full] = io
      .out()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { explanation?: { steps: unknown[] }; tier2: string });
    expect(none!.explanation).toBeUndefined();
    expect(full!.explanation!.steps.length).toBeGreaterThan(10);
    expect(none!.tier2).toBe(full!.tier2);
  });
  it('--explain=full is the default; a bad level or a command without the field is a usage error (exit 2)', async () => {
    const full = fakeIO(JSON.stringify(example2));
    expect(await runCli(['inpatient', '--explain=full'], full)).toBe(0);
    expect(JSON.parse(full.out())).toHaveProperty('explanation.steps');
    for (const argv of [
      ['inpatient', '--explain=some'],
      ['inpatient', '--explain'],
      ['topup', '--explain=none'],
    ]) {
      const io = fakeIO(JSON.stringify(example2));
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(io.out()).toBe('');
      expect(io.err()).toMatch(/--explain|Unknown option/);
    }
  });
});

/** A spawned test waits for a `node --import tsx` start-up; on a busy two-core machine that can take many seconds. */
const SPAWN_TIMEOUT = 120_000;

describe('spawned CLI', () => {
  const cli = (args: string[], input: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/policy-cli.ts'), ...args], {
      cwd: root,
      input,
      encoding: 'utf8',
      env: { ...process.env, TZ: process.env.TZ ?? 'UTC' },
      maxBuffer: 1 << 28,
    });

  it('single request: exit 2 and the error JSON on stdout', { timeout: SPAWN_TIMEOUT }, () => {
    const r = cli(['inpatient'], JSON.stringify({ region: 'jiangmen', date: '2017-12-31', person: resident, stay: { level: 'level2', inScope: '1' } }));
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ error: { code: 'unsupported_date', issues: [{ path: 'date' }] } });
  });
  it(
    'NDJSON longer than one batch: worker threads answer it, in order, exactly as one thread does (--explain=none and full)',
    { timeout: 3 * SPAWN_TIMEOUT },
    async () => {
      // 4500 varied stays (three batches of 2000 lines: workers start), with bad and blank lines among them
      const lines = variedInpatient(4500, 77).map((r) => JSON.stringify(r));
      lines.splice(2100, 0, '{oops', '', JSON.stringify({ region: 'jiangmen' }), '   ');
      lines.splice(4300, 0, JSON.stringify({ region: 'jiangmen', date: '2017-12-31', person: resident, stay: { level: 'level2', inScope: '1' } }));
      const input = `${lines.join('\n')}\n`;
      for (const explain of [['--explain=none'], []]) {
        const argv = ['inpatient', '--ndjson', ...explain];
        const spawned = cli(argv, input);
        const io = fakeIO(input);
        const code = await runCli(argv, io); // one thread, in process
        expect(spawned.status).toBe(1);
        expect(code).toBe(1);
        expect(spawned.stderr).toBe('');
        expect(spawned.stdout.split('\n')).toHaveLength(4500 + 3 + 1); // every non-blank line, then the final newline
        expect(spawned.stdout === io.out(), `${argv.join(' ')}: the spawned (multi-threaded) output differs`).toBe(true);
      }
    },
  );
  it('NDJSON: one line per request, exit 1 when a line is refused; unknown command exit 2', { timeout: SPAWN_TIMEOUT }, () => {
    const good = JSON.stringify({ region: 'jiangmen', date: DATE, person: employee, stay: { level: 'level3', inScope: '100000', outOfScope: '5000' } });
    const r = cli(['inpatient', '--ndjson'], `${good}\nnot json\n${good}\n`);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[2]!)).toMatchObject({ tier2: '18512.30', outOfPocket: '11225.70' });
    expect(cli(['nope'], '').status).toBe(2);
  });
});

/**
 * Recorded responses (lib/policy/testdata/cli-responses.ndjson, recorded before the issue-7
 * refactoring by record-cli-fixture.ts): for every command a varied set of requests — valid,
 * invalid, unsupported dates, bad JSON, blank lines — and the usage cases. The CLI must answer
 * byte for byte as recorded: stdout, stderr and exit code.
 */
type FixtureLine = { type: 'line'; command: string; input: string; output: string | null };
type FixtureRun = { type: 'run'; argv: string[]; exit: number; stderr: string };
type FixtureSingle = { type: 'single'; argv: string[]; stdin: string; stdout: string; stderr: string; exit: number };
const fixture = readFileSync(join(root, 'lib/policy/testdata/cli-responses.ndjson'), 'utf8')
  .trimEnd()
  .split('\n')
  .map((l) => JSON.parse(l) as FixtureLine | FixtureRun | FixtureSingle);

interface RecordedRun {
  name: string;
  argv: string[];
  stdin: string;
  stdout: string;
  stderr: string;
  exit: number;
}

/** Every recorded CLI run: one NDJSON run per command, then the single-request and usage cases. */
const recorded: RecordedRun[] = [
  ...fixture
    .filter((f): f is FixtureRun => f.type === 'run')
    .map((run) => {
      const lines = fixture.filter((f): f is FixtureLine => f.type === 'line' && f.command === run.argv[0]);
      const answers = lines.flatMap((l) => (l.output === null ? [] : [`${l.output}\n`]));
      return {
        name: run.argv.join(' '),
        argv: run.argv,
        stdin: `${lines.map((l) => l.input).join('\n')}\n`,
        stdout: answers.join(''),
        stderr: run.stderr,
        exit: run.exit,
      };
    }),
  ...fixture.filter((f): f is FixtureSingle => f.type === 'single').map((s, i) => ({ name: `#${i} ${JSON.stringify(s.argv)}`, ...s })),
];

describe('recorded responses', () => {
  it('cover every command, with refused requests and blank lines', () => {
    const lines = fixture.filter((f): f is FixtureLine => f.type === 'line');
    for (const name of commands.keys()) {
      const mine = lines.filter((l) => l.command === name);
      expect(mine.filter((l) => l.output?.startsWith('{"error":')).length, name).toBeGreaterThan(3);
      expect(mine.filter((l) => l.output !== null && !l.output.startsWith('{"error":')).length, name).toBeGreaterThan(8);
      expect(
        mine.some((l) => l.output === null),
        name,
      ).toBe(true);
    }
  });
  it.each(recorded.map((r) => [r.name, r] as const))('in process: %s', async (_name, r) => {
    // stdin arrives in chunks that split lines
    const io = fakeIO([r.stdin.slice(0, 1000), r.stdin.slice(1000, 5000), r.stdin.slice(5000)]);
    expect(await runCli(r.argv, io)).toBe(r.exit);
    expect(io.out()).toBe(r.stdout);
    expect(io.err()).toBe(r.stderr);
  });
  it('spawned: every recorded run, byte for byte', { timeout: 10 * SPAWN_TIMEOUT }, async () => {
    const run = (r: RecordedRun) =>
      new Promise<{ stdout: string; stderr: string; exit: number | null }>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/policy-cli.ts'), ...r.argv], {
          cwd: root,
          env: { ...process.env, TZ: process.env.TZ ?? 'UTC' },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
        child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
        child.on('error', reject);
        child.on('close', (exit) => resolve({ stdout, stderr, exit }));
        child.stdin.end(r.stdin);
      });
    // two at a time: the machine has two cores
    const pending = [...recorded];
    const check = async () => {
      for (let r = pending.shift(); r !== undefined; r = pending.shift()) {
        const got = await run(r);
        expect(got.exit, r.name).toBe(r.exit);
        expect(got.stderr, r.name).toBe(r.stderr);
        expect(got.stdout === r.stdout, `${r.name}: stdout differs from the recording`).toBe(true);
      }
    };
    await Promise.all([check(), check()]);
  });
});
