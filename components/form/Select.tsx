import type { Locale } from '@/lib/i18n';
import { ErrorMessage } from './ErrorMessage';
import { describedBy, fieldId } from './ids';
import { formGroup, hintText, inputBox, labelText } from './styles';

export interface SelectProps {
  locale: Locale;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: readonly { value: string; label: string }[];
  /** The option chosen before (the resident's last choice). */
  defaultValue?: string | undefined;
  required?: boolean;
}

/** A labelled select (GOV.UK select). Prefer Radios for fewer than about eight options. */
export function Select({ locale, name, label, hint, error, options, defaultValue, required }: SelectProps) {
  const id = fieldId(name);
  const ids = describedBy(id, { hint, error });
  return (
    <div className={formGroup(error)}>
      <label htmlFor={id} className={labelText}>
        {label}
      </label>
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
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        required={required}
        aria-required={required ? 'true' : undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={ids.describedBy}
        className={`${inputBox(error)} w-full max-w-md`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
