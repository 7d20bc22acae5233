/**
 * The clinic choice's write (lib/dal/clinic.ts) on a real database: one change and one audit row
 * for two simultaneous submissions of the same person and year (on the PostgreSQL server the two
 * run on two connections, and the person's row lock decides), a replayed form key changes
 * nothing, and a refusal writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { freshDatabase, type TestDatabase } from '../../db/testing';
import { auditLog, clinicChoices, enrolmentPeriods, institutions, persons } from '../../db/schema';
import { chooseClinicFor, clinicStatusOf, outpatientOf, previewChoiceOf, ChoiceRefused } from './clinic';
import { selfSubject } from './subject';

let t: TestDatabase;

beforeAll(async () => {
  t = await freshDatabase();
  const base = { region: 'jiangmen' as const, district: '440703', isDemo: true };
  await t.db.insert(institutions).values([
    { ...base, id: 'T-A', name: '甲社区卫生服务中心', level: 'level1', primaryCare: true },
    { ...base, id: 'T-B', name: '乙社区卫生服务中心', level: 'level1', primaryCare: true },
    { ...base, id: 'T-C', name: '丙镇卫生院', level: 'level1', primaryCare: true },
    { ...base, id: 'T-H', name: '丁人民医院', level: 'level2', primaryCare: false },
    { ...base, id: 'T-X', name: '戊社区卫生服务中心', level: 'level1', primaryCare: true, designated: false, designatedUntil: '2026-06-30' },
  ]);
});
afterAll(async () => {
  await t.cleanup();
});

async function person(firstChoice: string | null = 'T-A'): Promise<number> {
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
  const id = p!.id;
  await t.db.insert(enrolmentPeriods).values({
    personId: id,
    validFrom: '2020-01-01',
    region: 'jiangmen',
    identity: 'resident',
    tiers: 'tier1',
    category: 'resident',
    enrolledOn: '2019-12-01',
  });
  if (firstChoice)
    await t.db.insert(clinicChoices).values({
      personId: id,
      year: 2020,
      kind: 'primary',
      effectiveFrom: '2020-01-01',
      institutionId: firstChoice,
      madeBy: 'resident',
      madeAt: new Date('2020-01-01T02:00:00Z'),
      reason: 'first_choice',
    });
  return id;
}

const rowsOf = (id: number, year: number) =>
  t.db
    .select()
    .from(clinicChoices)
    .where(and(eq(clinicChoices.personId, id), eq(clinicChoices.year, year)));
const auditsOf = (id: number) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.personId, id), eq(auditLog.event, 'clinic_choice.chosen')));

describe('chooseClinicFor', () => {
  it('two simultaneous submissions (different forms) for the same person and year: one change, one audit row', async () => {
    const id = await person();
    const s = selfSubject(id);
    const results = await Promise.allSettled([
      chooseClinicFor(t.db, s, { kind: 'primary', institutionId: 'T-B', idempotencyKey: 'form-one-000000' }, '2026-11-15'),
      chooseClinicFor(t.db, s, { kind: 'primary', institutionId: 'T-C', idempotencyKey: 'form-two-000000' }, '2026-11-15'),
    ]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toBeInstanceOf(ChoiceRefused);
    expect((refused[0]!.reason as ChoiceRefused).code).toBe('already_chosen');
    expect(await rowsOf(id, 2027)).toHaveLength(1);
    expect(await auditsOf(id)).toHaveLength(1);
    const status = await clinicStatusOf(t.db, id, '2026-11-15');
    expect(status!.kinds[0]!.nextYear?.reason).toBe('annual_change');
    expect(status!.kinds[0]!.current?.institutionId).toBe('T-A');
  });

  it('the same form sent twice at once (a double click) and replayed later: one change', async () => {
    const id = await person();
    const s = selfSubject(id);
    const input = { kind: 'primary' as const, institutionId: 'T-B', idempotencyKey: 'double-click-0000' };
    const [a, b] = await Promise.all([chooseClinicFor(t.db, s, input, '2026-12-31'), chooseClinicFor(t.db, s, input, '2026-12-31')]);
    expect([a.changed, b.changed].sort()).toEqual([false, true]);
    expect(a).toMatchObject({ year: 2027, effectiveFrom: '2027-01-01', institutionId: 'T-B' });
    expect(b).toMatchObject({ year: 2027, effectiveFrom: '2027-01-01', institutionId: 'T-B' });
    expect((await chooseClinicFor(t.db, s, input, '2026-12-31')).changed).toBe(false);
    expect(await rowsOf(id, 2027)).toHaveLength(1);
    expect(await auditsOf(id)).toHaveLength(1);
  });

  it('a refusal writes nothing: a level-2 hospital as primary, outside the window', async () => {
    const id = await person();
    const s = selfSubject(id);
    await expect(chooseClinicFor(t.db, s, { kind: 'primary', institutionId: 'T-H', idempotencyKey: 'refused-one-0000' }, '2026-11-15')).rejects.toMatchObject({
      code: 'primary_not_primary_care',
      citation: 'JM-UR 二(四)1(3)',
    });
    await expect(chooseClinicFor(t.db, s, { kind: 'primary', institutionId: 'T-B', idempotencyKey: 'refused-two-0000' }, '2026-09-30')).rejects.toMatchObject({
      code: 'outside_window',
    });
    expect(await rowsOf(id, 2027)).toHaveLength(0);
    expect(await auditsOf(id)).toHaveLength(0);
  });

  it('a first choice and a choice after a lost designation are in force at once', async () => {
    const first = await person(null);
    const done = await chooseClinicFor(t.db, selfSubject(first), { kind: 'primary', institutionId: 'T-A', idempotencyKey: 'first-choice-000' }, '2026-05-04');
    expect(done).toMatchObject({ changed: true, year: 2026, effectiveFrom: '2026-05-04' });
    const lost = await person('T-X');
    const preview = await previewChoiceOf(t.db, lost, 'primary', 'T-B', '2026-07-10');
    expect(preview).toMatchObject({ ok: true, reason: 'designation_lost', effectiveFrom: '2026-07-10', from: '戊社区卫生服务中心' });
    await chooseClinicFor(t.db, selfSubject(lost), { kind: 'primary', institutionId: 'T-B', idempotencyKey: 'lost-choice-0000' }, '2026-07-10');
    const status = await clinicStatusOf(t.db, lost, '2026-07-10');
    expect(status!.kinds[0]!.current).toMatchObject({ institutionId: 'T-B', reason: 'designation_lost', previousInstitutionId: 'T-X', designatedToday: true });
  });

  it('the quota of a person without visits is the whole yearly amount', async () => {
    const id = await person();
    const f = await outpatientOf(t.db, id, '2026-11-15');
    expect(f?.region).toBe('jiangmen');
    if (f?.region === 'jiangmen') expect(f.quota.tier1.remaining.toFixed(2)).toBe('180.00');
  });
});
