'use client';
/**
 * The form kit's fields for a form whose errors come back from a server action through
 * `useActionState` (a client component): the same markup, ids and looks as the server kit
 * (Field, Select, Radios, DateInput, ErrorSummary), but every word arrives as a prop — the
 * catalogue never reaches the browser. The error prefix (错误：/Error:) is `words.errorPrefix`.
 * Without JavaScript the page comes back from the action with the same state, so these render
 * on the server too.
 */
import { FocusOnLoad } from './FocusOnLoad';
import { describedBy, fieldId } from './ids';
import { choiceInput, choiceItem, choiceLabel, formGroup, hintText, inputBox, labelText, legendText } from './styles';

export interface ActionFieldWords {
  errorPrefix: string;
}

function FieldError({ id, text, words }: { id: string; text: string; words: ActionFieldWords }) {
  return (
    <p id={id} className="mt-1 text-lg font-bold text-danger">
      <span className="sr-only">{words.errorPrefix}</span> {text}
    </p>
  );
}

export function ActionField({
  name,
  label,
  hint,
  error,
  defaultValue,
  words,
  suffix,
  numeric,
  width = 'w-full max-w-md',
}: {
  name: string;
  label: string;
  hint?: React.ReactNode;
  error?: string | undefined;
  defaultValue?: string | undefined;
  words: ActionFieldWords;
  suffix?: string;
  numeric?: boolean;
  width?: string;
}) {
  const id = fieldId(name);
  const ids = describedBy(id, { hint, error });
  const input = (
    <input
      id={id}
      name={name}
      type="text"
      inputMode={numeric ? 'decimal' : undefined}
      defaultValue={defaultValue}
      aria-invalid={error ? 'true' : undefined}
      aria-describedby={ids.describedBy}
      spellCheck={false}
      className={`${inputBox(error)} ${width} tracking-wide`}
    />
  );
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
      {error ? <FieldError id={ids.errorId!} text={error} words={words} /> : null}
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

export function ActionSelect({
  name,
  label,
  hint,
  error,
  options,
  defaultValue,
  words,
}: {
  name: string;
  label: string;
  hint?: React.ReactNode;
  error?: string | undefined;
  options: readonly { value: string; label: string }[];
  defaultValue?: string | undefined;
  words: ActionFieldWords;
}) {
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
      {error ? <FieldError id={ids.errorId!} text={error} words={words} /> : null}
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
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

export function ActionRadios({
  name,
  legend,
  hint,
  error,
  items,
  defaultValue,
  words,
  checkbox,
}: {
  name: string;
  legend: string;
  hint?: React.ReactNode;
  error?: string | undefined;
  items: readonly { value: string; label: string; hint?: string | undefined }[];
  defaultValue?: string | undefined;
  words: ActionFieldWords;
  /** One checkbox (items has one entry): checked when defaultValue is its value. */
  checkbox?: boolean;
}) {
  const id = fieldId(name);
  const ids = describedBy(id, { hint, error });
  return (
    <div className={formGroup(error)}>
      <fieldset aria-describedby={ids.describedBy}>
        <legend className={legendText}>{legend}</legend>
        {hint ? (
          <div id={ids.hintId} className={hintText}>
            {hint}
          </div>
        ) : null}
        {error ? <FieldError id={ids.errorId!} text={error} words={words} /> : null}
        <div className="mt-2">
          {items.map((item, i) => {
            const itemId = i === 0 ? id : `${id}-${i}`;
            const itemHint = item.hint ? `${itemId}-item-hint` : undefined;
            return (
              <div key={item.value} className={choiceItem}>
                <input
                  id={itemId}
                  name={name}
                  type={checkbox ? 'checkbox' : 'radio'}
                  value={item.value}
                  defaultChecked={defaultValue === item.value}
                  aria-describedby={itemHint}
                  className={choiceInput}
                />
                <div>
                  <label htmlFor={itemId} className={choiceLabel}>
                    {item.label}
                  </label>
                  {item.hint ? (
                    <div id={itemHint} className="text-lg text-muted">
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

type Part = 'year' | 'month' | 'day';

export function ActionDate({
  name,
  legend,
  hint,
  error,
  defaultValue,
  words,
}: {
  name: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  defaultValue?: Partial<Record<Part, string>> | undefined;
  words: ActionFieldWords & { order: readonly Part[]; parts: Record<Part, string> };
}) {
  const id = fieldId(name);
  const ids = describedBy(id, { hint, error });
  const width: Record<Part, string> = { year: 'w-[8ch]', month: 'w-[5ch]', day: 'w-[5ch]' };
  return (
    <div className={formGroup(error)}>
      <fieldset role="group" aria-describedby={ids.describedBy}>
        <legend className={legendText}>{legend}</legend>
        {hint ? (
          <div id={ids.hintId} className={hintText}>
            {hint}
          </div>
        ) : null}
        {error ? <FieldError id={ids.errorId!} text={error} words={words} /> : null}
        <div className="flex flex-wrap gap-4">
          {words.order.map((part, i) => {
            const partId = i === 0 ? id : `${id}-${part}`;
            return (
              <div key={part}>
                <label htmlFor={partId} className="block text-lg">
                  {words.parts[part]}
                </label>
                <input
                  id={partId}
                  name={`${name}.${part}`}
                  type="text"
                  inputMode="numeric"
                  maxLength={part === 'year' ? 4 : 2}
                  defaultValue={defaultValue?.[part]}
                  aria-invalid={error ? 'true' : undefined}
                  spellCheck={false}
                  className={`${inputBox(error)} ${width[part]} mt-1 text-center`}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** The error summary of an action's refusal: the message, then a link to each field. */
export function ActionErrorSummary({
  title,
  message,
  errors,
  testId,
}: {
  title: string;
  message: string;
  errors: Readonly<Record<string, string>>;
  testId?: string;
}) {
  const items = Object.entries(errors);
  return (
    <FocusOnLoad signature={`${message}\n${items.map(([k, v]) => `${k} ${v}`).join('\n')}`} className="mb-8 border-4 border-danger bg-white p-4 sm:p-6">
      <div role="alert" data-testid={testId}>
        <h2 className="text-2xl font-bold">{title}</h2>
        <p className="mt-2 text-lg">{message}</p>
        {items.length > 0 ? (
          <ul className="mt-4 space-y-2">
            {items.map(([field, text]) => (
              <li key={field} className="text-lg font-bold text-danger">
                {field ? (
                  <a href={`#${fieldId(field)}`} className="inline-flex min-h-11 items-center text-danger">
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </FocusOnLoad>
  );
}
