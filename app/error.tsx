'use client';
/**
 * Shown when a page fails: a plain message in both languages, never a stack trace or the
 * error's text (which could hold data). The catalogues provide the words.
 */
import { en } from '@/lib/i18n/messages/en';
import { zhCN } from '@/lib/i18n/messages/zh-CN';

export default function ErrorPage() {
  return (
    <section>
      <h1 className="mb-4 text-4xl font-bold">{zhCN.errors.title}</h1>
      <p className="mb-2 text-xl">{zhCN.errors.body}</p>
      <p lang="en" className="mb-6 text-xl">
        {en.errors.title}. {en.errors.body}
      </p>
      <a href="/" className="text-xl">
        {zhCN.common.home} · <span lang="en">{en.common.home}</span>
      </a>
    </section>
  );
}
