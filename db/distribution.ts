/**
 * How the tables spread over a Citus cluster when one machine is outgrown (db/SCALE.md):
 * per-person tables are distributed by `person_id` and co-located with `persons` (distributed by
 * its `id`), so that everything about one resident lives on one shard and every resident-facing
 * query is routed to one node; the sign-in look-up and the throttle are distributed by their own
 * key (the ID number's hash); small shared tables are reference tables (a copy on every node);
 * the audit log stays a local, time-partitioned table on the coordinator.
 *
 * db/schema.test.ts and db/schema.int.test.ts check the schema against this plan (every primary
 * key and unique constraint includes the distribution column); db/SCALE.md lists the statements
 * `citusStatements()` returns.
 */
export type Placement =
  { kind: 'distributed'; column: string; /** A table name, or 'none' */ colocateWith: string } | { kind: 'reference' } | { kind: 'local'; why: string };

const byPerson = { kind: 'distributed', column: 'person_id', colocateWith: 'persons' } as const;

/** Every table of db/schema.ts and where it goes, in the order the statements must run. */
export const PLACEMENT = {
  medical_communities: { kind: 'reference' },
  institutions: { kind: 'reference' },
  portal_meta: { kind: 'reference' },
  persons: { kind: 'distributed', column: 'id', colocateWith: 'none' },
  person_id_hashes: { kind: 'distributed', column: 'id_hash', colocateWith: 'none' },
  login_throttle: { kind: 'distributed', column: 'subject_hash', colocateWith: 'person_id_hashes' },
  rate_limits: { kind: 'distributed', column: 'key', colocateWith: 'none' },
  enrolment_periods: byPerson,
  contribution_months: byPerson,
  transferred_in_periods: byPerson,
  veteran_deemed_service: byPerson,
  clinic_choices: byPerson,
  special_disease_approvals: byPerson,
  claims: byPerson,
  personal_account_ledger: byPerson,
  out_of_town_filings: byPerson,
  auth_sessions: byPerson,
  passkeys: byPerson,
  passkey_credentials: { kind: 'distributed', column: 'credential_id', colocateWith: 'none' },
  webauthn_challenges: { kind: 'distributed', column: 'challenge', colocateWith: 'none' },
  audit_log: {
    kind: 'local',
    why: 'append-only and partitioned by month; a few writes per sign-in, archived by detaching months on the coordinator (person_id may be null)',
  },
} as const satisfies Record<string, Placement>;

export type TableName = keyof typeof PLACEMENT;

/** The per-person tables: distributed by person_id with persons. */
export const PER_PERSON_TABLES = (Object.keys(PLACEMENT) as TableName[]).filter((t) => {
  const p: Placement = PLACEMENT[t];
  return p.kind === 'distributed' && p.column === 'person_id';
});

/**
 * Foreign keys Citus cannot keep: between distributed tables it supports only co-located ones on
 * the distribution column, so the look-up table's key to persons goes (the sign-in write path
 * writes both rows in one transaction).
 */
export const CITUS_DROPPED_FOREIGN_KEYS = [['person_id_hashes', 'person_id_hashes_person_id_persons_id_fk']] as const;

/** The statements that distribute the schema on a Citus coordinator, in order. */
export function citusStatements(): string[] {
  const drops = CITUS_DROPPED_FOREIGN_KEYS.map(([table, fk]) => `ALTER TABLE ${table} DROP CONSTRAINT ${fk};`);
  return [
    ...drops,
    ...(Object.entries(PLACEMENT) as [TableName, Placement][]).flatMap(([table, p]) => {
      if (p.kind === 'reference') return [`SELECT create_reference_table('${table}');`];
      if (p.kind === 'local') return [];
      return [`SELECT create_distributed_table('${table}', '${p.column}', colocate_with => '${p.colocateWith}');`];
    }),
  ];
}
