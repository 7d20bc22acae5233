'use client';
/**
 * Adds a passkey: a name, then the browser's own dialog (fingerprint, face, screen lock). Needs
 * JavaScript and a browser with passkeys; without them the page says so and nothing else changes.
 */
import { useState, useSyncExternalStore } from 'react';
import { useRouter } from 'next/navigation';
import { browserSupportsWebAuthn, startRegistration } from '@simplewebauthn/browser';
import type { ActionResult, FormAction } from '@/lib/dal/action-client';

const noSubscription = () => () => {};

export function AddPasskey({
  options,
  add,
  words,
}: {
  options: FormAction<string>;
  add: FormAction<undefined>;
  words: { nameLabel: string; nameHint: string; add: string; added: string; failed: string; needsScript: string; nameMissing: string };
}) {
  const supported = useSyncExternalStore(noSubscription, browserSupportsWebAuthn, () => false);
  const router = useRouter();
  const [name, setName] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  if (!supported) return <p className="text-lg">{words.needsScript}</p>;

  async function run() {
    setStatus(null);
    if (name.trim().length === 0 || name.trim().length > 40) {
      setStatus({ ok: false, text: words.nameMissing });
      return;
    }
    try {
      const got: ActionResult<string> = await options(null, new FormData());
      if (!got.ok) throw new Error('options');
      const response = await startRegistration({ optionsJSON: JSON.parse(got.data) as Parameters<typeof startRegistration>[0]['optionsJSON'] });
      const form = new FormData();
      form.set('name', name.trim());
      form.set('response', JSON.stringify(response));
      const done = await add(null, form);
      if (!done.ok) throw new Error('add');
      setStatus({ ok: true, text: words.added });
      setName('');
      router.refresh();
    } catch {
      setStatus({ ok: false, text: words.failed });
    }
  }

  return (
    <div data-testid="add-passkey">
      <label htmlFor="passkey-name" className="block text-xl font-bold">
        {words.nameLabel}
      </label>
      <div id="passkey-name-hint" className="mt-1 block text-lg text-muted">
        {words.nameHint}
      </div>
      <input
        id="passkey-name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={40}
        aria-describedby="passkey-name-hint"
        className="mt-2 mb-6 block min-h-12 w-full max-w-md rounded border-2 border-ink bg-white px-3 py-2 text-xl"
      />
      <button
        type="button"
        onClick={() => void run()}
        className="min-h-12 rounded border-2 border-brand bg-brand px-6 py-2 text-xl font-bold text-white hover:bg-brand-dark"
      >
        {words.add}
      </button>
      {status ? (
        <p role={status.ok ? 'status' : 'alert'} className={`mt-4 text-lg font-bold ${status.ok ? 'text-ok' : 'text-danger'}`} data-testid="passkey-status">
          {status.text}
        </p>
      ) : null}
    </div>
  );
}
