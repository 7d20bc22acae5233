/**
 * The OpenAPI 3.1 document of the public estimates API (issue 10, item 5):
 * `POST /api/v1/estimates/inpatient` and `POST /api/v1/estimates/outpatient`, answered by the
 * same command host as the CLI (`processRequest`, core/command.ts), so the two cannot drift.
 *
 * Built from the very zod schemas that validate and encode (`z.toJSONSchema`, JSON Schema
 * 2020-12 — the dialect of OpenAPI 3.1): the request as a caller sends it (io "input": optional
 * fields and defaults), the response as the caller receives it (a codec's input side is its
 * encoded form: amounts as 2-decimal text), and the error object. The examples are the RULES.md
 * worked examples, answered by the library when the document is built.
 *
 * The HTTP host (the route) adds what only HTTP has: 415 for a body that is not JSON, 413 for a
 * body over `MAX_BODY_BYTES`, 429 with `Retry-After` from the per-client rate limit; `apiError()`
 * gives their error objects, in the same shape as every other error.
 */
import { z } from 'zod';
import { errorBodySchema, processRequest, requestError, type Bilingual, type LineResult, type PolicyCommand } from './core';
import { inpatientCommand, outpatientCommand } from './commands';

/** The largest request body the API accepts (413 beyond). */
export const MAX_BODY_BYTES = 64 * 1024;

/** The errors only the HTTP host gives, with their status and message. */
export const API_ERRORS = {
  payload_too_large: {
    status: 413,
    message: { zh: '请求太大：请求内容最多 64 KiB。', en: 'The request is too large: the body may be at most 64 KiB.' },
  },
  unsupported_media_type: {
    status: 415,
    message: { zh: '请求内容必须是 JSON（Content-Type: application/json）。', en: 'The request body must be JSON (Content-Type: application/json).' },
  },
  rate_limited: {
    status: 429,
    message: { zh: '请求太频繁，请按 Retry-After 所示的秒数之后再试。', en: 'Too many requests: please try again after the number of seconds in Retry-After.' },
  },
} as const satisfies Record<string, { status: number; message: Bilingual }>;
export type ApiErrorCode = keyof typeof API_ERRORS;

/** The error object of an HTTP-only refusal (413, 415, 429), as JSON text: the shape of every error. */
export function apiError(code: ApiErrorCode): LineResult {
  return requestError(code, API_ERRORS[code].message);
}

interface Endpoint {
  path: string;
  operationId: string;
  /** Component names: `${name}Request`, `${name}Response`. */
  name: string;
  command: PolicyCommand;
  description: string;
  examples: Record<string, { summary: string; value: object }>;
}

const RESIDENT = { identity: 'resident', category: 'resident', assistance: 'none', continuousMonths: 36 };
const EMPLOYEE = { identity: 'employee', category: 'employee', assistance: 'none', continuousMonths: 36 };
const stay = (person: object, s: object) => ({ region: 'jiangmen', date: '2025-06-10', person, stay: s });

/** The RULES.md worked examples, as requests. */
export const WORKED_EXAMPLES = {
  inpatient: {
    example1: {
      summary: 'RULES.md worked example 1: a resident, level-2 hospital',
      value: stay(RESIDENT, { level: 'level2', inScope: '20000', outOfScope: '2000' }),
    },
    example2: {
      summary: 'RULES.md worked example 2: an employee, level-3 hospital',
      value: stay(EMPLOYEE, { level: 'level3', inScope: '100000', outOfScope: '5000' }),
    },
    example3: {
      summary: 'RULES.md worked example 3: a retiree, level-1 hospital',
      value: stay({ ...EMPLOYEE, category: 'retiree' }, { level: 'level1', inScope: '8000' }),
    },
    example4: {
      summary: 'RULES.md worked example 4: 五保, level-1 hospital',
      value: stay({ ...RESIDENT, assistance: 'wubao' }, { level: 'level1', inScope: '10000' }),
    },
    example5: {
      summary: 'RULES.md worked example 5: 10 continuous months (caps at 50 %)',
      value: stay({ ...RESIDENT, continuousMonths: 10 }, { level: 'level3', inScope: '500000' }),
    },
    example6: {
      summary: 'RULES.md worked example 6: 低保, with medical assistance',
      value: stay({ ...RESIDENT, assistance: 'dibao' }, { level: 'level2', inScope: '50000' }),
    },
    figuresOnly: {
      summary: 'Example 2 without the explanation (explain "none", for batch callers)',
      value: { ...stay(EMPLOYEE, { level: 'level3', inScope: '100000', outOfScope: '5000' }), explain: 'none' },
    },
  },
  outpatient: {
    example7: {
      summary: 'RULES.md worked example 7: Jiangmen, tier 2, at the chosen primary clinic',
      value: {
        region: 'jiangmen',
        date: '2025-04-15',
        person: { tier2: true, tier2FromMonth: 1 },
        visit: { clinic: 'primary', referredWithin30Days: false, inScope: '200.00' },
        yearToDate: { tier1Used: '180.00', tier2PrimaryUsed: '50.00', otherUsed: '0.00' },
      },
    },
    shaoyang: {
      summary: 'Shaoyang (RULES §9): a visit at the chosen primary institution',
      value: { region: 'shaoyang', date: '2025-04-15', visit: { clinic: 'primary', inScope: '100.00' }, yearToDate: { used: '0.00', usedToday: '0.00' } },
    },
  },
} as const;

const ENDPOINTS: readonly Endpoint[] = [
  {
    path: '/api/v1/estimates/inpatient',
    operationId: 'estimateInpatient',
    name: 'Inpatient',
    command: inpatientCommand,
    description:
      'A hospital stay in Jiangmen (RULES §6), settled layer by layer: deductible, tier-1 pooling, critical illness, tier 2, medical assistance and what the person pays. The same contract as `npm run policy -- inpatient`.',
    examples: WORKED_EXAMPLES.inpatient,
  },
  {
    path: '/api/v1/estimates/outpatient',
    operationId: 'estimateOutpatient',
    name: 'Outpatient',
    command: outpatientCommand,
    description:
      'A general outpatient visit in Jiangmen (RULES §7) or Shaoyang (RULES §9), by `region`: what the fund pays and what is left in the pools. The same contract as `npm run policy -- outpatient`.',
    examples: WORKED_EXAMPLES.outpatient,
  },
];

/** A zod schema as an OpenAPI 3.1 Schema Object (JSON Schema 2020-12, the document's dialect). */
function schemaObject(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, extra: object = {}) => ({ content: { 'application/json': { schema, ...extra } } });

function operation(e: Endpoint): Record<string, unknown> {
  const answered = (value: object, explain?: 'none') => JSON.parse(processRequest(e.command, explain ? { ...value, explain } : value).text) as object;
  const [firstName, first] = Object.entries(e.examples)[0]!;
  return {
    operationId: e.operationId,
    summary: e.command.summary.en,
    description: `${e.description}\n\n${e.command.summary.zh}`,
    tags: ['estimates'],
    security: [],
    requestBody: {
      required: true,
      description: `The ${e.command.name} request as JSON (at most 64 KiB). Unknown fields are refused. \`explain: "none"\` leaves the explanation out.`,
      ...json(ref(`${e.name}Request`), { examples: e.examples }),
    },
    responses: {
      '200': {
        description: 'The estimate: every amount as text with two decimals, and (unless `explain` is "none") its explanation.',
        ...json(ref(`${e.name}Response`), {
          examples: {
            [firstName]: { summary: first.summary, value: answered(first.value) },
            [`${firstName}FiguresOnly`]: { summary: `${first.summary}, explain "none"`, value: answered(first.value, 'none') },
          },
        }),
      },
      '400': {
        description:
          'The request is refused: `invalid_input` (not JSON, a field missing or wrong, or a rule across fields broken — every bad field listed with its path, in Chinese and English) or `unsupported_date` (a date no rule covers).',
        ...json(ref('BadRequestError'), {
          examples: {
            invalidInput: {
              summary: 'A date that is not a date',
              value: JSON.parse(processRequest(e.command, { ...first.value, date: 'soon' }).text) as object,
            },
          },
        }),
      },
      '413': { description: 'The body is larger than 64 KiB (`payload_too_large`).', ...json(ref('HttpError')) },
      '415': { description: 'The body is not JSON: the Content-Type is not application/json (`unsupported_media_type`).', ...json(ref('HttpError')) },
      '429': {
        description: 'Too many requests from this client (`rate_limited`); the limit holds across the servers. Try again after `Retry-After` seconds.',
        headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
        ...json(ref('HttpError')),
      },
      '500': { description: 'A fault of the service, not of the request (`internal_error`).', ...json(ref('InternalError')) },
    },
  };
}

/** The OpenAPI document's type, as far as its users read it. */
export interface OpenApiDocument {
  openapi: string;
  jsonSchemaDialect: string;
  info: { title: string; version: string; description: string };
  servers?: { url: string }[];
  paths: Record<string, { post: Record<string, unknown> }>;
  components: { schemas: Record<string, Record<string, unknown>>; headers: Record<string, unknown> };
  tags: { name: string; description: string }[];
}

/**
 * The OpenAPI 3.1 document of the estimates API (served at `/api/v1/openapi.json`).
 * `serverUrl`: the API's base address, when known (e.g. "https://portal.example"); the paths are absolute.
 */
export function openApiDocument(options: { serverUrl?: string } = {}): OpenApiDocument {
  const schemas: Record<string, Record<string, unknown>> = {};
  for (const e of ENDPOINTS) {
    schemas[`${e.name}Request`] = schemaObject(e.command.request);
    schemas[`${e.name}Response`] = schemaObject(e.command.response);
  }
  schemas.BadRequestError = schemaObject(errorBodySchema(['invalid_input', 'unsupported_date'], 'A refused request (400).'));
  schemas.HttpError = schemaObject(
    errorBodySchema(Object.keys(API_ERRORS) as [ApiErrorCode, ...ApiErrorCode[]], 'A request refused by the HTTP service itself (413, 415, 429).'),
  );
  schemas.InternalError = schemaObject(errorBodySchema(['internal_error'], 'A fault of the service (500).'));
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: '医保通 estimates API — Jiangmen basic medical insurance',
      version: '1.0.0',
      description: [
        'Estimates of what Jiangmen basic medical insurance pays for a hospital stay or an outpatient visit, computed by the portal’s policy engine to the fen, each with its explanation: every step in Chinese and English, the amounts it used and the clause it applies (a RULES.md citation key such as `JM-UR 二(四)1(1)`).',
        'No sign-in; nothing personal is stored or logged. Amounts are sent and received as decimal text (`"20000"`, `"20000.50"`; responses always with two decimals).',
        'An explanation lists each parameter value it used once (`parameters`: reference → the date the value is in force from); its steps name them by reference (the parameter key). The labels, values, units and sources of every parameter are the same for every response.',
        '估算江门基本医疗保险对一次住院或一次门诊支付多少，精确到分，附计算说明（每一步的中英文说明、所用金额和所依据的条款）。无需登录，不保存、不记录个人信息。',
      ].join('\n\n'),
    },
    ...(options.serverUrl === undefined ? {} : { servers: [{ url: options.serverUrl }] }),
    tags: [{ name: 'estimates', description: 'Estimates of hospital stays and outpatient visits, with their explanation.' }],
    paths: Object.fromEntries(ENDPOINTS.map((e) => [e.path, { post: operation(e) }])),
    components: {
      schemas,
      headers: {
        RetryAfter: { description: 'Seconds to wait before the next request.', schema: { type: 'integer', minimum: 1 } },
      },
    },
  };
}
