/**
 * The policy library on the command line: `npm run --silent policy -- <command> [--ndjson] [--explain=none]`.
 *
 * Generic over every command registered in lib/policy/commands.ts (care and enrolment).
 *
 * - Single-request mode: reads one JSON request from stdin, writes one JSON response line to
 *   stdout. Exit 0 on success, 2 when the request is refused (invalid JSON, invalid input,
 *   unsupported date — the error JSON is still written to stdout).
 * - `--ndjson`: one JSON request per line, one response per line in the same order. A bad line
 *   (invalid JSON, invalid input, unsupported date) gives its error object on its line and
 *   processing continues. Blank (whitespace-only) lines are skipped and give no output line,
 *   so output line k answers the k-th non-blank input line. Exit 0 when every line succeeded,
 *   1 when at least one line was refused. More lines than one batch are answered by worker
 *   threads, one per core: this thread reads the lines in batches, the workers answer them, and
 *   the answers are written in input order.
 * - `--explain=none` (`--explain none`; `--explain=full` is the default): requests that do not
 *   say otherwise get `"explain": "none"` — the figures without the explanation. Only for the
 *   commands whose request has the field (the care commands); for the others it is a usage error.
 * - Unknown command, missing command or unknown option: usage on stderr, exit 2.
 *   `--help` / `-h`: usage on stdout, exit 0.
 * - A bug (an exception that is not a PolicyError) gives an `internal_error` object on its
 *   line, a message on stderr, and exit 3 at the end.
 *
 * Request handling and error objects are the command host's (lib/policy/core/command.ts), which
 * an HTTP route uses as well; this file only reads arguments (node:util parseArgs) and lines
 * (node:readline), hands batches of lines to worker threads (node:worker_threads) and writes the
 * answers.
 */
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { fstatSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ExplainLevel, LineResult, PolicyCommand } from '../lib/policy/core';
import type * as Core from '../lib/policy/core';
import type * as Commands from '../lib/policy/commands';

// The library is loaded on first use (`library()`), so that a worker thread can start loading it
// at the same time as this thread (see `main`).
type Library = typeof Core & typeof Commands;
let loaded: Library | undefined;
async function library(): Promise<Library> {
  if (loaded === undefined) {
    const [core, cmds] = await Promise.all([import('../lib/policy/core'), import('../lib/policy/commands')]);
    loaded = { ...core, ...cmds };
  }
  return loaded;
}

export const EXIT = { ok: 0, someLinesRefused: 1, refusedOrUsage: 2, internal: 3 } as const;

export function usage(registry: ReadonlyMap<string, PolicyCommand>): string {
  const names = [...registry.keys()];
  const width = Math.max(0, ...names.map((n) => n.length));
  const explainable = [...registry.values()].filter((c) => c.explainable).map((c) => c.name);
  const lines = [
    'Usage: npm run --silent policy -- <command> [--ndjson] [--explain=none]',
    '       用法：npm run --silent policy -- <命令> [--ndjson] [--explain=none]',
    '',
    'Reads one JSON request from stdin and writes one JSON response to stdout;',
    'with --ndjson, one request per line and one response per line, in order (worker threads, every core).',
    '从标准输入读取一个 JSON 请求，向标准输出写一个 JSON 结果；--ndjson：每行一个请求、每行一个结果（多线程，按原顺序输出）。',
    `--explain=none: the figures without the explanation, for requests that do not say otherwise (${explainable.join(', ') || 'no command'}).`,
    `--explain=none：不附计算说明，只给结果（请求本身没有写 explain 时；适用于 ${explainable.join('、') || '无'}）。`,
    '',
    'Commands 命令:',
  ];
  for (const [name, c] of registry) {
    lines.push(`  ${name.padEnd(width)}  ${c.summary.en}`);
    lines.push(`  ${''.padEnd(width)}  ${c.summary.zh}`);
  }
  if (registry.size === 0) lines.push('  (none registered)');
  lines.push('', 'Exit codes: 0 ok; 1 (--ndjson) some lines refused; 2 request refused or usage error; 3 internal error.');
  return `${lines.join('\n')}\n`;
}

type Args = { help: true } | { help: false; ndjson: boolean; explain?: string; names: string[]; unknownOption?: string };

/**
 * The arguments: `--help`/`-h`, `--ndjson`, `--explain=<level>` (or `--explain <level>`) and the
 * command name. A flag counts only when written exactly so (`-hx` and `--ndjson=1` are unknown
 * options, as are `-` and `--`), and help anywhere wins over every other argument.
 */
function readArgs(argv: readonly string[]): Args {
  const args = [...argv];
  const { tokens } = parseArgs({
    args,
    options: { ndjson: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, explain: { type: 'string' } },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const flag = (t: (typeof tokens)[number], name: string) => t.kind === 'option' && t.name === name && args[t.index] === t.rawName;
  const explainOption = (t: (typeof tokens)[number]) => t.kind === 'option' && t.name === 'explain' && t.rawName === '--explain' && typeof t.value === 'string';
  // after `--` every argument is a positional, but `--help` there still asks for help
  if (tokens.some((t) => flag(t, 'help') || (t.kind === 'positional' && (t.value === '--help' || t.value === '-h')))) return { help: true };
  const unknown = tokens.find(
    (t) =>
      (t.kind === 'option' && !flag(t, 'ndjson') && !explainOption(t)) ||
      t.kind === 'option-terminator' ||
      (t.kind === 'positional' && t.value.startsWith('-')),
  );
  const explain = tokens.flatMap((t) => (t.kind === 'option' && explainOption(t) ? [t.value!] : []));
  return {
    help: false,
    ndjson: tokens.some((t) => flag(t, 'ndjson')),
    ...(explain.length > 0 ? { explain: explain[explain.length - 1]! } : {}),
    names: tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : [])),
    ...(unknown === undefined ? {} : { unknownOption: args[unknown.index]! }),
  };
}

export interface CliIO {
  stdin: AsyncIterable<string | Buffer>;
  /** Writes to stdout; resolves when the chunk may be followed by more (back-pressure). */
  write(chunk: string): Promise<void> | void;
  error(text: string): void;
}

export interface CliOptions {
  /**
   * Worker threads for `--ndjson` input longer than one batch (default 1: this thread answers
   * every line). The CLI passes the number of cores. Workers run the library's own registry.
   */
  threads?: number;
  /** Lines per batch handed to a worker (default 2000). */
  batchLines?: number;
  /** Workers already started (the CLI starts them with the library when stdin is a large file). */
  workers?: BatchWorker[];
}

const FLUSH_AT = 1 << 20; // 1 MiB of output per write

const NO_REQUEST = { zh: '没有收到请求：请从标准输入提供一个 JSON 请求。', en: 'No request: send one JSON request on stdin.' };
const NOT_JSON = {
  zh: '输入不是有效的 JSON（多个请求请每行一个并加 --ndjson）。',
  en: 'The input is not valid JSON (for several requests, one per line, add --ndjson).',
};

/** What answering a batch of lines gives: the output text (one line per non-blank input line) and what happened. */
interface BatchAnswer {
  text: string;
  refused: boolean;
  /** Line numbers (1-based, in the whole input) that gave `internal_error`. */
  internal: number[];
}

/** Answers a batch of NDJSON lines, the first being line `firstLine` of the input. */
function answerBatch(lib: Library, command: PolicyCommand, lines: readonly string[], firstLine: number, explain: ExplainLevel | undefined): BatchAnswer {
  const { processLine } = lib;
  const parts: string[] = [];
  let refused = false;
  const internal: number[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const r = processLine(command, lines[i]!, { explain });
    if (r === null) continue;
    if (!r.ok) refused = true;
    if (r.internal) internal.push(firstLine + i);
    parts.push(r.text, '\n');
  }
  return { text: parts.join(''), refused, internal };
}

interface WorkerInput {
  seq: number;
  command: string;
  explain: ExplainLevel | undefined;
  lines: string[];
  firstLine: number;
}

/**
 * What a worker thread runs: this file. Run through tsx (a .ts file), the worker registers tsx's
 * loader first — a worker thread does not take over the `--import tsx` of the main thread.
 */
const WORKER_SOURCE = import.meta.url.endsWith('.ts')
  ? `import('tsx/esm/api').then((api) => api.tsImport(${JSON.stringify(import.meta.url)}, ${JSON.stringify(import.meta.url)}))`
  : `import(${JSON.stringify(import.meta.url)})`;

/** A worker thread answering batches of lines of any command; `ready` once it has loaded the library. */
export class BatchWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (a: BatchAnswer) => void; reject: (e: Error) => void }>();
  ready = false;

  constructor() {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { policyCliWorker: true } });
    this.worker.on('message', (m: (BatchAnswer & { seq: number }) | 'ready') => {
      if (m === 'ready') {
        this.ready = true;
        return;
      }
      const p = this.pending.get(m.seq);
      this.pending.delete(m.seq);
      p?.resolve(m);
    });
    this.worker.on('error', (e) => {
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    });
  }

  /** Batches sent and not yet answered. */
  get outstanding(): number {
    return this.pending.size;
  }

  answer(batch: WorkerInput): Promise<BatchAnswer> {
    return new Promise((resolve, reject) => {
      this.pending.set(batch.seq, { resolve, reject });
      this.worker.postMessage(batch);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIO, registryArg?: ReadonlyMap<string, PolicyCommand>, options: CliOptions = {}): Promise<number> {
  const lib = await library();
  const { EXPLAIN_LEVELS, processRequest, requestError, withExplainDefault, commands } = lib;
  const registry = registryArg ?? commands;
  const args = readArgs(argv);
  if (args.help) {
    await io.write(usage(registry));
    return EXIT.ok;
  }
  const { ndjson, names, unknownOption } = args;
  const name = names[0];
  if (unknownOption !== undefined || name === undefined || names.length > 1) {
    io.error(
      `${unknownOption !== undefined ? `Unknown option 未知选项: ${unknownOption}\n` : names.length > 1 ? `Too many arguments 参数过多: ${names.join(' ')}\n` : 'Missing command 缺少命令\n'}${usage(registry)}`,
    );
    return EXIT.refusedOrUsage;
  }
  const command = registry.get(name);
  if (command === undefined) {
    io.error(`Unknown command 未知命令: ${name}\n${usage(registry)}`);
    return EXIT.refusedOrUsage;
  }
  let explain: ExplainLevel | undefined;
  if (args.explain !== undefined) {
    if (!(EXPLAIN_LEVELS as readonly string[]).includes(args.explain)) {
      io.error(`--explain takes "full" or "none" (--explain 只能是 full 或 none): ${args.explain}\n${usage(registry)}`);
      return EXIT.refusedOrUsage;
    }
    if (!command.explainable) {
      io.error(
        `${name} always gives its explanation: --explain is for ${[...registry.values()]
          .filter((c) => c.explainable)
          .map((c) => c.name)
          .join(', ')} (${name} 总是附计算说明)\n`,
      );
      return EXIT.refusedOrUsage;
    }
    explain = args.explain as ExplainLevel;
  }

  if (!ndjson) {
    let input = '';
    for await (const chunk of io.stdin) input += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    let result: LineResult;
    if (input.trim().length === 0) {
      result = requestError('invalid_input', NO_REQUEST);
    } else {
      let request: unknown;
      let json = true;
      try {
        request = JSON.parse(input);
      } catch {
        json = false;
      }
      result = json ? processRequest(command, withExplainDefault(command, request, explain)) : requestError('invalid_input', NOT_JSON);
    }
    await io.write(`${result.text}\n`);
    if (result.internal) io.error(`${name}: internal error (see the response)\n`);
    return result.internal ? EXIT.internal : result.ok ? EXIT.ok : EXIT.refusedOrUsage;
  }

  // One request per line (a trailing newline and CRLF line ends are fine), read in batches of
  // `batchLines`. This thread answers a batch itself unless a worker thread is ready for it:
  // workers (one fewer than the threads asked for, since this thread computes too) start once
  // the input is longer than one batch, and take batches as soon as they have loaded. The
  // answers are written in input order, in writes of at least 1 MiB.
  const batchLines = options.batchLines ?? 2000;
  const threads = registry === commands ? Math.max(1, options.threads ?? 1) : 1;
  const workers: BatchWorker[] = threads > 1 ? [...(options.workers ?? [])] : [];
  let refused = false;
  let internal = false;
  let buffer: string[] = [];
  let buffered = 0;
  const emit = async (a: BatchAnswer) => {
    if (a.refused) refused = true;
    for (const lineNo of a.internal) {
      internal = true;
      io.error(`${name}: line ${lineNo}: internal error\n`);
    }
    if (a.text.length === 0) return;
    buffer.push(a.text);
    buffered += a.text.length;
    if (buffered >= FLUSH_AT) {
      const chunk = buffer.join('');
      buffer = [];
      buffered = 0;
      await io.write(chunk);
    }
  };

  /** Answers not yet written, in input order: a worker's arrives later (`answer` set when it has). */
  const queue: { answer?: BatchAnswer; promise?: Promise<void> }[] = [];
  const flush = async (wait: boolean) => {
    while (queue.length > 0) {
      const head = queue[0]!;
      if (head.answer === undefined) {
        if (!wait) return;
        await head.promise;
      }
      queue.shift();
      await emit(head.answer!);
    }
  };
  let seq = 0;
  const dispatch = async (lines: string[], firstLine: number) => {
    while (workers.length < threads - 1) workers.push(new BatchWorker());
    const worker = workers.find((w) => w.ready && w.outstanding < 2);
    if (worker === undefined) {
      queue.push({ answer: answerBatch(lib, command, lines, firstLine, explain) });
    } else {
      const entry: { answer?: BatchAnswer; promise?: Promise<void> } = {};
      entry.promise = worker.answer({ seq: seq++, command: name, explain, lines, firstLine }).then((a) => {
        entry.answer = a;
      });
      queue.push(entry);
    }
    await flush(queue.length > 8 * threads);
  };

  const input = io.stdin instanceof Readable ? io.stdin : Readable.from(io.stdin);
  const reader = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let batch: string[] = [];
  let batchStart = 1;
  try {
    for await (const line of reader) {
      lineNo += 1;
      batch.push(line);
      if (batch.length >= batchLines) {
        await dispatch(batch, batchStart);
        batch = [];
        batchStart = lineNo + 1;
      }
    }
    // The last, partial batch is answered here (a short input starts no worker).
    if (batch.length > 0) queue.push({ answer: answerBatch(lib, command, batch, batchStart, explain) });
    await flush(true);
  } finally {
    await Promise.all([...new Set([...workers, ...(options.workers ?? [])])].map((w) => w.close()));
  }
  if (buffer.length > 0) await io.write(buffer.join(''));
  return internal ? EXIT.internal : refused ? EXIT.someLinesRefused : EXIT.ok;
}

/** A worker thread: loads the library, then answers the batches the main thread posts. */
async function workerMain(): Promise<void> {
  const lib = await library();
  parentPort!.on('message', (batch: WorkerInput) => {
    const answer = answerBatch(lib, lib.commands.get(batch.command)!, batch.lines, batch.firstLine, batch.explain);
    parentPort!.postMessage({ seq: batch.seq, ...answer });
  });
  parentPort!.postMessage('ready');
}

/** Stdin is a regular file larger than this: `--ndjson` starts its workers before loading the library. */
const LARGE_INPUT = 256 * 1024;

function stdoutWrite(chunk: string): Promise<void> | void {
  if (process.stdout.write(chunk)) return;
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const threads = availableParallelism();
  // A large file on stdin will need every core: start the workers now, so that they load the
  // library while this thread does (otherwise they start with the second batch of lines).
  let workers: BatchWorker[] = [];
  try {
    const stdin = fstatSync(0);
    if (threads > 1 && argv.includes('--ndjson') && stdin.isFile() && stdin.size > LARGE_INPUT)
      workers = Array.from({ length: threads - 1 }, () => new BatchWorker());
  } catch {
    // nothing to look at on stdin: workers start when the input turns out long
  }
  process.stdin.setEncoding('utf8');
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const code = await runCli(
    argv,
    {
      stdin: process.stdin,
      write: stdoutWrite,
      error: (text) => process.stderr.write(text),
    },
    undefined,
    { threads, workers },
  );
  await Promise.all(workers.map((w) => w.close())); // a usage error returns before reading any line

  process.exitCode = code;
}

if (!isMainThread && (workerData as { policyCliWorker?: boolean } | null)?.policyCliWorker === true) void workerMain();
else {
  const invoked = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
  if (invoked) void main();
}
