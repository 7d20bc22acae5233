import Link from 'next/link';
import { getI18n } from '@/lib/i18n/server';

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <section>
      <h1 className="mb-4 text-4xl font-bold">{t('errors.notFoundTitle')}</h1>
      <p className="mb-6 text-xl">{t('errors.notFoundBody')}</p>
      <Link href="/" className="text-xl">
        {t('common.home')}
      </Link>
    </section>
  );
}
