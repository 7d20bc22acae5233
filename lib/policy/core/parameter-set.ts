/**
 * Parameters that one rule reads together, looked up once per date: a lookup resolves each
 * parameter with its own `at()` (so an unsupported date is reported exactly as the parameter
 * would), then keeps the frozen result per date — thousands of estimates on the same dates
 * cost one Map lookup (the hot path of every estimate).
 */
import type { Parameter, ParamUse } from './params';

type UseOf<P> = P extends Parameter<infer T> ? ParamUse<T> : never;
export type ParameterValues<P extends Record<string, Parameter<unknown>>> = { readonly [K in keyof P]: UseOf<P[K]> };

export interface ParameterSet<P extends Record<string, Parameter<unknown>>> {
  readonly parameters: P;
  /** Every parameter's value in force on `date` (throws `unsupported_date` at `path`). */
  at(date: string, path?: string): ParameterValues<P>;
}

const CACHE_LIMIT = 4096;

/** Groups parameters that one rule reads together (see above). */
export function parameterSet<P extends Record<string, Parameter<unknown>>>(parameters: P): ParameterSet<P> {
  const cache = new Map<string, ParameterValues<P>>();
  const keys = Object.keys(parameters) as (keyof P & string)[];
  return {
    parameters,
    at(date: string, path = 'date') {
      const hit = cache.get(date);
      if (hit !== undefined) return hit;
      const values = {} as Record<string, ParamUse<unknown>>;
      for (const k of keys) values[k] = Object.freeze(parameters[k]!.at(date, path));
      const frozen = Object.freeze(values) as unknown as ParameterValues<P>;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(date, frozen);
      return frozen;
    },
  };
}
