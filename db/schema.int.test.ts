import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { freshDatabase, type TestDatabase } from './testing';
import { auditLog, persons } from './schema';

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(async () => {
  await t.cleanup();
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
