/**
 * The catalogue's types. Each namespace (one per route or shared piece: `signIn`, `me`, `form`…)
 * holds its messages in zh-CN first and English second; the English side must have exactly the
 * keys of the Chinese side (`defineMessages` checks it). Messages are ICU MessageFormat strings:
 * `{name}`, `{count, plural, other {# 个月}}`, `{date, date, long}`.
 */
import type { NAMESPACES } from './messages';

/** A namespace's messages: nested objects whose leaves are ICU message strings. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

/** The same tree with any string leaves. */
export type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** One namespace in both languages. */
export interface Namespace<Z extends MessageTree> {
  readonly 'zh-CN': Z;
  readonly en: Shape<Z>;
}

/**
 * Declares a namespace: its Chinese messages (whose literal types give each message's typed
 * arguments) and its English messages, which must have the same keys — no more, no fewer.
 */
export function defineMessages<const Z extends MessageTree>(zh: Z, en: NoInfer<Shape<Z>>): Namespace<Z> {
  return { 'zh-CN': zh, en };
}

export type NamespaceName = keyof typeof NAMESPACES;

/** Every namespace's messages, typed by the Chinese catalogue (both languages share its shape). */
export type Messages = { readonly [N in NamespaceName]: (typeof NAMESPACES)[N]['zh-CN'] };

/** Dotted keys of every message in the catalogue, e.g. "signIn.title". */
export type MessageKey<T = Messages, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : MessageKey<T[K], `${P}${K}.`>;
}[keyof T & string];
