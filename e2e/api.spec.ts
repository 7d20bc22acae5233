/**
 * The public estimates API against the built server: no sign-in (no redirect, no cookie needed),
 * the library's own answers (computed here with lib/policy), the HTTP refusals, the OpenAPI
 * document it serves (every response here validated against it), and its human-readable page in
 * both languages and both text sizes. The rate limit's 429 is tested in lib/public-api.int.test.ts
 * with a low limit.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { APIResponse } from '@playwright/test';
import { expectAccessible } from './a11y';
import { expect, record, test, useLargeText } from './fixtures';
import { inpatientCommand, outpatientCommand } from '../lib/policy/commands';
import { processRequest } from '../lib/policy/core';
import { WORKED_EXAMPLES, type OpenApiDocument } from '../lib/policy/openapi';

function validatorFor(doc: OpenApiDocument) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
  ajv.addKeyword('example');
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  for (const [name, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(schema, name);
  return async (path: string, response: APIResponse): Promise<unknown> => {
    await record(response);
    const op = doc.paths[path]!.post as { responses: Record<string, { content: { 'application/json': { schema: { $ref: string } } } }> };
    const documented = op.responses[String(response.status())];
    expect(documented, `${path} ${response.status()} is documented`).toBeDefined();
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    const body = (await response.json()) as unknown;
    const validate = ajv.getSchema(documented!.content['application/json'].schema.$ref.replace('#/components/schemas/', ''))!;
    expect(validate(body), `${path} ${response.status()}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    return body;
  };
}

test('the estimates API answers without sign-in, as the library does, and as its document says', async ({ playwright, baseURL }) => {
  // A client with no cookies at all, that does not follow redirects.
  const api = await playwright.request.newContext({ baseURL: baseURL!, maxRedirects: 0 });
  const docResponse = await api.get('/api/v1/openapi.json');
  await record(docResponse);
  expect(docResponse.status()).toBe(200);
  const doc = (await docResponse.json()) as OpenApiDocument;
  expect(doc.openapi).toBe('3.1.0');
  const check = validatorFor(doc);

  const inpatient = '/api/v1/estimates/inpatient';
  const outpatient = '/api/v1/estimates/outpatient';
  for (const { value } of Object.values(WORKED_EXAMPLES.inpatient)) {
    const r = await api.post(inpatient, { data: value });
    expect(r.status()).toBe(200);
    expect(r.headers()['set-cookie']).toBeUndefined();
    expect(await check(inpatient, r)).toEqual(JSON.parse(processRequest(inpatientCommand, value).text));
  }
  for (const { value } of Object.values(WORKED_EXAMPLES.outpatient)) {
    const r = await api.post(outpatient, { data: value });
    expect(r.status()).toBe(200);
    expect(await check(outpatient, r)).toEqual(JSON.parse(processRequest(outpatientCommand, value).text));
  }

  const bad = { ...WORKED_EXAMPLES.inpatient.example1.value, date: 'soon' };
  const refused = await api.post(inpatient, { data: bad });
  expect(refused.status()).toBe(400);
  expect(await check(inpatient, refused)).toEqual(JSON.parse(processRequest(inpatientCommand, bad).text));

  const form = await api.post(inpatient, { form: { region: 'jiangmen' } });
  expect(form.status()).toBe(415);
  expect(await check(inpatient, form)).toMatchObject({ error: { code: 'unsupported_media_type' } });

  const big = JSON.stringify(WORKED_EXAMPLES.outpatient.example7.value).padEnd(64 * 1024 + 1, ' ');
  const tooLarge = await api.post(outpatient, { data: big, headers: { 'content-type': 'application/json' } });
  expect(tooLarge.status()).toBe(413);
  expect(await check(outpatient, tooLarge)).toMatchObject({ error: { code: 'payload_too_large' } });
  await api.dispose();
});

test('the API page: the same document in words, in Chinese and English, both text sizes', async ({ page, context }) => {
  await page.goto('/api-docs');
  await expect(page).toHaveURL(/\/api-docs$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('费用估算接口说明');
  await expect(page.getByText('POST /api/v1/estimates/inpatient', { exact: true })).toBeVisible();
  const example = JSON.parse(processRequest(inpatientCommand, { ...WORKED_EXAMPLES.inpatient.example1.value, explain: 'none' }).text) as unknown;
  expect(JSON.parse((await page.getByTestId('endpoint-inpatient-response').textContent())!)).toEqual(example);
  await expect(page.getByTestId('openapi-link')).toHaveAttribute('href', '/api/v1/openapi.json');
  await expectAccessible(page, '/api-docs zh');

  await context.addCookies([{ name: 'locale', value: 'en', url: page.url() }]);
  await useLargeText(context);
  await page.goto('/api-docs');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Estimates API');
  await expectAccessible(page, '/api-docs en, large text');
});
