/**
 * A policy command: a function a caller runs with one JSON request — the CLI
 * (`npm run policy -- <name>`), the HTTP API and server actions. One zod schema validates
 * the request; the result is JSON-serialisable.
 */
import type { z } from 'zod';
import { isPolicyError, type PolicyErrorBody } from './errors';
import { safeParseInput } from './validate';
import type { Bilingual } from './text';

export interface PolicyCommand<S extends z.ZodType = z.ZodType, O = unknown> {
  name: string;
  summary: Bilingual;
  schema: S;
  run(input: z.output<S>): O;
}

/** Declares a command; keeps the schema's output type tied to `run`'s input. */
export function defineCommand<S extends z.ZodType, O>(command: PolicyCommand<S, O>): PolicyCommand<S, O> {
  return command;
}

export type CommandResult = { ok: true; output: unknown } | { ok: false; error: PolicyErrorBody };

/** Validates and runs one request. Only PolicyErrors become error results; bugs still throw. */
export function runCommand(command: PolicyCommand, request: unknown): CommandResult {
  const parsed = safeParseInput(command.schema, request);
  if (!parsed.ok) return { ok: false, error: parsed.error.toJSON() };
  try {
    return { ok: true, output: command.run(parsed.value) };
  } catch (e) {
    if (isPolicyError(e)) return { ok: false, error: e.toJSON() };
    throw e;
  }
}
