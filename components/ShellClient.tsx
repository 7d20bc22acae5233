'use client';
/**
 * The two pieces of the shell that follow the address after a client-side navigation (the root
 * layout is not rendered again then): the menu's current item, and the page the language and
 * 大字版 switches return to. Both are rendered on the server first, so they work without
 * JavaScript.
 */
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/**
 * The menu's links; the current page's link (the longest entry the path is or is under, as
 * `currentNavItem` in lib/navigation.ts, which this client module does not import: its keys
 * would ship to the browser) has `aria-current="page"` and is drawn filled in white.
 */
export function MenuLinks({ items, className }: { items: readonly { href: string; text: string }[]; className: string }) {
  const pathname = usePathname();
  const current = [...items].sort((a, b) => b.href.length - a.href.length).find((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))?.href;
  return (
    <ul className={className}>
      {items.map((item) => {
        const here = item.href === current;
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={here ? 'page' : undefined}
              className={`inline-flex min-h-11 min-w-11 items-center rounded px-2 text-xl font-bold ${
                here ? 'border-l-8 border-note-bg bg-white text-brand no-underline' : 'text-white'
              }`}
            >
              {item.text}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** The hidden `returnTo` field of the shell's switches: the page the reader is on now. */
export function ReturnToInput({ initial }: { initial: string }) {
  const pathname = usePathname();
  const value = initial.split('?')[0] === pathname ? initial : pathname;
  return <input type="hidden" name="returnTo" value={value} />;
}
