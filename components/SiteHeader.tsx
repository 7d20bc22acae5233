import Link from 'next/link';
import type { Translate } from '@/lib/i18n';
import { NAV_ITEMS } from '@/lib/navigation';
import { Button } from './Button';

/**
 * The top of every page: the portal's name, the language switch (a plain form: works
 * without JavaScript) and, when signed in, the menu and the sign-out button. The menu lists
 * only pages that exist.
 */
export function SiteHeader({
  t,
  returnTo,
  switchTo,
  switchLanguage,
  signedIn,
  signOut,
  demo,
}: {
  t: Translate;
  returnTo: string;
  switchTo: string;
  switchLanguage: (formData: FormData) => Promise<void>;
  signedIn: boolean;
  signOut: () => Promise<void>;
  demo: boolean;
}) {
  return (
    <header className="border-b-8 border-brand bg-white">
      {demo ? (
        <p className="bg-note-bg px-4 py-2 text-center text-base font-bold" data-testid="demo-banner">
          {t('common.demoBanner')}
        </p>
      ) : null}
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <div>
          <Link href="/" className="text-3xl font-bold text-ink no-underline">
            {t('common.appName')}
          </Link>
          <p className="text-base text-muted">{t('common.tagline')}</p>
        </div>
        <form action={switchLanguage} aria-label={t('language.label')}>
          <input type="hidden" name="locale" value={switchTo} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <Button variant="plain">
            <span lang={switchTo} title={t('language.switchToHint')}>
              {t('language.switchTo')}
            </span>
          </Button>
        </form>
      </div>
      {signedIn ? (
        <nav aria-label={t('nav.label')} className="bg-brand">
          <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-2">
            <ul className="flex flex-wrap gap-4">
              {NAV_ITEMS.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="text-xl font-bold text-white">
                    {t(`nav.${item.label}`)}
                  </Link>
                </li>
              ))}
            </ul>
            <form action={signOut}>
              <Button variant="plain">{t('nav.signOut')}</Button>
            </form>
          </div>
        </nav>
      ) : null}
    </header>
  );
}
