import { z } from 'zod';
import { bilingualSchema, type Bilingual } from './text';

/**
 * Errors the policy library reports to its callers (portal, HTTP API, CLI).
 * They are values with a code and per-field messages in zh and en, never a trace.
 */
export type PolicyErrorCode =
  /** The input failed its schema; `issues` lists each bad field. */
  | 'invalid_input'
  /** A date before the first rule in force for what was asked (or after a rule ended). */
  | 'unsupported_date';

export interface PolicyIssue {
  /** Dotted path of the field, e.g. "stay.inScope"; "" for the whole request. */
  path: string;
  message: Bilingual;
}

export interface PolicyErrorBody {
  error: { code: PolicyErrorCode; issues: PolicyIssue[] };
}

export class PolicyError extends Error {
  readonly code: PolicyErrorCode;
  readonly issues: PolicyIssue[];

  constructor(code: PolicyErrorCode, issues: PolicyIssue[]) {
    super(`${code}: ${issues.map((i) => `${i.path || '(request)'}: ${i.message.en}`).join('; ')}`);
    this.name = 'PolicyError';
    this.code = code;
    this.issues = issues;
  }

  toJSON(): PolicyErrorBody {
    return { error: { code: this.code, issues: this.issues } };
  }
}

export function isPolicyError(value: unknown): value is PolicyError {
  return value instanceof PolicyError;
}

/** The error for a date that no rule covers. */
export function unsupportedDate(path: string, date: string, firstDate: string | null, what: Bilingual): PolicyError {
  const message: Bilingual =
    firstDate === null
      ? {
          zh: `${date}：${what.zh}没有在该日期有效的规定。`,
          en: `${date}: no rule for ${what.en} is in force on that date.`,
        }
      : {
          zh: `${date}：${what.zh}的规定自 ${firstDate} 起施行，不支持更早的日期。`,
          en: `${date}: the rules for ${what.en} apply from ${firstDate}; earlier dates are not supported.`,
        };
  return new PolicyError('unsupported_date', [{ path, message }]);
}

/**
 * The error object every command host answers with (`PolicyError.toJSON()`, `requestError()`),
 * as a zod schema for the API's OpenAPI document: `codes` are the codes a response may carry.
 */
export function errorBodySchema(codes: readonly [string, ...string[]], description: string) {
  return z
    .object({
      error: z
        .object({
          code: z.enum(codes).describe('What went wrong, as a stable code.'),
          issues: z
            .array(
              z
                .object({
                  path: z.string().describe('Dotted path of the field, e.g. "stay.inScope"; "" for the request as a whole.'),
                  message: bilingualSchema.describe('What is wrong and how to put it right, in Chinese and English.'),
                })
                .describe('One problem.'),
            )
            .describe('Every problem found: each bad field once, field errors first.'),
        })
        .describe('The error.'),
    })
    .describe(description);
}
