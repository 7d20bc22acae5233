/**
 * Explanations: the ordered steps by which a result was computed. The code that computes
 * a figure records the step with the very amounts it used, so the explanation and the
 * figure cannot drift apart (STYLE.md: OpenFisca's tracer, no second "explain" path).
 *
 * A request may ask for no explanation (`explain: "none"`): the same code runs, and each step
 * is simply not recorded (`out?.push(step(…))` — nothing of the step is built, not even its
 * amounts' text). The result then carries `NO_EXPLANATION` and the response has no
 * `explanation` field.
 *
 * In a function's result a step holds the parameter values it looked up (`ParamUse` objects,
 * shared, one per dated value). In a response (`explanationSchema`, a codec) each step names them
 * by reference and the explanation lists once which dated value each reference is: their labels,
 * values, units, citations and sources are the parameter catalogue's (`parameterCatalogue()`),
 * the same for every response.
 */
import { z } from 'zod';
import { bilingualSchema, type Bilingual } from './text';
import { parameterUse, type ParamUse } from './params';

export interface Step {
  /** Message key, stable across releases (e.g. "inpatient.tier1.payment"). */
  key: string;
  text: Bilingual;
  /** The amounts this step used or produced, as decimal strings (money with 2 decimals). */
  amounts: Record<string, string>;
  /** RULES.md citation key of the clause applied. */
  citation: string;
  /** Parameters looked up for this step, with the date each value is in force from. */
  params?: readonly ParamUse[];
  /** True when a figure used here is illustrative (no published figure cited). */
  illustrative?: boolean;
}

export type Explanation = Step[];

/** How much explanation a request asks for. */
export const EXPLAIN_LEVELS = ['full', 'none'] as const;
export type ExplainLevel = (typeof EXPLAIN_LEVELS)[number];

/** The request field `explain` of the commands that support it. */
export const explainField = z
  .enum(EXPLAIN_LEVELS)
  .default('full')
  .describe(
    '"full" (the default): the response carries the explanation, every step with its text, amounts and citation. "none": the figures alone, computed without building the explanation (faster and far smaller; for batch callers). The figures are the same.',
  );

/**
 * The explanation of a result computed with `explain: "none"`: no steps. One shared, frozen
 * array, so the encoding can tell it from an explanation that was asked for.
 */
export const NO_EXPLANATION: Explanation = Object.freeze([]) as unknown as Explanation;

/** The list a function records its steps in: an array, or null when no explanation is wanted (`out?.push(step(…))`). */
export function recorder(explain: ExplainLevel | undefined): Step[] | null {
  return explain === 'none' ? null : [];
}

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
export function step<A extends Record<string, string>>(m: Message<A>, amounts: A, params?: readonly ParamUse[], citation?: string): Step {
  const s: Step = {
    key: m.key,
    text: { zh: m.zh(amounts), en: m.en(amounts) },
    amounts,
    citation: citation ?? m.citation,
  };
  if (params !== undefined && params.length > 0) {
    s.params = params;
    for (let i = 0; i < params.length; i += 1) {
      if (params[i]!.illustrative) {
        s.illustrative = true;
        break;
      }
    }
  }
  return s;
}

/** True when any step used an illustrative figure. */
export function usesIllustrative(explanation: Explanation): boolean {
  return explanation.some((s) => s.illustrative === true);
}

// ---- the explanation in a response -------------------------------------------------------

/** One step as a response gives it: parameters named by reference. */
export interface StepJSON {
  key: string;
  text: Bilingual;
  amounts: Record<string, string>;
  citation: string;
  params?: string[];
  illustrative?: boolean;
}

/** The explanation as a response gives it. */
export interface ExplanationJSON {
  steps: StepJSON[];
  /** Reference → the date from which the value used is in force. */
  parameters: Record<string, string>;
}

/**
 * A reference to a parameter value: its key, or — when one explanation uses several dated values
 * of one parameter (a top-up over two years) — `key@since` for each of them.
 */
function referencesOf(steps: readonly Step[]): Map<ParamUse, string> {
  const refs = new Map<ParamUse, string>();
  let byKey: Map<string, ParamUse> | undefined;
  let shared = false;
  for (const s of steps) {
    const params = s.params;
    if (params === undefined) continue;
    for (let i = 0; i < params.length; i += 1) {
      const p = params[i]!;
      if (refs.has(p)) continue;
      refs.set(p, p.key);
      byKey ??= new Map();
      const other = byKey.get(p.key);
      if (other === undefined) byKey.set(p.key, p);
      else if (other.since !== p.since) shared = true;
    }
  }
  if (shared) {
    const counts = new Map<string, number>();
    for (const p of refs.keys()) counts.set(p.key, (counts.get(p.key) ?? 0) + 1);
    for (const p of refs.keys()) if (counts.get(p.key)! > 1) refs.set(p, `${p.key}@${p.since}`);
  }
  return refs;
}

/** Encodes an explanation for a response; `undefined` (no field) for `NO_EXPLANATION`. */
export function encodeExplanation(steps: readonly Step[]): ExplanationJSON | undefined {
  if (steps === NO_EXPLANATION) return undefined;
  const refs = referencesOf(steps);
  const parameters: Record<string, string> = {};
  for (const [p, ref] of refs) parameters[ref] = p.since;
  const out: StepJSON[] = new Array<StepJSON>(steps.length);
  for (let i = 0; i < steps.length; i += 1) {
    const s = steps[i]!;
    const e: StepJSON = { key: s.key, text: s.text, amounts: s.amounts, citation: s.citation };
    if (s.params !== undefined) e.params = s.params.map((p) => refs.get(p)!);
    if (s.illustrative !== undefined) e.illustrative = s.illustrative;
    out[i] = e;
  }
  return { steps: out, parameters };
}

/** The parameter value a response's reference names (from the catalogue); undefined when none is. */
export function resolveParameter(explanation: Pick<ExplanationJSON, 'parameters'>, ref: string): ParamUse | undefined {
  const since = explanation.parameters[ref];
  if (since === undefined) return undefined;
  const at = ref.indexOf('@');
  return parameterUse(at < 0 ? ref : ref.slice(0, at), since);
}

/** Decodes a response's explanation into steps with their parameter values (the catalogue's). */
export function decodeExplanation(json: ExplanationJSON | undefined): Explanation {
  if (json === undefined) return NO_EXPLANATION;
  return json.steps.map((s) => {
    const step: Step = { key: s.key, text: s.text, amounts: s.amounts, citation: s.citation };
    if (s.params !== undefined) {
      step.params = s.params.map((ref) => {
        const p = resolveParameter(json, ref);
        if (p === undefined) throw new Error(`explanation: unknown parameter reference ${ref}`);
        return p;
      });
    }
    if (s.illustrative !== undefined) step.illustrative = s.illustrative;
    return step;
  });
}

/** One step of an explanation, as a response gives it. */
export const stepSchema = z
  .object({
    key: z.string().describe('Message key, stable across releases, e.g. "inpatient.tier1.payment".'),
    text: bilingualSchema.describe('The step in plain words, with the amounts it used.'),
    amounts: z.record(z.string(), z.string()).describe('The amounts and codes the step used or produced, as text (money with two decimals).'),
    citation: z.string().describe('The clause applied, as a RULES.md citation key: document key and clause, e.g. "JM-UR 二(四)1(1)".'),
    params: z
      .array(z.string())
      .optional()
      .describe(
        'The parameters this step looked up, as references into the explanation\'s `parameters` (a parameter key, e.g. "jiangmen.inpatient.tier1.deductible").',
      ),
    illustrative: z.boolean().optional().describe('Present and true when a figure used here is illustrative (no published figure cited).'),
  })
  .describe('One step of the computation.');

/** The explanation as a response gives it (the encoded side of `explanationSchema`). */
export const explanationJsonSchema = z
  .object({
    steps: z.array(stepSchema).describe('The steps in order, each citing its clause.'),
    parameters: z
      .record(z.string(), z.string())
      .describe(
        'Each parameter value the steps used, listed once: reference → the date (YYYY-MM-DD) from which that value is in force. A reference is the parameter\'s key, or "key@date" when the explanation uses more than one dated value of that parameter. Labels, values, units, citations and sources are in the parameter catalogue, by key and date.',
      ),
  })
  .describe('How the result was computed: the steps in order, each citing its clause, and the parameter values they used. Absent with explain "none".');

/**
 * The explanation of a result: in the function's result the steps with their parameter values
 * (`Step[]`), in the response `{ steps, parameters }` — or no field at all for `NO_EXPLANATION`.
 */
export const explanationSchema = z.codec(
  explanationJsonSchema.optional(),
  z.custom<Explanation>((v) => Array.isArray(v)),
  {
    decode: (json) => decodeExplanation(json),
    encode: (steps) => encodeExplanation(steps),
  },
);
