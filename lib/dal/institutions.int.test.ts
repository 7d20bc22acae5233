/**
 * The institution directory on the demo directory: filters, the region and designation limits,
 * the home district first, paging with the total, and a typed `%` or `_` searched as itself.
 * Expected sets are computed here from the seed's own rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../db/testing';
import { seedDemo } from '../../db/seed';
import { DESIGNATION_LOST_ID, demoInstitutions } from '../../db/seed/institutions';
import { directoryPage, institutionById } from './institutions';

const TODAY = '2025-11-15';
const rows = demoInstitutions(TODAY);
let t: TestDatabase;

beforeAll(async () => {
  t = await freshDatabase();
  await seedDemo(t.db, { today: TODAY });
}, 240_000);
afterAll(async () => {
  await t.cleanup();
});

const all = { offset: 0, limit: 1000 };
const designated = (r: (typeof rows)[number]) => r.designated !== false && (r.designatedUntil == null || r.designatedUntil >= TODAY);

describe('directory search', () => {
  it("lists the region's designated institutions only", async () => {
    const jm = await directoryPage(t.db, 'jiangmen', TODAY, {}, all);
    const expected = rows.filter((r) => r.region === 'jiangmen' && designated(r)).map((r) => r.id);
    expect(jm.entries.map((e) => e.id).sort()).toEqual(expected.sort());
    expect(jm.total).toBe(expected.length);
    expect(jm.entries.some((e) => e.id === DESIGNATION_LOST_ID)).toBe(false);
    const sy = await directoryPage(t.db, 'shaoyang', TODAY, {}, all);
    expect(sy.entries.every((e) => e.region === 'shaoyang')).toBe(true);
    expect(sy.total).toBe(rows.filter((r) => r.region === 'shaoyang').length);
  });

  it('finds a partial Chinese name or town, and combines the filters', async () => {
    const found = await directoryPage(t.db, 'jiangmen', TODAY, { q: '卫生', district: '440703', level: 'level1', primaryCare: 'yes' }, all);
    const expected = rows.filter(
      (r) =>
        r.region === 'jiangmen' &&
        designated(r) &&
        (r.name.includes('卫生') || (r.town ?? '').includes('卫生')) &&
        r.district === '440703' &&
        r.level === 'level1' &&
        r.primaryCare,
    );
    expect(expected.length).toBeGreaterThan(1);
    expect(found.entries.map((e) => e.id).sort()).toEqual(expected.map((r) => r.id).sort());
    const community = rows.find((r) => r.medicalCommunityId)!.medicalCommunityId!;
    const members = await directoryPage(t.db, 'jiangmen', TODAY, { community }, all);
    expect(members.entries.map((e) => e.id).sort()).toEqual(
      rows
        .filter((r) => r.medicalCommunityId === community && designated(r))
        .map((r) => r.id)
        .sort(),
    );
    expect(members.entries[0]!.medicalCommunity?.name).toMatch(/医共体/);
  });

  it('searches for a typed % or _ literally', async () => {
    expect((await directoryPage(t.db, 'jiangmen', TODAY, { q: '%' }, all)).total).toBe(0);
    expect((await directoryPage(t.db, 'jiangmen', TODAY, { q: '_' }, all)).total).toBe(0);
  });

  it('puts the home district first and pages through every match exactly once', async () => {
    const home = '440781';
    const seen: string[] = [];
    let total = -1;
    for (let offset = 0; ; offset += 7) {
      const page = await directoryPage(t.db, 'jiangmen', TODAY, {}, { offset, limit: 7, firstDistrict: home });
      if (offset === 0) {
        total = page.total;
        expect(page.entries[0]!.district).toBe(home);
      }
      if (page.entries.length === 0) break;
      seen.push(...page.entries.map((e) => e.id));
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    const firstOther = seen.findIndex((id) => !id.startsWith(`JM-${home}-`));
    expect(seen.slice(firstOther).some((id) => id.startsWith(`JM-${home}-`))).toBe(false);
  });

  it('reads one institution by id, designated or not', async () => {
    expect((await institutionById(t.db, DESIGNATION_LOST_ID))?.designated).toBe(false);
    expect(await institutionById(t.db, 'JM-000000-000')).toBeNull();
  });
});
