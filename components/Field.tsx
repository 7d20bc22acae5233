/** A labelled text input with its hint and error, tied together for screen readers. */
export function Field({
  name,
  label,
  hint,
  error,
  type = 'text',
  autoComplete,
  inputMode,
  maxLength,
  autoCapitalize,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  type?: 'text' | 'password';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric';
  maxLength?: number;
  autoCapitalize?: string;
}) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="mb-6">
      <label htmlFor={name} className="block text-xl font-bold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="mt-1 text-base text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-base font-bold text-danger">
          {error}
        </p>
      ) : null}
      <input
        id={name}
        name={name}
        type={type}
        required
        aria-required="true"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        autoCapitalize={autoCapitalize}
        spellCheck={false}
        className={`mt-2 block w-full max-w-md rounded border-2 bg-white px-3 py-3 text-2xl tracking-wide ${error ? 'border-danger' : 'border-ink'}`}
      />
    </div>
  );
}
