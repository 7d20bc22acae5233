import 'server-only';
/**
 * The directory of designated institutions 定点医疗机构 (RULES §8), searched by the clinic-choice
 * page and the hospital-stay estimator: by name (partial, Chinese), district, level, primary care
 * 基层 or not, and county medical community 紧密型县域医共体; paginated; the subject's own region
 * only, their household-registration district first. Only institutions designated on the day.
 *
 * Whether an entry may be chosen as the primary clinic or the other institution is the clinic-choice
 * rules' question (lib/policy); the directory gives the facts they need.
 */
import { and, asc, eq, gte, ilike, isNull, or, sql } from 'drizzle-orm';
import { getDb, type Db } from '../../db/client';
import { institutions, medicalCommunities, persons } from '../../db/schema';
import { today } from '../clock';
import type { InstitutionLevel } from '../policy/jiangmen/institutions';
import type { Region } from '../policy/jiangmen/insured-person';
import { DIRECTORY_PAGE_SIZE, type DirectoryQuery } from '../validation/institutions';
import { currentSubject } from './session';

export interface DirectoryEntry {
  id: string;
  name: string;
  region: Region;
  district: string;
  town: string | null;
  address: string | null;
  level: InstitutionLevel;
  primaryCare: boolean;
  medicalCommunity: { id: string; name: string } | null;
  specialistRoles: string[];
  designated: boolean;
  designatedUntil: string | null;
}

/** `%` and `_` typed by a resident are searched for, not wildcards. */
function likeFragment(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const entryColumns = {
  id: institutions.id,
  name: institutions.name,
  region: institutions.region,
  district: institutions.district,
  town: institutions.town,
  address: institutions.address,
  level: institutions.level,
  primaryCare: institutions.primaryCare,
  communityId: institutions.medicalCommunityId,
  communityName: medicalCommunities.name,
  specialistRoles: institutions.specialistRoles,
  designated: institutions.designated,
  designatedUntil: institutions.designatedUntil,
};

interface EntryRow {
  id: string;
  name: string;
  region: Region;
  district: string;
  town: string | null;
  address: string | null;
  level: InstitutionLevel;
  primaryCare: boolean;
  communityId: string | null;
  communityName: string | null;
  specialistRoles: string[];
  designated: boolean;
  designatedUntil: string | null;
}

function entryOf(r: EntryRow): DirectoryEntry {
  return {
    id: r.id,
    name: r.name,
    region: r.region,
    district: r.district,
    town: r.town,
    address: r.address,
    level: r.level,
    primaryCare: r.primaryCare,
    medicalCommunity: r.communityId ? { id: r.communityId, name: r.communityName ?? r.communityId } : null,
    specialistRoles: r.specialistRoles,
    designated: r.designated,
    designatedUntil: r.designatedUntil,
  };
}

/** Designated on `on`: flagged designated, and its designation not ended before the day. */
function designatedOn(on: string) {
  return and(eq(institutions.designated, true), or(isNull(institutions.designatedUntil), gte(institutions.designatedUntil, on)));
}

/** Where a person is registered: the region whose directory they see, and the district listed first. */
export function personHome(db: Db, personId: number) {
  return db.select({ region: persons.region, district: persons.hukouDistrict }).from(persons).where(eq(persons.id, personId));
}

/**
 * One page of the directory of `region` designated on `on`, filtered; `firstDistrict` first, then
 * by id (district, then the directory's order). Each row carries the total number of matches.
 */
export async function directoryPage(
  db: Db,
  region: Region,
  on: string,
  filters: Omit<DirectoryQuery, 'page'>,
  page: { offset: number; limit: number; firstDistrict?: string | undefined },
): Promise<{ entries: DirectoryEntry[]; total: number }> {
  const where = and(
    eq(institutions.region, region),
    designatedOn(on),
    filters.q ? or(ilike(institutions.name, likeFragment(filters.q)), ilike(institutions.town, likeFragment(filters.q))) : undefined,
    filters.district ? eq(institutions.district, filters.district) : undefined,
    filters.level ? eq(institutions.level, filters.level) : undefined,
    filters.primaryCare ? eq(institutions.primaryCare, filters.primaryCare === 'yes') : undefined,
    filters.community ? eq(institutions.medicalCommunityId, filters.community) : undefined,
  );
  const rows = await db
    .select({ ...entryColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(institutions)
    .leftJoin(medicalCommunities, eq(medicalCommunities.id, institutions.medicalCommunityId))
    .where(where)
    .orderBy(sql`(${institutions.district} = ${page.firstDistrict ?? ''}) desc`, asc(institutions.id))
    .limit(page.limit)
    .offset(page.offset);
  return { entries: rows.map((r) => entryOf(r)), total: rows[0]?.total ?? 0 };
}

/** The county medical communities of a region (the directory's filter). */
export function communitiesOf(db: Db, region: Region) {
  return db
    .select({ id: medicalCommunities.id, name: medicalCommunities.name, district: medicalCommunities.district })
    .from(medicalCommunities)
    .where(eq(medicalCommunities.region, region))
    .orderBy(asc(medicalCommunities.id));
}

/** One institution by id, designated or not (a choice's history names institutions that lost it). */
export async function institutionById(db: Db, id: string): Promise<DirectoryEntry | null> {
  const [row] = await db
    .select(entryColumns)
    .from(institutions)
    .leftJoin(medicalCommunities, eq(medicalCommunities.id, institutions.medicalCommunityId))
    .where(eq(institutions.id, id));
  return row ? entryOf(row) : null;
}

export interface Directory {
  region: Region;
  /** The subject's household-registration district, listed first. */
  homeDistrict: string;
  query: DirectoryQuery;
  entries: DirectoryEntry[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  communities: { id: string; name: string; district: string }[];
}

/** The directory as the subject of the request searches it (their region, their district first). */
export async function myInstitutionDirectory(query: DirectoryQuery, pageSize = DIRECTORY_PAGE_SIZE): Promise<Directory> {
  const { personId } = await currentSubject();
  const db = await getDb();
  const [home] = await personHome(db, personId);
  if (!home) throw new Error('the subject has no person record');
  const { page: wanted, ...filters } = query;
  const on = today();
  const [found, communities] = [
    await directoryPage(db, home.region, on, filters, { offset: (wanted - 1) * pageSize, limit: pageSize, firstDistrict: home.district }),
    await communitiesOf(db, home.region),
  ];
  let { entries, total } = found;
  let page = wanted;
  if (entries.length === 0 && wanted > 1) {
    // Past the last page (an old link): show the last page there is.
    const all = await directoryPage(db, home.region, on, filters, { offset: 0, limit: 1, firstDistrict: home.district });
    page = Math.max(1, Math.ceil(all.total / pageSize));
    ({ entries, total } = await directoryPage(db, home.region, on, filters, { offset: (page - 1) * pageSize, limit: pageSize, firstDistrict: home.district }));
  }
  return {
    region: home.region,
    homeDistrict: home.district,
    query: { ...query, page },
    entries,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    pageSize,
    communities,
  };
}

/** One institution of the subject's own region, designated or not (the choice rules decide): a form's chosen id, checked. */
export async function myDirectoryEntry(id: string): Promise<DirectoryEntry | null> {
  const { personId } = await currentSubject();
  const db = await getDb();
  const [home] = await personHome(db, personId);
  const entry = await institutionById(db, id);
  if (!home || !entry || entry.region !== home.region) return null;
  return entry;
}
