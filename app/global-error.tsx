'use client';
/**
 * The last resort when even the layout fails: plain HTML, no details. The locale is unknown
 * here (the layout read it), so both languages are shown — from the `errors` namespace only.
 */
import { errors } from '@/lib/i18n/messages/errors';

export default function GlobalError() {
  const zh = errors['zh-CN'];
  const en = errors.en;
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: 'sans-serif', fontSize: '1.25rem', padding: '2rem', color: '#111' }}>
        <h1>{zh.title}</h1>
        <p>{zh.body}</p>
        <p lang="en">
          {en.title}. {en.body}
        </p>
        <a href="/">{zh.home}</a> ·{' '}
        <a href="/" lang="en">
          {en.home}
        </a>
      </body>
    </html>
  );
}
