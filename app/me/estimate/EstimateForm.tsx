'use client';
/**
 * The estimator's form: a plain form posting to the server action (without JavaScript the page
 * comes back with the action's answer; with it, React shows the answer without a page load —
 * the refusal here, the estimate after the action's redirect). A refusal shows the error summary
 * and each field's message, with what was typed kept. Every word and option comes from the
 * server; each pre-filled value carries where it came from (`sources`).
 */
import { useActionState } from 'react';
import { ActionErrorSummary, ActionField, ActionRadios, ActionSelect } from '@/components/form/ActionFields';
import type { ActionResult, FormAction } from '@/lib/dal/action-client';
import { valueAt } from '@/lib/validation/form-data';

type Option = { value: string; label: string; hint?: string };

export interface EstimateFormWords {
  errorPrefix: string;
  errorTitle: string;
  submit: string;
  stayTitle: string;
  level: string;
  levelHint: string;
  inScope: string;
  inScopeHint: string;
  outOfScope: string;
  outOfScopeHint: string;
  transfer: string;
  referringDeductible: string;
  referringDeductibleHint: string;
  outOfTown: string;
  outOfTownHint: string;
  maternity: string;
  maternityLabel: string;
  personTitle: string;
  personIntro: string;
  identity: string;
  category: string;
  assistance: string;
  continuousMonths: string;
  tier2ContinuousMonths: string;
  ytdTitle: string;
  ytdIntro: string;
  ytd: Record<string, string>;
  yuan: string;
  months: string;
}

export interface EstimateFormOptions {
  levels: Option[];
  transfers: Option[];
  outOfTown: Option[];
  identities: Option[];
  categories: Option[];
  assistance: Option[];
}

const YTD_FIELDS = ['tier1Paid', 'criticalBase', 'criticalPaid', 'tier2Base', 'tier2Paid', 'assistancePaid'] as const;
const PERSON_FIELDS = ['person.identity', 'person.category', 'person.assistance', 'person.continuousMonths', 'person.tier2ContinuousMonths'];

export function EstimateForm({
  action,
  words,
  options,
  initial,
  initialErrors,
  initialMessage,
  sources,
  showTier2,
  institution,
}: {
  action: FormAction<undefined>;
  words: EstimateFormWords;
  options: EstimateFormOptions;
  /** The values to show first (the page's address, or the resident's own data), by field name. */
  initial: Readonly<Record<string, string>>;
  /** Errors of an address that did not pass (a link edited by hand). */
  initialErrors?: Readonly<Record<string, string>>;
  initialMessage?: string;
  /** Where each pre-filled value came from, by field name. */
  sources: Readonly<Record<string, string>>;
  showTier2: boolean;
  /** The institution chosen from the directory: its id (sent with the form) and how to show it. */
  institution?: { id: string; text: string; change: { href: string; text: string } } | undefined;
}) {
  const [state, formAction, pending] = useActionState<ActionResult<undefined> | null, FormData>(action, null);
  const refused = state && !state.ok ? state : null;
  const errors: Readonly<Record<string, string>> = refused ? refused.errors : (initialErrors ?? {});
  const message = refused ? refused.message : initialMessage;
  const value = (name: string): string | undefined => {
    if (state) {
      const v = valueAt(state.values, name);
      return typeof v === 'string' ? v : undefined;
    }
    return initial[name];
  };
  const checked = (name: string) => (state ? valueAt(state.values, name) !== undefined : initial[name] !== undefined);
  const hint = (name: string, own?: string) =>
    own || sources[name] ? (
      <>
        {own ? <span className="block">{own}</span> : null}
        {sources[name] ? (
          <span className="block italic" data-source={name}>
            {sources[name]}
          </span>
        ) : null}
      </>
    ) : undefined;
  const personOpen = PERSON_FIELDS.some((f) => errors[f]);
  const ytdOpen = YTD_FIELDS.some((f) => errors[`yearToDate.${f}`]);
  return (
    <form action={formAction} noValidate data-testid="estimate-form">
      {message ? <ActionErrorSummary title={words.errorTitle} message={message} errors={errors} testId="estimate-errors" /> : null}
      <input type="hidden" name="date" value={value('date') ?? initial.date ?? ''} />
      {institution ? (
        <div className="mb-6 border-l-8 border-brand bg-note-bg p-4 text-xl" data-testid="chosen-institution">
          <input type="hidden" name="institution" value={institution.id} />
          <p className="font-bold">{institution.text}</p>
          <a href={institution.change.href} className="inline-flex min-h-11 items-center">
            {institution.change.text}
          </a>
        </div>
      ) : null}
      <fieldset className="mb-8">
        <legend className="mb-4 text-2xl font-bold">{words.stayTitle}</legend>
        <ActionRadios
          name="stay.level"
          legend={words.level}
          hint={words.levelHint}
          items={options.levels}
          defaultValue={value('stay.level')}
          error={errors['stay.level']}
          words={words}
        />
        <ActionField
          name="stay.inScope"
          label={words.inScope}
          hint={words.inScopeHint}
          defaultValue={value('stay.inScope')}
          error={errors['stay.inScope']}
          words={words}
          suffix={words.yuan}
          numeric
          width="w-[14ch]"
        />
        <ActionField
          name="stay.outOfScope"
          label={words.outOfScope}
          hint={words.outOfScopeHint}
          defaultValue={value('stay.outOfScope')}
          error={errors['stay.outOfScope']}
          words={words}
          suffix={words.yuan}
          numeric
          width="w-[14ch]"
        />
        <ActionRadios
          name="stay.outOfTown"
          legend={words.outOfTown}
          hint={hint('stay.outOfTown', words.outOfTownHint)}
          items={options.outOfTown}
          defaultValue={value('stay.outOfTown')}
          error={errors['stay.outOfTown']}
          words={words}
        />
        <ActionRadios
          name="stay.transfer"
          legend={words.transfer}
          items={options.transfers}
          defaultValue={value('stay.transfer')}
          error={errors['stay.transfer']}
          words={words}
        />
        <ActionField
          name="stay.referringDeductible"
          label={words.referringDeductible}
          hint={words.referringDeductibleHint}
          defaultValue={value('stay.referringDeductible')}
          error={errors['stay.referringDeductible']}
          words={words}
          suffix={words.yuan}
          numeric
          width="w-[14ch]"
        />
        <ActionRadios
          name="stay.maternity"
          legend={words.maternity}
          items={[{ value: 'on', label: words.maternityLabel }]}
          defaultValue={checked('stay.maternity') ? 'on' : undefined}
          error={errors['stay.maternity']}
          words={words}
          checkbox
        />
      </fieldset>

      <details className="mb-8 border-l-4 border-brand pl-4" open={personOpen || undefined} data-testid="person-fields">
        <summary className="min-h-11 cursor-pointer py-2 text-2xl font-bold">{words.personTitle}</summary>
        <p className="mb-4 text-lg">{words.personIntro}</p>
        <ActionSelect
          name="person.identity"
          label={words.identity}
          hint={hint('person.identity')}
          options={options.identities}
          defaultValue={value('person.identity')}
          error={errors['person.identity']}
          words={words}
        />
        <ActionSelect
          name="person.category"
          label={words.category}
          hint={hint('person.category')}
          options={options.categories}
          defaultValue={value('person.category')}
          error={errors['person.category']}
          words={words}
        />
        <ActionSelect
          name="person.assistance"
          label={words.assistance}
          hint={hint('person.assistance')}
          options={options.assistance}
          defaultValue={value('person.assistance')}
          error={errors['person.assistance']}
          words={words}
        />
        <ActionField
          name="person.continuousMonths"
          label={words.continuousMonths}
          hint={hint('person.continuousMonths')}
          defaultValue={value('person.continuousMonths')}
          error={errors['person.continuousMonths']}
          words={words}
          suffix={words.months}
          numeric
          width="w-[8ch]"
        />
        {showTier2 || value('person.tier2ContinuousMonths') !== undefined ? (
          <ActionField
            name="person.tier2ContinuousMonths"
            label={words.tier2ContinuousMonths}
            hint={hint('person.tier2ContinuousMonths')}
            defaultValue={value('person.tier2ContinuousMonths')}
            error={errors['person.tier2ContinuousMonths']}
            words={words}
            suffix={words.months}
            numeric
            width="w-[8ch]"
          />
        ) : null}
      </details>

      <details className="mb-8 border-l-4 border-brand pl-4" open={ytdOpen || undefined} data-testid="ytd-fields">
        <summary className="min-h-11 cursor-pointer py-2 text-2xl font-bold">{words.ytdTitle}</summary>
        <p className="mb-4 text-lg">{words.ytdIntro}</p>
        {YTD_FIELDS.map((f) => (
          <ActionField
            key={f}
            name={`yearToDate.${f}`}
            label={words.ytd[f] ?? f}
            hint={hint(`yearToDate.${f}`)}
            defaultValue={value(`yearToDate.${f}`)}
            error={errors[`yearToDate.${f}`]}
            words={words}
            suffix={words.yuan}
            numeric
            width="w-[14ch]"
          />
        ))}
      </details>

      <button
        type="submit"
        aria-disabled={pending ? 'true' : undefined}
        className="min-h-12 rounded border-2 border-brand bg-brand px-8 py-2 text-xl font-bold text-white hover:bg-brand-dark"
        data-testid="estimate-submit"
      >
        {words.submit}
      </button>
    </form>
  );
}
