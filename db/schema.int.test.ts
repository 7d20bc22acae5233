import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { freshDatabase, type TestDatabase } from './testing';
import { auditLog, ENUM_SOURCES, persons } from './schema';

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(async () => {
  await t.cleanup();
});

describe('enums', () => {
  it("the migrated database holds exactly the policy library's code lists", async () => {
    const result = await t.db.execute<{ name: string; value: string }>(
      sql`select t.typname as name, e.enumlabel as value from pg_type t join pg_enum e on e.enumtypid = t.oid order by t.typname, e.enumsortorder`,
    );
    const rows = (Array.isArray(result) ? result : (result as { rows: { name: string; value: string }[] }).rows) as { name: string; value: string }[];
    const inDb = new Map<string, string[]>();
    for (const r of rows) inDb.set(r.name, [...(inDb.get(r.name) ?? []), r.value]);
    for (const [pgEnum, list] of ENUM_SOURCES) expect(inDb.get(pgEnum.enumName), pgEnum.enumName).toEqual([...list]);
  });
});

describe('audit log', () => {
  it('accepts inserts and refuses UPDATE, DELETE and TRUNCATE', async () => {
    await t.db.insert(auditLog).values({ actor: 'system', event: 'test.append' });
    await expect(t.db.update(auditLog).set({ event: 'changed' })).rejects.toThrow();
    await expect(t.db.delete(auditLog)).rejects.toThrow();
    await expect(t.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    const rows = await t.db.select().from(auditLog);
    expect(rows.map((r) => r.event)).toContain('test.append');
  });
});

describe('persons', () => {
  it('refuses an ID number that is not masked', async () => {
    await expect(
      t.db.insert(persons).values({
        idHash: 'x1',
        idMasked: '440703198005061234',
        name: '测试',
        sex: 'male',
        birthDate: '1980-05-06',
        region: 'jiangmen',
        hukouDistrict: '440703',
        retirementGroup: 'male',
      }),
    ).rejects.toThrow();
  });
  it('reads dates back as dates and money as exact decimals', async () => {
    const [p] = await t.db
      .insert(persons)
      .values({
        idHash: 'x2',
        idMasked: '440703********1234',
        name: '测试',
        sex: 'female',
        birthDate: '1980-02-29',
        region: 'jiangmen',
        hukouDistrict: '440703',
        retirementGroup: 'female_55',
        personalAccountDec2016: '84.28',
      })
      .returning();
    expect(p!.birthDate).toBe('1980-02-29');
    expect(p!.personalAccountDec2016).toBe('84.28');
  });
});
