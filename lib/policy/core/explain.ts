/**
 * Explanations: the ordered steps by which a result was computed. The code that computes
 * a figure records the step with the very amounts it used, so the explanation and the
 * figure cannot drift apart (STYLE.md: OpenFisca's tracer, no second "explain" path).
 */
import { z } from 'zod';
import { bilingualSchema, type Bilingual } from './text';
import { UNITS, type ParamUse } from './params';
import { verbatim } from './codec';

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

const messages: Message<never>[] = [];

/** Every message declared so far (import the library's commands first to load them all). */
export function allMessages(): readonly Message<never>[] {
  return messages;
}

/** Declares a message: its key, the clause it applies, and its text in zh and en. */
export function message<A extends Record<string, string>>(key: string, citation: string, zh: (a: A) => string, en: (a: A) => string): Message<A> {
  const m = { key, citation, zh, en };
  messages.push(m);
  return m;
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

/** A parameter looked up for a step, as a response gives it. */
export const paramUseSchema = z
  .object({
    key: z.string().describe('Stable key of the parameter, e.g. "jiangmen.inpatient.tier1.deductible".'),
    label: bilingualSchema.describe('What the parameter is.'),
    citation: z.string().describe('The clause that sets it, as a RULES.md citation key, e.g. "JM-UR 二(四)1(1)".'),
    since: z.string().describe('The date from which this value is in force (YYYY-MM-DD).'),
    value: z.unknown().describe('The value in force: decimal text, a table of decimal texts by code, or a structured rule.'),
    unit: z.enum(UNITS).describe('The unit of the value.'),
    illustrative: z.boolean().describe('True when the value is not a cited, published figure.'),
    source: z.string().describe('Where the figure comes from (document and clause, or published statistic).'),
  })
  .describe('A dated parameter used by the step.');

/** One step of an explanation, as a response gives it. */
export const stepSchema: z.ZodType<Step, Step> = z
  .object({
    key: z.string().describe('Message key, stable across releases, e.g. "inpatient.tier1.payment".'),
    text: bilingualSchema.describe('The step in plain words, with the amounts it used.'),
    amounts: z.record(z.string(), z.string()).describe('The amounts and codes the step used or produced, as text (money with two decimals).'),
    citation: z.string().describe('The clause applied, as a RULES.md citation key: document key and clause, e.g. "JM-UR 二(四)1(1)".'),
    params: z.array(paramUseSchema).optional().describe('The parameters looked up for this step, each with the date its value is in force from.'),
    illustrative: z.boolean().optional().describe('Present and true when a figure used here is illustrative (no published figure cited).'),
  })
  .describe('One step of the computation.');

/** The explanation of a result: its steps in order, encoded as built. */
export const explanationSchema = verbatim(z.array(stepSchema).describe('How the result was computed: the steps in order, each citing its clause.'));

/** True when any step used an illustrative figure. */
export function usesIllustrative(explanation: Explanation): boolean {
  return explanation.some((s) => s.illustrative === true);
}
