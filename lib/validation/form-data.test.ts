import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { echoValues, fieldPath, formDataToObject, isFormData, parseName, valueAt } from './form-data';
import { formBoolean, formCheckbox, formList, formNumber } from './form-fields';
import { wholeMonths } from '../policy/core/validate';

function form(entries: [string, string | File][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe('formDataToObject', () => {
  it('nests dotted names', () => {
    expect(
      formDataToObject(
        form([
          ['stay.inScope', '20000'],
          ['stay.outOfScope', '2000'],
          ['date', '2025-06-10'],
        ]),
      ),
    ).toEqual({
      stay: { inScope: '20000', outOfScope: '2000' },
      date: '2025-06-10',
    });
  });

  it('reads indexes in both spellings into arrays of objects', () => {
    const o = formDataToObject(
      form([
        ['items[0].x', 'a'],
        ['items[0].y', 'b'],
        ['items.1.x', 'c'],
        ['deep.list[1][0]', 'z'],
      ]),
    );
    expect(o).toEqual({ items: [{ x: 'a', y: 'b' }, { x: 'c' }], deep: { list: [undefined, ['z']] } });
    expect(Array.isArray(o.items)).toBe(true);
  });

  it('keeps the order of appended and repeated values (checkboxes sharing a name)', () => {
    expect(
      formDataToObject(
        form([
          ['tags[]', 'b'],
          ['tags[]', 'a'],
          ['conditions', 'diabetes'],
          ['conditions', 'hypertension'],
        ]),
      ),
    ).toEqual({
      tags: ['b', 'a'],
      conditions: ['diabetes', 'hypertension'],
    });
    // One checked box of a group is one value: the schema's formList makes it a list.
    expect(formDataToObject(form([['conditions', 'diabetes']]))).toEqual({ conditions: 'diabetes' });
  });

  it('treats an empty text field and an empty file input as not filled', () => {
    const o = formDataToObject(
      form([
        ['name', ''],
        ['stay.inScope', ''],
        ['tags[]', ''],
        ['note', ' '],
        ['upload', new File([], '')],
      ]),
    );
    expect(o).toEqual({ stay: {}, tags: [], note: ' ' });
    expect('name' in o).toBe(false);
  });

  it('keeps a non-empty file', () => {
    const file = new File(['x'], 'a.txt');
    expect(formDataToObject(form([['upload', file]])).upload).toBe(file);
  });

  it('ignores names that are not paths, framework fields, prototype keys, huge indexes and contradictions', () => {
    const o = formDataToObject(
      form([
        ['$ACTION_ID_abc', 'x'],
        ['$ACTION_REF_1', 'x'],
        ['__proto__.polluted', 'yes'],
        ['a.constructor.prototype', 'yes'],
        ['items[1000].x', 'big'],
        ['items[99999999]', 'big'],
        ['[0]', 'x'],
        ['a..b', 'x'],
        ['a.[0]', 'x'],
        ['a]b', 'x'],
        ['list[].x', 'x'],
        ['a', '1'],
        ['a.b', '2'],
        ['c.d', '3'],
        ['c', '4'],
        ['e[0]', '5'],
        ['e.f', '6'],
      ]),
    );
    expect(o).toEqual({ a: '1', c: { d: '3' }, e: ['5'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws and never pollutes prototypes, whatever the names', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 3 })), { maxLength: 20 }), (entries) => {
        const o = formDataToObject(form(entries));
        expect(typeof o).toBe('object');
        expect(Object.prototype).not.toHaveProperty('polluted');
        // Whatever is read back under a name that was sent non-empty is that value or a list holding it.
        for (const [name, value] of entries) {
          if (value === '' || parseName(name) === null) continue;
          const back = valueAt(o, name);
          if (back !== undefined && typeof back === 'string') expect(back).toBe(value);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('names and paths', () => {
  it('maps a form name to the key of its errors', () => {
    expect(fieldPath('stay.inScope')).toBe('stay.inScope');
    expect(fieldPath('items[0].x')).toBe('items.0.x');
    expect(fieldPath('items.0.x')).toBe('items.0.x');
    expect(fieldPath('tags[]')).toBe('tags');
  });

  it('reads back what was typed, under either spelling', () => {
    const values = formDataToObject(
      form([
        ['items[0].x', 'a'],
        ['tags[]', 'p'],
        ['tags[]', 'q'],
      ]),
    );
    expect(valueAt(values, 'items[0].x')).toBe('a');
    expect(valueAt(values, 'items.0.x')).toBe('a');
    expect(valueAt(values, 'tags[]')).toEqual(['p', 'q']);
    expect(valueAt(values, 'items[1].x')).toBeUndefined();
    expect(valueAt(values, 'nothing.here')).toBeUndefined();
  });

  it('sends back values without files and omitted fields', () => {
    const values = formDataToObject(
      form([
        ['password', 'secret'],
        ['login.password', 'secret'],
        ['name', '陈'],
        ['upload', new File(['x'], 'a.txt')],
      ]),
    );
    expect(echoValues(values, ['password', 'login.password'])).toEqual({ name: '陈', login: {} });
  });

  it('tells a form submission from anything else', () => {
    expect(isFormData(new FormData())).toBe(true);
    for (const other of [null, undefined, '', 'a=1', {}, { locale: 'en' }, [], 42]) expect(isFormData(other)).toBe(false);
  });
});

describe('form fields', () => {
  const schema = z.object({
    continuousMonths: formNumber(wholeMonths),
    consent: formCheckbox(),
    urgent: formBoolean(),
    conditions: formList(z.enum(['diabetes', 'hypertension'])),
  });

  it('converts text to numbers, checkboxes and radios to yes/no, and repeated names to lists', () => {
    expect(
      schema.parse(
        formDataToObject(
          form([
            ['continuousMonths', ' 36 '],
            ['consent', 'on'],
            ['urgent', 'false'],
            ['conditions', 'diabetes'],
          ]),
        ),
      ),
    ).toEqual({
      continuousMonths: 36,
      consent: true,
      urgent: false,
      conditions: ['diabetes'],
    });
    expect(
      schema.parse(
        formDataToObject(
          form([
            ['continuousMonths', '0'],
            ['urgent', 'true'],
            ['conditions', 'diabetes'],
            ['conditions', 'hypertension'],
          ]),
        ),
      ),
    ).toEqual({
      continuousMonths: 0,
      consent: false,
      urgent: true,
      conditions: ['diabetes', 'hypertension'],
    });
  });

  it('hands text that does not convert to the inner schema, whose message it keeps', () => {
    const r = schema.safeParse(
      formDataToObject(
        form([
          ['continuousMonths', 'thirty'],
          ['urgent', 'maybe'],
        ]),
      ),
    );
    expect(r.success).toBe(false);
    const byPath = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath.continuousMonths).toBe('whole_months');
    expect(byPath.urgent).toBeDefined();
    expect(
      schema.safeParse(
        formDataToObject(
          form([
            ['continuousMonths', '1.5'],
            ['urgent', 'true'],
          ]),
        ),
      ).error?.issues[0]?.message,
    ).toBe('whole_months');
  });
});
