/**
 * The public estimates API, through its route handlers (app/api/v1/…) on a database of its own:
 * it answers the RULES.md worked examples exactly, gives the CLI's error objects for bad input,
 * refuses non-JSON (415), bodies over 64 KiB (413, counted as the body streams) and a client over
 * its limit (429 with Retry-After, the limit set low through the environment) — and EVERY
 * response this test gets is validated against the OpenAPI document the portal serves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { eq } from 'drizzle-orm';
import { freshDatabase, type TestDatabase } from '../db/testing';
import { rateLimits } from '../db/schema';
import { resetEnvForTests } from './env';
import { CLIENT_HEADER } from './network';
import { WORKED_EXAMPLES, type OpenApiDocument } from './policy/openapi';
import { runCli, type CliIO } from '../scripts/policy-cli';
import { API_RATE_SCOPE, isJsonMediaType } from './public-api';
import { POST as inpatient } from '../app/api/v1/estimates/inpatient/route';
import { POST as outpatient } from '../app/api/v1/estimates/outpatient/route';
import { GET as openapi } from '../app/api/v1/openapi.json/route';

const LIMIT = 12;
let t: TestDatabase;
let doc: OpenApiDocument;
const saved = { limit: process.env.API_RATE_LIMIT, window: process.env.API_RATE_LIMIT_WINDOW_SECONDS };

beforeAll(async () => {
  process.env.API_RATE_LIMIT = String(LIMIT);
  process.env.API_RATE_LIMIT_WINDOW_SECONDS = '3600';
  resetEnvForTests();
  t = await freshDatabase();
  const res = openapi();
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  doc = (await res.json()) as OpenApiDocument;
});
afterAll(async () => {
  await t.cleanup();
  for (const [k, v] of [
    ['API_RATE_LIMIT', saved.limit],
    ['API_RATE_LIMIT_WINDOW_SECONDS', saved.window],
  ] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvForTests();
});

// ---- every response against the served document ------------------------------------------------

const validators = new Map<string, ValidateFunction>();
function schemaFor(ref: string): ValidateFunction {
  const name = ref.replace('#/components/schemas/', '');
  let v = validators.get(name);
  if (!v) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
    ajv.addKeyword('example');
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    v = ajv.compile(doc.components.schemas[name]!);
    validators.set(name, v);
  }
  return v;
}

let validated = 0;
/** Checks one response against the document: its status is documented, its body fits that status's schema, its headers are there. */
function expectDocumented(path: string, status: number, body: unknown, headers: Headers): void {
  const op = doc.paths[path]?.post as { responses: Record<string, { content: { 'application/json': { schema: { $ref: string } } }; headers?: object }> };
  expect(op, path).toBeDefined();
  const documented = op.responses[String(status)];
  expect(documented, `${path} ${status} is documented`).toBeDefined();
  expect(headers.get('content-type')).toMatch(/^application\/json/);
  const validate = schemaFor(documented!.content['application/json'].schema.$ref);
  expect(validate(body), `${path} ${status}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
  if (documented!.headers && 'Retry-After' in documented!.headers) expect(headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
  validated += 1;
}

type Endpoint = 'inpatient' | 'outpatient';
const HANDLERS = { inpatient, outpatient } as const;

interface Call {
  status: number;
  body: unknown;
  headers: Headers;
}

async function call(endpoint: Endpoint, init: { body?: BodyInit; headers?: Record<string, string>; client?: string } = {}): Promise<Call> {
  const request = new Request(`http://localhost/api/v1/estimates/${endpoint}`, {
    method: 'POST',
    body: init.body ?? null,
    headers: { 'content-type': 'application/json', [CLIENT_HEADER]: init.client ?? '192.0.2.1', ...init.headers },
    ...(init.body instanceof ReadableStream ? { duplex: 'half' } : {}),
  });
  const response = await HANDLERS[endpoint](request);
  const body = (await response.json()) as unknown;
  expectDocumented(`/api/v1/estimates/${endpoint}`, response.status, body, response.headers);
  return { status: response.status, body, headers: response.headers };
}

const post = (endpoint: Endpoint, value: unknown, client?: string) => call(endpoint, { body: JSON.stringify(value), ...(client ? { client } : {}) });

/** The CLI's answer (in process) to one request. */
async function cli(command: Endpoint, input: string): Promise<unknown> {
  let out = '';
  const io: CliIO = {
    stdin: (async function* () {
      yield input;
    })(),
    write: (chunk) => void (out += chunk),
    error: () => undefined,
  };
  await runCli([command], io);
  return JSON.parse(out) as unknown;
}

// A fresh client address per test: the limit is per client.
let n = 10;
const nextClient = () => `198.51.100.${n++}`;

describe('the RULES.md worked examples', () => {
  const figures = (b: unknown) => {
    const { explanation: _e, yearToDate: _y, remaining: _r, ...rest } = b as Record<string, unknown>;
    return rest;
  };

  it('answers examples 1–6 (inpatient) to the cent, with the explanation unless asked not to', async () => {
    const client = nextClient();
    const ex = WORKED_EXAMPLES.inpatient;
    const expected: [object, Record<string, string>][] = [
      [ex.example1.value, { deductible: '600.00', tier1: '15520.00', critical: '0.00', tier2: '0.00', assistance: '0.00', outOfPocket: '6480.00' }],
      [ex.example2.value, { deductible: '900.00', tier1: '54505.00', critical: '20757.00', tier2: '18512.30', assistance: '0.00', outOfPocket: '11225.70' }],
      [ex.example3.value, { deductible: '400.00', tier1: '6840.00', critical: '0.00', tier2: '380.00', assistance: '0.00', outOfPocket: '780.00' }],
      [ex.example4.value, { deductible: '0.00', tier1: '9500.00', critical: '0.00', tier2: '0.00', assistance: '0.00', outOfPocket: '500.00' }],
      [ex.example5.value, { deductible: '900.00', tier1: '100000.00', critical: '120000.00', tier2: '0.00', assistance: '0.00', outOfPocket: '280000.00' }],
      [ex.example6.value, { deductible: '600.00', tier1: '39520.00', critical: '4816.00', tier2: '0.00', assistance: '3964.80', outOfPocket: '1699.20' }],
    ];
    for (const [request, want] of expected) {
      const r = await post('inpatient', request, client);
      expect(r.status).toBe(200);
      expect(figures(r.body)).toEqual(want);
      expect(r.body).toHaveProperty('explanation');
      // exactly the CLI's answer: the same command host
      expect(r.body).toEqual(await cli('inpatient', JSON.stringify(request)));
    }
    const none = await post('inpatient', ex.figuresOnly.value, client);
    expect(none.status).toBe(200);
    expect(none.body).not.toHaveProperty('explanation');
    expect(figures(none.body)).toEqual(expected[1]![1]);
  });

  it('answers example 7 (outpatient, Jiangmen) and a Shaoyang visit', async () => {
    const client = nextClient();
    const seven = await post('outpatient', WORKED_EXAMPLES.outpatient.example7.value, client);
    expect(seven.status).toBe(200);
    expect(figures(seven.body)).toEqual({ fund: '90.00', outOfPocket: '110.00' });
    expect(seven.body).toEqual(await cli('outpatient', JSON.stringify(WORKED_EXAMPLES.outpatient.example7.value)));
    const shaoyang = await post('outpatient', WORKED_EXAMPLES.outpatient.shaoyang.value, client);
    expect(shaoyang.status).toBe(200);
    expect(shaoyang.body).toEqual(await cli('outpatient', JSON.stringify(WORKED_EXAMPLES.outpatient.shaoyang.value)));
  });
});

describe('bad input', () => {
  it("is refused with 400 and the CLI's error object", async () => {
    const client = nextClient();
    const base = WORKED_EXAMPLES.inpatient.example1.value;
    const bad: [Endpoint, object][] = [
      ['inpatient', { region: 'jiangmen' }],
      ['inpatient', { ...base, stay: { level: 'level2', inScope: '1.234' } }],
      ['inpatient', { ...base, date: '2017-12-31' }],
      ['inpatient', { ...base, explain: 'some', extra: 1 }],
      ['inpatient', []],
      ['outpatient', {}],
      ['outpatient', { region: 'shaoyang', date: '2019-12-31', visit: { clinic: 'primary', inScope: '1' } }],
    ];
    for (const [endpoint, request] of bad) {
      const r = await post(endpoint, request, client);
      expect(r.status, JSON.stringify(request)).toBe(400);
      expect(r.body).toEqual(await cli(endpoint, JSON.stringify(request)));
    }
  });

  it('a body that is not JSON, or none, is invalid_input (400)', async () => {
    const client = nextClient();
    for (const body of ['{oops', '', '   ', new Uint8Array([0xff, 0xfe, 0x7b])]) {
      const r = await call('inpatient', { body, client });
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ error: { code: 'invalid_input', issues: [{ path: '' }] } });
    }
  });
});

describe('what only HTTP refuses', () => {
  const json = JSON.stringify(WORKED_EXAMPLES.inpatient.example1.value);

  it('415 for a body that is not declared JSON', async () => {
    const client = nextClient();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx']) {
      const r = await call('inpatient', { body: json, headers: { 'content-type': type }, client });
      expect(r.status, type).toBe(415);
      expect(r.body).toMatchObject({ error: { code: 'unsupported_media_type' } });
    }
    const none = await call('outpatient', { body: new Blob([json]), headers: { 'content-type': '' }, client });
    expect(none.status).toBe(415);
    for (const type of ['application/json; charset=utf-8', 'Application/JSON', 'application/problem+json']) expect(isJsonMediaType(type), type).toBe(true);
    expect((await call('inpatient', { body: json, headers: { 'content-type': 'application/json; charset=utf-8' }, client })).status).toBe(200);
  });

  it('413 for a body over 64 KiB — declared or not, and whatever Content-Length says; exactly 64 KiB is read', async () => {
    const client = nextClient();
    const padded = (size: number) => json + ' '.repeat(size - Buffer.byteLength(json));
    const atLimit = await call('inpatient', { body: padded(64 * 1024), client });
    expect(atLimit.status).toBe(200);
    const over = await call('inpatient', { body: padded(64 * 1024 + 1), client });
    expect(over.status).toBe(413);
    expect(over.body).toMatchObject({ error: { code: 'payload_too_large' } });
    // streamed in chunks with no Content-Length: counted as it arrives, and reading stops
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 1000) controller.close();
        else controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
      },
    });
    const streamed = await call('outpatient', { body: stream, client });
    expect(streamed.status).toBe(413);
    expect(pulled).toBeLessThan(10);
    // a Content-Length that claims more than the limit is refused before reading
    const declared = await call('inpatient', { body: json, headers: { 'content-length': String(64 * 1024 + 1) }, client });
    expect(declared.status).toBe(413);
  });

  it('429 with Retry-After once a client passes its limit (state in the database, keyed without the address); other clients go on', async () => {
    const client = '203.0.113.77';
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 3 && !statuses.includes(429); i++) statuses.push((await call('inpatient', { body: json, client })).status);
    expect(statuses.slice(0, LIMIT)).toEqual(Array<number>(LIMIT).fill(200));
    expect(statuses).toContain(429);
    const refused = await call('outpatient', { body: JSON.stringify(WORKED_EXAMPLES.outpatient.example7.value), client });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: { code: 'rate_limited' } });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // another client is not affected
    expect((await call('inpatient', { body: json, client: '203.0.113.78' })).status).toBe(200);
    // the counters are in the database, and no address is stored
    const rows = await t.db.select().from(rateLimits).where(eq(rateLimits.scope, API_RATE_SCOPE));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row.key).not.toMatch(/\d+\.\d+\.\d+\.\d+/);
    // a bad body counts too: a refused client stays refused whatever it sends
    expect((await call('inpatient', { body: 'x', headers: { 'content-type': 'text/plain' }, client })).status).toBe(429);
  });
});

describe('the document', () => {
  it('is served as JSON and every response above was checked against it', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(['/api/v1/estimates/inpatient', '/api/v1/estimates/outpatient']);
    expect(validated).toBeGreaterThan(30);
  });
});
