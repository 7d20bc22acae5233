'use client';
/** Cancelling one filing: a button posting its number to the server action (works without JavaScript). */
import { useActionState } from 'react';
import type { ActionResult, FormAction } from '@/lib/dal/action-client';

export function CancelForm({ action, id, label, testId }: { action: FormAction<undefined>; id: string; label: string; testId: string }) {
  const [state, formAction] = useActionState<ActionResult<undefined> | null, FormData>(action, null);
  return (
    <form action={formAction} className="mt-4">
      {state && !state.ok ? (
        <p role="alert" className="mb-2 text-lg font-bold text-danger">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="min-h-12 rounded border-2 border-danger bg-white px-6 py-2 text-xl font-bold text-danger" data-testid={testId}>
        {label}
      </button>
    </form>
  );
}
