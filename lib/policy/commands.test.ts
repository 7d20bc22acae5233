/**
 * Every command end to end (schema → function → encoded response), its JSON Schemas (the future
 * OpenAPI document), its encoder against zod's own `z.encode`, and the citations of every message
 * and parameter (each names a document the explanation component can show).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allMessages, allParameters, decodeExplanation, parseInput, resolveParameter, runCommand, type ExplanationJSON, type Step } from './core';
import { DOCUMENTS, parseCitation } from './core/documents';
import { COMMANDS, commands } from './commands';

const records = [
  { month: '2024-01', months: 12, tier: 'tier1', identity: 'resident', status: 'paid', paidOn: '2023-12-20' },
  ...['2025-01', '2025-02', '2025-03'].flatMap((month) => [
    { month, months: 1, tier: 'tier1', identity: 'employee', status: 'paid' },
    { month, months: 1, tier: 'tier2', identity: 'employee', status: 'paid' },
  ]),
];
const resident = { identity: 'resident', category: 'resident', assistance: 'none', continuousMonths: 36 };

/** One valid request per command. */
const requests: Record<string, unknown> = {
  inpatient: { region: 'jiangmen', date: '2025-06-10', person: resident, stay: { level: 'level2', inScope: '20000', outOfScope: '2000' } },
  outpatient: { region: 'shaoyang', date: '2025-04-15', visit: { clinic: 'primary', inScope: '100' } },
  'outpatient-quota': { region: 'jiangmen', date: '2025-04-15', person: { tier2: true }, used: [{ month: '2025-02', tier1: '100' }] },
  'special-disease': {
    region: 'jiangmen',
    date: '2025-06-10',
    person: { identity: 'employee', category: 'employee', assistance: 'none' },
    month: { diseases: ['diabetes'], level: 'level2', inScope: '400' },
  },
  contribution: { month: '2026-11', category: 'employee', wage: '9000' },
  'resident-contribution': { year: 2027, category: 'resident', assistance: 'low_income', lowIncomeQualifies: true },
  'benefit-start': { kind: 'newborn', birthDate: '2026-10-15', enrolledOn: '2027-01-20' },
  continuity: { asOf: '2025-03-31', records },
  years: { asOf: '2025-03-31', records, retirement: { birthDate: '1970-05-10', group: 'male' } },
  retirement: { birthDate: '1970-05-10', group: 'female_55', plannedDate: '2026-01-01' },
  topup: { date: '2026-11-20', shortfallMonths: 14 },
  'personal-account': { month: '2026-11', birthDate: '1990-05-01', status: 'in_service', firstEmployeeInsuranceMonth: '2019-03', base: '9000' },
};

function checkSteps(explanation: ExplanationJSON) {
  const { steps, parameters } = explanation;
  expect(steps.length).toBeGreaterThan(0);
  const used = new Set<string>();
  for (const s of steps) {
    expect(s.key).toMatch(/^[a-z_.0-9]+$/);
    expect(s.text.zh.length).toBeGreaterThan(0);
    expect(s.text.en.length).toBeGreaterThan(0);
    expect(parseCitation(s.citation).document, s.citation).not.toBeNull();
    for (const v of Object.values(s.amounts)) expect(typeof v).toBe('string');
    // each parameter is named by reference and listed once; the catalogue has its dated value
    for (const ref of s.params ?? []) {
      used.add(ref);
      const p = resolveParameter(explanation, ref);
      expect(p, ref).toBeDefined();
      expect(ref.startsWith(p!.key)).toBe(true);
      expect(p!.since).toBe(parameters[ref]);
    }
    // a step that used an illustrative value says so (a step may be illustrative for other reasons too)
    if ((s.params ?? []).some((ref) => resolveParameter(explanation, ref)!.illustrative)) expect(s.illustrative, s.key).toBe(true);
  }
  expect(Object.keys(parameters).sort()).toEqual([...used].sort());
}

describe('commands', () => {
  it('registers one command per function, each name once', () => {
    expect([...commands.keys()].sort()).toEqual(Object.keys(requests).sort());
    expect(COMMANDS.map((c) => c.name)).toEqual([...commands.keys()]);
  });
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s runs and returns plain JSON with its explanation', (name, command) => {
    const r = runCommand(command, requests[name]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Everything is plain JSON already: amounts are strings, parameters are named by reference.
    expect(JSON.parse(JSON.stringify(r.output))).toEqual(r.output);
    const json = r.output as { explanation: ExplanationJSON; illustrative?: boolean };
    checkSteps(json.explanation);
    // the enrolment commands say whether an illustrative figure was used; the care commands mark it on the steps
    const enrolment = !['inpatient', 'outpatient', 'outpatient-quota', 'special-disease'].includes(name);
    if (enrolment) expect(typeof json.illustrative).toBe('boolean');
    if (json.illustrative !== undefined) expect(json.illustrative).toBe(json.explanation.steps.some((s) => s.illustrative === true));
  });
  it('the care commands take explain "full" | "none" (read from their request schemas), the others do not', () => {
    expect(COMMANDS.filter((c) => c.explainable).map((c) => c.name)).toEqual(['inpatient', 'outpatient', 'outpatient-quota', 'special-disease']);
    for (const c of COMMANDS.filter((c) => !c.explainable)) {
      const r = runCommand(c, { ...(requests[c.name] as object), explain: 'none' });
      expect(r.ok, c.name).toBe(false); // an unknown field
    }
  });
  it('refuses unknown fields and bad amounts with field paths', () => {
    const r = runCommand(commands.get('contribution')!, { month: '2026-11', category: 'employee', wage: '9000.001', extra: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.error.issues.map((i) => i.path).sort()).toEqual(['extra', 'wage']);
  });
  it('turns an unsupported date into an error result', () => {
    const r = runCommand(commands.get('resident-contribution')!, { year: 2016, category: 'resident', assistance: 'none' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.error.code).toBe('unsupported_date');
  });
});

type JsonSchema = {
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  $ref?: string;
  additionalProperties?: unknown;
};

/** Dotted paths of the object properties in a JSON Schema that carry no description. */
function undescribed(schema: JsonSchema, path = ''): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(schema.properties ?? {})) {
    const here = path ? `${path}.${k}` : k;
    if (v.description === undefined && v.$ref === undefined) out.push(here);
    out.push(...undescribed(v, here));
  }
  if (schema.items) out.push(...undescribed(schema.items, `${path}[]`));
  for (const o of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) out.push(...undescribed(o, path));
  return out;
}

describe('JSON Schemas for the OpenAPI document', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))(
    '%s: the request, as sent (io "input") and as validated (io "output"), every field described',
    (_name, command) => {
      for (const io of ['input', 'output'] as const) {
        const schema = z.toJSONSchema(command.request, { io }) as JsonSchema;
        expect(schema.description?.length, io).toBeGreaterThan(0);
        expect(undescribed(schema), io).toEqual([]);
      }
    },
  );
  it.each(COMMANDS.map((c) => [c.name, c] as const))("%s: the response as encoded (the codecs' input side), every field described", (name, command) => {
    // A codec's input side is its encoded form: the JSON a caller receives.
    const schema = z.toJSONSchema(command.response, { io: 'input' }) as JsonSchema;
    expect(schema.description?.length).toBeGreaterThan(0);
    expect(undescribed(schema)).toEqual([]);
    // the schema accepts the response the command gives
    const r = runCommand(command, requests[name]);
    expect(r.ok).toBe(true);
    if (r.ok) expect(() => z.decode(command.response, JSON.parse(JSON.stringify(r.output)))).not.toThrow();
  });
  it('money is a 2-decimal string in a response', () => {
    const schema = z.toJSONSchema(commands.get('inpatient')!.response, { io: 'input' }) as JsonSchema & {
      properties: Record<string, { type?: string; pattern?: string }>;
    };
    expect(schema.properties.tier1).toMatchObject({ type: 'string', pattern: '^-?\\d+\\.\\d{2}$' });
  });
});

type FixtureLine = { type: string; command: string; input: string; output: string | null };
const fixture = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'testdata/cli-responses.ndjson'), 'utf8')
  .trimEnd()
  .split('\n')
  .map((l) => JSON.parse(l) as FixtureLine)
  .filter((l) => l.type === 'line' && l.output !== null && !l.output.startsWith('{"error":'));

describe('encoding', () => {
  it('covers the recorded requests of every command', () => {
    expect(new Set(fixture.map((l) => l.command))).toEqual(new Set(commands.keys()));
  });
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s: the compiled encoder gives what z.encode gives, on every recorded request', (name, command) => {
    for (const line of fixture.filter((l) => l.command === name)) {
      const result = command.run(parseInput(command.request, JSON.parse(line.input)));
      // zod validates the result against the schema's decoded side, then encodes every field
      const byZod = JSON.stringify(z.encode(command.response, result));
      expect(JSON.stringify(command.encode(result))).toBe(byZod);
      expect(byZod).toBe(line.output);
    }
  });
  it.each(COMMANDS.map((c) => [c.name, c] as const))(
    '%s: a response explanation decodes to the very steps the function built (parameters from the catalogue)',
    (name, command) => {
      for (const line of fixture.filter((l) => l.command === name)) {
        const result = command.run(parseInput(command.request, JSON.parse(line.input))) as { explanation: Step[] };
        const encoded = command.encode(result) as { explanation?: ExplanationJSON };
        // a request with explain "none" has no explanation in its response, and none decoded
        const decoded = decodeExplanation(encoded.explanation && (JSON.parse(JSON.stringify(encoded.explanation)) as ExplanationJSON));
        expect(decoded).toEqual(result.explanation);
        decoded.forEach((s, i) => (s.params ?? []).forEach((p, k) => expect(p).toBe(result.explanation[i]!.params![k])));
      }
    },
  );
});

describe('citations', () => {
  it('every message and every parameter cites a clause of a known document', () => {
    const messages = allMessages();
    expect(messages.length).toBeGreaterThan(150);
    for (const m of messages) expect(parseCitation(m.citation).document, `${m.key}: ${m.citation}`).not.toBeNull();
    for (const p of allParameters()) expect(parseCitation(p.citation).document, `${p.key}: ${p.citation}`).not.toBeNull();
  });
  it('every step of every recorded response cites a known document, and so does each parameter it used', () => {
    const explanations = fixture.flatMap((l) => (JSON.parse(l.output!) as { explanation?: ExplanationJSON }).explanation ?? []);
    expect(explanations.flatMap((e) => e.steps).length).toBeGreaterThan(1000);
    for (const e of explanations) {
      for (const s of e.steps) {
        expect(parseCitation(s.citation).document, `${s.key}: ${s.citation}`).not.toBeNull();
        for (const ref of s.params ?? []) expect(parseCitation(resolveParameter(e, ref)!.citation).document, ref).not.toBeNull();
      }
    }
  });
  it('the documents have distinct keys', () => {
    expect(new Set(DOCUMENTS.map((d) => d.key)).size).toBe(DOCUMENTS.length);
  });
});
