import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray, sql } from 'drizzle-orm';
import { freshDatabase, type TestDatabase } from '../testing';
import {
  claims,
  clinicChoices,
  contributionMonths,
  enrolmentPeriods,
  institutions,
  medicalCommunities,
  outOfTownFilings,
  personalAccountLedger,
  personIdHashes,
  persons,
  portalMeta,
  specialDiseaseApprovals,
  transferredInPeriods,
  veteranDeemedService,
} from '../schema';
import type { Db } from '../client';
import { personTierRecords, type PersonTierRecord } from '../contributions';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, removeDemoData, seedDemo } from './index';
import { DESIGNATION_LOST_ID, JIANGMEN_DISTRICTS } from './institutions';
import { idNumberHash, verifyPassword } from '../../lib/hashing';
import { isValidIdNumber } from '../../lib/id-number';
import { Dec, addDays, addMonths, ageOn, daysBetween, firstOfMonthAfter, money, monthIndex, parts } from '../../lib/policy/core';
import { insuranceYearDate, monthlyContribution, nationalMinimumResident, residentContribution } from '../../lib/policy/jiangmen/contributions';
import { continuity } from '../../lib/policy/jiangmen/continuity';
import { retirement } from '../../lib/policy/national/retirement';
import { personalAccountCredit } from '../../lib/policy/jiangmen/personal-account';

let t: TestDatabase;
const personIdOfHash = (db: Db, hash: string) => db.select({ id: personIdHashes.personId }).from(personIdHashes).where(eq(personIdHashes.idHash, hash));
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(async () => {
  await t.cleanup();
});

const FIRST_DAY = '2025-11-15';
const SECOND_DAY = '2027-03-01';

type Person = typeof persons.$inferSelect;
type Contribution = PersonTierRecord;

async function personas(db: Db): Promise<Map<string, Person>> {
  const byId = new Map((await db.select().from(persons)).map((p) => [p.id, p]));
  const byHash = new Map((await db.select().from(personIdHashes)).map((h) => [h.idHash, byId.get(h.personId)!]));
  return new Map(DEMO_ACCOUNTS.map((a) => [a.key, byHash.get(idNumberHash(a.idNumber))!]));
}

/** Months (indexes) of a person's records with a tier, in order. */
function monthsOf(records: Contribution[], tier: Contribution['tier']): number[] {
  return records
    .filter((r) => r.tier === tier)
    .map((r) => monthIndex(r.month))
    .sort((a, b) => a - b);
}

/** Longest run of consecutive months whose tier-1 record has `status`. */
function longestRun(records: Contribution[], status: Contribution['status']): number {
  const months = records
    .filter((r) => r.tier === 'tier1' && r.status === status)
    .map((r) => monthIndex(r.month))
    .sort((a, b) => a - b);
  let best = 0;
  let run = 0;
  months.forEach((m, i) => {
    run = i > 0 && m === months[i - 1]! + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best;
}

const asRecords = (rows: Contribution[]) =>
  rows.map((r) => ({ month: r.month.slice(0, 7), months: r.months, tier: r.tier, identity: r.identity, status: r.status, dueOn: r.dueOn, paidOn: r.paidOn }));

/** Every persona's defining facts, as the database holds them on `today`. */
async function expectCasesHold(db: Db, today: string): Promise<void> {
  const year = parts(today).year;
  const careYear = parts(addDays(today, -1)).year;
  const p = await personas(db);
  expect([...p.values()].every((x) => x !== undefined && x.isDemo)).toBe(true);
  const [allRecords, allEnrolments, allChoices, allClaims, allTransferred, allVeterans] = await Promise.all([
    db.select().from(contributionMonths).then(personTierRecords),
    db.select().from(enrolmentPeriods),
    db.select().from(clinicChoices),
    db.select().from(claims),
    db.select().from(transferredInPeriods),
    db.select().from(veteranDeemedService),
  ]);
  const of = <T extends { personId: number }>(rows: T[], key: string) => rows.filter((r) => r.personId === p.get(key)!.id);
  const records = async (key: string) => of(allRecords, key);
  const enrolments = async (key: string) => of(allEnrolments, key);
  const current = async (key: string) => (await enrolments(key)).find((e) => e.validFrom <= today && (e.validTo === null || e.validTo >= today))!;
  const choices = async (key: string) => of(allChoices, key);

  for (const [key, person] of p) {
    // Contributions up to this month at most, a clinic for this year, and a current enrolment.
    const rs = await records(key);
    expect(rs.length, key).toBeGreaterThan(0);
    expect(
      rs.every((r) => r.month <= today && (r.paidOn === null || r.paidOn <= today)),
      key,
    ).toBe(true);
    const cs = await choices(key);
    expect(
      cs.some((c) => c.year === year && c.kind === 'primary' && c.effectiveFrom <= today),
      key,
    ).toBe(true);
    expect(
      cs.every((c) => c.madeAt.getTime() <= new Date(`${today}T23:59:59+08:00`).getTime()),
      key,
    ).toBe(true);
    expect(await current(key), key).toBeDefined();
    const cl = allClaims.filter((x) => x.personId === person.id);
    expect(
      cl.every((c) => c.serviceTo < today && c.settledOn < today && parts(c.serviceFrom).year === careYear),
      key,
    ).toBe(true);
  }

  // 1. resident identity, local unemployed resident in Pengjiang; re-chose when the clinic lost its designation
  const resident = await current('resident');
  expect([resident.identity, resident.category, p.get('resident')!.hukouDistrict]).toEqual(['resident', 'resident', '440703']);
  const lost = (await choices('resident')).find((c) => c.reason === 'designation_lost')!;
  expect(lost.previousInstitutionId).toBe(DESIGNATION_LOST_ID);
  const [lostInstitution] = await db.select().from(institutions).where(eq(institutions.id, DESIGNATION_LOST_ID));
  expect(lostInstitution!.designated).toBe(false);
  expect(lost.effectiveFrom).toBe(addDays(lostInstitution!.designatedUntil!, 1));

  // 2. a student of student age
  expect((await current('student')).category).toBe('student');
  expect(ageOn(p.get('student')!.birthDate, today)).toBe(19);

  // 3. employee since 2009: old 职工医保 months, then tiers 1 + 2 from 2017-07 (20-year rule)
  const legacy = await records('employee_legacy');
  expect(monthsOf(legacy, 'legacy_employee')[0]).toBe(monthIndex('2009-03'));
  expect(monthsOf(legacy, 'tier1')[0]).toBe(monthIndex('2017-07'));
  expect(monthsOf(legacy, 'tier2')[0]).toBe(monthIndex('2017-07'));

  // 4. first insured in 2019 (25-year rule): nothing before
  const e2019 = await records('employee_2019');
  expect(Math.min(...e2019.map((r) => monthIndex(r.month)))).toBe(monthIndex('2019-07'));
  expect(e2019.every((r) => r.tier === 'tier1' || r.tier === 'tier2')).toBe(true);

  // 5. flexible worker: an arrears run over 3 months (interruption) and a back-paid run of ≤ 3
  const flexible = await records('flexible');
  expect(longestRun(flexible, 'arrears')).toBeGreaterThan(3);
  expect(longestRun(flexible, 'back_paid')).toBeGreaterThan(0);
  expect(longestRun(flexible, 'back_paid')).toBeLessThanOrEqual(3);
  const c = continuity({ asOf: today, records: asRecords(flexible), category: 'flexible' });
  expect(c.interruptions.some((i) => i.months > 3)).toBe(true);
  expect(c.keptArrears.some((g) => g.months <= 3 && g.backPaidMonths === g.months)).toBe(true);
  expect(c.continuousMonths).toBeGreaterThan(12);
  expect(c.continuousMonths).toBeLessThanOrEqual(24);
  expect(c.capFactor!.toString()).toBe('0.7');

  // 6. retiree with lifetime benefits: years met, retired, old-method personal-account amount
  const retiree = p.get('retiree')!;
  expect(retiree.retiredOn).not.toBeNull();
  expect(retiree.personalAccountRetireeMonthly).not.toBeNull();
  expect((await current('retiree')).category).toBe('retiree');
  const retireeRecords = await records('retiree');
  const employeeMonths = new Set(retireeRecords.filter((r) => r.identity === 'employee').map((r) => r.month)).size;
  expect(employeeMonths).toBeGreaterThanOrEqual(240);
  expect(retireeRecords.every((r) => r.month < retiree.retiredOn!)).toBe(true);

  // 7. about two years from statutory retirement and short of 20 years even then
  const near = p.get('near_retirement')!;
  const retiresOn = retirement({ birthDate: near.birthDate, group: near.retirementGroup }).retirementDate;
  expect(retiresOn > addMonths(today, 20) && retiresOn < addMonths(today, 28)).toBe(true);
  const nearMonths = new Set((await records('near_retirement')).map((r) => r.month)).size;
  const monthsToGo = monthIndex(retiresOn) - monthIndex(today);
  expect(nearMonths + monthsToGo).toBeLessThan(240);
  expect(Math.min(...(await records('near_retirement')).map((r) => monthIndex(r.month)))).toBeLessThan(monthIndex('2018-01'));

  // 8. transferred in with fewer than 10 local years
  const transferred = of(allTransferred, 'transferred_in');
  expect(transferred.length).toBe(1);
  expect(transferred[0]!.months).toBeGreaterThan(0);
  expect(monthsOf(await records('transferred_in'), 'tier1').length).toBeLessThan(120);

  // 9. veteran with deemed months
  const [veteran] = of(allVeterans, 'veteran');
  expect(veteran!.deemedMonths).toBeGreaterThan(0);
  expect(veteran!.basis).toBe('粤劳社发〔2007〕13号');

  // 10–12. assistance statuses; this year's individual part is fully subsidised
  for (const [key, status] of [
    ['wubao', 'wubao'],
    ['dibao', 'dibao'],
    ['tekun', 'tekun'],
    ['low_income', 'low_income'],
  ] as const) {
    expect((await current(key)).assistance, key).toBe(status);
    const thisYear = (await records(key)).find((r) => parts(r.month).year === year)!;
    expect([thisYear.personalAmount, thisYear.payer], key).toEqual(['0.00', 'government']);
  }

  // 13. newborn: born within 3 months before today, enrolled within 3 months, covered from birth
  const newborn = p.get('newborn')!;
  const age = daysBetween(newborn.birthDate, today);
  expect(age).toBeGreaterThan(0);
  expect(addMonths(newborn.birthDate, 3) >= today).toBe(true);
  const [newbornEnrolment] = await enrolments('newborn');
  expect(newbornEnrolment!.validFrom).toBe(newborn.birthDate);
  expect(newbornEnrolment!.enrolledOn <= addMonths(firstOfMonthAfter(newborn.birthDate), 3)).toBe(true);
  expect(newbornEnrolment!.enrolledOn <= today).toBe(true);

  // 14. Shaoyang resident with a Shaoyang ID number and a Shaoyang clinic
  const shaoyang = p.get('shaoyang')!;
  expect(shaoyang.region).toBe('shaoyang');
  expect(shaoyang.idMasked.startsWith('43')).toBe(true); // Hunan (the mask keeps only the province)
  const syChoice = (await choices('shaoyang')).filter((x) => x.year === year).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0]!;
  const [syClinic] = await db.select().from(institutions).where(eq(institutions.id, syChoice.institutionId));
  expect([syClinic!.region, syClinic!.primaryCare]).toEqual(['shaoyang', true]);

  // Claims this year for the cases they show.
  const kinds = async (key: string) => of(allClaims, key).map((x) => `${x.kind}:${x.transfer}:${x.outOfTown}`);
  expect(await kinds('retiree')).toContain('inpatient:referral:none');
  expect(await kinds('dibao')).toContain('inpatient:medical_community:none');
  expect(await kinds('transferred_in')).toContain('inpatient:none:unregistered');
  expect((await kinds('veteran')).some((k) => k.startsWith('special_disease'))).toBe(true);
}

describe('seedDemo', () => {
  it(`seeds an empty database (today ${FIRST_DAY})`, async () => {
    expect(await isDatabaseEmpty(t.db)).toBe(true);
    const started = performance.now();
    const progress: string[] = [];
    const counts = await seedDemo(t.db, { today: FIRST_DAY, onProgress: (m) => progress.push(m) });
    const seconds = (performance.now() - started) / 1000;
    console.log(`seedDemo on ${t.kind}: ${seconds.toFixed(2)} s`, counts);
    expect(counts.persons).toBe(DEMO_ACCOUNTS.length);
    expect(counts.persons).toBeGreaterThanOrEqual(14);
    expect(counts.contributionRecords).toBeGreaterThan(1000);
    // Both tiers of an employee month share one stored row; every record reads back.
    expect(counts.contributionMonths).toBeLessThan(counts.contributionRecords);
    expect(personTierRecords(await t.db.select().from(contributionMonths))).toHaveLength(counts.contributionRecords);
    expect(counts.claims).toBeGreaterThan(20);
    expect(progress.length).toBeGreaterThan(0);
    expect(await isDatabaseEmpty(t.db)).toBe(false);
    const [meta] = await t.db.select().from(portalMeta).where(eq(portalMeta.key, 'demo'));
    expect(meta!.value).toEqual({ seededFor: FIRST_DAY, accounts: DEMO_ACCOUNTS.length });
  });

  it('gives the directory: 60+ Jiangmen institutions in 7 districts at every level, a medical community, 10 in Shaoyang', async () => {
    const all = await t.db.select().from(institutions);
    expect(all.every((i) => i.isDemo)).toBe(true);
    const jm = all.filter((i) => i.region === 'jiangmen');
    expect(jm.length).toBeGreaterThanOrEqual(60);
    expect(new Set(jm.map((i) => i.district))).toEqual(new Set(Object.keys(JIANGMEN_DISTRICTS)));
    expect(new Set(jm.map((i) => i.level))).toEqual(new Set(['level1', 'level2', 'level3', 'unrated']));
    expect(jm.some((i) => i.primaryCare)).toBe(true);
    expect(jm.some((i) => i.level === 'level1' && !i.primaryCare)).toBe(true);
    for (const role of ['tuberculosis', 'psychiatric', 'hepatitis_c_peg_ifn', 'children']) {
      expect(
        jm.some((i) => i.specialistRoles.includes(role)),
        role,
      ).toBe(true);
    }
    const hcv = jm
      .filter((i) => i.specialistRoles.includes('hepatitis_c_peg_ifn'))
      .map((i) => i.name)
      .sort();
    expect(hcv).toEqual(['开平市中心医院', '恩平市人民医院', '江门市中心医院', '江门市五邑中医院', '江门市人民医院'].sort());
    expect(jm.filter((i) => !i.designated).every((i) => i.designatedUntil !== null)).toBe(true);
    expect(jm.some((i) => !i.designated)).toBe(true);
    const communities = await t.db.select().from(medicalCommunities);
    expect(communities.length).toBeGreaterThanOrEqual(1);
    for (const mc of communities) expect(jm.filter((i) => i.medicalCommunityId === mc.id).length, mc.id).toBeGreaterThan(2);
    const sy = all.filter((i) => i.region === 'shaoyang');
    expect(sy.length).toBe(10);
    expect(sy.every((i) => i.district.startsWith('4305'))).toBe(true);
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
  });

  it(`keeps every persona's case true on ${FIRST_DAY}`, async () => {
    await expectCasesHold(t.db, FIRST_DAY);
  });

  it('stores contribution amounts equal to what the policy library computes', async () => {
    const rows = personTierRecords(await t.db.select().from(contributionMonths));
    const enrol = await t.db.select().from(enrolmentPeriods);
    const people = new Map((await t.db.select().from(persons)).map((x) => [x.id, x]));
    let checked = 0;
    for (const r of rows) {
      if (r.tier === 'tier1' || r.tier === 'tier2') {
        if (r.identity === 'employee') {
          const c = monthlyContribution({
            month: r.month.slice(0, 7),
            category: r.category as 'employee',
            ...(r.category === 'employee' ? { wage: r.base! } : {}),
          });
          const t_ = r.tier === 'tier1' ? c.tier1 : c.tier2;
          expect([r.base, r.employerAmount, r.personalAmount, r.payer]).toEqual([money(c.base), money(t_.employer), money(t_.personal), c.payer]);
        } else if (people.get(r.personId)!.region === 'shaoyang') {
          expect(r.personalAmount).toBe(money(nationalMinimumResident.at(insuranceYearDate(parts(r.month).year)).value));
        } else {
          // The enrolment in force in the record's first month (a newborn's starts mid-month).
          const e = enrol.find(
            (x) => x.personId === r.personId && x.validFrom.slice(0, 7) <= r.month.slice(0, 7) && (x.validTo === null || x.validTo >= r.month),
          )!;
          const age = ageOn(people.get(r.personId)!.birthDate, r.month);
          const c = residentContribution({
            year: parts(r.month).year,
            category: r.category as 'resident',
            assistance: e.assistance,
            lowIncomeQualifies: age >= 60 || age < 18,
          });
          // The 2017 year straddles the unification: its old-scheme months (to June) and its
          // tier-1 months (from July) share the one payment (RULES §13), so they add up to it.
          const before =
            r.month === '2017-07-01' ? rows.find((x) => x.personId === r.personId && x.tier === 'legacy_resident' && x.month.startsWith('2017-')) : undefined;
          const plus = (a: string, b: string | undefined) => (b === undefined ? a : money(new Dec(a).plus(b)));
          expect([plus(r.personalAmount, before?.personalAmount), plus(r.employerAmount, before?.employerAmount)], `${r.personId} ${r.month}`).toEqual([
            money(c.personal),
            money(c.fullAmount.minus(c.personal)),
          ]);
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('stores claims whose parts add up to the cost', async () => {
    const rows = await t.db.select().from(claims);
    expect(rows.length).toBeGreaterThan(20);
    for (const c of rows) {
      const parts_ = [c.tier1, c.critical, c.tier2, c.assistance, c.personalAccount, c.outOfPocket].reduce((a, b) => a.plus(b), new Dec(0));
      expect(money(parts_), `${c.personId}/${c.id}`).toBe(money(new Dec(c.inScope).plus(c.outOfScope)));
    }
  });

  it('keeps a personal-account ledger: credits from the policy library, payments of the claims, a running balance', async () => {
    const ledger = await t.db.select().from(personalAccountLedger).orderBy(personalAccountLedger.personId, personalAccountLedger.id);
    const people = new Map((await t.db.select().from(persons)).map((x) => [x.id, x]));
    const allClaims = await t.db.select().from(claims);
    const ids = new Set(ledger.map((l) => l.personId));
    // Tier-2 persons only (employee identity at some time); never residents or Shaoyang.
    for (const id of ids) expect(people.get(id)!.region).toBe('jiangmen');
    expect(ids.has((await personas(t.db)).get('resident')!.id)).toBe(false);
    expect(ids.size).toBeGreaterThanOrEqual(8);
    for (const id of ids) {
      const rows = ledger.filter((l) => l.personId === id);
      let balance = new Dec(0);
      for (const l of rows) {
        balance = balance.plus(l.amount);
        expect(l.balanceAfter).toBe(money(balance));
        expect(balance.isNeg()).toBe(false);
        expect(l.postedOn <= FIRST_DAY).toBe(true);
      }
      const paid = rows.filter((l) => l.kind === 'payment').reduce((a, l) => a.minus(l.amount), new Dec(0));
      const parts_ = allClaims.filter((c) => c.personId === id).reduce((a, c) => a.plus(c.personalAccount), new Dec(0));
      expect(money(paid)).toBe(money(parts_));
    }
    const retiree = (await personas(t.db)).get('retiree')!;
    const retireeCredits = ledger.filter((l) => l.personId === retiree.id && l.kind === 'credit' && l.month! >= retiree.retiredOn!);
    expect(retireeCredits.length).toBeGreaterThan(12);
    expect(retireeCredits.every((l) => l.amount === retiree.personalAccountRetireeMonthly)).toBe(true);
    const e2019 = (await personas(t.db)).get('employee_2019')!;
    const [firstCredit] = ledger.filter((l) => l.personId === e2019.id && l.kind === 'credit');
    const base = personTierRecords(await t.db.select().from(contributionMonths).where(eq(contributionMonths.personId, e2019.id))).find(
      (r) => r.month === firstCredit!.month && r.tier === 'tier2',
    )!.base!;
    const expected = personalAccountCredit({
      month: firstCredit!.month!.slice(0, 7),
      birthDate: e2019.birthDate,
      status: 'in_service',
      firstEmployeeInsuranceMonth: '2019-07',
      base,
    });
    expect(firstCredit!.amount).toBe(money(expected.credit));
  });

  it('stores only hashes and masked forms of valid demo ID numbers, never the numbers themselves', async () => {
    for (const a of DEMO_ACCOUNTS) {
      expect(isValidIdNumber(a.idNumber), a.key).toBe(true);
      const found = await t.db
        .select()
        .from(persons)
        .where(inArray(persons.id, personIdOfHash(t.db, idNumberHash(a.idNumber))));
      expect(found.length, a.key).toBe(1);
      expect(found[0]!.name).toBe(a.name);
      // Sequence parity: odd = male.
      expect(found[0]!.sex, a.key).toBe(parseInt(a.idNumber.slice(16, 17), 10) % 2 === 1 ? 'male' : 'female');
    }
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.idNumber)).size).toBe(DEMO_ACCOUNTS.length);
    const [one] = await t.db
      .select()
      .from(persons)
      .where(inArray(persons.id, personIdOfHash(t.db, idNumberHash(DEMO_ACCOUNTS[0]!.idNumber))));
    expect(await verifyPassword(one!.passwordHash!, DEMO_PASSWORD)).toBe(true);

    // Every column of every table, read as text: no ID number (its first 17 characters) anywhere.
    const tables = await t.db.execute(sql`
      select table_schema, table_name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`);
    const list = (Array.isArray(tables) ? tables : (tables as { rows: unknown[] }).rows) as { table_schema: string; table_name: string }[];
    expect(list.map((x) => x.table_name)).toContain('persons');
    const patterns = DEMO_ACCOUNTS.map((a) => `%${a.idNumber.slice(0, 17)}%`);
    for (const { table_schema, table_name } of list) {
      const res = await t.db.execute(
        sql`select count(*)::int as n from ${sql.identifier(table_schema)}.${sql.identifier(table_name)} as t where t::text like any (${sql.raw(`array[${patterns.map((x) => `'${x}'`).join(',')}]`)})`,
      );
      const n = ((Array.isArray(res) ? res : (res as { rows: unknown[] }).rows)[0] as { n: number }).n;
      expect(n, `${table_schema}.${table_name}`).toBe(0);
    }
  });

  it('gives identical data for the same today', async () => {
    const first = await dump(t.db);
    await seedDemo(t.db, { today: FIRST_DAY, replace: true });
    const second = await dump(t.db);
    expect(second).toEqual(first);
  });

  it(`keeps every persona's case true on another day (${SECOND_DAY})`, async () => {
    await seedDemo(t.db, { today: SECOND_DAY, replace: true });
    await expectCasesHold(t.db, SECOND_DAY);
    const [meta] = await t.db.select().from(portalMeta).where(eq(portalMeta.key, 'demo'));
    expect(meta!.value).toEqual({ seededFor: SECOND_DAY, accounts: DEMO_ACCOUNTS.length });
  });

  it('is all or nothing: a bad row midway leaves the database empty', async () => {
    await removeDemoData(t.db);
    expect(await isDatabaseEmpty(t.db)).toBe(true);
    await expect(
      seedDemo(t.db, {
        today: FIRST_DAY,
        beforeCommit: async (tx) => {
          const [someone] = await tx.select().from(persons).limit(1);
          // Parts that do not add up: refused by the claims_parts_add_up check.
          await tx.insert(claims).values({
            personId: someone!.id,
            kind: 'outpatient',
            institutionName: 'bad row',
            level: 'level1',
            serviceFrom: '2025-01-02',
            serviceTo: '2025-01-02',
            settledOn: '2025-01-02',
            inScope: '100.00',
            outOfPocket: '1.00',
          });
        },
      }),
    ).rejects.toThrow();
    expect(await isDatabaseEmpty(t.db)).toBe(true);
    for (const table of [persons, personIdHashes, contributionMonths, claims, clinicChoices, institutions, portalMeta]) {
      expect((await t.db.select().from(table)).length).toBe(0);
    }
  });

  it('survives the edges of the year (1 and 2 January, 31 December) and a year the library has no figures for', async () => {
    for (const day of ['2026-01-01', '2026-01-02', '2026-12-31', '2028-06-15']) {
      const notes: string[] = [];
      await seedDemo(t.db, { today: day, replace: true, onProgress: (m) => notes.push(m) });
      const p = await personas(t.db);
      expect(p.size, day).toBe(DEMO_ACCOUNTS.length);
      if (day === '2028-06-15') expect(notes.some((n) => n.startsWith('Note:'))).toBe(true);
    }
  });
});

/** Every demo table's rows, with generated ids and times left out and persons named by ID hash. */
async function dump(db: Db): Promise<Record<string, string[]>> {
  const hashOf = new Map((await db.select().from(personIdHashes)).map((x) => [x.personId, x.idHash]));
  const out: Record<string, string[]> = {};
  const tables = {
    persons,
    institutions,
    medicalCommunities,
    personIdHashes,
    contributionMonths,
    enrolmentPeriods,
    clinicChoices,
    claims,
    transferredInPeriods,
    veteranDeemedService,
    specialDiseaseApprovals,
    outOfTownFilings,
    personalAccountLedger,
    portalMeta,
  };
  for (const [name, table] of Object.entries(tables)) {
    const rows = (await db.select().from(table as typeof persons)) as Record<string, unknown>[];
    out[name] = rows
      .map((row) => {
        const { id, createdAt, passwordHash, updatedAt, ...rest } = row;
        void createdAt;
        void passwordHash;
        void updatedAt;
        const keep = name === 'institutions' || name === 'medicalCommunities' ? { id, ...rest } : rest;
        if ('personId' in keep) keep.personId = hashOf.get(keep.personId as number);
        return JSON.stringify(keep);
      })
      .sort();
  }
  return out;
}
