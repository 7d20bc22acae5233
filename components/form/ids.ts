/**
 * Ids of form controls. A field's first control has the id `fieldId(name)` — the text input,
 * the select, the first radio or checkbox, the first part of a date — so an error summary links
 * every field the same way (`#${fieldId(name)}`), whatever its kind (GOV.UK's convention).
 */
export function fieldId(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/** The ids a field's hint and error message get, and the `aria-describedby` that joins them. */
export function describedBy(id: string, { hint, error, extra }: { hint?: unknown; error?: unknown; extra?: string | undefined }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const ids = [extra, hintId, errorId].filter(Boolean).join(' ');
  return { hintId, errorId, describedBy: ids || undefined };
}
