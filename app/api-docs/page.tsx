import type { Metadata } from 'next';
import { PageHeading } from '@/components/PageHeading';
import { apiRateLimit } from '@/lib/env';
import { getI18n } from '@/lib/i18n/server';
import { inpatientCommand, outpatientCommand } from '@/lib/policy/commands';
import { openApiDocument, WORKED_EXAMPLES } from '@/lib/policy/openapi';
import { processRequest } from '@/lib/policy/core';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('apiDocs.title') };
}

interface JsonSchema {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  default?: unknown;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  default?: unknown;
  description: string;
}

/** The request's fields, nested objects flattened (`person.identity`). */
function fieldsOf(schema: JsonSchema, prefix = ''): FieldRow[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, s]) => {
    const row: FieldRow = {
      name: `${prefix}${name}`,
      type: s.const !== undefined ? JSON.stringify(s.const) : s.enum ? s.enum.map((v) => JSON.stringify(v)).join(' | ') : (s.type ?? ''),
      required: (schema.required ?? []).includes(name),
      ...(s.default !== undefined ? { default: s.default } : {}),
      description: s.description ?? '',
    };
    return s.type === 'object' && s.properties ? [row, ...fieldsOf(s, `${prefix}${name}.`)] : [row];
  });
}

const ENDPOINTS = [
  { path: '/api/v1/estimates/inpatient', name: 'Inpatient', command: inpatientCommand, example: WORKED_EXAMPLES.inpatient.example1.value },
  { path: '/api/v1/estimates/outpatient', name: 'Outpatient', command: outpatientCommand, example: WORKED_EXAMPLES.outpatient.example7.value },
] as const;

const STATUSES = ['200', '400', '413', '415', '429', '500'] as const;

/** 接口说明: the public estimates API, read from the same OpenAPI document the API serves. Public. */
export default async function ApiDocsPage() {
  const { locale, t } = await getI18n();
  const lang = locale === 'en' ? 'en' : 'zh';
  const doc = openApiDocument();
  const limit = apiRateLimit();
  const cell = 'border-b-2 border-gray-200 px-2 py-2 text-left align-top';
  return (
    <article aria-labelledby="api-docs-title">
      <PageHeading id="api-docs-title" title={t('apiDocs.title')} locale={locale} />
      <p className="mb-4 text-xl">{t('apiDocs.intro')}</p>
      <p className="mb-6 text-xl">
        <a href="/api/v1/openapi.json" data-testid="openapi-link">
          {t('apiDocs.document')}
        </a>
      </p>

      <h2 className="mt-8 mb-2 text-2xl font-bold">{t('apiDocs.rules')}</h2>
      <ul className="list-disc space-y-2 pl-6 text-xl">
        <li>{t('apiDocs.ruleJson')}</li>
        <li>{t('apiDocs.ruleSize')}</li>
        <li data-testid="rate-rule">{t('apiDocs.ruleRate', { limit: limit.limit, seconds: limit.windowMs / 1000 })}</li>
        <li>{t('apiDocs.ruleExplain')}</li>
        <li>{t('apiDocs.ruleAmounts')}</li>
        <li>{t('apiDocs.ruleErrors')}</li>
      </ul>

      {ENDPOINTS.map((e) => {
        const fields = fieldsOf(doc.components.schemas[`${e.name}Request`] as JsonSchema);
        const answer = JSON.parse(processRequest(e.command, { ...e.example, explain: 'none' }).text) as unknown;
        const id = `endpoint-${e.command.name}`;
        return (
          <section key={e.path} aria-labelledby={id} className="mt-10">
            <h2 id={id} className="mb-2 text-2xl font-bold">
              {e.command.summary[lang]}
            </h2>
            <p className="mb-4 text-xl">
              {t('apiDocs.method')}: <code className="font-mono font-bold">POST {e.path}</code>
            </p>
            <h3 className="mt-6 mb-2 text-xl font-bold">{t('apiDocs.request')}</h3>
            {/* A region that scrolls sideways on a phone must be reachable by keyboard (axe scrollable-region-focusable). */}
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
            <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('apiDocs.request')}>
              <table className="w-full border-collapse text-lg">
                <caption className="sr-only">{t('apiDocs.request')}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={cell}>
                      {t('apiDocs.field')}
                    </th>
                    <th scope="col" className={cell}>
                      {t('apiDocs.type')}
                    </th>
                    <th scope="col" className={cell}>
                      {t('apiDocs.required')}
                    </th>
                    <th scope="col" className={cell}>
                      {t('apiDocs.meaning')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {fields.map((f) => (
                    <tr key={f.name}>
                      <th scope="row" className={`${cell} font-mono`}>
                        {f.name}
                      </th>
                      <td className={`${cell} font-mono wrap-anywhere`}>{f.type}</td>
                      <td className={cell}>
                        {f.required ? t('apiDocs.yes') : t('apiDocs.no')}
                        {f.default !== undefined ? (
                          <span className="block text-muted">{t('apiDocs.defaultValue', { value: JSON.stringify(f.default) })}</span>
                        ) : null}
                      </td>
                      <td className={cell} lang="en">
                        {f.description}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h3 className="mt-6 mb-2 text-xl font-bold">{t('apiDocs.responses')}</h3>
            <dl className="divide-y-2 divide-gray-200 border-y-2 border-gray-200 text-lg">
              {STATUSES.map((s) => (
                <div key={s} className="py-2 sm:grid sm:grid-cols-[6rem_1fr] sm:gap-4">
                  <dt className="font-mono font-bold">{s}</dt>
                  <dd>{t(`apiDocs.statuses.s${s}`)}</dd>
                </div>
              ))}
            </dl>
            <h3 className="mt-6 mb-2 text-xl font-bold">{t('apiDocs.exampleRequest')}</h3>
            <pre className="border-2 border-gray-300 p-3 text-base wrap-anywhere whitespace-pre-wrap">
              <code>{`curl -X POST ${e.path} \\\n  -H 'Content-Type: application/json' \\\n  -d '${JSON.stringify({ ...e.example, explain: 'none' })}'`}</code>
            </pre>
            <h3 className="mt-6 mb-2 text-xl font-bold">{t('apiDocs.exampleResponse')}</h3>
            <pre className="border-2 border-gray-300 p-3 text-base wrap-anywhere whitespace-pre-wrap" data-testid={`${id}-response`}>
              <code>{JSON.stringify(answer, null, 2)}</code>
            </pre>
          </section>
        );
      })}
    </article>
  );
}
