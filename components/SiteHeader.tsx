import Link from 'next/link';
import type { Translate } from '@/lib/i18n';
import { NAV_ITEMS } from '@/lib/navigation';
import type { TextSize } from '@/lib/text-size';
import { Button } from './Button';
import { MenuLinks, ReturnToInput } from './ShellClient';

/**
 * The top of every page, kept compact (content starts in the first half of a phone's screen):
 * the portal's name; the 大字版 switch and the language switch (plain forms: they work without
 * JavaScript; the 大字版 switch is the more prominent of the two); when signed in, the menu —
 * folded into a <details> on a phone (no JavaScript needed), a row on a wider screen — with the
 * current page marked (`aria-current="page"`, drawn filled) and the sign-out button. The menu
 * lists only pages that exist (lib/navigation.ts).
 */
export function SiteHeader({
  t,
  returnTo,
  switchTo,
  switchLanguage,
  textSize,
  switchTextSize,
  signedIn,
  signOut,
  demo,
}: {
  t: Translate;
  returnTo: string;
  switchTo: string;
  switchLanguage: (formData: FormData) => Promise<void>;
  textSize: TextSize;
  switchTextSize: (formData: FormData) => Promise<void>;
  signedIn: boolean;
  signOut: () => Promise<void>;
  demo: boolean;
}) {
  const large = textSize === 'large';
  const items = NAV_ITEMS.map((item) => ({ href: item.href, text: t(`nav.${item.label}`) }));
  return (
    <header className="border-b-4 border-brand bg-white">
      {demo ? (
        <p className="bg-note-bg px-4 py-1 text-center text-base font-bold" data-testid="demo-banner">
          {t('common.demoBanner')}
        </p>
      ) : null}
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
        <div className="mr-auto">
          <Link href="/" className="inline-flex min-h-11 items-center text-2xl font-bold text-ink no-underline sm:text-3xl">
            {t('common.appName')}
          </Link>
          <p className="hidden text-base text-muted sm:block">{t('common.tagline')}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <form action={switchTextSize} aria-label={t('shell.settings')}>
            <input type="hidden" name="size" value={large ? 'normal' : 'large'} />
            <ReturnToInput initial={returnTo} />
            <button
              type="submit"
              aria-pressed={large}
              data-testid="text-size-switch"
              className="inline-flex min-h-12 min-w-12 items-center gap-2 rounded border-2 border-brand bg-white px-3 text-xl font-bold text-brand hover:bg-note-bg"
            >
              <span aria-hidden="true" className="inline-flex size-[1.1em] items-center justify-center border-2 border-current leading-none">
                {large ? '✓' : ''}
              </span>
              {t('shell.largeText')}
            </button>
          </form>
          <form action={switchLanguage} aria-label={t('language.label')}>
            <input type="hidden" name="locale" value={switchTo} />
            <ReturnToInput initial={returnTo} />
            <button type="submit" className="inline-flex min-h-11 min-w-11 items-center justify-center px-2 text-base text-brand underline underline-offset-4">
              <span lang={switchTo} title={t('language.switchToHint')}>
                {t('language.switchTo')}
              </span>
            </button>
          </form>
        </div>
      </div>
      {signedIn ? (
        <nav aria-label={t('nav.label')} className="site-menu bg-brand text-white">
          <div className="mx-auto flex max-w-3xl items-start justify-between gap-2 px-4 py-1">
            <details className="grow md:hidden">
              <summary className="flex min-h-11 cursor-pointer items-center gap-2 text-xl font-bold">
                <svg aria-hidden="true" focusable="false" viewBox="0 0 16 14" className="size-[1em] fill-current">
                  <rect width="16" height="2.5" />
                  <rect y="5.75" width="16" height="2.5" />
                  <rect y="11.5" width="16" height="2.5" />
                </svg>
                {t('shell.menu')}
              </summary>
              <MenuLinks items={items} className="flex flex-col gap-1 pb-2" />
            </details>
            <MenuLinks items={items} className="hidden flex-wrap gap-x-2 gap-y-1 md:flex" />
            <form action={signOut} className="shrink-0">
              <Button variant="plain">{t('nav.signOut')}</Button>
            </form>
          </div>
        </nav>
      ) : null}
    </header>
  );
}
