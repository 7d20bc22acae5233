/**
 * Policy parameters as data keyed by effective date (STYLE.md: OpenFisca / PolicyEngine).
 *
 * A parameter's `values` map an ISO date to the value in force from that date (decimal
 * amounts are strings, never JS numbers); `null` ends the parameter. A lookup before the
 * first date, or after an end, is an explicit `unsupported_date` error — never a default.
 */
import type { Bilingual } from './text';
import { unsupportedDate } from './errors';
import { isIsoDate } from './dates';

export const UNITS = ['yuan', 'yuan_per_year', 'yuan_per_month', 'yuan_per_day', 'ratio', 'percentage_points', 'months', 'years', 'table'] as const;
export type Unit = (typeof UNITS)[number];

export interface ParameterSpec<Raw> {
  /** Stable dotted key: region.topic.name, e.g. "jiangmen.inpatient.deductible". */
  key: string;
  label: Bilingual;
  unit: Unit;
  /** Citation key from shared/policy/RULES.md, e.g. "JM-UR 二(四)1(1)". */
  citation: string;
  /** Where the figure comes from (document, table, published statistic). */
  source: string;
  /** The whole parameter is illustrative (no published figure cited). */
  illustrative?: boolean;
  /** Dated values; a value may carry its own note or illustrative mark. */
  values: Readonly<Record<string, Raw | null | DatedValue<Raw>>>;
}

export interface DatedValue<Raw> {
  value: Raw | null;
  illustrative?: boolean;
  source?: string;
}

interface Entry<T> {
  since: string;
  /** What a lookup on a date in force returns: one frozen object per dated value (none for an end). */
  use: ParamUse<T> | undefined;
}

/** What one lookup found; steps of an explanation carry these. */
export interface ParamUse<T = unknown> {
  key: string;
  label: Bilingual;
  citation: string;
  /** The date from which this value is in force. */
  since: string;
  value: T;
  unit: Unit;
  illustrative: boolean;
  source: string;
}

export interface Parameter<T> {
  readonly key: string;
  readonly label: Bilingual;
  readonly unit: Unit;
  readonly citation: string;
  readonly source: string;
  /** First date with a value. */
  readonly firstDate: string;
  /** Every dated entry in order (for the date-sweep test and documentation). */
  readonly dates: readonly string[];
  /** The value in force on `date`; throws `unsupported_date` (path `path`) when none is. */
  at(date: string, path?: string): ParamUse<T>;
  /** Like `at` but returns undefined instead of throwing. */
  find(date: string): ParamUse<T> | undefined;
  /** Every dated value (not the ends), in date order: the same objects `at` and `find` return. */
  readonly uses: readonly ParamUse<T>[];
}

const registry: Parameter<unknown>[] = [];
const byKey = new Map<string, Parameter<unknown>>();

/** Every parameter defined so far (import the library's index first to load them all). */
export function allParameters(): readonly Parameter<unknown>[] {
  return registry;
}

/** The parameter with this key (import the library's index first to load them all). */
export function parameterByKey(key: string): Parameter<unknown> | undefined {
  return byKey.get(key);
}

/**
 * The dated value of parameter `key` in force from `since`, as a step of an explanation used it
 * (responses name parameters by key and date: core/explain.ts); undefined when there is none.
 */
export function parameterUse(key: string, since: string): ParamUse | undefined {
  return byKey.get(key)?.uses.find((u) => u.since === since);
}

function isDated<Raw>(v: unknown): v is DatedValue<Raw> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'value' in v;
}

/**
 * Defines a parameter. `compile` converts each raw value once, at load time (e.g. a
 * decimal string to `Dec`), so lookups cost a short scan and nothing else.
 */
export function defineParameter<Raw, T>(spec: ParameterSpec<Raw>, compile: (raw: Raw) => T): Parameter<T> {
  const dates = Object.keys(spec.values).sort();
  if (dates.length === 0) throw new Error(`parameter ${spec.key} has no values`);
  const entries: Entry<T>[] = dates.map((since) => {
    if (!isIsoDate(since)) throw new Error(`parameter ${spec.key}: bad date ${since}`);
    const raw = spec.values[since];
    const dated = isDated<Raw>(raw) ? raw : { value: raw as Raw | null };
    const use: ParamUse<T> | undefined =
      dated.value === null
        ? undefined
        : Object.freeze({
            key: spec.key,
            label: spec.label,
            citation: spec.citation,
            since,
            value: compile(dated.value),
            unit: spec.unit,
            illustrative: Boolean(spec.illustrative || dated.illustrative),
            source: dated.source ?? spec.source,
          });
    return { since, use };
  });
  const first = entries[0]!;
  if (first.use === undefined) throw new Error(`parameter ${spec.key} starts with null`);

  // The value in force on `date`: the last entry from on or before it (no object is made).
  const find = (date: string): ParamUse<T> | undefined => {
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const e = entries[i]!;
      if (e.since <= date) return e.use;
    }
    return undefined;
  };

  const parameter: Parameter<T> = {
    key: spec.key,
    label: spec.label,
    unit: spec.unit,
    citation: spec.citation,
    source: spec.source,
    firstDate: first.since,
    dates,
    find,
    uses: entries.flatMap((e) => (e.use === undefined ? [] : [e.use])),
    at(date: string, path = 'date') {
      const use = find(date);
      if (use === undefined) {
        throw unsupportedDate(path, date, date < first.since ? first.since : null, spec.label);
      }
      return use;
    },
  };
  registry.push(parameter);
  byKey.set(spec.key, parameter);
  return parameter;
}

/** Shorthand for a parameter whose values are plain values used as they are. */
export function defineValueParameter<T>(spec: ParameterSpec<T>): Parameter<T> {
  return defineParameter(spec, (raw: T) => raw);
}

import { Dec } from './decimal';

/** A parameter whose dated values are decimal strings ("0.85", "200000"). */
export function defineDecimalParameter(spec: ParameterSpec<string>): Parameter<Dec> {
  return defineParameter(spec, (raw: string) => new Dec(raw));
}

/** A parameter whose dated values are tables of decimal strings, e.g. one per hospital level. */
export function defineDecimalTable<K extends string>(spec: ParameterSpec<Readonly<Record<K, string>>>): Parameter<Readonly<Record<K, Dec>>> {
  return defineParameter(spec, (raw) => {
    const table = {} as Record<K, Dec>;
    for (const k of Object.keys(raw) as K[]) table[k] = new Dec(raw[k]);
    return table;
  });
}

/** One parameter as the catalogue gives it: plain JSON (decimal values as their text). */
export interface CatalogueEntry {
  key: string;
  label: Bilingual;
  unit: Unit;
  citation: string;
  /** Each dated value in date order; `value: null` ends the parameter from that date. */
  values: { since: string; value: unknown; illustrative: boolean; source: string }[];
}

/**
 * Every parameter of the library with its labels, unit, citation and every dated value with its
 * source: what a response's explanation names by key and date (core/explain.ts), the same for
 * every response. Import the library's index first to load them all.
 */
export function parameterCatalogue(): Record<string, CatalogueEntry> {
  const out: Record<string, CatalogueEntry> = {};
  for (const p of byKey.values()) {
    out[p.key] = {
      key: p.key,
      label: p.label,
      unit: p.unit,
      citation: p.citation,
      values: p.dates.map((since) => {
        const use = p.uses.find((u) => u.since === since);
        return use === undefined
          ? { since, value: null, illustrative: false, source: p.source }
          : { since, value: JSON.parse(JSON.stringify(use.value)) as unknown, illustrative: use.illustrative, source: use.source };
      }),
    };
  }
  return out;
}
