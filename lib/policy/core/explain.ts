/**
 * Explanations: the ordered steps by which a result was computed. The code that computes
 * a figure records the step with the very amounts it used, so the explanation and the
 * figure cannot drift apart (STYLE.md: OpenFisca's tracer, no second "explain" path).
 */
import type { Bilingual } from './text';
import type { ParamUse } from './params';

export interface Step {
  /** Message key, stable across releases (e.g. "inpatient.tier1.payment"). */
  key: string;
  text: Bilingual;
  /** The amounts this step used or produced, as decimal strings (money with 2 decimals). */
  amounts: Record<string, string>;
  /** RULES.md citation key of the clause applied. */
  citation: string;
  /** Parameters looked up for this step, with the date each value is in force from. */
  params?: ParamUse[];
  /** True when a figure used here is illustrative (no published figure cited). */
  illustrative?: boolean;
}

export type Explanation = Step[];

export interface Message<A extends Record<string, string>> {
  key: string;
  citation: string;
  zh: (a: A) => string;
  en: (a: A) => string;
}

/** Declares a message: its key, the clause it applies, and its text in zh and en. */
export function message<A extends Record<string, string>>(key: string, citation: string, zh: (a: A) => string, en: (a: A) => string): Message<A> {
  return { key, citation, zh, en };
}

/** Makes a step from a message and the amounts the computation used. */
export function step<A extends Record<string, string>>(m: Message<A>, amounts: A, params?: ParamUse[], citation?: string): Step {
  const s: Step = {
    key: m.key,
    text: { zh: m.zh(amounts), en: m.en(amounts) },
    amounts,
    citation: citation ?? m.citation,
  };
  if (params !== undefined && params.length > 0) {
    s.params = params;
    if (params.some((p) => p.illustrative)) s.illustrative = true;
  }
  return s;
}

/** True when any step used an illustrative figure. */
export function usesIllustrative(explanation: Explanation): boolean {
  return explanation.some((s) => s.illustrative === true);
}
