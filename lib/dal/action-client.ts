import 'server-only';
/**
 * One wrapper for every server action (the model: dub's `safe-action.ts` on next-safe-action,
 * here in a few lines of our own). An action is
 *
 *   export const chooseClinic = residentAction(chooseClinicForm, async (input, { subject }) => { …; return { redirect: '/me' } });
 *
 * and the wrapper does, in this order: takes the subject from the session (a public action,
 * like the language switch, has none); reads the `FormData` into a nested object
 * (lib/validation/form-data.ts); validates it with the action's zod schema; runs the handler.
 * It returns `{ ok, data, errors, message, values }`: `errors` maps each bad field's path
 * (`stay.inScope`) to one message in the reader's language (the policy library's bilingual
 * issue messages), `values` is what the resident sent, so the form can be shown again with it
 * (React 19 resets a form after its action). A body that is not a form, missing or malformed
 * fields, a `PolicyError` or an `ActionRefused` from the handler all give `ok: false`, never
 * a 500; any other error is logged by name and gives a plain "try again" message.
 *
 * Redirects and revalidation are returned by the handler (`{ redirect, revalidate }`) and
 * happen after the wrapper's try/catch (Next.js throws to redirect). Without a valid session
 * a resident action redirects to the sign-in page, the same targets as pages.
 *
 * Everything Next.js-specific comes in through `ActionDeps`, so tests inject the session.
 */
import type { z } from 'zod';
import { DEFAULT_LOCALE, pick, type Locale } from '../i18n';
import { isPolicyError, type PolicyIssue } from '../policy/core/errors';
import type { Bilingual } from '../policy/core/text';
import { safeParseInput } from '../policy/core/validate';
import { echoValues, formDataToObject, isFormData, type FormObject } from '../validation/form-data';
import { isUnauthenticated, signInPath, type Subject, type UnauthenticatedReason } from './subject';

/** The wrapper's own words (the fields' come from the schemas). */
export const ACTION_MESSAGES = {
  invalid: { zh: '填写的内容有误，请按提示更正。', en: 'There is a problem with what you entered: correct it as shown.' },
  unreadable: { zh: '无法读取提交的表单，请刷新页面后重试。', en: 'The form could not be read. Reload the page and try again.' },
  failed: { zh: '操作没有完成，请稍后再试。', en: 'That did not work. Please try again later.' },
} as const satisfies Record<string, Bilingual>;

/** Field path (`stay.inScope`, `items.0.x`; `''` for the whole form) → its message. */
export type FieldErrors = Record<string, string>;

export type ActionResult<D = undefined> =
  | { ok: true; data: D; errors: FieldErrors; message: string | null; values: FormObject }
  | { ok: false; data?: undefined; errors: FieldErrors; message: string; values: FormObject };

/** What a handler returns when it has done its work. */
export interface ActionDone<D> {
  data?: D;
  /** Shown to the resident (say, "your choice is saved"). */
  message?: Bilingual;
  /** Paths whose cached pages the write changed. */
  revalidate?: string | readonly string[];
  /** Where to go next: a path on this site (anything else goes to `/`). */
  redirect?: string;
}

/** Thrown by a handler that refuses what was asked (a rule, not a malformed field). */
export class ActionRefused extends Error {
  readonly text: Bilingual;
  readonly issues: readonly PolicyIssue[];

  constructor(text: Bilingual, issues: readonly PolicyIssue[] = []) {
    super(text.en);
    this.name = 'ActionRefused';
    this.text = text;
    this.issues = issues;
  }
}

export interface ActionContext {
  locale: Locale;
}
export interface ResidentActionContext extends ActionContext {
  subject: Subject;
}

export interface ActionOptions {
  /** Fields never sent back in `values` (a password). */
  omitValues?: readonly string[];
}

/**
 * A server action: a form's `action` (`<form action={a}>`, the result is dropped) or
 * `useActionState(a, null)` (the result is the form's state).
 */
export interface FormAction<D> {
  (formData?: FormData): Promise<void>;
  (previous: ActionResult<D> | null, formData: FormData): Promise<ActionResult<D>>;
}

export interface ActionDeps {
  /** The request's subject; throws `Unauthenticated` without a valid session. */
  subject: () => Promise<Subject>;
  locale: () => Promise<Locale>;
  redirect: (path: string) => never;
  revalidatePath: (path: string) => void;
  /** Rethrows the framework's own control-flow errors (Next.js `unstable_rethrow`). */
  rethrow?: (error: unknown) => void;
  log?: (line: string) => void;
}

/** A path on this site: "/…", never "//host" or a backslash trick. */
const SITE_PATH = /^\/(?![/\\])[^\\\s]*$/;

type Handler<S extends z.ZodType, C, D> = (input: z.output<S>, context: C) => Promise<ActionDone<D> | void>;

type Step<D> =
  | { kind: 'result'; result: ActionResult<D> }
  | { kind: 'sign-in'; reason: UnauthenticatedReason }
  | { kind: 'done'; result: ActionResult<D>; revalidate: readonly string[]; redirect: string | undefined };

function errorsOf(issues: readonly PolicyIssue[], locale: Locale): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[issue.path] ??= pick(issue.message, locale);
  return errors;
}

/** An error's name and code, never its message (which may quote personal data). */
function nameOf(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  const cause = error.cause instanceof Error ? ` ← ${nameOf(error.cause)}` : '';
  return `${error.name}${typeof code === 'string' ? ` (${code})` : ''}${cause}`;
}

export function createActionClient(deps: ActionDeps) {
  const log = deps.log ?? ((line: string) => console.error(line));

  function define<S extends z.ZodType, C extends ActionContext, D>(
    schema: S,
    handler: Handler<S, C, D>,
    context: (locale: Locale) => Promise<C>,
    options: ActionOptions,
  ): FormAction<D> {
    async function run(...args: unknown[]): Promise<ActionResult<D>> {
      const form = args.length >= 2 ? args[1] : args[0];
      let locale: Locale = DEFAULT_LOCALE;
      let values: FormObject = {};
      const refused = (message: Bilingual, issues: readonly PolicyIssue[] = []): Step<D> => ({
        kind: 'result',
        result: { ok: false, errors: errorsOf(issues, locale), message: pick(message, locale), values },
      });
      let step: Step<D>;
      try {
        locale = await deps.locale();
        const ctx = await context(locale);
        if (!isFormData(form)) {
          step = refused(ACTION_MESSAGES.unreadable);
        } else {
          const raw = formDataToObject(form);
          values = echoValues(raw, options.omitValues);
          const parsed = safeParseInput(schema, raw);
          if (!parsed.ok) {
            step = refused(ACTION_MESSAGES.invalid, parsed.error.issues);
          } else {
            const done = (await handler(parsed.value, ctx)) ?? {};
            const revalidate = done.revalidate === undefined ? [] : typeof done.revalidate === 'string' ? [done.revalidate] : done.revalidate;
            step = {
              kind: 'done',
              result: { ok: true, data: done.data as D, errors: {}, message: done.message ? pick(done.message, locale) : null, values },
              revalidate,
              redirect: done.redirect,
            };
          }
        }
      } catch (error) {
        deps.rethrow?.(error);
        if (isUnauthenticated(error)) step = { kind: 'sign-in', reason: error.reason };
        else if (error instanceof ActionRefused) step = refused(error.text, error.issues);
        else if (isPolicyError(error)) step = refused(ACTION_MESSAGES.invalid, error.issues);
        else {
          log(`[action] failed: ${nameOf(error)}`);
          step = refused(ACTION_MESSAGES.failed);
        }
      }
      // Outside any try: Next.js's redirect() throws.
      if (step.kind === 'sign-in') deps.redirect(signInPath(step.reason));
      if (step.kind === 'done') {
        for (const path of step.revalidate) deps.revalidatePath(path);
        if (step.redirect !== undefined) {
          if (!SITE_PATH.test(step.redirect)) log('[action] refused a redirect off the site');
          deps.redirect(SITE_PATH.test(step.redirect) ? step.redirect : '/');
        }
      }
      return step.result;
    }
    return run as FormAction<D>;
  }

  return {
    /** An action of the signed-in resident: the handler gets the request's subject. */
    residentAction: <S extends z.ZodType, D = undefined>(
      schema: S,
      handler: Handler<S, ResidentActionContext, D>,
      options: ActionOptions = {},
    ): FormAction<D> => define(schema, handler, async (locale) => ({ locale, subject: await deps.subject() }), options),
    /** An action anyone may use (the language switch, sign-out): no subject. */
    publicAction: <S extends z.ZodType, D = undefined>(schema: S, handler: Handler<S, ActionContext, D>, options: ActionOptions = {}): FormAction<D> =>
      define(schema, handler, (locale) => Promise.resolve({ locale }), options),
  };
}
