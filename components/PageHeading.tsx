import { i18nFor, type Locale } from '@/lib/i18n';

/**
 * The page's <h1>, with an optional back link above it (GOV.UK back link: a plain link to the
 * previous page of a journey, so it works without JavaScript) and an optional caption.
 */
export function PageHeading({
  title,
  locale,
  id,
  caption,
  back,
}: {
  title: string;
  locale: Locale;
  id?: string;
  caption?: string;
  back?: { href: string; text?: string };
}) {
  const { t } = i18nFor(locale);
  return (
    <>
      {back ? (
        <a href={back.href} className="mb-4 inline-flex min-h-11 items-center gap-2 text-lg text-ink">
          <svg aria-hidden="true" focusable="false" viewBox="0 0 10 16" className="h-[1em] w-[0.6em] fill-current">
            <path d="M8.5 0 10 1.5 3.5 8 10 14.5 8.5 16 0 8z" />
          </svg>
          {back.text ?? t('common.back')}
        </a>
      ) : null}
      {caption ? <p className="text-xl text-muted">{caption}</p> : null}
      <h1 id={id} className="mb-4 text-4xl font-bold">
        {title}
      </h1>
    </>
  );
}
