'use client';
/**
 * The one piece of the form kit that runs in the browser, and only as an enhancement: the
 * server-rendered markup carries `autofocus` and `tabindex="-1"`, so a full page load (the
 * form posted without JavaScript) already puts focus on the error summary. When React mounts it
 * in the browser instead (a form re-rendered by a server action), this moves focus there, unless
 * the resident is already typing in a field.
 */
import { useEffect, useRef } from 'react';

export function FocusOnLoad({
  id,
  className,
  signature,
  children,
}: {
  id?: string | undefined;
  className?: string;
  /** Changes when the errors change: focus moves again. */
  signature: string;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    const active = document.activeElement;
    if (!element || active === element) return;
    if (active instanceof HTMLElement && active.matches('input, select, textarea')) return;
    element.focus();
  }, [signature]);
  return (
    <div
      ref={ref}
      id={id}
      className={className}
      tabIndex={-1}
      // eslint-disable-next-line jsx-a11y/no-autofocus -- GOV.UK's error summary takes focus on purpose: it is what the resident must read first.
      autoFocus
      data-error-summary=""
    >
      {children}
    </div>
  );
}
