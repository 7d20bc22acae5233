/** The queries of db/queries.ts on the demo residents: what they return, not only how they run. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDatabase, type TestDatabase } from '../../db/testing';
import { auditLog, clinicChoices, contributionMonths, institutions, personalAccountLedger, personIdHashes, claims } from '../../db/schema';
import { DEMO_ACCOUNTS, seedDemo } from '../../db/seed';
import { DESIGNATION_LOST_ID } from '../../db/seed/institutions';
import { claimsOfYear, contributionHistory, personalAccountEntries, recentActivity, residentsOfInstitution } from './queries';
import { tierRecordsOf } from '../../db/contributions';
import { idNumberHash } from '../hashing';

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

describe('db/queries.ts', () => {
  it("contribution history: exactly the person's months of the years asked, in order", async () => {
    const person = idOf.get('employee_legacy')!;
    const all = await t.db.select().from(contributionMonths).where(eq(contributionMonths.personId, person));
    const rows = await contributionHistory(t.db, person, 2016, 2018);
    expect(rows.map((r) => r.month)).toEqual(
      all
        .map((r) => r.month)
        .filter((m) => m >= '2016-01-01' && m < '2019-01-01')
        .sort(),
    );
    expect(rows).toHaveLength(36);
    // 2016 and the first half of 2017 are the old scheme; from 2017-07 both tiers.
    expect(
      rows
        .filter((r) => r.legacy)
        .map((r) => r.month.slice(0, 7))
        .at(-1),
    ).toBe('2017-06');
    expect(rows.flatMap(tierRecordsOf)).toHaveLength(18 + 18 * 2);
    expect(await contributionHistory(t.db, person, 1990, 1995)).toEqual([]);
  });

  it("claims of a year and the account's entries: the person's own, by date", async () => {
    const person = idOf.get('retiree')!;
    const mine = (await t.db.select().from(claims).where(eq(claims.personId, person))).filter((c) => c.serviceFrom.startsWith('2025'));
    const year = await claimsOfYear(t.db, person, 2025);
    expect(year.length).toBeGreaterThan(0);
    expect(year.map((c) => c.id).sort()).toEqual(mine.map((c) => c.id).sort());
    expect(year.every((c, i) => i === 0 || c.serviceFrom >= year[i - 1]!.serviceFrom)).toBe(true);
    const entries = await personalAccountEntries(t.db, person);
    const all = await t.db.select().from(personalAccountLedger).where(eq(personalAccountLedger.personId, person));
    expect(entries).toHaveLength(all.length);
    // In posting order the running balance is the balance after each entry.
    expect(entries.at(-1)!.balanceAfter).toBe([...all].sort((a, b) => a.id - b.id).at(-1)!.balanceAfter);
    expect((await personalAccountEntries(t.db, person, '2025-01-01')).every((e) => e.postedOn >= '2025-01-01')).toBe(true);
  });

  it('recent activity: the entries of the person in the period, newest first', async () => {
    const person = idOf.get('student')!;
    const at = (s: string) => new Date(s);
    for (const when of ['2025-11-01T02:00:00Z', '2025-11-10T02:00:00Z', '2025-11-12T02:00:00Z']) {
      await t.db.insert(auditLog).values({ at: at(when), personId: person, actor: 'resident', event: 'sign_in.succeeded' });
    }
    await t.db.insert(auditLog).values({ at: at('2025-11-11T02:00:00Z'), personId: idOf.get('resident')!, actor: 'resident', event: 'sign_in.succeeded' });
    const rows = await recentActivity(t.db, person, at('2025-11-05T00:00:00Z'), at('2025-11-15T00:00:00Z'));
    expect(rows.map((r) => r.at.toISOString())).toEqual(['2025-11-12T02:00:00.000Z', '2025-11-10T02:00:00.000Z']);
  });

  it('residents of an institution: those whose choice in force is that clinic, not those who left it', async () => {
    const resident = idOf.get('resident')!;
    const lost = (await t.db.select().from(clinicChoices).where(eq(clinicChoices.personId, resident))).find((c) => c.reason === 'designation_lost')!;
    const [clinic] = await t.db.select().from(institutions).where(eq(institutions.id, DESIGNATION_LOST_ID));
    expect(lost.previousInstitutionId).toBe(DESIGNATION_LOST_ID);
    const dayBefore = clinic!.designatedUntil!;
    const year = lost.year;
    const before = await residentsOfInstitution(t.db, DESIGNATION_LOST_ID, year, dayBefore);
    const after = await residentsOfInstitution(t.db, DESIGNATION_LOST_ID, year, lost.effectiveFrom);
    // On 2025-11-15 the demo's clinic lost its designation at the end of July: the same year.
    expect([dayBefore, lost.effectiveFrom]).toEqual(['2025-07-31', '2025-08-01']);
    expect(before.map((r) => r.personId)).toContain(resident);
    expect(after.map((r) => r.personId)).not.toContain(resident);
    const now = await residentsOfInstitution(t.db, lost.institutionId, year, lost.effectiveFrom);
    expect(now.map((r) => r.personId)).toContain(resident);
    // Paged by person id.
    const page = await residentsOfInstitution(t.db, lost.institutionId, year, lost.effectiveFrom, { afterPersonId: resident });
    expect(page.every((r) => r.personId > resident)).toBe(true);
  });
});
