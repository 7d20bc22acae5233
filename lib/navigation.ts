/**
 * The menu of the signed-in pages, in the order residents meet them. Each page adds its entry
 * here (its words are in the `nav` message namespace); the header renders the list and marks
 * the current page with `aria-current="page"`. Only pages that exist are listed.
 */
export interface NavItem {
  href: `/${string}`;
  /** Key in the `nav` namespace. */
  label:
    'me' | 'contributions' | 'years' | 'topup' | 'outpatient' | 'clinic' | 'estimate' | 'specialDiseases' | 'account' | 'outOfTown' | 'sessions' | 'passkeys';
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/me', label: 'me' },
  { href: '/me/contributions', label: 'contributions' },
  { href: '/me/years', label: 'years' },
  { href: '/me/topup', label: 'topup' },
  { href: '/me/outpatient', label: 'outpatient' },
  { href: '/me/clinic', label: 'clinic' },
  { href: '/me/estimate', label: 'estimate' },
  { href: '/me/special-diseases', label: 'specialDiseases' },
  { href: '/me/account', label: 'account' },
  { href: '/me/out-of-town', label: 'outOfTown' },
  { href: '/me/sessions', label: 'sessions' },
  { href: '/me/passkeys', label: 'passkeys' },
];

/** The menu entry a path belongs to (a page's sub-pages count as the page). */
export function currentNavItem(pathname: string): NavItem | undefined {
  // The longest matching entry: /me/sessions is its own entry, not a sub-page of /me.
  return [...NAV_ITEMS].sort((a, b) => b.href.length - a.href.length).find((item) => pathname === item.href || pathname.startsWith(`${item.href}/`));
}
