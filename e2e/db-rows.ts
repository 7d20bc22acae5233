/**
 * The database rows of a demo resident as the browser tests' database held them when the run
 * began (written by scripts/e2e-dump.ts before the server started). Tests compute the figures a
 * page must show from these rows with lib/policy — never from copied numbers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type * as schema from '../db/schema';

type Rows<T extends { $inferSelect: unknown }> = T['$inferSelect'][];

/** Rows as JSON gives them back: dates and money as strings, timestamps as ISO strings. */
export interface ResidentRows {
  person: Omit<(typeof schema.persons)['$inferSelect'], 'passwordHash' | 'createdAt'> & { createdAt: string };
  /** Every per-person table by its SQL name, e.g. `tables.contribution_records`. */
  tables: {
    enrolment_periods: Rows<typeof schema.enrolmentPeriods>;
    contribution_months: Rows<typeof schema.contributionMonths>;
    transferred_in_periods: Rows<typeof schema.transferredInPeriods>;
    veteran_deemed_service: Rows<typeof schema.veteranDeemedService>;
    clinic_choices: Rows<typeof schema.clinicChoices>;
    special_disease_approvals: Rows<typeof schema.specialDiseaseApprovals>;
    claims: Rows<typeof schema.claims>;
    personal_account_ledger: Rows<typeof schema.personalAccountLedger>;
    out_of_town_filings: Rows<typeof schema.outOfTownFilings>;
  } & Record<string, Record<string, unknown>[]>;
}

let cache: Record<string, ResidentRows> | undefined;

/** The rows of the demo resident with this account key (see db/seed/DEMO.md). */
export function dbRows(accountKey: string): ResidentRows {
  cache ??= JSON.parse(readFileSync(process.env.E2E_DB_ROWS ?? path.join(process.env.E2E_OUTPUT ?? '.test-output/e2e', 'db-rows.json'), 'utf8')) as Record<
    string,
    ResidentRows
  >;
  const rows = cache[accountKey];
  if (!rows) throw new Error(`no database rows for demo account ${accountKey}`);
  return rows;
}
