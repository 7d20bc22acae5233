/**
 * Every server action goes through the data layer's wrapper: malformed input, whether a form
 * without its fields or a call whose argument is not a form at all, gets the wrapper's error
 * result (or the page again), never a 500. The actions' ids come from the build itself.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, record, test } from './fixtures';

function actionIds(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  return Object.fromEntries(Object.entries(manifest.node).map(([id, v]) => [v.exportedName ?? id, id]));
}

test('a form posted without JavaScript but without its fields, or with a bad value, is refused without a 500', async ({ request }) => {
  const ids = actionIds();
  expect(Object.keys(ids)).toEqual(expect.arrayContaining(['switchLanguage', 'signOut']));
  const forms: Record<string, string>[] = [
    {},
    { locale: 'fr', returnTo: '/me' },
    { locale: '', returnTo: '' },
    { 'locale[0]': 'en', returnTo: '//evil.example' },
  ];
  for (const fields of forms) {
    const response = await request.post('/signin?via=auth', { multipart: { [`$ACTION_ID_${ids.switchLanguage}`]: '', ...fields }, maxRedirects: 0 });
    await record(response);
    expect(response.status(), JSON.stringify(fields)).toBeLessThan(500);
    expect(response.headers()['set-cookie'] ?? '', JSON.stringify(fields)).not.toContain('locale=');
  }
});

test('an action called with something other than a form gets the error result', async ({ request }) => {
  const ids = actionIds();
  for (const name of ['switchLanguage', 'signOut']) {
    for (const body of ['[]', '["not a form"]', '[{"locale":"en","returnTo":"/"}]', '[null, 42]']) {
      const response = await request.post('/signin?via=auth', {
        headers: { 'Next-Action': ids[name]!, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component' },
        data: body,
        maxRedirects: 0,
      });
      await record(response);
      expect(response.status(), `${name} ${body}`).toBe(200);
      const text = await response.text();
      expect(text, `${name} ${body}`).toContain('"ok":false');
      expect(text).toContain('无法读取提交的表单');
      expect(response.headers()['set-cookie'] ?? '').not.toContain('locale=');
    }
  }
});
