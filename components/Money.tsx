import { amountParts, i18nFor, type Locale } from '@/lib/i18n';
import type { Dec } from '@/lib/policy/core/decimal';

/**
 * An amount of money: "￥1,234.50" (zh-CN) / "¥1,234.50" (en), formatted from its decimal text
 * (never through a JavaScript number), with the exact value in `<data value>`.
 */
export function Money({ value, locale, className }: { value: string | Dec; locale: Locale; className?: string }) {
  const { text } = amountParts(locale, value);
  return (
    <data value={text} className={`whitespace-nowrap tabular-nums${className ? ` ${className}` : ''}`}>
      {i18nFor(locale).format.money(value)}
    </data>
  );
}
