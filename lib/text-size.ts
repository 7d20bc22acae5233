/**
 * 大字版 (large-text mode): a cookie the shell reads on the server (app/layout.tsx). Large mode
 * scales the root font size (app/globals.css), so every rem-based size — Tailwind's text,
 * spacing and min-h/min-w classes — grows with it: body text 18 px → 24 px, a 2.75rem target
 * 49.5 px → 66 px. Pages need nothing of their own to follow it.
 */
export const TEXT_SIZE_COOKIE = 'text-size';
export const TEXT_SIZES = ['normal', 'large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** The cookie's value as a text size (anything unknown: normal). */
export function resolveTextSize(value: string | undefined): TextSize {
  return value === 'large' ? 'large' : 'normal';
}
