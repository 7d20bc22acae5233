'use client';
/**
 * A form whose fields are rendered on the server (`children`) posting to a server action: a plain
 * form, so it works without JavaScript (React renders the action's answer on the page it
 * returns). On a refusal it shows the error summary, with links to the fields, in the reader's
 * words as the action gave them. Used by the top-up what-if and the special-disease estimator.
 */
import { useActionState } from 'react';
import type { ActionResult, FormAction } from '@/lib/dal/action-client';

export function ActionForm({
  action,
  errorTitle,
  id,
  headingLevel = 2,
  children,
}: {
  action: FormAction<undefined>;
  errorTitle: string;
  /** Names the error summary: `${id}-errors` is its test id, `${id}-errors-title` its heading's id. */
  id: string;
  headingLevel?: 2 | 3;
  children: React.ReactNode;
}) {
  const [state, formAction] = useActionState<ActionResult<undefined> | null, FormData>(action, null);
  const errors = state && !state.ok ? Object.entries(state.errors) : [];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <form action={formAction} noValidate>
      {state && !state.ok ? (
        <div role="alert" tabIndex={-1} className="my-4 border-4 border-danger p-4" aria-labelledby={`${id}-errors-title`} data-testid={`${id}-errors`}>
          <Heading id={`${id}-errors-title`} className="text-2xl font-bold">
            {errorTitle}
          </Heading>
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
