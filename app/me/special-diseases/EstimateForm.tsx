'use client';
/**
 * The estimator's form: a plain form posting to the server action (it works without JavaScript:
 * React renders the action's answer on the page it returns). The fields are rendered on the
 * server (`children`); on a refusal this shows the error summary, with links to the fields, in
 * the reader's words as the action gave them, and the amount typed is kept.
 */
import { useActionState } from 'react';
import type { ActionResult, FormAction } from '@/lib/dal/action-client';

export function EstimateForm({ action, errorTitle, children }: { action: FormAction<undefined>; errorTitle: string; children: React.ReactNode }) {
  const [state, formAction] = useActionState<ActionResult<undefined> | null, FormData>(action, null);
  const errors = state && !state.ok ? Object.entries(state.errors) : [];
  return (
    <form action={formAction} noValidate>
      {state && !state.ok ? (
        <div role="alert" tabIndex={-1} className="my-4 border-4 border-danger p-4" aria-labelledby="estimate-errors-title" data-testid="estimate-errors">
          <h3 id="estimate-errors-title" className="text-2xl font-bold">
            {errorTitle}
          </h3>
          <p className="text-lg">{state.message}</p>
          <ul className="mt-2 list-disc pl-8 text-lg">
            {errors.map(([field, message]) => (
              <li key={field}>
                <a href={`#${field.replace(/[^A-Za-z0-9_-]+/g, '-')}`} className="font-bold text-danger">
                  {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {children}
    </form>
  );
}
