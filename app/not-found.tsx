import Link from 'next/link';
import { PageHeading } from '@/components/PageHeading';
import { getI18n } from '@/lib/i18n/server';

export default async function NotFound() {
  const { locale, t } = await getI18n();
  return (
    <section>
      <PageHeading title={t('errors.notFoundTitle')} locale={locale} />
      <p className="mb-6 text-xl">{t('errors.notFoundBody')}</p>
      <Link href="/" className="inline-flex min-h-11 min-w-11 items-center text-xl">
        {t('errors.home')}
      </Link>
    </section>
  );
}
