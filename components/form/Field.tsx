import { i18nFor, type Locale } from '@/lib/i18n';
import { ErrorMessage } from './ErrorMessage';
import { describedBy, fieldId } from './ids';
import { formGroup, hintText, inputBox, labelText } from './styles';

const WIDTHS = {
  2: 'w-[5ch]',
  4: 'w-[8ch]',
  10: 'w-[14ch]',
  20: 'w-[24ch] max-w-full',
  full: 'w-full max-w-md',
} as const;

export interface FieldProps {
  locale: Locale;
  name: string;
  label: string;
  hint?: string | undefined;
  /** The message in the reader's language (from the action's result); marks the field invalid. */
  error?: string | undefined;
  /** What the resident typed, shown again after a refused submission. Never rendered for passwords. */
  defaultValue?: string | undefined;
  /**
   * `number` renders a text input with a numeric keyboard (GOV.UK's advice): a browser's number
   * input drops what it cannot parse (so the typed value could not be shown again) and changes
   * the value on scroll.
   */
  type?: 'text' | 'number' | 'password' | 'email' | 'tel' | 'search';
  inputMode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email' | 'search';
  autoComplete?: string;
  maxLength?: number;
  autoCapitalize?: string;
  spellCheck?: boolean;
  required?: boolean;
  /** Adds （选填）/(optional) to the label. */
  optional?: boolean;
  /** Width in characters (GOV.UK's fixed widths), or the column's width. */
  width?: keyof typeof WIDTHS;
  /** A unit shown after the input, e.g. 元. */
  suffix?: string;
}

/** A labelled text input (GOV.UK text input) with its hint and error, tied together for screen readers. */
export function Field({
  locale,
  name,
  label,
  hint,
  error,
  defaultValue,
  type = 'text',
  inputMode,
  autoComplete,
  maxLength,
  autoCapitalize,
  spellCheck = false,
  required,
  optional,
  width = 'full',
  suffix,
}: FieldProps) {
  const { t } = i18nFor(locale);
  const id = fieldId(name);
  const ids = describedBy(id, { hint, error });
  const input = (
    <input
      id={id}
      name={name}
      type={type === 'number' ? 'text' : type}
      inputMode={inputMode ?? (type === 'number' ? 'decimal' : undefined)}
      defaultValue={type === 'password' ? undefined : defaultValue}
      required={required}
      aria-required={required ? 'true' : undefined}
      aria-invalid={error ? 'true' : undefined}
      aria-describedby={ids.describedBy}
      autoComplete={autoComplete}
      maxLength={maxLength}
      autoCapitalize={autoCapitalize}
      spellCheck={spellCheck}
      className={`${inputBox(error)} ${WIDTHS[width]} tracking-wide`}
    />
  );
  return (
    <div className={formGroup(error)}>
      <label htmlFor={id} className={labelText}>
        {label}
        {optional ? <span className="font-normal"> {t('form.optional')}</span> : null}
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
      {suffix ? (
        <div className="flex items-end gap-2">
          {input}
          <span aria-hidden="true" className="pb-2 text-xl">
            {suffix}
          </span>
        </div>
      ) : (
        input
      )}
    </div>
  );
}
