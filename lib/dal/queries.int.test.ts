import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../db/testing';
import { enrolmentPeriods, persons } from '../../db/schema';
import { DATA_LAYER_QUERIES, enrolmentOn, explain, insuranceSummary, personCard } from './queries';

let t: TestDatabase;
let employee: number;
let newcomer: number;

beforeAll(async () => {
  t = await freshDatabase();
  const person = async (name: string) => {
    const [p] = await t.db
      .insert(persons)
      .values({
        idMasked: '44***************4',
        name,
        sex: 'male',
        birthDate: '1976-02-11',
        region: 'jiangmen',
        hukouDistrict: '440703',
        retirementGroup: 'male',
      })
      .returning({ id: persons.id });
    return p!.id;
  };
  employee = await person('黄志强');
  newcomer = await person('刘思远');
  await t.db.insert(enrolmentPeriods).values([
    {
      personId: employee,
      validFrom: '2009-03-01',
      validTo: '2019-12-31',
      region: 'jiangmen',
      identity: 'resident',
      tiers: 'tier1',
      category: 'resident',
      enrolledOn: '2009-02-20',
    },
    {
      personId: employee,
      validFrom: '2020-01-01',
      validTo: '2025-06-30',
      region: 'jiangmen',
      identity: 'employee',
      tiers: 'tier1_tier2',
      category: 'employee',
      enrolledOn: '2019-12-20',
      employerName: '江门市某某有限公司',
    },
    {
      personId: newcomer,
      validFrom: '2026-01-01',
      region: 'jiangmen',
      identity: 'resident',
      tiers: 'tier1',
      category: 'resident',
      assistance: 'dibao',
      enrolledOn: '2025-12-01',
    },
  ]);
});
afterAll(async () => {
  await t.cleanup();
});

describe('insuranceSummary', () => {
  it('shows the period in force on the day', async () => {
    const s = await insuranceSummary(t.db, employee, '2024-05-01');
    expect(s).toEqual({
      name: '黄志强',
      idMasked: '44***************4',
      region: 'jiangmen',
      isDemo: false,
      enrolment: {
        identity: 'employee',
        tiers: 'tier1_tier2',
        category: 'employee',
        assistance: 'none',
        status: 'active',
        validFrom: '2020-01-01',
        validTo: '2025-06-30',
        employerName: '江门市某某有限公司',
      },
    });
    expect((await insuranceSummary(t.db, employee, '2015-01-01'))?.enrolment).toMatchObject({
      identity: 'resident',
      validFrom: '2009-03-01',
      status: 'active',
    });
  });

  it('shows the latest period as ended once its last day has passed, and still active on that day', async () => {
    expect((await insuranceSummary(t.db, employee, '2025-06-30'))?.enrolment?.status).toBe('active');
    expect((await insuranceSummary(t.db, employee, '2025-07-01'))?.enrolment).toMatchObject({ validFrom: '2020-01-01', status: 'ended' });
  });

  it('has no enrolment before the first period begins, and nothing for an unknown person', async () => {
    expect(await insuranceSummary(t.db, newcomer, '2025-12-31')).toMatchObject({ name: '刘思远', enrolment: null });
    expect((await insuranceSummary(t.db, newcomer, '2026-01-01'))?.enrolment).toMatchObject({ assistance: 'dibao', validTo: null });
    expect(await insuranceSummary(t.db, 999_999, '2026-01-01')).toBeNull();
  });

  it('reads only the person it is given', async () => {
    expect(await personCard(t.db, newcomer)).toEqual([{ name: '刘思远', idMasked: '44***************4', region: 'jiangmen', isDemo: false }]);
    expect((await enrolmentOn(t.db, newcomer, '2030-01-01')).map((p) => p.personId)).toEqual([newcomer]);
  });
});

describe('DATA_LAYER_QUERIES', () => {
  const at = { personId: 0, today: '2024-05-01', year: 2024, institutionId: 'none', now: new Date('2024-05-01T02:00:00Z') };

  it('lists every statement once by name, each of which runs (db/explain.int.test.ts checks their plans)', async () => {
    const names = DATA_LAYER_QUERIES.map((q) => q.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['personCard', 'enrolmentOn', 'claimsOfYear']));
    for (const q of DATA_LAYER_QUERIES) await expect(Promise.resolve(q.sample(t.db, { ...at, personId: employee })), q.name).resolves.toBeDefined();
    const card = (await DATA_LAYER_QUERIES.find((q) => q.name === 'personCard')!.sample(t.db, { ...at, personId: employee })) as unknown[];
    expect(card).toHaveLength(1);
  });

  it('explains a statement, with ANALYZE too', async () => {
    const plan = (await explain(t.db, personCard(t.db, employee), { analyze: true })) as { Plan: { 'Actual Rows': number; 'Node Type': string } }[];
    expect(typeof plan[0]?.Plan['Node Type']).toBe('string');
    expect(plan[0]?.Plan['Actual Rows']).toBe(1);
  });
});
