'use client';
/**
 * The passkey button of the sign-in page: shown only where the browser supports passkeys (and
 * JavaScript runs; the password form works without it). It asks the portal for a challenge,
 * lets the browser sign it with the resident's passkey, and posts the answer to next-auth's
 * passkey callback in a plain form, so the sign-in ends like a password one.
 */
import { useRef, useState, useSyncExternalStore } from 'react';
import { browserSupportsWebAuthn, startAuthentication } from '@simplewebauthn/browser';

const noSubscription = () => () => {};

export function PasskeySignIn({
  csrfToken,
  callbackUrl,
  words,
}: {
  csrfToken: string;
  callbackUrl: string;
  words: { or: string; button: string; hint: string; failed: string };
}) {
  const supported = useSyncExternalStore(noSubscription, browserSupportsWebAuthn, () => false);
  const [failed, setFailed] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const answer = useRef<HTMLInputElement>(null);
  if (!supported) return null;

  async function signIn() {
    setFailed(false);
    try {
      const options = await fetch('/api/passkey/options', { method: 'POST' });
      if (!options.ok) throw new Error('options');
      const optionsJSON = (await options.json()) as Parameters<typeof startAuthentication>[0]['optionsJSON'];
      const response = await startAuthentication({ optionsJSON });
      answer.current!.value = JSON.stringify(response);
      form.current!.submit();
    } catch {
      setFailed(true);
    }
  }

  return (
    <div className="mt-10 border-t-2 border-muted pt-6" data-testid="passkey-sign-in">
      <p className="mb-4 text-xl">{words.or}</p>
      <form ref={form} method="post" action="/api/auth/callback/passkey">
        <input type="hidden" name="csrfToken" value={csrfToken} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <input ref={answer} type="hidden" name="response" defaultValue="" />
        <button
          type="button"
          onClick={() => void signIn()}
          className="min-h-12 rounded border-2 border-brand bg-white px-6 py-2 text-xl font-bold text-brand hover:bg-note-bg"
        >
          {words.button}
        </button>
      </form>
      <p className="mt-4 text-base text-muted">{words.hint}</p>
      {failed ? (
        <p role="alert" className="mt-4 text-lg font-bold text-danger">
          {words.failed}
        </p>
      ) : null}
    </div>
  );
}
