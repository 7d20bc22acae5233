import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
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
        idHash: randomBytes(16).toString('hex'),
        idMasked: '440703********1234',
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
      idMasked: '440703********1234',
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
    expect(await personCard(t.db, newcomer)).toEqual([{ name: '刘思远', idMasked: '440703********1234', region: 'jiangmen', isDemo: false }]);
    expect((await enrolmentOn(t.db, newcomer, '2030-01-01')).map((p) => p.personId)).toEqual([newcomer]);
  });
});

describe('DATA_LAYER_QUERIES', () => {
  it('lists every statement once by name, each of which runs and explains', async () => {
    const names = DATA_LAYER_QUERIES.map((q) => q.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['personCard', 'enrolmentOn']));
    for (const q of DATA_LAYER_QUERIES) {
      const rows = (await q.sample(t.db, { personId: employee, today: '2024-05-01' })) as unknown[];
      expect(rows.length, q.name).toBeGreaterThan(0);
      const plan = (await explain(t.db, q.sample(t.db, { personId: employee, today: '2024-05-01' }))) as { Plan: { 'Node Type': string } }[];
      expect(typeof plan[0]?.Plan['Node Type'], q.name).toBe('string');
    }
  });

  it('explains with ANALYZE too', async () => {
    const q = DATA_LAYER_QUERIES.find((x) => x.name === 'personCard')!;
    const plan = (await explain(t.db, q.sample(t.db, { personId: employee, today: '2024-05-01' }), { analyze: true })) as { Plan: { 'Actual Rows': number } }[];
    expect(plan[0]?.Plan['Actual Rows']).toBe(1);
  });
});
