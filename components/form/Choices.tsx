import type { Locale } from '@/lib/i18n';
import { ErrorMessage } from './ErrorMessage';
import { describedBy, fieldId } from './ids';
import { choiceInput, choiceItem, choiceLabel, formGroup, hintText, legendText } from './styles';

export interface ChoiceItem {
  value: string;
  label: string;
  hint?: string | undefined;
}

export interface ChoicesProps {
  locale: Locale;
  name: string;
  /** The question: the fieldset's legend. */
  legend: string;
  /** Shows the legend as the page's <h1> (a one-question page). */
  legendIsHeading?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
  items: readonly ChoiceItem[];
}

/** Radios or checkboxes in a fieldset (GOV.UK): the question as legend, the hint and error described by the fieldset. */
function Choices({
  kind,
  locale,
  name,
  legend,
  legendIsHeading,
  hint,
  error,
  items,
  checked,
}: ChoicesProps & { kind: 'radio' | 'checkbox'; checked: (value: string) => boolean }) {
  const id = fieldId(name);
  const ids = describedBy(id, { hint, error });
  return (
    <div className={formGroup(error)}>
      <fieldset aria-describedby={ids.describedBy}>
        <legend className={legendText}>{legendIsHeading ? <h1 className="text-4xl font-bold">{legend}</h1> : legend}</legend>
        {hint ? (
          <div id={ids.hintId} className={hintText}>
            {hint}
          </div>
        ) : null}
        {error ? (
          <ErrorMessage id={ids.errorId!} locale={locale}>
            {error}
          </ErrorMessage>
        ) : null}
        <div className="mt-2">
          {items.map((item, i) => {
            // The first control has the field's id, so an error summary can link to it.
            const itemId = i === 0 ? id : `${id}-${i + 1}`;
            const itemHintId = item.hint ? `${itemId}-item-hint` : undefined;
            return (
              <div key={item.value} className={choiceItem}>
                <input
                  id={itemId}
                  name={name}
                  type={kind}
                  value={item.value}
                  defaultChecked={checked(item.value)}
                  aria-describedby={itemHintId}
                  aria-invalid={kind === 'checkbox' && error ? 'true' : undefined}
                  className={choiceInput}
                />
                <div>
                  <label htmlFor={itemId} className={choiceLabel}>
                    {item.label}
                  </label>
                  {item.hint ? (
                    <div id={itemHintId} className="text-lg text-muted">
                      {item.hint}
                    </div>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** One choice of several (GOV.UK radios); `defaultValue` is the value chosen before. */
export function Radios({ defaultValue, ...props }: ChoicesProps & { defaultValue?: string | undefined }) {
  return <Choices {...props} kind="radio" checked={(v) => v === defaultValue} />;
}

/** Any number of choices (GOV.UK checkboxes), sent as repeated `name` fields; `defaultValue` lists those ticked before. */
export function Checkboxes({ defaultValue, ...props }: ChoicesProps & { defaultValue?: readonly string[] | undefined }) {
  return <Choices {...props} kind="checkbox" checked={(v) => defaultValue?.includes(v) ?? false} />;
}
