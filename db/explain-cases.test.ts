/**
 * The EXPLAIN test (db/explain.int.test.ts) covers every data-layer query only if every query is
 * listed: each exported function of lib/dal that sends a statement itself must be called by an
 * entry of `DATA_LAYER_QUERIES` (lib/dal/queries.ts), and each entry must have its EXPLAIN case.
 * How to add one: the top of db/explain-cases.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_LAYER_QUERIES } from '../lib/dal/queries';
import { dataLayerCaseName, EXPLAIN_CASES } from './explain-cases';

const dal = path.resolve(__dirname, '../lib/dal');
/** Exported functions of lib/dal that take a database handle but are not queries of their own. */
const NOT_QUERIES = new Set(['explain']);

/** Exported functions whose first parameter is a database handle, and whether their body sends a statement. */
function queryFunctions(): { file: string; name: string; sends: boolean }[] {
  const out: { file: string; name: string; sends: boolean }[] = [];
  for (const file of readdirSync(dal).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))) {
    const source = readFileSync(path.join(dal, file), 'utf8');
    const heads = [...source.matchAll(/^export\s+(?:async\s+)?function\s+(\w+)\s*(?:<[^>]*>)?\(\s*(db|tx)\s*:/gm)];
    heads.forEach((m, k) => {
      // The body: up to the next top-level declaration (good enough for this codebase's layout).
      const rest = source.slice(m.index + m[0].length, heads[k + 1]?.index ?? source.length);
      const body = rest.split(/\n(?=export\s|\/\/ -{10}|const\s|function\s)/)[0]!;
      const handle = m[2]!;
      const sends = new RegExp(`\\b${handle}\\s*\\.\\s*(select|selectDistinct|insert|update|delete|execute|query|with|\\$count|transaction)\\b`).test(body);
      out.push({ file: `lib/dal/${file}`, name: m[1]!, sends });
    });
  }
  return out;
}

describe('every data-layer query is EXPLAINed', () => {
  it('finds the query functions of lib/dal', () => {
    const found = queryFunctions();
    // The scan works: it sees the known queries as sending statements, and insuranceSummary as composed of them.
    expect(found.filter((f) => f.sends).map((f) => f.name)).toEqual(expect.arrayContaining(['personCard', 'contributionHistory', 'residentsOfInstitution']));
    expect(found.find((f) => f.name === 'insuranceSummary')?.sends).toBe(false);
  });

  it('lists every exported lib/dal function that sends a statement in DATA_LAYER_QUERIES', () => {
    const calls = DATA_LAYER_QUERIES.map((q) => q.sample.toString()).join('\n');
    const missing = queryFunctions()
      .filter((f) => f.sends && !NOT_QUERIES.has(f.name))
      // A function imported from a sibling file is called as `(0, module.name)(…)` once transformed.
      .filter((f) => !new RegExp(`\\b${f.name}\\s*\\)?\\s*\\(`).test(calls))
      .map((f) => `${f.file}: ${f.name}`);
    expect(missing, 'add an entry to DATA_LAYER_QUERIES (lib/dal/queries.ts) for each; see the top of db/explain-cases.ts').toEqual([]);
  });

  it('has an EXPLAIN case for every DATA_LAYER_QUERIES entry, under a unique name', () => {
    const names = DATA_LAYER_QUERIES.map((q) => q.name);
    expect(new Set(names).size, 'DATA_LAYER_QUERIES names are unique').toBe(names.length);
    const cases = new Set(EXPLAIN_CASES.map((c) => c.name));
    expect(cases.size, 'EXPLAIN_CASES names are unique').toBe(EXPLAIN_CASES.length);
    expect(names.filter((n) => !cases.has(dataLayerCaseName(n)))).toEqual([]);
    for (const q of DATA_LAYER_QUERIES) expect(EXPLAIN_CASES.find((c) => c.name === dataLayerCaseName(q.name))?.writes).toBe(q.writes);
  });
});
