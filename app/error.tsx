'use client';
/**
 * Shown when a page fails: a plain message in the reader's language, never a stack trace or the
 * error's text (which could hold data). The words are the `errors` namespace, which the root
 * layout hands down in the reader's language only: the browser gets those few strings, not the
 * catalogue.
 */
import { useClientMessages } from '@/lib/i18n/client';

export default function ErrorPage() {
  const m = useClientMessages('errors');
  return (
    <section>
      <h1 className="mb-4 text-4xl font-bold">{m.title}</h1>
      <p className="mb-6 text-xl">{m.body}</p>
      <a href="/" className="inline-flex min-h-11 items-center text-xl">
        {m.home}
      </a>
    </section>
  );
}
