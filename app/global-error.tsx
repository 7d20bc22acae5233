'use client';
/** The last resort when even the layout fails: plain HTML, both languages, no details. */
import { en } from '@/lib/i18n/messages/en';
import { zhCN } from '@/lib/i18n/messages/zh-CN';

export default function GlobalError() {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: 'sans-serif', fontSize: '20px', padding: '2rem', color: '#111' }}>
        <h1>{zhCN.errors.title}</h1>
        <p>{zhCN.errors.body}</p>
        <p lang="en">
          {en.errors.title}. {en.errors.body}
        </p>
        <a href="/">{zhCN.common.home}</a>
      </body>
    </html>
  );
}
