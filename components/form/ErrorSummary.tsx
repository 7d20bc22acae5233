import { i18nFor, type Locale } from '@/lib/i18n';
import { FocusOnLoad } from './FocusOnLoad';
import { fieldId } from './ids';

export interface ErrorSummaryItem {
  /** The same words as the field's own error message. */
  text: string;
  /** The control to fix (`#${fieldId(name)}`); leave out for a problem no field can fix. */
  href?: string | undefined;
}

/** Summary items for a form's errors by field name (in the form's order), each linking to its field. */
export function errorSummaryItems(errors: Readonly<Record<string, string | readonly string[] | undefined>>): ErrorSummaryItem[] {
  return Object.entries(errors).flatMap(([name, message]) => {
    const text: string | undefined = typeof message === 'string' || message === undefined ? message : message[0];
    return typeof text === 'string' && text ? [{ text, href: `#${fieldId(name)}` }] : [];
  });
}

/**
 * What went wrong, at the top of the form (GOV.UK error summary): a title and a list of links
 * to each field to fix. It takes focus when the page loads, so a screen reader reads it first
 * and a keyboard user starts from it. Renders nothing without items.
 */
export function ErrorSummary({
  locale,
  items,
  title,
  description,
  id,
}: {
  locale: Locale;
  items: readonly ErrorSummaryItem[];
  title?: string;
  description?: string;
  id?: string;
}) {
  if (items.length === 0) return null;
  const { t } = i18nFor(locale);
  return (
    <FocusOnLoad id={id} signature={items.map((i) => `${i.href ?? ''} ${i.text}`).join('\n')} className="mb-8 border-4 border-danger bg-white p-4 sm:p-6">
      {/* role="alert" on an inner element, as GOV.UK does, so moving focus does not cut the announcement short. */}
      <div role="alert">
        <h2 className="text-2xl font-bold">{title ?? t('form.errorSummaryTitle')}</h2>
        {description ? <p className="mt-2 text-lg">{description}</p> : null}
        <ul className="mt-4 space-y-2">
          {items.map((item) => (
            <li key={`${item.href ?? ''}${item.text}`} className="text-lg font-bold text-danger">
              {item.href ? (
                <a href={item.href} className="inline-flex min-h-11 items-center text-danger">
                  {item.text}
                </a>
              ) : (
                item.text
              )}
            </li>
          ))}
        </ul>
      </div>
    </FocusOnLoad>
  );
}
