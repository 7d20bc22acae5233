import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import './globals.css';
import { SiteHeader } from '@/components/SiteHeader';
import { clientMessages } from '@/lib/i18n';
import { ClientMessagesProvider } from '@/lib/i18n/client';
import { getI18n } from '@/lib/i18n/server';
import { isSignedIn } from '@/lib/dal';
import { demoAllowed } from '@/lib/env';
import { switchLanguage, signOut } from './actions';

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
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:block focus:p-4 focus:text-xl">
          {t('common.skipToContent')}
        </a>
        <SiteHeader
          t={t}
          returnTo={returnTo}
          switchTo={locale === 'zh-CN' ? 'en' : 'zh-CN'}
          switchLanguage={switchLanguage}
          signedIn={signedIn}
          signOut={signOut}
          demo={demoAllowed()}
        />
        <main id="main" className="mx-auto max-w-3xl px-4 py-8">
          {/* app/error.tsx is a client component: it gets the error words, in the reader's language only. */}
          <ClientMessagesProvider messages={clientMessages(locale, ['errors'])}>{children}</ClientMessagesProvider>
        </main>
      </body>
    </html>
  );
}
