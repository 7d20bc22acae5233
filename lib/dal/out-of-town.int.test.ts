/** 异地就医备案 queries: a filing and its audit row in one transaction; the filing in force on a day; cancelling only one's own. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { freshDatabase, type TestDatabase } from '../../db/testing';
import { auditLog, personIdHashes } from '../../db/schema';
import { DEMO_ACCOUNTS, seedDemo } from '../../db/seed';
import { idNumberHash } from '../hashing';
import { withAudit } from '../audit';
import { safeParseInput } from '../policy/core';
import { filingFormSchema } from '../validation/out-of-town';
import { activeFilingOn, auditEventsOf, filingsOf, insertFiling, openFilingsOn, revokeFiling } from './queries';

const TODAY = '2025-11-15';
let t: TestDatabase;
const idOf = new Map<string, number>();

beforeAll(async () => {
  t = await freshDatabase();
  await seedDemo(t.db, { today: TODAY });
  const hashes = new Map((await t.db.select().from(personIdHashes)).map((h) => [h.idHash, h.personId]));
  for (const a of DEMO_ACCOUNTS) idOf.set(a.key, hashes.get(idNumberHash(a.idNumber))!);
});
afterAll(async () => {
  await t.cleanup();
});

describe('out-of-town filings', () => {
  it('the form schema: bilingual messages per field, dates in three parts, an open end', () => {
    const bad = safeParseInput(filingFormSchema, { kind: 'x', destination: ' ', validFrom: {}, validTo: {} });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues.map((i) => i.path).sort()).toEqual(['destination', 'kind', 'validFrom']);
    const dates = safeParseInput(filingFormSchema, {
      kind: 'temporary',
      destination: '广州',
      validFrom: { year: '2025', month: '12', day: '1' },
      validTo: { year: '2025', month: '11', day: '30' },
    });
    expect(dates.ok).toBe(false);
    if (!dates.ok) expect(dates.error.issues[0]!.message.zh).toContain('结束日期不能早于开始日期');
    const good = safeParseInput(filingFormSchema, {
      kind: 'long_term_resident',
      destination: ' 广东省深圳市 ',
      validFrom: { year: '2025', month: '12', day: '1' },
    });
    expect(good).toEqual({ ok: true, value: { kind: 'long_term_resident', destination: '广东省深圳市', validFrom: '2025-12-01', validTo: null } });
  });

  it('files with its audit row, is in force from its first day, and cancels only once', async () => {
    const person = idOf.get('transferred_in')!;
    const other = idOf.get('resident')!;
    const input = { kind: 'temporary' as const, destination: '广东省广州市', validFrom: '2025-11-20', validTo: '2025-12-31' };
    const [row] = await withAudit(t.db, { event: 'out_of_town_filing.submitted', actor: 'resident', personId: person }, (tx) =>
      insertFiling(tx, person, input, TODAY),
    );
    expect(await activeFilingOn(t.db, person, TODAY)).toEqual([]);
    expect((await activeFilingOn(t.db, person, '2025-11-20'))[0]?.id).toBe(row!.id);
    expect((await openFilingsOn(t.db, person, TODAY)).map((f) => f.id)).toEqual([row!.id]);
    // Another person cannot cancel it.
    expect(await revokeFiling(t.db, other, row!.id)).toEqual([]);
    expect(await revokeFiling(t.db, person, row!.id)).toEqual([{ id: row!.id }]);
    expect(await revokeFiling(t.db, person, row!.id)).toEqual([]);
    expect(await openFilingsOn(t.db, person, TODAY)).toEqual([]);
    expect((await filingsOf(t.db, person))[0]).toMatchObject({ id: row!.id, status: 'revoked' });
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.personId, person), eq(auditLog.event, 'out_of_town_filing.submitted')));
    expect(audit).toHaveLength(1);
    const events = await auditEventsOf(t.db, person, ['out_of_town_filing.submitted'], new Date('2000-01-01'), new Date('2100-01-01'));
    expect(events.map((e) => e.event)).toEqual(['out_of_town_filing.submitted']);
  });

  it('a failed write leaves no audit row', async () => {
    const person = idOf.get('student')!;
    await expect(
      withAudit(t.db, { event: 'out_of_town_filing.withdrawn', actor: 'resident', personId: person }, async (tx) => {
        await revokeFiling(tx, person, 999_999);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.personId, person), eq(auditLog.event, 'out_of_town_filing.withdrawn')));
    expect(audit).toEqual([]);
  });
});
