/**
 * Clinic choices 门诊选点 of the demo histories (RULES §8): the first choice, a row for every
 * later year (carried over by the system on 1 January, or changed by the resident in the
 * October–December window for the next year), and a new choice at once when the chosen clinic
 * loses its designation. When today is inside this year's window, a choice for next year may
 * already have been made.
 */
import { addDays, isoDate, parts } from '../../lib/policy/core';
import type { ChoiceActor, ClinicKind } from '../../lib/policy/jiangmen/clinic-choice/codes';
import type { clinicChoices } from '../schema';
import { DESIGNATION_LOST_ID, designationLostOn } from './institutions';

export type ChoiceRow = Omit<typeof clinicChoices.$inferInsert, 'personId'>;

/** A timestamp at a time of day in Beijing time on a date (madeAt values derive from dates). */
export function at(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

export interface ChoiceSpec {
  kind: ClinicKind;
  /** The first choice: institution id and the day it was made, effective at once. */
  first: { institution: string; on: string };
  /** Changes made for a year (in November of the year before). */
  changes?: Record<number, string>;
  /** Where the person goes when their clinic loses its designation. */
  afterDesignationLost?: string;
  /** A choice for next year already made, when today is within the window (1 Oct – 31 Dec). */
  nextYear?: string;
  /** Shaoyang: the choice is made when paying the contribution, renewed automatically. */
  madeBy?: Extract<ChoiceActor, 'resident' | 'agent'>;
}

/** The choice rows from the first choice to this year (and next year's, if made). */
export function choiceRows(spec: ChoiceSpec, today: string): ChoiceRow[] {
  const rows: ChoiceRow[] = [];
  const thisYear = parts(today).year;
  const lostOn = designationLostOn(today);
  const lossChoiceOn = addDays(lostOn, 1);
  const firstYear = parts(spec.first.on).year;
  let current = spec.first.institution;
  const add = (row: Omit<ChoiceRow, 'kind'>) => rows.push({ kind: spec.kind, ...row });

  add({
    year: firstYear,
    effectiveFrom: spec.first.on,
    institutionId: current,
    previousInstitutionId: null,
    madeBy: spec.madeBy ?? 'resident',
    madeAt: at(spec.first.on, '10:20'),
    reason: 'first_choice',
  });
  for (let year = firstYear; year <= thisYear; year += 1) {
    const jan1 = isoDate(year, 1, 1);
    if (year > firstYear) {
      const previous = current;
      if (current === DESIGNATION_LOST_ID && lossChoiceOn === jan1 && spec.afterDesignationLost) {
        current = spec.afterDesignationLost;
        add(lossRow(year, jan1, current, previous));
      } else {
        const change = spec.changes?.[year];
        if (change !== undefined && change !== current) {
          current = change;
          add({
            year,
            effectiveFrom: jan1,
            institutionId: current,
            previousInstitutionId: previous,
            madeBy: spec.madeBy ?? 'resident',
            madeAt: at(isoDate(year - 1, 11, 8), '15:40'),
            reason: 'annual_change',
          });
        } else {
          add({
            year,
            effectiveFrom: jan1,
            institutionId: current,
            previousInstitutionId: previous,
            madeBy: 'system',
            madeAt: at(jan1, '00:00'),
            reason: 'carried_over',
          });
        }
      }
    }
    if (
      current === DESIGNATION_LOST_ID &&
      spec.afterDesignationLost &&
      parts(lossChoiceOn).year === year &&
      lossChoiceOn > jan1 &&
      lossChoiceOn > spec.first.on
    ) {
      const previous = current;
      current = spec.afterDesignationLost;
      add(lossRow(year, lossChoiceOn, current, previous));
    }
  }
  // RULES §8: next year's choice is made from 1 Oct to 31 Dec; this one on 2 Oct, before today.
  const madeOn = isoDate(thisYear, 10, 2);
  if (spec.nextYear !== undefined && today > madeOn && spec.nextYear !== current) {
    add({
      year: thisYear + 1,
      effectiveFrom: isoDate(thisYear + 1, 1, 1),
      institutionId: spec.nextYear,
      previousInstitutionId: current,
      madeBy: 'resident',
      madeAt: at(madeOn, '11:05'),
      reason: 'annual_change',
    });
  }
  return rows;
}

function lossRow(year: number, on: string, to: string, from: string): Omit<ChoiceRow, 'kind'> {
  return {
    year,
    effectiveFrom: on,
    institutionId: to,
    previousInstitutionId: from,
    madeBy: 'resident',
    madeAt: at(on, '09:30'),
    reason: 'designation_lost',
  };
}

/** The institution chosen (of one kind) on a date, from the rows. */
export function chosenOn(rows: readonly ChoiceRow[], kind: ClinicKind, date: string): string | undefined {
  let found: ChoiceRow | undefined;
  for (const r of rows) {
    if (r.kind !== kind || r.effectiveFrom > date || r.year !== parts(date).year) continue;
    if (found === undefined || r.effectiveFrom >= found.effectiveFrom) found = r;
  }
  return found?.institutionId;
}
