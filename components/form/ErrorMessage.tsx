import { i18nFor, type Locale } from '@/lib/i18n';

/**
 * A field's error (GOV.UK error message): red and bold, read out after a visually hidden
 * 错误：/Error: so a screen-reader user hears that it is an error, not a hint.
 */
export function ErrorMessage({ id, locale, children }: { id: string; locale: Locale; children: React.ReactNode }) {
  return (
    <p id={id} className="mt-1 text-lg font-bold text-danger">
      <span className="sr-only">{i18nFor(locale).t('form.errorPrefix')}</span> {children}
    </p>
  );
}
