/**
 * The shape of one demo person's generated history, before it is written: the rows of every
 * per-person table without `person_id`, plus what the claims generator needs.
 */
import type {
  claims,
  enrolmentPeriods,
  outOfTownFilings,
  personalAccountLedger,
  persons,
  specialDiseaseApprovals,
  transferredInPeriods,
  veteranDeemedService,
} from '../schema';
import type { ChoiceRow } from './choices';
import type { ContributionRow } from './contributions';

type Row<T extends { $inferInsert: unknown }> = Omit<T['$inferInsert'], 'personId'>;

export type PersonFields = Omit<typeof persons.$inferInsert, 'id' | 'idHash' | 'idMasked' | 'passwordHash' | 'isDemo' | 'createdAt' | 'sessionVersion'>;
export type EnrolmentRow = Row<typeof enrolmentPeriods>;
export type TransferredInRow = Row<typeof transferredInPeriods>;
export type VeteranRow = Row<typeof veteranDeemedService>;
export type FilingRow = Omit<Row<typeof outOfTownFilings>, 'id'>;
export type SpecialDiseaseRow = Row<typeof specialDiseaseApprovals>;
export type ClaimRow = Omit<Row<typeof claims>, 'id'>;
export type LedgerRow = Omit<Row<typeof personalAccountLedger>, 'id'>;

/** A hospital stay to settle through the `inpatient` command. */
export interface StayPlan {
  /** Where in the year's elapsed part (0–1) the stay begins. */
  at: number;
  days: number;
  /** A directory institution's name, or one outside the directory (level given). */
  institution: string | { name: string; level: 'level1' | 'level2' | 'level3' | 'non_designated' };
  inScope: [min: number, max: number];
  outOfScope: [min: number, max: number];
  outOfTown?: 'registered' | 'unregistered';
  /**
   * The next stay continues this one: a referral 按规定转诊 (deductible computed continuously)
   * or a transfer inside a medical community (one hospitalisation).
   */
  then?: { transfer: 'referral' | 'medical_community'; institution: string; days: number; inScope: [number, number]; outOfScope: [number, number] };
}

/** An outpatient visit to settle through the `outpatient` command. */
export interface VisitPlan {
  at: number;
  clinic: 'primary' | 'other';
  referred?: boolean;
  inScope: [min: number, max: number];
  outOfScope?: [min: number, max: number];
}

export interface CarePlan {
  /** Claims fall between this date (or 1 January) and yesterday. */
  from?: string;
  stays: StayPlan[];
  visits: VisitPlan[];
  /** Monthly in-scope cost range of each approved special disease (by disease code). */
  specialDisease?: Record<string, [min: number, max: number]>;
}

export interface PersonPlan {
  key: string;
  idNumber: string;
  person: PersonFields;
  enrolments: EnrolmentRow[];
  contributions: ContributionRow[];
  transferredIn: TransferredInRow[];
  veteran: VeteranRow | null;
  choices: ChoiceRow[];
  filings: FilingRow[];
  specialDiseases: SpecialDiseaseRow[];
  care: CarePlan;
  /** Filled by the claims generator. */
  claims: ClaimRow[];
  ledger: LedgerRow[];
}
