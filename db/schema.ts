/**
 * The portal's data model (PostgreSQL; the same schema on embedded PGlite and on a server).
 *
 * Scale (db/SCALE.md): about 4.6 million insured persons and a billion contribution months over
 * twenty years. Every primary key and unique constraint of a per-person table includes
 * `person_id` (the Citus distribution column), and every resident-facing query is an index
 * range scan on that prefix. Contribution months, claims and the personal-account ledger are
 * hash-partitioned by `person_id` (migration 0002: drizzle has no syntax for partitions, so the
 * tables below describe the parent's columns, keys and indexes); the audit log is partitioned
 * by month. Reference tables (institutions, medical communities) are small and replicated.
 *
 * Money is numeric(12,2) (read as strings, computed with decimal.js); dates are `date`.
 * Full resident ID numbers are never stored: only a keyed hash for sign-in and a masked form.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { ASSISTANCE_STATUSES, CATEGORIES, ENROLMENT_STATUSES, IDENTITIES, REGIONS, SEXES, TIERS } from '../lib/policy/jiangmen/insured-person';
import { RECORD_STATUSES, RECORD_TIERS } from '../lib/policy/jiangmen/continuity/records';
import { CONTRIBUTION_PAYERS } from '../lib/policy/jiangmen/contributions/payers';
import { INSTITUTION_LEVELS } from '../lib/policy/jiangmen/institutions';
import { LEVELS } from '../lib/policy/jiangmen/inpatient/parameters';
import { OUT_OF_TOWN, TRANSFERS } from '../lib/policy/jiangmen/inpatient/schema';
import { CHOICE_ACTORS, CHOICE_REASONS, CLINIC_KINDS } from '../lib/policy/jiangmen/clinic-choice/codes';
import { CLAIM_KINDS } from '../lib/policy/jiangmen/claims';
import { FILING_KINDS, FILING_STATUSES } from '../lib/policy/jiangmen/out-of-town/codes';
import { LEDGER_KINDS } from '../lib/policy/jiangmen/personal-account/codes';
import { RETIREMENT_GROUPS } from '../lib/policy/national/retirement';

const money = (name: string) => numeric(name, { precision: 12, scale: 2 });
const rate = (name: string) => numeric(name, { precision: 7, scale: 4 });
const day = (name: string) => date(name, { mode: 'string' });
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const personId = () => bigint('person_id', { mode: 'number' }).notNull();

// ---------------------------------------------------------------------------- enums
// Every code list is defined once, in the policy library where its rules live; the database
// enums are built from those lists (db/schema.test.ts checks that they stay equal).

export const region = pgEnum('region', REGIONS);
export const sex = pgEnum('sex', SEXES);
/** The original statutory retirement-age group (national law; RULES §5). */
export const retirementGroup = pgEnum('retirement_group', RETIREMENT_GROUPS);
/** 城乡居民身份 / 职工身份 (RULES §1). */
export const identity = pgEnum('identity', IDENTITIES);
/** 一档 / 一档+二档: employee identity always has both. */
export const tiers = pgEnum('tiers', TIERS);
export const category = pgEnum('category', CATEGORIES);
export const assistance = pgEnum('assistance', ASSISTANCE_STATUSES);
export const enrolmentStatus = pgEnum('enrolment_status', ENROLMENT_STATUSES);
/**
 * The policy library's record tiers; a contribution month reads as one or two of them (db/contributions.ts).
 * legacy_* are the schemes before the 2017-07-01 unification (JM-UR 三(一)).
 */
export const contributionTier = pgEnum('contribution_tier', RECORD_TIERS);
export const contributionStatus = pgEnum('contribution_status', RECORD_STATUSES);
export const payer = pgEnum('payer', CONTRIBUTION_PAYERS);
/** Hospital grade of a designated institution; `unrated` counts as level 1 for benefits (RULES §6). */
export const institutionLevel = pgEnum('institution_level', INSTITUTION_LEVELS);
/** The benefit level a claim was settled at (RULES §6). */
export const careLevel = pgEnum('care_level', LEVELS);
export const clinicKind = pgEnum('clinic_kind', CLINIC_KINDS);
export const choiceMadeBy = pgEnum('choice_made_by', CHOICE_ACTORS);
export const choiceReason = pgEnum('choice_reason', CHOICE_REASONS);
export const claimKind = pgEnum('claim_kind', CLAIM_KINDS);
export const transferKind = pgEnum('transfer_kind', TRANSFERS);
export const outOfTownKind = pgEnum('out_of_town_kind', OUT_OF_TOWN);
export const filingKind = pgEnum('filing_kind', FILING_KINDS);
export const filingStatus = pgEnum('filing_status', FILING_STATUSES);
export const ledgerKind = pgEnum('ledger_kind', LEDGER_KINDS);

/** Each database enum and the library list it is built from (db/schema.test.ts). */
export const ENUM_SOURCES = [
  [region, REGIONS],
  [sex, SEXES],
  [retirementGroup, RETIREMENT_GROUPS],
  [identity, IDENTITIES],
  [tiers, TIERS],
  [category, CATEGORIES],
  [assistance, ASSISTANCE_STATUSES],
  [enrolmentStatus, ENROLMENT_STATUSES],
  [contributionTier, RECORD_TIERS],
  [contributionStatus, RECORD_STATUSES],
  [payer, CONTRIBUTION_PAYERS],
  [institutionLevel, INSTITUTION_LEVELS],
  [careLevel, LEVELS],
  [clinicKind, CLINIC_KINDS],
  [choiceMadeBy, CHOICE_ACTORS],
  [choiceReason, CHOICE_REASONS],
  [claimKind, CLAIM_KINDS],
  [transferKind, TRANSFERS],
  [outOfTownKind, OUT_OF_TOWN],
  [filingKind, FILING_KINDS],
  [filingStatus, FILING_STATUSES],
  [ledgerKind, LEDGER_KINDS],
] as const;

// ---------------------------------------------------------------------------- persons

export const persons = pgTable(
  'persons',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    /**
     * e.g. 44***************8 — the only form of the ID number that is kept: the first 2 and the
     * last character. With the birth date, district and sex this table also holds, a longer mask
     * (the old 6 + 4) pinned the number down; this one leaves dozens of candidates (README).
     */
    idMasked: text('id_masked').notNull(),
    name: text('name').notNull(),
    sex: sex('sex').notNull(),
    birthDate: day('birth_date').notNull(),
    region: region('region').notNull(),
    /** Household-registration district, GB/T 2260 code (e.g. 440703 蓬江区). */
    hukouDistrict: text('hukou_district').notNull(),
    phone: text('phone'),
    address: text('address'),
    retirementGroup: retirementGroup('retirement_group').notNull(),
    /** Actual retirement date, when retired. */
    retiredOn: day('retired_on'),
    /** Entitled to lifetime 职工医保 benefits on 2017-06-30 (JM-UR 三(一)3): kept. */
    lifetimeEntitled2017: boolean('lifetime_entitled_2017').notNull().default(false),
    /** Cross-region worker: top-up follows national/provincial rules (RULES §5). */
    crossRegionWorker: boolean('cross_region_worker').notNull().default(false),
    /** Own personal-account monthly credit of December 2016 (JM-UR 二(四)2(4)). */
    personalAccountDec2016: money('personal_account_dec_2016'),
    /** Retiree's personal-account monthly credit under the old method (JM-UR 二(四)2(4)). */
    personalAccountRetireeMonthly: money('personal_account_retiree_monthly'),
    /** argon2id; null when the person has no portal password yet. */
    passwordHash: text('password_hash'),
    /** Bumped to end every session of this person (sign-out, lock, password change). */
    sessionVersion: integer('session_version').notNull().default(0),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [check('persons_id_masked_form', sql`${t.idMasked} ~ '^[1-9][0-9]\\*{15}[0-9X]$'`)],
);

/**
 * Sign-in look-up: the keyed hash of an ID number (HMAC-SHA256, hex, under the portal's key) and
 * its person. A table of its own so that the hash is unique by itself when persons are
 * distributed by id (Citus distributes this one by `id_hash`; db/SCALE.md).
 */
export const personIdHashes = pgTable(
  'person_id_hashes',
  {
    idHash: text('id_hash').primaryKey(),
    personId: personId().references(() => persons.id),
  },
  (t) => [index('person_id_hashes_person').on(t.personId)],
);

// ---------------------------------------------------------------------------- enrolment

export const enrolmentPeriods = pgTable(
  'enrolment_periods',
  {
    personId: personId().references(() => persons.id),
    validFrom: day('valid_from').notNull(),
    /** Inclusive last day; null while open. */
    validTo: day('valid_to'),
    region: region('region').notNull(),
    identity: identity('identity').notNull(),
    tiers: tiers('tiers').notNull(),
    category: category('category').notNull(),
    assistance: assistance('assistance').notNull().default('none'),
    status: enrolmentStatus('status').notNull().default('active'),
    /** Date of enrolment (application), for benefit-start rules (RULES §3). */
    enrolledOn: day('enrolled_on').notNull(),
    employerName: text('employer_name'),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.validFrom] }),
    check('enrolment_periods_range', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    check('enrolment_periods_tiers_identity', sql`(${t.identity} = 'employee') = (${t.tiers} = 'tier1_tier2')`),
  ],
);

/**
 * One row per person and contribution period, carrying both tiers (db/SCALE.md): a month of a
 * monthly payer (employee identity: tier 1 and tier 2 in the same row), or a resident's yearly
 * payment, whose `months` covers consecutive months from `month` (tier 1 only). `legacy` rows
 * are the schemes before the 2017-07-01 unification (原职工医保 / 原城乡医保, JM-UR 三(一)): one
 * contribution, in the tier-1 columns. The policy library reads these as its per-tier records
 * (db/contributions.ts: `tierRecordsOf`, `monthlyRecordsOf`).
 *
 * Hash-partitioned by person_id (16 partitions). Columns are in storage order: fixed-width
 * first, largest alignment first, so a row carries no padding.
 */
export const contributionMonths = pgTable(
  'contribution_months',
  {
    personId: personId().references(() => persons.id),
    /** First day of the first month covered. */
    month: day('month').notNull(),
    dueOn: day('due_on').notNull(),
    /** Null while owed (status `arrears`). */
    paidOn: day('paid_on'),
    identity: identity('identity').notNull(),
    category: category('category').notNull(),
    payer: payer('payer').notNull(),
    status: contributionStatus('status').notNull(),
    months: smallint('months').notNull().default(1),
    /** Before the 2017-07-01 unification: `legacy_employee` or `legacy_resident` by identity. */
    legacy: boolean('legacy').notNull().default(false),
    base: money('base'),
    /** Tier 1, or the old scheme's single contribution. */
    employerRate: rate('employer_rate'),
    personalRate: rate('personal_rate'),
    employerAmount: money('employer_amount').notNull().default('0'),
    personalAmount: money('personal_amount').notNull().default('0'),
    /** Tier 2 (二档): present exactly for unified employee-identity months. */
    tier2EmployerRate: rate('tier2_employer_rate'),
    tier2PersonalRate: rate('tier2_personal_rate'),
    tier2EmployerAmount: money('tier2_employer_amount'),
    tier2PersonalAmount: money('tier2_personal_amount'),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.month] }),
    check('contribution_months_month_first', sql`extract(day from ${t.month}) = 1`),
    check('contribution_months_months', sql`${t.months} between 1 and 12`),
    check('contribution_months_paid', sql`(${t.status} = 'arrears') = (${t.paidOn} is null)`),
    check(
      'contribution_months_amounts',
      sql`${t.employerAmount} >= 0 and ${t.personalAmount} >= 0 and coalesce(${t.tier2EmployerAmount}, 0) >= 0 and coalesce(${t.tier2PersonalAmount}, 0) >= 0`,
    ),
    check(
      'contribution_months_tier2',
      sql`(${t.tier2EmployerAmount} is not null and ${t.tier2PersonalAmount} is not null) = (${t.identity} = 'employee' and not ${t.legacy})
        and (${t.tier2EmployerAmount} is null) = (${t.tier2PersonalAmount} is null)
        and (${t.tier2EmployerRate} is null or ${t.tier2EmployerAmount} is not null)
        and (${t.tier2PersonalRate} is null or ${t.tier2PersonalAmount} is not null)`,
    ),
  ],
);

export const transferredInPeriods = pgTable(
  'transferred_in_periods',
  {
    personId: personId().references(() => persons.id),
    fromMonth: day('from_month').notNull(),
    toMonth: day('to_month').notNull(),
    months: smallint('months').notNull(),
    /** Where the years were earned, e.g. 广州市. */
    origin: text('origin').notNull(),
    originCode: text('origin_code'),
    acceptedOn: day('accepted_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.fromMonth] }), check('transferred_in_months', sql`${t.months} > 0`)],
);

/** Deemed contribution years of veterans under 粤劳社发〔2007〕13号 (RULES §5). */
export const veteranDeemedService = pgTable('veteran_deemed_service', {
  personId: personId()
    .primaryKey()
    .references(() => persons.id),
  deemedMonths: smallint('deemed_months').notNull(),
  basis: text('basis').notNull(),
  serviceFrom: day('service_from').notNull(),
  serviceTo: day('service_to').notNull(),
  approvedOn: day('approved_on').notNull(),
});

// ---------------------------------------------------------------------------- institutions

export const medicalCommunities = pgTable('medical_communities', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  region: region('region').notNull(),
  district: text('district').notNull(),
  isDemo: boolean('is_demo').notNull().default(false),
});

export const institutions = pgTable(
  'institutions',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    region: region('region').notNull(),
    /** GB/T 2260 district code. */
    district: text('district').notNull(),
    town: text('town'),
    level: institutionLevel('level').notNull(),
    /** 基层定点医疗机构: may be chosen as the primary clinic (RULES §8). */
    primaryCare: boolean('primary_care').notNull(),
    medicalCommunityId: text('medical_community_id').references(() => medicalCommunities.id),
    /** e.g. tuberculosis, psychiatric, hepatitis_c_peg_ifn, children (RULES §8, §10). */
    specialistRoles: text('specialist_roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    designated: boolean('designated').notNull().default(true),
    designatedUntil: day('designated_until'),
    address: text('address'),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('institutions_region_district').on(t.region, t.district, t.level), index('institutions_medical_community').on(t.medicalCommunityId)],
);

/** Every clinic choice and change (RULES §8): who, when, for which year, from, to, why. */
export const clinicChoices = pgTable(
  'clinic_choices',
  {
    personId: personId().references(() => persons.id),
    year: smallint('year').notNull(),
    kind: clinicKind('kind').notNull(),
    effectiveFrom: day('effective_from').notNull(),
    institutionId: text('institution_id')
      .notNull()
      .references(() => institutions.id),
    previousInstitutionId: text('previous_institution_id').references(() => institutions.id),
    madeBy: choiceMadeBy('made_by').notNull(),
    madeAt: instant('made_at').notNull(),
    reason: choiceReason('reason').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.year, t.kind, t.effectiveFrom] }),
    /** The fund office: the residents of an institution for a year (a clinic losing its designation). */
    index('clinic_choices_institution_year').on(t.institutionId, t.year, t.kind, t.personId),
  ],
);

// ---------------------------------------------------------------------------- care

export const specialDiseaseApprovals = pgTable(
  'special_disease_approvals',
  {
    personId: personId().references(() => persons.id),
    diseaseCode: text('disease_code').notNull(),
    diseaseClass: smallint('disease_class').notNull(),
    approvedFrom: day('approved_from').notNull(),
    approvedTo: day('approved_to'),
    institutionId: text('institution_id').references(() => institutions.id),
  },
  (t) => [primaryKey({ columns: [t.personId, t.diseaseCode, t.approvedFrom] }), check('special_disease_class', sql`${t.diseaseClass} between 1 and 4`)],
);

/** Settled claims, with every fund layer's amount (RULES §6, §7, §10). Hash-partitioned by person_id. */
export const claims = pgTable(
  'claims',
  {
    personId: personId().references(() => persons.id),
    id: bigint('id', { mode: 'number' }).generatedByDefaultAsIdentity().notNull(),
    kind: claimKind('kind').notNull(),
    institutionId: text('institution_id').references(() => institutions.id),
    /** Name as settled, for institutions outside the directory (out of town, non-designated). */
    institutionName: text('institution_name').notNull(),
    level: careLevel('level').notNull(),
    serviceFrom: day('service_from').notNull(),
    serviceTo: day('service_to').notNull(),
    settledOn: day('settled_on').notNull(),
    transfer: transferKind('transfer').notNull().default('none'),
    outOfTown: outOfTownKind('out_of_town').notNull().default('none'),
    specialDiseaseCode: text('special_disease_code'),
    inScope: money('in_scope').notNull(),
    outOfScope: money('out_of_scope').notNull().default('0'),
    deductible: money('deductible').notNull().default('0'),
    tier1: money('tier1').notNull().default('0'),
    critical: money('critical').notNull().default('0'),
    tier2: money('tier2').notNull().default('0'),
    assistance: money('assistance').notNull().default('0'),
    personalAccount: money('personal_account').notNull().default('0'),
    outOfPocket: money('out_of_pocket').notNull(),
  },
  (t) => [
    // In reading order (a person's claims by date): one index serves the key and every query.
    primaryKey({ columns: [t.personId, t.serviceFrom, t.id] }),
    check('claims_dates', sql`${t.serviceTo} >= ${t.serviceFrom} and ${t.settledOn} >= ${t.serviceFrom}`),
    check(
      'claims_parts_add_up',
      sql`${t.inScope} + ${t.outOfScope} = ${t.tier1} + ${t.critical} + ${t.tier2} + ${t.assistance} + ${t.personalAccount} + ${t.outOfPocket}`,
    ),
  ],
);

/** 个人账户 entries (RULES §11), with the running balance. Hash-partitioned by person_id. */
export const personalAccountLedger = pgTable(
  'personal_account_ledger',
  {
    personId: personId().references(() => persons.id),
    id: bigint('id', { mode: 'number' }).generatedByDefaultAsIdentity().notNull(),
    postedOn: day('posted_on').notNull(),
    /** The month a credit is for. */
    month: day('month'),
    kind: ledgerKind('kind').notNull(),
    /** Signed: credits positive, payments negative. */
    amount: money('amount').notNull(),
    balanceAfter: money('balance_after').notNull(),
    description: text('description').notNull(),
  },
  (t) => [
    // In reading order (a person's entries by posting date): one index serves the key and every query.
    primaryKey({ columns: [t.personId, t.postedOn, t.id] }),
  ],
);

/** 异地就医备案 (RULES §6: unregistered out-of-town care halves the ratios). */
export const outOfTownFilings = pgTable(
  'out_of_town_filings',
  {
    personId: personId().references(() => persons.id),
    id: bigint('id', { mode: 'number' }).generatedByDefaultAsIdentity().notNull(),
    kind: filingKind('kind').notNull(),
    destination: text('destination').notNull(),
    destinationCode: text('destination_code'),
    validFrom: day('valid_from').notNull(),
    validTo: day('valid_to'),
    filedOn: day('filed_on').notNull(),
    status: filingStatus('status').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.id] })],
);

// ---------------------------------------------------------------------------- security

/**
 * Append-only: triggers refuse UPDATE, DELETE and TRUNCATE on the table and on every partition.
 * Partitioned by month of `at` (migration 0002; `audit_log_ensure_partitions` adds months, with
 * their triggers; a default partition takes any time outside them). Whole months older than
 * the retention leave by `npm run db:archive` (detach, file, checksum), never row by row.
 * Never holds a full ID number or a password.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    at: instant('at').notNull().defaultNow(),
    /** The resident concerned, when known. */
    personId: bigint('person_id', { mode: 'number' }),
    /** Keyed hash of the ID number tried, for sign-in events of unknown or locked numbers. */
    subjectHash: text('subject_hash'),
    actor: text('actor').notNull(),
    event: text('event').notNull(),
    detail: jsonb('detail')
      .notNull()
      .default(sql`'{}'::jsonb`),
  },
  (t) => [primaryKey({ columns: [t.id, t.at] }), index('audit_log_person_at').on(t.personId, t.at), index('audit_log_subject_at').on(t.subjectHash, t.at)],
);

/** Failed sign-ins per ID number (keyed hash), shared by every server process; pruned by db:maintain. */
export const loginThrottle = pgTable(
  'login_throttle',
  {
    subjectHash: text('subject_hash').primaryKey(),
    /** Times of recent failures (those within the window are kept). */
    failures: timestamp('failures', { withTimezone: true, mode: 'date' })
      .array()
      .notNull()
      .default(sql`'{}'`),
    lockedUntil: instant('locked_until'),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('login_throttle_updated').on(t.updatedAt)],
);

/**
 * Sliding-window rate limits (lib/rate-limit.ts): hits per scope, key and fixed window, shared by
 * every server process. A limit reads the current and the previous window; rows past both are
 * removed by db:maintain (through `expires_at`).
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    /** What is limited, e.g. `api.estimates` or `sign_in.client`. */
    scope: text('scope').notNull(),
    /** Whom it counts, e.g. a validated client address; `*` for a global ceiling. */
    key: text('key').notNull(),
    windowStart: instant('window_start').notNull(),
    hits: integer('hits').notNull(),
    /** When the row stops mattering: the end of the window after this one. */
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.key, t.windowStart] }),
    index('rate_limits_expires').on(t.expiresAt),
    check('rate_limits_hits', sql`${t.hits} >= 0`),
  ],
);

/** Server-side state of each signed-in session: idle and absolute limits, sign-out; pruned by db:maintain. */
export const authSessions = pgTable(
  'auth_sessions',
  {
    personId: personId().references(() => persons.id),
    id: uuid('id').notNull(),
    /** The person's session version when the session began. */
    sessionVersion: integer('session_version').notNull(),
    createdAt: instant('created_at').notNull(),
    lastSeenAt: instant('last_seen_at').notNull(),
    endedAt: instant('ended_at'),
    endedReason: text('ended_reason'),
    /** The browser's User-Agent at sign-in, control characters removed, at most 256 characters (the 登录设备 page). */
    userAgent: text('user_agent'),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    index('auth_sessions_created').on(t.createdAt),
    index('auth_sessions_ended')
      .on(t.endedAt)
      .where(sql`${t.endedAt} is not null`),
  ],
);

/**
 * A resident's passkeys (WebAuthn credentials): registered after a password sign-in, listed and
 * removable on /me/passkeys; sign-in with one is not subject to the password lock (lib/auth/passkeys.ts).
 */
export const passkeys = pgTable(
  'passkeys',
  {
    personId: personId().references(() => persons.id),
    /** The credential ID, base64url. */
    credentialId: text('credential_id').notNull(),
    /** The COSE public key, base64url. */
    publicKey: text('public_key').notNull(),
    /** The authenticator's signature counter (0 for most passkeys, which do not count). */
    counter: bigint('counter', { mode: 'number' }).notNull().default(0),
    transports: text('transports')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** The resident's own name for it ("我的手机"). */
    name: text('name').notNull(),
    createdAt: instant('created_at').notNull(),
    lastUsedAt: instant('last_used_at'),
  },
  (t) => [primaryKey({ columns: [t.personId, t.credentialId] }), check('passkeys_name_length', sql`char_length(${t.name}) between 1 and 40`)],
);

/**
 * Passkey sign-in look-up: a credential ID and its person (the browser sends only the credential).
 * A table of its own, like person_id_hashes, so that the credential ID is unique by itself when
 * persons are distributed by id; written in the same transaction as the passkey.
 */
export const passkeyCredentials = pgTable(
  'passkey_credentials',
  {
    credentialId: text('credential_id').primaryKey(),
    personId: personId(),
  },
  (t) => [index('passkey_credentials_person').on(t.personId)],
);

/**
 * WebAuthn challenges handed out and not yet used: each is taken (deleted) by the one response
 * that answers it, so a recorded response cannot be replayed; expired ones are removed as new
 * ones are made.
 */
export const webauthnChallenges = pgTable(
  'webauthn_challenges',
  {
    challenge: text('challenge').primaryKey(),
    /** `sign_in`, `register` or `reauth`. */
    purpose: text('purpose').notNull(),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [index('webauthn_challenges_expires').on(t.expiresAt)],
);

/** Facts about this database itself, e.g. that it holds demo data. */
export const portalMeta = pgTable('portal_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});
