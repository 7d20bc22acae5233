import type { zhCN } from './messages/zh-CN';

/** The catalogue's shape with string leaves: en.ts must provide every key of zh-CN.ts. */
type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof zhCN>;

/** Dotted keys of every string in the catalogue, e.g. "signIn.title". */
export type MessageKey<T = Messages, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : MessageKey<T[K], `${P}${K}.`>;
}[keyof T & string];
