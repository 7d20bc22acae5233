/**
 * Looks shared by the form kit (Tailwind theme tokens from app/globals.css). Sizes are in rem
 * (Tailwind's scale), so the 大字版 mode can scale every control by changing the root font size:
 * text ≥ 1rem (18 px at the default root size), targets ≥ 2.75rem (≥ 44 px).
 */
export const formGroup = (error: unknown) => (error ? 'mb-8 border-l-4 border-danger pl-4' : 'mb-8');
export const labelText = 'block text-xl font-bold';
export const legendText = 'mb-1 block text-xl font-bold';
export const hintText = 'text-muted mt-1 block text-lg';
export const inputBox = (error: unknown) =>
  `mt-2 block min-h-12 rounded border-2 bg-white px-3 py-2 text-xl ${error ? 'border-danger border-4' : 'border-ink'}`;
/** Radios and checkboxes: a large native control (2.25rem) and a label that widens the target. */
export const choiceItem = 'flex items-start gap-3 py-1';
export const choiceInput = 'accent-brand mt-1 size-9 shrink-0';
export const choiceLabel = 'flex min-h-11 cursor-pointer items-center text-xl';
