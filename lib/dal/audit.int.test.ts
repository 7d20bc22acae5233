import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDatabase, type TestDatabase } from '../../db/testing';
import { OuterHandleInTransaction, type Db, type Tx } from '../../db/client';
import { auditLog, clinicChoices, persons } from '../../db/schema';
import { AUDIT_EVENT_NAMES, isAuditEvent, withAudit, type AuditEntry } from '../audit';
import { auditEntryFor, selfSubject } from './subject';

let t: TestDatabase;

beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(async () => {
  await t.cleanup();
});

async function person(): Promise<number> {
  const [p] = await t.db
    .insert(persons)
    .values({
      idMasked: '44***************0',
      name: '测试居民',
      sex: 'female',
      birthDate: '1980-01-01',
      region: 'jiangmen',
      hukouDistrict: '440703',
      retirementGroup: 'female_50',
    })
    .returning({ id: persons.id });
  return p!.id;
}

const phoneOf = async (id: number) => (await t.db.select({ phone: persons.phone }).from(persons).where(eq(persons.id, id)))[0]?.phone;
const eventsOf = async (id: number) =>
  (await t.db.select().from(auditLog).where(eq(auditLog.personId, id))).map((e) => ({ event: e.event, actor: e.actor, detail: e.detail }));

/** A write of the kind the data layer will have: it takes the transaction's handle, never the outer one. */
function setPhone(tx: Tx, personId: number, phone: string) {
  return tx.update(persons).set({ phone }).where(eq(persons.id, personId)).returning({ phone: persons.phone });
}

describe('withAudit', () => {
  it('keeps the write and its audit entry together, the entry made from what the write returned', async () => {
    const id = await person();
    const subject = selfSubject(id);
    const result = await withAudit(
      t.db,
      (rows: { phone: string | null }[]) => auditEntryFor(subject, 'consent.granted', { rows: rows.length }),
      (tx) => setPhone(tx, id, '13800000000'),
    );
    expect(result).toEqual([{ phone: '13800000000' }]);
    expect(await phoneOf(id)).toBe('13800000000');
    expect(await eventsOf(id)).toEqual([{ event: 'consent.granted', actor: 'resident', detail: { rows: 1 } }]);
  });

  it('a write that fails after changing a row leaves neither the change nor its entry', async () => {
    const id = await person();
    await expect(
      withAudit(t.db, auditEntryFor(selfSubject(id), 'consent.granted'), async (tx) => {
        await setPhone(tx, id, '13900000000');
        throw new Error('the rest of the write failed');
      }),
    ).rejects.toThrow('the rest of the write failed');
    expect(await phoneOf(id)).toBeNull();
    expect(await eventsOf(id)).toEqual([]);
  });

  it('a write the database refuses leaves no entry, and the changes before it are undone', async () => {
    const id = await person();
    await expect(
      withAudit(t.db, auditEntryFor(selfSubject(id), 'clinic_choice.chosen'), async (tx) => {
        await setPhone(tx, id, '13700000000');
        // No such institution: the foreign key refuses the row.
        await tx.insert(clinicChoices).values({
          personId: id,
          year: 2026,
          kind: 'primary',
          effectiveFrom: '2026-01-01',
          institutionId: 'NO-SUCH-CLINIC',
          madeBy: 'resident',
          madeAt: new Date(),
          reason: 'first_choice',
        });
      }),
    ).rejects.toThrow();
    expect(await phoneOf(id)).toBeNull();
    expect(await t.db.select().from(clinicChoices).where(eq(clinicChoices.personId, id))).toEqual([]);
    expect(await eventsOf(id)).toEqual([]);
  });

  it('an audit entry the database refuses undoes the write', async () => {
    const id = await person();
    const broken = { ...auditEntryFor(selfSubject(id), 'consent.granted'), event: null } as unknown as AuditEntry;
    await expect(withAudit(t.db, broken, (tx) => setPhone(tx, id, '13600000000'))).rejects.toThrow();
    expect(await phoneOf(id)).toBeNull();
    expect(await eventsOf(id)).toEqual([]);
  });

  it('refuses the outer handle inside the write with a clear error (on PGlite it would wait forever), and stays usable', async () => {
    const id = await person();
    const outer: Db = t.db;
    await expect(
      withAudit(t.db, auditEntryFor(selfSubject(id), 'consent.granted'), async (tx) => {
        await setPhone(tx, id, '13500000000');
        await outer.select().from(persons).where(eq(persons.id, id));
      }),
    ).rejects.toBeInstanceOf(OuterHandleInTransaction);
    expect(await phoneOf(id)).toBeNull();
    expect(await eventsOf(id)).toEqual([]);
    // Outside the transaction the outer handle works as before, and so do concurrent transactions.
    await Promise.all(
      [1, 2, 3].map((n) => withAudit(t.db, auditEntryFor(selfSubject(id), 'consent.granted', { n }), (tx) => setPhone(tx, id, `1350000000${n}`))),
    );
    expect((await eventsOf(id)).map((e) => e.detail).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
      { n: 1 },
      { n: 2 },
      { n: 3 },
    ]);
  });

  it('types: a write that needs a transaction cannot be given the outer handle', () => {
    const db: Db = t.db;
    // @ts-expect-error — a Db is not a Tx
    const attempt = () => setPhone(db, 1, 'x');
    expect(typeof attempt).toBe('function');
  });
});

describe('audit events', () => {
  it('are `${domain}.${action}` names (and the older sign_out), each once', () => {
    expect(new Set(AUDIT_EVENT_NAMES).size).toBe(AUDIT_EVENT_NAMES.length);
    for (const name of AUDIT_EVENT_NAMES) expect(name === 'sign_out' || /^[a-z_]+\.[a-z_]+$/.test(name), name).toBe(true);
    expect(AUDIT_EVENT_NAMES).toEqual(
      expect.arrayContaining(['sign_in.succeeded', 'sign_in.failed', 'sign_in.locked', 'sign_in.refused_locked', 'sign_out', 'session.expired']),
    );
    expect(isAuditEvent('clinic_choice.chosen')).toBe(true);
    expect(isAuditEvent('clinic_choice.deleted')).toBe(false);
  });
});
