/**
 * The dashboard's cards: one small component per section of the portal, each with its headline
 * figure and a link. A new section adds one component to `DASHBOARD_CARDS` (one line).
 */
import Link from 'next/link';
import { Money } from '@/components/Money';
import type { MyEnrolment } from '@/lib/dal';
import { myClinicStatus } from '@/lib/dal/clinic';
import { i18nFor, type Locale } from '@/lib/i18n';

export interface CardProps {
  data: MyEnrolment;
  locale: Locale;
}

function Card({ title, href, linkText, testId, children }: { title: string; href: string; linkText: string; testId: string; children: React.ReactNode }) {
  return (
    <li className="flex flex-col border-2 border-gray-300 bg-white p-4" data-testid={testId}>
      <h3 className="mb-2 text-2xl font-bold">{title}</h3>
      <div className="mb-4 grow text-xl">{children}</div>
      <Link href={href} className="inline-flex min-h-11 items-center text-xl font-bold">
        {linkText}
      </Link>
    </li>
  );
}

export function YearsCard({ data, locale }: CardProps) {
  const { t } = i18nFor(locale);
  const y = data.figures.years;
  return (
    <Card title={t('me.cards.years.title')} href="/me/years" linkText={t('me.cards.years.link')} testId="card-years">
      <p data-testid="card-years-accumulated">{t('me.cards.years.headline', { years: y.accumulated.years, months: y.accumulated.months })}</p>
      {y.minimum ? <p data-testid="card-years-minimum">{t('me.cards.years.minimum', { years: y.minimum.years })}</p> : null}
      {y.localMonths === 0 && y.accumulatedMonths === 0 ? <p>{t('me.cards.years.notCounted')}</p> : null}
    </Card>
  );
}

export function ContributionsCard({ data, locale }: CardProps) {
  const { t } = i18nFor(locale);
  const year = data.figures.today.slice(0, 4);
  return (
    <Card title={t('me.cards.contributions.title')} href="/me/contributions" linkText={t('me.cards.contributions.link')} testId="card-contributions">
      {data.thisYear.records > 0 ? (
        <p data-testid="card-contributions-total">
          {t('me.cards.contributions.headline', { year })} <Money value={data.thisYear.total} locale={locale} />
        </p>
      ) : (
        <p>{t('me.cards.contributions.none', { year })}</p>
      )}
    </Card>
  );
}

export function TopUpCard({ data, locale }: CardProps) {
  const { t } = i18nFor(locale);
  const y = data.figures.years;
  const short = y.atRetirement?.shortfallMonths ?? 0;
  return (
    <Card title={t('me.cards.topup.title')} href="/me/topup" linkText={t('me.cards.topup.link')} testId="card-topup">
      <p data-testid="card-topup-headline">
        {y.topUpEligibility === 'cross_region'
          ? t('me.cards.topup.crossRegion')
          : y.topUpEligibility === 'never_employee'
            ? t('me.cards.topup.notOffered')
            : short > 0
              ? t('me.cards.topup.short', { months: short })
              : t('me.cards.topup.met')}
      </p>
    </Card>
  );
}

/** 门诊选点: during the October–December window a reminder with the days left; before it, when it opens (with its .ics). */
export async function ClinicCard({ locale }: CardProps) {
  const { t, format } = i18nFor(locale);
  const status = await myClinicStatus();
  if (!status) return null;
  const w = status.window;
  const nextMade = status.kinds.some((k) => k.nextYear !== null && k.nextYear.madeBy !== 'system');
  return (
    <Card title={t('clinic.cardTitle')} href="/me/clinic" linkText={t('clinic.cardLink')} testId="card-clinic">
      {w.open ? (
        <p data-testid="card-clinic-window" className="font-bold">
          {nextMade
            ? t('clinic.cardNextMade', { year: String(w.forYear) })
            : t('clinic.cardWindow', { year: String(w.forYear), closes: format.date(w.closesOn), days: w.daysLeft ?? 0 })}
        </p>
      ) : (
        <>
          <p data-testid="card-clinic-opens">
            {t('clinic.windowClosed', { year: String(w.forYear), opens: format.date(w.opensOn), closes: format.date(w.closesOn), days: w.daysUntilOpen ?? 0 })}
          </p>
          <a href="/me/clinic/window.ics" className="mt-2 inline-flex min-h-11 items-center">
            {t('clinic.windowIcs')}
          </a>
        </>
      )}
    </Card>
  );
}

/** The cards in order. */
export const DASHBOARD_CARDS: readonly ((props: CardProps) => React.ReactNode)[] = [YearsCard, ContributionsCard, TopUpCard, ClinicCard];
