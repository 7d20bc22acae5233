'use client';
/**
 * The 登录设备 page's form: which session to end and the password typed again — or, where the
 * resident has a passkey and the browser can use it, a passkey instead. A server action with
 * useActionState: it works without JavaScript (password only; the page comes back with the
 * result), and the typed choice is kept after a refusal (never the password).
 */
import { useActionState, useRef, useState, useSyncExternalStore } from 'react';
import { browserSupportsWebAuthn, startAuthentication } from '@simplewebauthn/browser';
import type { ActionResult, FormAction } from '@/lib/dal/action-client';

const noSubscription = () => () => {};
type RequestOptions = Parameters<typeof startAuthentication>[0]['optionsJSON'];

export function EndSessionsForm({
  action,
  passkeyOptions,
  options,
  words,
}: {
  action: FormAction<undefined>;
  /** Present when the resident has a passkey: asks the server for a confirmation challenge. */
  passkeyOptions?: (() => Promise<RequestOptions | null>) | undefined;
  options: readonly { value: string; label: string }[];
  words: {
    title: string;
    which: string;
    password: string;
    passwordHint: string;
    submit: string;
    orPasskey: string;
    usePasskey: string;
    passkeyFailed: string;
  };
}) {
  const [state, formAction] = useActionState<ActionResult<undefined> | null, FormData>(action, null);
  const supported = useSyncExternalStore(noSubscription, browserSupportsWebAuthn, () => false);
  const [passkeyFailed, setPasskeyFailed] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const answer = useRef<HTMLInputElement>(null);
  const passwordError = state && !state.ok ? (state.errors.password ?? state.errors.which ?? state.message) : undefined;

  async function confirmWithPasskey() {
    setPasskeyFailed(false);
    try {
      const optionsJSON = await passkeyOptions!();
      if (!optionsJSON) throw new Error('no passkey');
      const response = await startAuthentication({ optionsJSON });
      answer.current!.value = JSON.stringify(response);
      form.current!.requestSubmit();
      // The answer is used once: the next submission (say, with the password) must not carry it.
      queueMicrotask(() => {
        if (answer.current) answer.current.value = '';
      });
    } catch {
      setPasskeyFailed(true);
    }
  }

  return (
    <form ref={form} action={formAction} className="mt-8" noValidate>
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
      {passkeyOptions && supported ? (
        <div className="mt-8 border-t-2 border-muted pt-6" data-testid="end-with-passkey">
          <p className="mb-4 text-xl">{words.orPasskey}</p>
          <input ref={answer} type="hidden" name="passkey" defaultValue="" />
          <button
            type="button"
            onClick={() => void confirmWithPasskey()}
            className="min-h-12 rounded border-2 border-brand bg-white px-6 py-2 text-xl font-bold text-brand hover:bg-note-bg"
          >
            {words.usePasskey}
          </button>
          {passkeyFailed ? (
            <p role="alert" className="mt-4 text-lg font-bold text-danger">
              {words.passkeyFailed}
            </p>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
