'use client';
/**
 * The confirmation form: a plain form posting to the server action (it works without JavaScript:
 * React renders the action's answer on the page it returns). On a refusal — the rules changed
 * between the confirmation page and the click, or the choice was made meanwhile elsewhere — it
 * shows the action's message, which names the rule.
 */
import { useActionState } from 'react';
import type { ActionResult, FormAction } from '@/lib/dal/action-client';

export function ChoiceForm({ action, errorTitle, children }: { action: FormAction<undefined>; errorTitle: string; children: React.ReactNode }) {
  const [state, formAction, pending] = useActionState<ActionResult<undefined> | null, FormData>(action, null);
  return (
    <form action={formAction} noValidate aria-busy={pending}>
      {state && !state.ok ? (
        <div role="alert" tabIndex={-1} className="my-4 border-4 border-danger p-4" aria-labelledby="choice-errors-title" data-testid="choice-refused">
          <h2 id="choice-errors-title" className="text-2xl font-bold">
            {errorTitle}
          </h2>
          <p className="text-lg">{state.message}</p>
          {Object.values(state.errors).length > 0 ? (
            <ul className="mt-2 list-disc pl-8 text-lg">
              {Object.entries(state.errors).map(([field, message]) => (
                <li key={field}>{message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {children}
    </form>
  );
}
