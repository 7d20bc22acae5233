import { i18nFor, type Locale } from '@/lib/i18n';

export type HelpTopic = 'firstTime' | 'forgot' | 'hotline' | 'counter';

const ALL: readonly HelpTopic[] = ['firstTime', 'forgot', 'hotline', 'counter'];

/**
 * Where to get help, in plain words: first time and forgotten password (what to do and where),
 * the 12393 medical-insurance hotline (a `tel:` link a phone can call), the counter's address and
 * opening hours (demo data, marked as such). In every page's footer with every topic, and beside
 * the sign-in form, the lock-out message and the "not enrolled" message with the topics that fit.
 * A server component: no JavaScript.
 */
export function Help({
  locale,
  id,
  topics = ALL,
  headingLevel = 2,
  className = '',
}: {
  locale: Locale;
  /** Unique on the page: the section is labelled by its heading `${id}-title`. */
  id: string;
  topics?: readonly HelpTopic[];
  headingLevel?: 2 | 3;
  className?: string;
}) {
  const { t } = i18nFor(locale);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const S = headingLevel === 2 ? 'h3' : 'h4';
  const has = (topic: HelpTopic) => topics.includes(topic);
  return (
    <section id={id} aria-labelledby={`${id}-title`} data-testid="help" className={`text-lg ${className}`}>
      <H id={`${id}-title`} className="mb-3 text-2xl font-bold">
        {t('help.title')}
      </H>
      <div className="grid gap-4 sm:grid-cols-2">
        {has('firstTime') ? (
          <div>
            <S className="text-xl font-bold">{t('help.firstTimeTitle')}</S>
            <p>{t('help.firstTime')}</p>
          </div>
        ) : null}
        {has('forgot') ? (
          <div>
            <S className="text-xl font-bold">{t('help.forgotTitle')}</S>
            <p>{t('help.forgot')}</p>
          </div>
        ) : null}
        {has('hotline') ? (
          <div>
            <S className="text-xl font-bold">{t('help.hotlineTitle')}</S>
            <p>
              <a href={`tel:${t('help.hotlineNumber')}`} className="inline-flex min-h-11 min-w-11 items-center text-2xl font-bold">
                {t('help.hotlineCall')}
              </a>
            </p>
            <p>{t('help.hotline')}</p>
          </div>
        ) : null}
        {has('counter') ? (
          <div>
            <S className="text-xl font-bold">{t('help.counterTitle')}</S>
            <p>{t('help.counterAddress')}</p>
            <p>{t('help.counterHours')}</p>
            <p>{t('help.counterBring')}</p>
            <p className="mt-1 font-bold" data-testid="help-demo-note">
              {t('help.demoNote')}
            </p>
          </div>
        ) : null}
      </div>
    </section>
  );
}
