import type { Metadata, Viewport } from 'next';
import { cookies, headers } from 'next/headers';
import './globals.css';
import { Help } from '@/components/Help';
import { SiteHeader } from '@/components/SiteHeader';
import { clientMessages } from '@/lib/i18n';
import { ClientMessagesProvider } from '@/lib/i18n/client';
import { getI18n } from '@/lib/i18n/server';
import { isSignedIn } from '@/lib/dal';
import { demoAllowed } from '@/lib/env';
import { resolveTextSize, TEXT_SIZE_COOKIE } from '@/lib/text-size';
import { switchLanguage, switchTextSize, signOut } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return {
    title: { default: t('common.appName'), template: `%s · ${t('common.appName')}` },
    description: t('common.tagline'),
    // public/: the portal's icon (favicon.ico for old browsers and bookmarks, the SVG for the rest).
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: '/apple-touch-icon.png',
    },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale, t } = await getI18n();
  const signedIn = await isSignedIn();
  const returnTo = (await headers()).get('x-return-to') ?? '/';
  // 大字版: read here, on the server, so the first paint is already large (no JavaScript).
  const textSize = resolveTextSize((await cookies()).get(TEXT_SIZE_COOKIE)?.value);
  return (
    <html lang={locale} data-text-size={textSize}>
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:block focus:p-4 focus:text-xl">
          {t('common.skipToContent')}
        </a>
        <SiteHeader
          t={t}
          returnTo={returnTo}
          switchTo={locale === 'zh-CN' ? 'en' : 'zh-CN'}
          switchLanguage={switchLanguage}
          textSize={textSize}
          switchTextSize={switchTextSize}
          signedIn={signedIn}
          signOut={signOut}
          demo={demoAllowed()}
        />
        <main id="main" className="mx-auto max-w-3xl px-4 py-8">
          {/* app/error.tsx is a client component: it gets the error words, in the reader's language only. */}
          <ClientMessagesProvider messages={clientMessages(locale, ['errors'])}>{children}</ClientMessagesProvider>
        </main>
        <footer className="mt-12 border-t-4 border-brand bg-white">
          <div className="mx-auto max-w-3xl px-4 py-8">
            <Help locale={locale} id="footer-help" />
          </div>
        </footer>
      </body>
    </html>
  );
}
