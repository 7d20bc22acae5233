/**
 * From a submitted form to the object its schema reads. A form's field names are flat; the
 * schemas (the policy library's and the portal's) read nested objects, so a name is a path:
 *
 *   stay.inScope      → { stay: { inScope } }
 *   items[0].x        → { items: [{ x }] }          (items.0.x is the same field)
 *   tags[]            → { tags: [ …every value, in order ] }
 *   a repeated name   → an array of its values, in order (checkboxes sharing a name)
 *
 * An empty text field counts as not filled (its key is absent, while the objects around it
 * are made, so a required field reports itself missing), and so does an empty file input. An unchecked checkbox sends nothing; a
 * checked one sends its value (`on` by default). Values stay text: a schema converts what
 * must be a number or a yes/no (see form-fields.ts). Names that are not paths, names that
 * would reach `__proto__`, indexes above 999 and names that contradict an earlier one
 * (`a=1` and then `a.b=2`) are ignored, as are React's and Next.js's own `$ACTION_…` fields.
 *
 * Field errors are keyed by the dotted path of the policy library's issues (`items.0.x`):
 * `fieldPath(name)` turns a form name into that key, and `valueAt(values, name)` reads back
 * what was typed under a name, so that a form re-renders with it.
 */

export type FormScalar = string | File;
export type FormValue = FormScalar | FormValue[] | FormObject | undefined;
export interface FormObject {
  [key: string]: FormValue;
}

/** A segment of a field's path: an object key, an array index, or "append" (`[]`). */
export type PathSegment = string | number | typeof APPEND;
export const APPEND: unique symbol = Symbol('append');

export const MAX_INDEX = 999;
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** The path a field name stands for, or null when the name is not a field path. */
export function parseName(name: string): PathSegment[] | null {
  if (name.length === 0 || name.length > 200) return null;
  const path: PathSegment[] = [];
  for (const part of name.split('.')) {
    const m = /^([^[\]]*)((?:\[\d*\])*)$/.exec(part);
    if (!m) return null;
    const [, key = '', brackets = ''] = m;
    // Every segment starts with a key: `[0]`, `a.[0]` and `a..b` are not paths.
    if (key === '' || FORBIDDEN_KEYS.has(key)) return null;
    path.push(/^\d+$/.test(key) && path.length > 0 ? index(key) : key);
    for (const b of brackets.match(/\[\d*\]/g) ?? []) path.push(b === '[]' ? APPEND : index(b.slice(1, -1)));
  }
  if (path.some((s) => typeof s === 'number' && (Number.isNaN(s) || s > MAX_INDEX))) return null;
  // Only the last segment may append: `a[].b` has no single place to go.
  if (path.slice(0, -1).includes(APPEND)) return null;
  return path;
}

function index(digits: string): number {
  return digits.length > 4 ? Number.NaN : parseInt(digits, 10);
}

/** The key of a field's errors: the dotted path (`items[0].x` → `items.0.x`, `tags[]` → `tags`). */
export function fieldPath(name: string): string {
  const path = parseName(name);
  if (!path) return name;
  return path
    .filter((s) => s !== APPEND)
    .map(String)
    .join('.');
}

function isObject(v: FormValue): v is FormObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Blob);
}

type Container = FormObject | FormValue[];

function read(c: Container, key: string | number): FormValue {
  return Array.isArray(c) ? (typeof key === 'number' ? c[key] : undefined) : typeof key === 'string' ? c[key] : undefined;
}

function write(c: Container, key: string | number, value: FormValue): void {
  if (Array.isArray(c)) {
    for (let i = c.length; i < (key as number); i += 1) c.push(undefined);
    c[key as number] = value;
  } else {
    c[key as string] = value;
  }
}

/**
 * Puts one value at its path; false when the path contradicts what is already there. An empty
 * field (`value` undefined) makes the objects and lists around it but no value, so that its
 * schema reports the field itself as missing, not its parent.
 */
function place(root: FormObject, path: PathSegment[], value: FormScalar | undefined): boolean {
  let container: Container = root;
  for (let i = 0; i < path.length - 1; i += 1) {
    const key = path[i] as string | number;
    if (Array.isArray(container) !== (typeof key === 'number')) return false;
    const next = path[i + 1]!;
    const wantArray = next === APPEND || typeof next === 'number';
    let child = read(container, key);
    if (child === undefined) {
      child = wantArray ? [] : {};
      write(container, key, child);
    }
    if (wantArray ? !Array.isArray(child) : !isObject(child)) return false;
    container = child as Container;
  }
  const last = path[path.length - 1]!;
  if (last === APPEND) {
    if (!Array.isArray(container)) return false;
    if (value !== undefined) container.push(value);
    return true;
  }
  if (Array.isArray(container) !== (typeof last === 'number')) return false;
  if (value === undefined) return true;
  const existing = read(container, last);
  if (existing === undefined) write(container, last, value);
  else if (typeof existing === 'string' || existing instanceof Blob) write(container, last, [existing, value]);
  else if (Array.isArray(existing) && existing.every((e) => typeof e === 'string' || e instanceof Blob)) existing.push(value);
  else return false;
  return true;
}

/** Whether a value is a form submission (a `FormData`, from this realm or another). */
export function isFormData(value: unknown): value is FormData {
  if (typeof FormData !== 'undefined' && value instanceof FormData) return true;
  const v = value as { getAll?: unknown; entries?: unknown; append?: unknown } | null;
  return typeof v === 'object' && v !== null && typeof v.getAll === 'function' && typeof v.entries === 'function' && typeof v.append === 'function';
}

/** The nested object a form's fields stand for (see the top of this file). */
export function formDataToObject(form: FormData): FormObject {
  const root: FormObject = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith('$ACTION_')) continue;
    const empty = typeof value === 'string' ? value === '' : value.size === 0 && value.name === '';
    const path = parseName(name);
    if (path) place(root, path, empty ? undefined : value);
  }
  return root;
}

/** What was typed under a field name (either spelling of its path), for `defaultValue`. */
export function valueAt(values: FormValue, name: string): FormValue {
  const path = parseName(name);
  if (!path) return undefined;
  let current: FormValue = values;
  for (const segment of path) {
    if (segment === APPEND) return current;
    if (Array.isArray(current)) current = typeof segment === 'number' ? current[segment] : undefined;
    else if (isObject(current)) current = typeof segment === 'string' ? current[segment] : undefined;
    else return undefined;
  }
  return current;
}

/** The submitted values without files and without the named fields (say, a password), to send back to the form. */
export function echoValues(values: FormObject, omit: readonly string[] = []): FormObject {
  const omitted = new Set(omit.map(fieldPath));
  const strip = (v: FormValue, at: string): FormValue => {
    if (omitted.has(at)) return undefined;
    if (v instanceof Blob) return undefined;
    if (Array.isArray(v)) return v.map((x, i) => strip(x, at ? `${at}.${i}` : String(i)));
    if (isObject(v)) {
      const out: FormObject = {};
      for (const [k, x] of Object.entries(v)) {
        const kept = strip(x, at ? `${at}.${k}` : k);
        if (kept !== undefined) out[k] = kept;
      }
      return out;
    }
    return v;
  };
  return strip(values, '') as FormObject;
}
