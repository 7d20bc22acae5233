/**
 * Policy commands and their host. A command is a function a caller runs with one JSON request —
 * the CLI (`npm run policy -- <name>`), the HTTP API, server actions: one zod schema validates the
 * request, the function computes with decimals, and the command encodes its result once through
 * its output schema (money as 2-decimal strings; see ./codec.ts).
 *
 * The host (`processRequest`, `processLine`) turns a request into one JSON text — the response or
 * an error object — and never throws: the CLI writes that text as a line, an HTTP route as its
 * body. Error objects are `PolicyError.toJSON()` (`invalid_input`, `unsupported_date`) or, for a
 * bug, `internal_error`.
 */
import type { z } from 'zod';
import { encoder } from './codec';
import { isPolicyError, type PolicyErrorBody } from './errors';
import { safeParseInput } from './validate';
import type { Bilingual } from './text';
import type { ExplainLevel } from './explain';

export interface CommandSpec<Req extends z.ZodType, Res extends z.ZodType> {
  /** The name callers use (`npm run policy -- <name>`, the API's path). */
  name: string;
  summary: Bilingual;
  /** The request's one schema: every field and every rule across fields; its output is `run`'s input. */
  request: Req;
  /** The response's schema: its decoded side is `run`'s result (decimals), its encoded side the JSON response. */
  response: Res;
  run(input: z.output<Req>): z.output<Res>;
}

export interface PolicyCommand<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> extends CommandSpec<Req, Res> {
  /** The result as the response gives it: encoded once, through `response`. */
  encode(result: z.output<Res>): z.input<Res>;
  /** The request has the field `explain` ("full" | "none"): read from its schema. */
  explainable: boolean;
}

/** Does every shape a request schema accepts have the field `key`? (objects, through pipes, refinements, defaults and unions) */
function hasField(schema: z.ZodType, key: string): boolean {
  const def = (schema as unknown as z.core.$ZodType)._zod.def;
  switch (def.type) {
    case 'object':
      return key in (def as z.core.$ZodObjectDef).shape;
    case 'pipe': {
      const pipe = def as z.core.$ZodPipeDef;
      // a preprocess is a pipe from a transform: the shape is its output side
      const side = pipe.in._zod.def.type === 'transform' ? pipe.out : pipe.in;
      return hasField(side as unknown as z.ZodType, key);
    }
    case 'union':
      return (def as z.core.$ZodUnionDef).options.every((o) => hasField(o as unknown as z.ZodType, key));
    default:
      return false;
  }
}

/** Declares a command: its request and response schemas and the function between them. */
export function defineCommand<Req extends z.ZodType, Res extends z.ZodType>(spec: CommandSpec<Req, Res>): PolicyCommand<Req, Res> {
  return { ...spec, encode: encoder(spec.response), explainable: hasField(spec.request, 'explain') };
}

export type CommandResult = { ok: true; output: unknown } | { ok: false; error: PolicyErrorBody };

/**
 * Validates, runs and encodes one request: `output` is the JSON-ready response. Only
 * PolicyErrors become error results; bugs still throw.
 */
export function runCommand(command: PolicyCommand, request: unknown): CommandResult {
  const parsed = safeParseInput(command.request, request);
  if (!parsed.ok) return { ok: false, error: parsed.error.toJSON() };
  try {
    return { ok: true, output: command.encode(command.run(parsed.value)) };
  } catch (e) {
    if (isPolicyError(e)) return { ok: false, error: e.toJSON() };
    throw e;
  }
}

/** One response as JSON text (no newline): the command's output, or an error object. */
export interface LineResult {
  text: string;
  /** False for any error object. */
  ok: boolean;
  /** Set for `internal_error` (a bug, not the request's fault). */
  internal?: boolean;
}

/** An error object about the request as a whole (path ""), as JSON text. */
export function requestError(code: string, message: Bilingual): LineResult {
  return { text: JSON.stringify({ error: { code, issues: [{ path: '', message }] } }), ok: false };
}

/** Validates and runs one parsed request; never throws (a bug becomes `internal_error`). */
export function processRequest(command: PolicyCommand, request: unknown): LineResult {
  try {
    const r = runCommand(command, request);
    return r.ok ? { text: JSON.stringify(r.output), ok: true } : { text: JSON.stringify(r.error), ok: false };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ...requestError('internal_error', { zh: `内部错误：${detail}`, en: `Internal error: ${detail}` }), internal: true };
  }
}

const LINE_NOT_JSON: Bilingual = { zh: '这一行不是有效的 JSON。', en: 'This line is not valid JSON.' };

export interface LineOptions {
  /**
   * The explanation level for requests that do not say (the CLI's `--explain=none`): set as the
   * request's `explain` field when the command has one and the request is an object without it.
   */
  explain?: ExplainLevel;
}

/** Sets `explain` on a request that does not say, for a command that has the field (see `LineOptions`). */
export function withExplainDefault(command: PolicyCommand, request: unknown, explain: ExplainLevel | undefined): unknown {
  if (explain === undefined || !command.explainable || typeof request !== 'object' || request === null || Array.isArray(request)) return request;
  return 'explain' in request ? request : { ...request, explain };
}

/** One NDJSON line → its response, or null for a blank (whitespace-only) line. Never throws. */
export function processLine(command: PolicyCommand, line: string, options: LineOptions = {}): LineResult | null {
  const trimmed = line.trim();
  if (trimmed.length === 0) return null;
  let request: unknown;
  try {
    request = JSON.parse(trimmed);
  } catch {
    return requestError('invalid_input', LINE_NOT_JSON);
  }
  return processRequest(command, withExplainDefault(command, request, options.explain));
}
