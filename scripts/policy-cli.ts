/**
 * The policy library on the command line: `npm run --silent policy -- <command> [--ndjson]`.
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
 *   1 when at least one line was refused.
 * - Unknown command, missing command or unknown option: usage on stderr, exit 2.
 *   `--help` / `-h`: usage on stdout, exit 0.
 * - A bug (an exception that is not a PolicyError) gives an `internal_error` object on its
 *   line, a message on stderr, and exit 3 at the end.
 */
import { pathToFileURL } from 'node:url';
import { commands } from '../lib/policy/commands';
import { runCommand, type PolicyCommand } from '../lib/policy/core';

export const EXIT = { ok: 0, someLinesRefused: 1, refusedOrUsage: 2, internal: 3 } as const;

export interface LineResult {
  /** One JSON text (no newline). */
  text: string;
  ok: boolean;
  internal?: boolean;
}

export function usage(registry: ReadonlyMap<string, PolicyCommand> = commands): string {
  const names = [...registry.keys()];
  const width = Math.max(0, ...names.map((n) => n.length));
  const lines = [
    'Usage: npm run --silent policy -- <command> [--ndjson]',
    '       用法：npm run --silent policy -- <命令> [--ndjson]',
    '',
    'Reads one JSON request from stdin and writes one JSON response to stdout;',
    'with --ndjson, one request per line and one response per line, in order.',
    '从标准输入读取一个 JSON 请求，向标准输出写一个 JSON 结果；--ndjson：每行一个请求、每行一个结果。',
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

function errorText(code: string, zh: string, en: string): string {
  return JSON.stringify({ error: { code, issues: [{ path: '', message: { zh, en } }] } });
}

/** Validates and runs one parsed request; never throws. */
export function processRequest(command: PolicyCommand, request: unknown): LineResult {
  try {
    const r = runCommand(command, request);
    return r.ok ? { text: JSON.stringify(r.output), ok: true } : { text: JSON.stringify(r.error), ok: false };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { text: errorText('internal_error', `内部错误：${detail}`, `Internal error: ${detail}`), ok: false, internal: true };
  }
}

/** One NDJSON line → its response, or null for a blank line (skipped). Never throws. */
export function processLine(command: PolicyCommand, line: string): LineResult | null {
  let request: unknown;
  const trimmed = line.trim();
  if (trimmed.length === 0) return null;
  try {
    request = JSON.parse(trimmed);
  } catch {
    return { text: errorText('invalid_input', '这一行不是有效的 JSON。', 'This line is not valid JSON.'), ok: false };
  }
  return processRequest(command, request);
}

export interface CliIO {
  stdin: AsyncIterable<string | Buffer>;
  /** Writes to stdout; resolves when the chunk may be followed by more (back-pressure). */
  write(chunk: string): Promise<void> | void;
  error(text: string): void;
}

const FLUSH_AT = 1 << 20; // 1 MiB of output per write

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIO, registry: ReadonlyMap<string, PolicyCommand> = commands): Promise<number> {
  const args = [...argv];
  if (args.includes('--help') || args.includes('-h')) {
    await io.write(usage(registry));
    return EXIT.ok;
  }
  const ndjson = args.includes('--ndjson');
  const rest = args.filter((a) => a !== '--ndjson');
  const unknownOption = rest.find((a) => a.startsWith('-'));
  const name = rest[0];
  if (unknownOption !== undefined || name === undefined || rest.length > 1) {
    io.error(
      `${unknownOption !== undefined ? `Unknown option 未知选项: ${unknownOption}\n` : rest.length > 1 ? `Too many arguments 参数过多: ${rest.join(' ')}\n` : 'Missing command 缺少命令\n'}${usage(registry)}`,
    );
    return EXIT.refusedOrUsage;
  }
  const command = registry.get(name);
  if (command === undefined) {
    io.error(`Unknown command 未知命令: ${name}\n${usage(registry)}`);
    return EXIT.refusedOrUsage;
  }

  if (!ndjson) {
    let input = '';
    for await (const chunk of io.stdin) input += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    let result: LineResult;
    if (input.trim().length === 0) {
      result = { text: errorText('invalid_input', '没有收到请求：请从标准输入提供一个 JSON 请求。', 'No request: send one JSON request on stdin.'), ok: false };
    } else {
      try {
        result = processRequest(command, JSON.parse(input));
      } catch {
        result = {
          text: errorText(
            'invalid_input',
            '输入不是有效的 JSON（多个请求请每行一个并加 --ndjson）。',
            'The input is not valid JSON (for several requests, one per line, add --ndjson).',
          ),
          ok: false,
        };
      }
    }
    await io.write(`${result.text}\n`);
    if (result.internal) io.error(`${name}: internal error (see the response)\n`);
    return result.internal ? EXIT.internal : result.ok ? EXIT.ok : EXIT.refusedOrUsage;
  }

  let pending = '';
  let buffer: string[] = [];
  let buffered = 0;
  let refused = false;
  let internal = false;
  let lineNo = 0;
  const flush = async () => {
    if (buffer.length === 0) return;
    const chunk = buffer.join('');
    buffer = [];
    buffered = 0;
    await io.write(chunk);
  };
  const handle = (line: string) => {
    lineNo += 1;
    const r = processLine(command, line);
    if (r === null) return;
    if (!r.ok) refused = true;
    if (r.internal) {
      internal = true;
      io.error(`${name}: line ${lineNo}: internal error\n`);
    }
    buffer.push(r.text, '\n');
    buffered += r.text.length + 1;
  };
  for await (const chunk of io.stdin) {
    pending += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    let start = 0;
    let nl = pending.indexOf('\n', start);
    while (nl >= 0) {
      handle(pending.slice(start, nl));
      start = nl + 1;
      if (buffered >= FLUSH_AT) await flush();
      nl = pending.indexOf('\n', start);
    }
    pending = start === 0 ? pending : pending.slice(start);
  }
  if (pending.length > 0) handle(pending);
  await flush();
  return internal ? EXIT.internal : refused ? EXIT.someLinesRefused : EXIT.ok;
}

function stdoutWrite(chunk: string): Promise<void> | void {
  if (process.stdout.write(chunk)) return;
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

async function main(): Promise<void> {
  process.stdin.setEncoding('utf8');
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const code = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    write: stdoutWrite,
    error: (text) => process.stderr.write(text),
  });
  process.exitCode = code;
}

const invoked = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invoked) void main();
