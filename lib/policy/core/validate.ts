/**
 * Input validation shared by the portal's actions, the HTTP API and the CLI: one zod
 * schema per input; a failure becomes a `PolicyError('invalid_input')` that lists each bad
 * field with a message in zh and en.
 *
 * Schemas give a field a specific message by setting its zod `error` to a key of
 * `FIELD_MESSAGES` (e.g. `{ error: 'amount' }`); anything else gets a message made from
 * the zod issue's code.
 */
import { z } from 'zod';
import { PolicyError, type PolicyIssue } from './errors';
import type { Bilingual } from './text';
import { isIsoDate, isIsoMonth } from './dates';

export const FIELD_MESSAGES = {
  amount: {
    zh: '请填写金额：最多 9 位整数、2 位小数，用文字填写，例如 "20000" 或 "20000.50"。',
    en: 'Enter an amount as text with at most 9 digits before the point and 2 after, e.g. "20000" or "20000.50".',
  },
  date: {
    zh: '请填写日期，格式为 年-月-日，例如 2025-06-10。',
    en: 'Enter a date as year-month-day, e.g. 2025-06-10.',
  },
  month: {
    zh: '请填写月份，格式为 年-月，例如 2025-06。',
    en: 'Enter a month as year-month, e.g. 2025-06.',
  },
  whole_months: {
    zh: '请填写月数：0 或正整数。',
    en: 'Enter a number of months: 0 or a whole positive number.',
  },
  calendar_month: {
    zh: '请填写 1 到 12 之间的月份。',
    en: 'Enter a month number from 1 to 12.',
  },
} as const satisfies Record<string, Bilingual>;

export type FieldMessageKey = keyof typeof FIELD_MESSAGES;

/** Amounts in requests: strings of at most 9 integer digits and at most 2 decimals. */
export const AMOUNT_PATTERN = /^\d{1,9}(\.\d{1,2})?$/;

export const amountString = z.string({ error: 'amount' }).regex(AMOUNT_PATTERN, { error: 'amount' });
export const isoDateString = z.string({ error: 'date' }).refine(isIsoDate, { error: 'date' });
export const isoMonthString = z.string({ error: 'month' }).refine(isIsoMonth, { error: 'month' });
export const wholeMonths = z
  .number({ error: 'whole_months' })
  .int({ error: 'whole_months' })
  .min(0, { error: 'whole_months' })
  .max(12000, { error: 'whole_months' });
export const calendarMonth = z
  .number({ error: 'calendar_month' })
  .int({ error: 'calendar_month' })
  .min(1, { error: 'calendar_month' })
  .max(12, { error: 'calendar_month' });

function typeName(expected: string): Bilingual {
  switch (expected) {
    case 'string':
      return { zh: '文字', en: 'text' };
    case 'number':
      return { zh: '数字', en: 'a number' };
    case 'boolean':
      return { zh: 'true 或 false', en: 'true or false' };
    case 'object':
      return { zh: '对象（{…}）', en: 'an object ({…})' };
    case 'array':
      return { zh: '列表（[…]）', en: 'a list ([…])' };
    default:
      return { zh: expected, en: expected };
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function list(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

function bilingualOf(issue: z.core.$ZodIssue): Bilingual | undefined {
  if (issue.code !== 'custom') return undefined;
  const b = (issue.params as { bilingual?: unknown } | undefined)?.bilingual as Partial<Bilingual> | undefined;
  return typeof b?.zh === 'string' && typeof b.en === 'string' ? { zh: b.zh, en: b.en } : undefined;
}

/** Turns one zod issue into a bilingual message. */
export function localizeIssue(issue: z.core.$ZodIssue, input: unknown): PolicyIssue[] {
  const path = issue.path.map(String).join('.');
  const bilingual = bilingualOf(issue);
  if (bilingual) return [{ path, message: bilingual }];
  if (issue.message in FIELD_MESSAGES) {
    return [{ path, message: FIELD_MESSAGES[issue.message as FieldMessageKey] }];
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.path.length > 0 && valueAt(input, issue.path) === undefined) {
        return [{ path, message: { zh: '必须填写。', en: 'Required.' } }];
      }
      const t = typeName(issue.expected);
      return [{ path, message: { zh: `应为${t.zh}。`, en: `Must be ${t.en}.` } }];
    }
    case 'invalid_value':
      return [
        {
          path,
          message: { zh: `只能是以下之一：${list(issue.values)}。`, en: `Must be one of: ${list(issue.values)}.` },
        },
      ];
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({
        path: path ? `${path}.${k}` : k,
        message: { zh: '不认识的字段，请删除或检查拼写。', en: 'Unknown field: remove it or check its spelling.' },
      }));
    case 'too_small':
      return [{ path, message: { zh: `不能小于 ${String(issue.minimum)}。`, en: `Must be at least ${String(issue.minimum)}.` } }];
    case 'too_big':
      return [{ path, message: { zh: `不能大于 ${String(issue.maximum)}。`, en: `Must be at most ${String(issue.maximum)}.` } }];
    case 'invalid_format':
      return [{ path, message: { zh: '格式不对。', en: 'Wrong format.' } }];
    default:
      return [{ path, message: { zh: '填写有误。', en: 'Invalid value.' } }];
  }
}

/**
 * Adds rules that relate several fields (e.g. "category must fit identity") to a schema, so
 * that the one schema of an input holds every rule. `issuesOf` runs only on input that passed
 * the field rules, and returns each problem with its path (relative to the schema) and text.
 */
export function withRules<S extends z.ZodType>(schema: S, issuesOf: (value: z.output<S>) => PolicyIssue[]) {
  return schema.superRefine((value, ctx) => {
    for (const i of issuesOf(value)) {
      ctx.addIssue({
        code: 'custom',
        path: i.path === '' ? [] : i.path.split('.').map((k) => (/^\d+$/.test(k) ? parseInt(k, 10) : k)),
        message: i.message.en,
        params: { bilingual: i.message },
      });
    }
  });
}

/** Throws the `invalid_input` error when a function called without the schema finds issues. */
export function assertNoIssues(issues: PolicyIssue[]): void {
  if (issues.length > 0) throw new PolicyError('invalid_input', issues);
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: PolicyError };

/** Validates `input`; on failure returns an `invalid_input` error listing every bad field. */
export function safeParseInput<S extends z.ZodType>(schema: S, input: unknown): ParseResult<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.flatMap((i) => localizeIssue(i, input));
  return { ok: false, error: new PolicyError('invalid_input', issues) };
}

/** Validates `input` or throws the `invalid_input` PolicyError. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = safeParseInput(schema, input);
  if (!r.ok) throw r.error;
  return r.value;
}
