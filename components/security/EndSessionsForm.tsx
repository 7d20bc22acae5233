'use client';
/**
 * The 登录设备 page's form: which session to end and the password typed again. A server action
 * with useActionState: it works without JavaScript (the page comes back with the result), and
 * the typed choice is kept after a refusal (never the password).
 */
import { useActionState } from 'react';
import type { ActionResult, FormAction } from '@/lib/dal/action-client';

export function EndSessionsForm({
  action,
  options,
  words,
}: {
  action: FormAction<undefined>;
  options: readonly { value: string; label: string }[];
  words: { title: string; which: string; password: string; passwordHint: string; submit: string };
}) {
  const [state, formAction] = useActionState<ActionResult<undefined> | null, FormData>(action, null);
  const passwordError = state && !state.ok ? (state.errors.password ?? state.errors.which ?? state.message) : undefined;
  return (
    <form action={formAction} className="mt-8" noValidate>
      <h2 className="mb-4 text-2xl font-bold">{words.title}</h2>
      {state?.ok && state.message ? (
        <p role="status" className="my-4 border-l-8 border-ok bg-ok-bg p-4 text-lg font-medium text-ok" data-testid="sessions-ended">
          {state.message}
        </p>
      ) : null}
      <div className="mb-8">
        <label htmlFor="which" className="block text-xl font-bold">
          {words.which}
        </label>
        <select
          id="which"
          name="which"
          defaultValue={typeof state?.values.which === 'string' ? state.values.which : 'all_others'}
          className="mt-2 block min-h-12 w-full max-w-md rounded border-2 border-ink bg-white px-3 py-2 text-xl"
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="mb-8">
        <label htmlFor="password" className="block text-xl font-bold">
          {words.password}
        </label>
        <div id="password-hint" className="mt-1 block text-lg text-muted">
          {words.passwordHint}
        </div>
        {passwordError ? (
          <p id="password-error" role="alert" className="mt-2 text-lg font-bold text-danger">
            {passwordError}
          </p>
        ) : null}
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={passwordError ? 'true' : undefined}
          aria-describedby={passwordError ? 'password-hint password-error' : 'password-hint'}
          className="mt-2 block min-h-12 w-full max-w-md rounded border-2 border-ink bg-white px-3 py-2 text-xl"
        />
      </div>
      <button type="submit" className="min-h-12 rounded border-2 border-brand bg-brand px-6 py-2 text-xl font-bold text-white hover:bg-brand-dark">
        {words.submit}
      </button>
    </form>
  );
}
