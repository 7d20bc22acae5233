/**
 * Deterministic demo data: the demo directory of institutions and the demo personas with
 * their histories, generated relative to `today` (see personas.ts and DEMO.md).
 *
 * `seedDemo` writes everything in one transaction (all or nothing), in batches. Every row
 * is marked `is_demo` where the table has the mark, and `portal_meta.demo` records the date
 * seeded for. Only each ID number's keyed hash and masked form are stored.
 */
import { count, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../client';
import {
  authSessions,
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
import { maskIdNumber } from '../../lib/id-number';
import { hashPassword, idNumberHash } from '../../lib/hashing';
import type { Bilingual } from '../../lib/policy/core';
import { contributionMonthsOf } from '../contributions';
import { buildDemo } from './demo';
import { PERSONAS } from './personas';

/** The one password of every demo account (listed in DEMO.md and the README). */
export const DEMO_PASSWORD = 'jiangmen-demo';

export interface DemoAccount {
  key: string;
  idNumber: string;
  name: string;
  summary: Bilingual;
}

/** The demo accounts; their ID numbers never change (see DEMO.md). */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = PERSONAS.map(({ key, idNumber, name, summary }) => ({ key, idNumber, name, summary }));

/** True when the database holds no persons and no institutions. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const result = await db.execute(sql`select not exists (select 1 from persons) and not exists (select 1 from institutions) as empty`);
  return rowsOf<{ empty: boolean }>(result)[0]?.empty === true;
}

/** Persons not marked as demo (real residents). */
export async function countNonDemoPersons(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(persons).where(eq(persons.isDemo, false));
  return row?.n ?? 0;
}

const PER_PERSON_TABLES = [
  authSessions,
  claims,
  personalAccountLedger,
  outOfTownFilings,
  specialDiseaseApprovals,
  clinicChoices,
  veteranDeemedService,
  transferredInPeriods,
  contributionMonths,
  enrolmentPeriods,
  personIdHashes,
] as const;

/**
 * Removes the demo rows: demo persons with their per-person rows, demo institutions and
 * medical communities, and the demo mark. The audit log is append-only and stays. Refuses
 * while non-demo persons exist (their rows may point at demo institutions).
 */
export async function removeDemoData(db: Db): Promise<void> {
  const real = await countNonDemoPersons(db);
  if (real > 0) throw new Error(`The database holds ${real} non-demo persons; demo data is only replaced where there are none.`);
  const demoIds = db.select({ id: persons.id }).from(persons).where(eq(persons.isDemo, true));
  for (const table of PER_PERSON_TABLES) await db.delete(table).where(inArray(table.personId, demoIds));
  await db.delete(persons).where(eq(persons.isDemo, true));
  await db.delete(institutions).where(eq(institutions.isDemo, true));
  await db.delete(medicalCommunities).where(eq(medicalCommunities.isDemo, true));
  await db.delete(portalMeta).where(eq(portalMeta.key, 'demo'));
}

export interface SeedOptions {
  today: string;
  onProgress?: (message: string) => void;
  /** Remove existing demo data first, in the same transaction (`npm run db:seed -- --force`). */
  replace?: boolean;
  /** Tests: runs inside the transaction after the rows are written, before it commits. */
  beforeCommit?: (tx: Db) => Promise<void>;
}

export interface SeedCounts {
  persons: number;
  institutions: number;
  /** Records per tier (what the rules count), stored as fewer contribution months. */
  contributionRecords: number;
  contributionMonths: number;
  claims: number;
}

const BATCH = 400;

async function insertAll<T>(db: Db, table: Parameters<Db['insert']>[0], rows: readonly T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db.insert(table).values(rows.slice(i, i + BATCH) as never);
  }
}

/** Seeds the demo for `today` in one transaction; returns what it wrote. */
export async function seedDemo(db: Db, options: SeedOptions): Promise<SeedCounts> {
  const log = options.onProgress ?? (() => {});
  log(`Building the demo for ${options.today}…`);
  const demo = buildDemo(options.today);
  for (const note of demo.notes) log(`Note: ${note}`);
  log(`Hashing the password of ${demo.plans.length} demo accounts…`);
  // One argon2id hash per account (own salt), computed before the transaction opens.
  const passwordHashes = await Promise.all(demo.plans.map(() => hashPassword(DEMO_PASSWORD)));

  const counts: SeedCounts = { persons: 0, institutions: 0, contributionRecords: 0, contributionMonths: 0, claims: 0 };
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Db; // every query below goes through the transaction
    if (options.replace) {
      log('Removing the previous demo data…');
      await removeDemoData(tx);
    }
    log(`Writing ${demo.institutions.length} institutions and ${demo.communities.length} medical communities…`);
    await insertAll(tx, medicalCommunities, demo.communities);
    await insertAll(tx, institutions, demo.institutions);
    counts.institutions = demo.institutions.length;

    log(`Writing ${demo.plans.length} persons and their histories…`);
    // One by one (16 rows), so that each id is known to belong to its plan.
    const personIds: number[] = [];
    for (const [i, p] of demo.plans.entries()) {
      const [row] = await tx
        .insert(persons)
        .values({ ...p.person, idMasked: maskIdNumber(p.idNumber), passwordHash: passwordHashes[i]!, isDemo: true })
        .returning({ id: persons.id });
      personIds.push(row!.id);
    }
    await insertAll(
      tx,
      personIdHashes,
      demo.plans.map((p, i) => ({ idHash: idNumberHash(p.idNumber), personId: personIds[i]! })),
    );
    counts.persons = personIds.length;

    const withPerson = <T extends object>(pick: (p: (typeof demo.plans)[number]) => readonly T[]) =>
      demo.plans.flatMap((p, i) => pick(p).map((row) => ({ ...row, personId: personIds[i]! })));

    await insertAll(
      tx,
      enrolmentPeriods,
      withPerson((p) => p.enrolments),
    );
    const contributions = withPerson((p) => contributionMonthsOf(p.contributions));
    await insertAll(tx, contributionMonths, contributions);
    counts.contributionRecords = demo.plans.reduce((n, p) => n + p.contributions.length, 0);
    counts.contributionMonths = contributions.length;
    await insertAll(
      tx,
      transferredInPeriods,
      withPerson((p) => p.transferredIn),
    );
    await insertAll(
      tx,
      veteranDeemedService,
      withPerson((p) => (p.veteran ? [p.veteran] : [])),
    );
    await insertAll(
      tx,
      clinicChoices,
      withPerson((p) => p.choices),
    );
    await insertAll(
      tx,
      specialDiseaseApprovals,
      withPerson((p) => p.specialDiseases),
    );
    await insertAll(
      tx,
      outOfTownFilings,
      withPerson((p) => p.filings),
    );
    const claimRows = withPerson((p) => p.claims);
    await insertAll(tx, claims, claimRows);
    counts.claims = claimRows.length;
    await insertAll(
      tx,
      personalAccountLedger,
      withPerson((p) => p.ledger),
    );

    const value = { seededFor: options.today, accounts: counts.persons };
    await tx
      .insert(portalMeta)
      .values({ key: 'demo', value })
      .onConflictDoUpdate({ target: portalMeta.key, set: { value, updatedAt: sql`now()` } });
    if (options.beforeCommit) await options.beforeCommit(tx);
  });
  log(
    `Seeded ${counts.persons} demo persons, ${counts.institutions} institutions, ` +
      `${counts.contributionRecords} contribution records (${counts.contributionMonths} contribution months) and ${counts.claims} claims.`,
  );
  return counts;
}
