import { i18nFor, type Locale } from '@/lib/i18n';
import { ErrorMessage } from './ErrorMessage';
import { describedBy, fieldId } from './ids';
import { formGroup, hintText, inputBox, legendText } from './styles';

export type DatePart = 'year' | 'month' | 'day';

/** Year, month, day in Chinese; day, month, year in (British) English. */
const ORDER: Record<Locale, readonly DatePart[]> = { 'zh-CN': ['year', 'month', 'day'], en: ['day', 'month', 'year'] };
const WIDTH: Record<DatePart, string> = { year: 'w-[8ch]', month: 'w-[5ch]', day: 'w-[5ch]' };
const MAX_LENGTH: Record<DatePart, number> = { year: 4, month: 2, day: 2 };

export interface DateInputProps {
  locale: Locale;
  /** The field's name; its parts are sent as `<name>.year`, `<name>.month`, `<name>.day` unless `names` says otherwise. */
  name: string;
  names?: Partial<Record<DatePart, string>>;
  legend: string;
  hint?: string | undefined;
  /** One message for the whole date (GOV.UK): say which part is wrong in words. */
  error?: string | undefined;
  /** The parts the error is about (highlighted); all three when omitted. */
  errorParts?: readonly DatePart[];
  defaultValue?: Partial<Record<DatePart, string>> | undefined;
  /** E.g. "bday" for a birth date (becomes bday-year, bday-month, bday-day). */
  autoComplete?: string;
}

/**
 * A date as three numeric inputs in a fieldset (GOV.UK date input), with one hint and one error.
 * The first input has the field's id (`fieldId(name)`), which an error summary links to.
 */
export function DateInput({ locale, name, names, legend, hint, error, errorParts, defaultValue, autoComplete }: DateInputProps) {
  const { t } = i18nFor(locale);
  const id = fieldId(name);
  const ids = describedBy(id, { hint, error });
  const bad = (part: DatePart) => Boolean(error) && (errorParts === undefined || errorParts.includes(part));
  return (
    <div className={formGroup(error)}>
      <fieldset role="group" aria-describedby={ids.describedBy}>
        <legend className={legendText}>{legend}</legend>
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
        <div className="flex flex-wrap gap-4">
          {ORDER[locale].map((part, i) => {
            const partId = i === 0 ? id : `${id}-${part}`;
            return (
              <div key={part}>
                <label htmlFor={partId} className="block text-lg">
                  {t(`form.date.${part}`)}
                </label>
                <input
                  id={partId}
                  name={names?.[part] ?? `${name}.${part}`}
                  type="text"
                  inputMode="numeric"
                  maxLength={MAX_LENGTH[part]}
                  defaultValue={defaultValue?.[part]}
                  autoComplete={autoComplete ? `${autoComplete}-${part}` : undefined}
                  aria-invalid={bad(part) ? 'true' : undefined}
                  spellCheck={false}
                  className={`${inputBox(bad(part))} ${WIDTH[part]} mt-1 text-center`}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
