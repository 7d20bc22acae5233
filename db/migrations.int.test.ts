/**
 * Migration 0002 on a database that holds the demo at the old schema: a database migrated to
 * 0001 only is seeded in the old shape (persons with their ID hash, one contribution record per
 * tier) from the same demo generator the old seed wrote, plus audit entries, a session and a
 * throttle row. Every resident's figures are computed before (from the old tables, read as
 * they were) and after (from the new tables, through db/contributions.ts) by the policy library,
 * and must be equal; so must every row of every table. A database whose records cannot merge
 * is refused and left as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, integer, numeric, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { databaseAtMigration, type PartlyMigratedDatabase } from './testing';
import type { Db } from './client';
import * as schema from './schema';
import { monthlyRecordsOf, personTierRecords, type TierRecord } from './contributions';
import { buildDemo } from './seed/demo';
import { maskIdNumber } from '../lib/id-number';
import { idNumberHash } from '../lib/hashing';
import { Dec, money } from '../lib/policy/core';
import { continuity } from '../lib/policy/jiangmen/continuity';
import type { MonthlyRecord } from '../lib/policy/jiangmen/continuity/records';
import { accumulatedYears } from '../lib/policy/jiangmen/years';

const TODAY = '2025-11-15';

// The two tables as they were before migration 0002 (db/migrations/0000_initial.sql).
const day = (name: string) => date(name, { mode: 'string' });
const oldPersons = pgTable('persons', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  idHash: text('id_hash').notNull(),
  idMasked: text('id_masked').notNull(),
  name: text('name').notNull(),
  sex: schema.sex('sex').notNull(),
  birthDate: day('birth_date').notNull(),
  region: schema.region('region').notNull(),
  hukouDistrict: text('hukou_district').notNull(),
  phone: text('phone'),
  address: text('address'),
  retirementGroup: schema.retirementGroup('retirement_group').notNull(),
  retiredOn: day('retired_on'),
  lifetimeEntitled2017: boolean('lifetime_entitled_2017').notNull().default(false),
  crossRegionWorker: boolean('cross_region_worker').notNull().default(false),
  personalAccountDec2016: numeric('personal_account_dec_2016', { precision: 12, scale: 2 }),
  personalAccountRetireeMonthly: numeric('personal_account_retiree_monthly', { precision: 12, scale: 2 }),
  passwordHash: text('password_hash'),
  sessionVersion: integer('session_version').notNull().default(0),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
const oldContributionRecords = pgTable('contribution_records', {
  personId: bigint('person_id', { mode: 'number' }).notNull(),
  month: day('month').notNull(),
  tier: schema.contributionTier('tier').notNull(),
  months: smallint('months').notNull(),
  identity: schema.identity('identity').notNull(),
  category: schema.category('category').notNull(),
  base: numeric('base', { precision: 12, scale: 2 }),
  employerRate: numeric('employer_rate', { precision: 7, scale: 4 }),
  personalRate: numeric('personal_rate', { precision: 7, scale: 4 }),
  employerAmount: numeric('employer_amount', { precision: 12, scale: 2 }).notNull(),
  personalAmount: numeric('personal_amount', { precision: 12, scale: 2 }).notNull(),
  payer: schema.payer('payer').notNull(),
  status: schema.contributionStatus('status').notNull(),
  dueOn: day('due_on').notNull(),
  paidOn: day('paid_on'),
});

const BATCH = 400;
async function insertAll(db: Db, table: Parameters<Db['insert']>[0], rows: readonly object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) if (rows.length) await db.insert(table).values(rows.slice(i, i + BATCH));
}

/** The mask of migrations 0000–0003 (first 6, last 4), which migration 0004 shortens. */
const oldMask = (id: string) => `${id.slice(0, 6)}********${id.slice(14)}`;

/** The demo as the old seed wrote it, at the old schema; returns each persona's person id. */
async function seedOldShape(db: Db): Promise<Map<string, number>> {
  const demo = buildDemo(TODAY);
  await insertAll(db, schema.medicalCommunities, demo.communities);
  await insertAll(db, schema.institutions, demo.institutions);
  const ids = new Map<string, number>();
  for (const plan of demo.plans) {
    const [row] = await db
      .insert(oldPersons)
      .values({
        ...plan.person,
        idHash: idNumberHash(plan.idNumber),
        idMasked: oldMask(plan.idNumber),
        passwordHash: `argon2-placeholder-${plan.key}`,
        isDemo: true,
      })
      .returning({ id: oldPersons.id });
    const personId = row!.id;
    ids.set(plan.key, personId);
    const own = <T extends object>(rows: readonly T[]) => rows.map((r) => ({ ...r, personId }));
    await insertAll(db, schema.enrolmentPeriods, own(plan.enrolments));
    await insertAll(db, oldContributionRecords, own(plan.contributions));
    await insertAll(db, schema.transferredInPeriods, own(plan.transferredIn));
    await insertAll(db, schema.veteranDeemedService, own(plan.veteran ? [plan.veteran] : []));
    await insertAll(db, schema.clinicChoices, own(plan.choices));
    await insertAll(db, schema.specialDiseaseApprovals, own(plan.specialDiseases));
    await insertAll(db, schema.outOfTownFilings, own(plan.filings));
    await insertAll(db, schema.claims, own(plan.claims));
    await insertAll(db, schema.personalAccountLedger, own(plan.ledger));
  }
  await db.insert(schema.portalMeta).values({ key: 'demo', value: { seededFor: TODAY, accounts: demo.plans.length } });
  const someone = ids.get('resident')!;
  // Audit entries of an old month, of now and of a time beyond the partitions made in advance.
  for (const [at, event] of [
    ['2014-03-10T01:00:00Z', 'sign_in.succeeded'],
    ['2025-11-14T23:30:00Z', 'sign_in.failed'],
    [new Date().toISOString(), 'sign_out'],
    ['2031-01-01T00:00:00Z', 'test.future'],
  ] as const) {
    await db.execute(
      sql`insert into audit_log (at, person_id, actor, event, detail) values (${at}::timestamptz, ${someone}, 'resident', ${event}, '{"ip":"127.0.0.1"}')`,
    );
  }
  const now = new Date();
  // The columns of migration 0002 only (0004 adds user_agent).
  await db.execute(
    sql`insert into auth_sessions (person_id, id, session_version, created_at, last_seen_at) values (${someone}, '00000000-0000-4000-8000-000000000001', 0, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz)`,
  );
  await db.insert(schema.loginThrottle).values({ subjectHash: 'h'.repeat(64), failures: [now], updatedAt: now });
  return ids;
}

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

interface PersonFacts {
  person: { birthDate: string; retirementGroup: 'male' | 'female_55' | 'female_50'; lifetimeEntitled2017: boolean; crossRegionWorker: boolean };
  enrolments: (typeof schema.enrolmentPeriods.$inferSelect)[];
  records: TierRecord[];
  transferred: (typeof schema.transferredInPeriods.$inferSelect)[];
  veteran: typeof schema.veteranDeemedService.$inferSelect | undefined;
  claims: (typeof schema.claims.$inferSelect)[];
  ledger: (typeof schema.personalAccountLedger.$inferSelect)[];
  choices: (typeof schema.clinicChoices.$inferSelect)[];
}

function attempt<T>(f: () => T): T | { refused: string } {
  try {
    return f();
  } catch (e) {
    return { refused: e instanceof Error ? e.message : String(e) };
  }
}

const sum = (values: readonly string[]) => money(values.reduce((a, v) => a.plus(v), new Dec(0)));

/** What the portal shows a resident, computed by the policy library from the stored facts. */
function figuresOf(f: PersonFacts, monthly: MonthlyRecord[]) {
  const current = f.enrolments.find((e) => e.validFrom <= TODAY && (e.validTo === null || e.validTo >= TODAY)) ?? null;
  const employeeCategory = (['employee', 'unemployed', 'flexible', 'self_employed'] as const).find((c) => c === current?.category);
  const c = attempt(() => continuity({ asOf: TODAY, records: monthly, ...(employeeCategory ? { category: employeeCategory } : {}) }));
  const y = attempt(() =>
    accumulatedYears({
      asOf: TODAY,
      records: monthly,
      transferredIn: f.transferred.map((t) => ({ origin: t.origin, months: t.months, from: t.fromMonth.slice(0, 7), to: t.toMonth.slice(0, 7) })),
      ...(f.veteran ? { veteranDeemed: { months: f.veteran.deemedMonths, basis: f.veteran.basis } } : {}),
      retirement: { birthDate: f.person.birthDate, group: f.person.retirementGroup },
      lifetimeEntitledOn20170630: f.person.lifetimeEntitled2017,
      crossRegion: f.person.crossRegionWorker,
    }),
  );
  const years = [...new Set(f.records.map((r) => r.month.slice(0, 4)))].sort();
  return {
    enrolment: current && { identity: current.identity, category: current.category, tiers: current.tiers, assistance: current.assistance },
    continuity:
      'refused' in c
        ? c
        : { months: c.continuousMonths, capFactor: c.capFactor?.toString() ?? null, interruptions: c.interruptions.map((i) => `${i.from}..${i.to}`) },
    years:
      'refused' in y
        ? y
        : {
            accumulated: y.accumulatedMonths,
            local: y.localMonths,
            status: y.status,
            shortfall: y.shortfallNow,
            metIn: y.minimumMetInMonth,
            atRetirement: y.atRetirement,
          },
    contributions: years.map((year) => {
      const of = (tier: string) => f.records.filter((r) => r.month.startsWith(year) && r.tier === tier);
      return {
        year,
        tiers: ['tier1', 'tier2', 'legacy_employee', 'legacy_resident'].map((tier) => [
          tier,
          of(tier).length,
          sum(of(tier).map((r) => r.employerAmount)),
          sum(of(tier).map((r) => r.personalAmount)),
        ]),
        owed: f.records.filter((r) => r.month.startsWith(year) && r.status === 'arrears').length,
      };
    }),
    claims: {
      count: f.claims.length,
      fund: sum(f.claims.flatMap((x) => [x.tier1, x.critical, x.tier2, x.assistance])),
      own: sum(f.claims.map((x) => x.outOfPocket)),
    },
    account: { entries: f.ledger.length, balance: [...f.ledger].sort((a, b) => a.id - b.id).at(-1)?.balanceAfter ?? null },
    clinic: f.choices
      .filter((x) => x.year === 2025 && x.kind === 'primary')
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))
      .map((x) => x.institutionId),
  };
}

async function facts(db: Db, personId: number, records: TierRecord[]): Promise<PersonFacts> {
  const where = (table: { personId: unknown }) => sql`${table.personId} = ${personId}`;
  const [person] = rowsOf<PersonFacts['person']>(
    await db.execute(sql`
      select birth_date as "birthDate", retirement_group as "retirementGroup", lifetime_entitled_2017 as "lifetimeEntitled2017",
             cross_region_worker as "crossRegionWorker"
        from persons where id = ${personId}`),
  );
  return {
    person: { ...person!, birthDate: String(person!.birthDate).slice(0, 10) },
    enrolments: await db.select().from(schema.enrolmentPeriods).where(where(schema.enrolmentPeriods)),
    records,
    transferred: await db.select().from(schema.transferredInPeriods).where(where(schema.transferredInPeriods)),
    veteran: (await db.select().from(schema.veteranDeemedService).where(where(schema.veteranDeemedService)))[0],
    claims: await db.select().from(schema.claims).where(where(schema.claims)),
    ledger: await db.select().from(schema.personalAccountLedger).where(where(schema.personalAccountLedger)),
    choices: await db.select().from(schema.clinicChoices).where(where(schema.clinicChoices)),
  };
}

/** Every row of the tables both schemas share, as sorted JSON, keyed by table. */
async function sharedRows(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const name of [
    'enrolment_periods',
    'transferred_in_periods',
    'veteran_deemed_service',
    'clinic_choices',
    'special_disease_approvals',
    'claims',
    'personal_account_ledger',
    'out_of_town_filings',
    'institutions',
    'medical_communities',
    'auth_sessions',
    'login_throttle',
    'portal_meta',
    'audit_log',
  ]) {
    // Columns added by later migrations (auth_sessions.user_agent, 0004) are not compared.
    out[name] = rowsOf<{ j: string }>(await db.execute(sql`select (to_jsonb(t) - 'user_agent')::text as j from ${sql.identifier(name)} t`))
      .map((r) => r.j)
      .sort();
  }
  const persons = rowsOf<Record<string, unknown>>(await db.execute(sql`select * from persons`));
  // The mask is compared apart (migration 0004 shortens it).
  out.persons = persons.map(({ id_hash: _hash, id_masked: _mask, ...rest }) => JSON.stringify(rest)).sort();
  return out;
}

let subject: PartlyMigratedDatabase | undefined;
afterEach(async () => {
  await subject?.cleanup();
  subject = undefined;
});

describe('migration 0002 on a database holding the demo at the old schema', () => {
  it("keeps every resident's figures and every row", async () => {
    subject = await databaseAtMigration(2);
    const { db } = subject;
    const ids = await seedOldShape(db);

    const oldRecords = (await db.select().from(oldContributionRecords)) as (TierRecord & { personId: number })[];
    const before = new Map<string, unknown>();
    for (const [key, personId] of ids) {
      const records = oldRecords.filter((r) => r.personId === personId).map(({ personId: _p, ...r }) => r);
      // Read as the old schema was read: each stored row is a record for the rules.
      const monthly = records.map((r) => ({
        month: r.month.slice(0, 7),
        months: r.months,
        tier: r.tier,
        identity: r.identity,
        status: r.status,
        dueOn: r.dueOn,
        paidOn: r.paidOn,
      }));
      before.set(key, figuresOf(await facts(db, personId, records), monthly));
    }
    const hashesBefore = rowsOf<{ id_hash: string; id: number }>(await db.execute(sql`select id_hash, id from persons`))
      .map((r) => `${r.id_hash}:${r.id}`)
      .sort();
    const rowsBefore = await sharedRows(db);
    const recordsBefore = oldRecords.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort();

    await subject.migrateRest();

    const stored = await db.select().from(schema.contributionMonths);
    expect(stored.length).toBeLessThan(oldRecords.length); // both tiers of a month now share a row
    const recordsAfter = personTierRecords(stored);
    expect(recordsAfter.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort()).toEqual(recordsBefore);
    for (const [key, personId] of ids) {
      const mine = stored.filter((r) => r.personId === personId);
      const records = personTierRecords(mine).map(({ personId: _p, ...r }) => r);
      expect(figuresOf(await facts(db, personId, records), monthlyRecordsOf(mine)), key).toEqual(before.get(key));
    }
    const hashesAfter = (await db.select().from(schema.personIdHashes)).map((r) => `${r.idHash}:${r.personId}`).sort();
    expect(hashesAfter).toEqual(hashesBefore);
    expect(await sharedRows(db)).toEqual(rowsBefore);
    // Migration 0004: every stored mask is now the irreversible one, computed from the old mask alone.
    const plans = new Map(buildDemo(TODAY).plans.map((p) => [p.key, p.idNumber]));
    for (const [key, personId] of ids) {
      const [row] = await db
        .select({ idMasked: schema.persons.idMasked })
        .from(schema.persons)
        .where(sql`${schema.persons.id} = ${personId}`);
      expect(row!.idMasked, key).toBe(maskIdNumber(plans.get(key)!));
    }

    // The figures are real ones, not empty on both sides.
    const legacy = before.get('employee_legacy') as ReturnType<typeof figuresOf>;
    expect(legacy.contributions.length).toBeGreaterThan(10);
    expect(legacy.years).toMatchObject({ accumulated: expect.any(Number) });
    expect((legacy.years as { accumulated: number }).accumulated).toBeGreaterThan(100);
    expect((before.get('flexible') as ReturnType<typeof figuresOf>).continuity).toMatchObject({ capFactor: '0.7' });

    // The audit log is partitioned by month now; the entry of 2014 sits in its own month.
    const parts = rowsOf<{ part: string; n: number }>(
      await db.execute(sql`select tableoid::regclass::text as part, count(*)::int as n from audit_log group by 1 order by 1`),
    );
    expect(parts.find((p) => p.part === 'audit_log_y2014m03')?.n).toBe(1);
    expect(parts.find((p) => p.part === 'audit_log_default')?.n).toBe(1);
    // Identity columns continue after the copied ids.
    const [nextClaim] = await db
      .insert(schema.claims)
      .values({
        personId: ids.get('retiree')!,
        kind: 'outpatient',
        institutionName: 'x',
        level: 'level1',
        serviceFrom: TODAY,
        serviceTo: TODAY,
        settledOn: TODAY,
        inScope: '1.00',
        outOfPocket: '1.00',
      })
      .returning({ id: schema.claims.id });
    expect(nextClaim!.id).toBeGreaterThan(
      Math.max(...(await db.select({ id: schema.claims.id }).from(schema.claims)).map((r) => r.id).filter((i) => i !== nextClaim!.id)),
    );
  });

  it('refuses records that cannot share a row, and leaves the database as it was', async () => {
    subject = await databaseAtMigration(2);
    const { db } = subject;
    const ids = await seedOldShape(db);
    const someone = ids.get('employee_2019')!;
    // A tier-2 record whose base differs from its tier-1 record's: merging would lose one.
    await db.execute(sql`update contribution_records set base = base + 1 where person_id = ${someone} and tier = 'tier2' and month = '2024-03-01'`);
    const before = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from contribution_records`))[0]!.n;
    await expect(subject.migrateRest()).rejects.toThrow(/cannot become contribution_months|different shared fields/);
    expect(rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from contribution_records`))[0]!.n).toBe(before);
    const tables = rowsOf<{ t: string | null }>(await db.execute(sql`select to_regclass('contribution_months')::text as t`));
    expect(tables[0]!.t).toBeNull();
    expect(rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from persons where id_hash is not null`))[0]!.n).toBe(ids.size);
  });
});
