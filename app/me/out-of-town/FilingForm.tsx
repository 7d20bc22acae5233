'use client';
/**
 * The new-filing form: a plain form posting to the server action (it works without JavaScript:
 * the page comes back with the action's answer); a refusal shows the error summary and each
 * field's message, with what was typed kept. Every word comes from the server (`words`).
 */
import { useActionState } from 'react';
import { ActionDate, ActionErrorSummary, ActionField, ActionRadios } from '@/components/form/ActionFields';
import type { ActionResult, FormAction } from '@/lib/dal/action-client';
import { valueAt, type FormValue } from '@/lib/validation/form-data';

type Part = 'year' | 'month' | 'day';

export interface FilingFormWords {
  errorPrefix: string;
  errorTitle: string;
  kindLegend: string;
  destinationLabel: string;
  destinationHint: string;
  validFromLegend: string;
  validFromHint: string;
  validToLegend: string;
  validToHint: string;
  submit: string;
  order: readonly Part[];
  parts: Record<Part, string>;
}

const text = (v: FormValue) => (typeof v === 'string' ? v : undefined);

export function FilingForm({
  action,
  words,
  kinds,
}: {
  action: FormAction<undefined>;
  words: FilingFormWords;
  kinds: readonly { value: string; label: string }[];
}) {
  const [state, formAction, pending] = useActionState<ActionResult<undefined> | null, FormData>(action, null);
  const errors = state && !state.ok ? state.errors : {};
  const values = state?.values ?? {};
  const date = (name: string): Partial<Record<Part, string>> => ({
    year: text(valueAt(values, `${name}.year`)),
    month: text(valueAt(values, `${name}.month`)),
    day: text(valueAt(values, `${name}.day`)),
  });
  return (
    <form action={formAction} noValidate data-testid="filing-form">
      {state && !state.ok ? <ActionErrorSummary title={words.errorTitle} message={state.message} errors={state.errors} testId="filing-errors" /> : null}
      <ActionRadios name="kind" legend={words.kindLegend} items={kinds} defaultValue={text(values.kind)} error={errors.kind} words={words} />
      <ActionField
        name="destination"
        label={words.destinationLabel}
        hint={words.destinationHint}
        defaultValue={text(values.destination)}
        error={errors.destination}
        words={words}
      />
      <ActionDate
        name="validFrom"
        legend={words.validFromLegend}
        hint={words.validFromHint}
        defaultValue={date('validFrom')}
        error={errors.validFrom}
        words={words}
      />
      <ActionDate name="validTo" legend={words.validToLegend} hint={words.validToHint} defaultValue={date('validTo')} error={errors.validTo} words={words} />
      <button
        type="submit"
        aria-disabled={pending ? 'true' : undefined}
        className="min-h-12 rounded border-2 border-brand bg-brand px-6 py-2 text-xl font-bold text-white hover:bg-brand-dark"
        data-testid="filing-submit"
      >
        {words.submit}
      </button>
    </form>
  );
}
